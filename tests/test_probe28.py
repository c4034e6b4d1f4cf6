"""probe28: bylines, opinion disclaimers and affiliate disclosures in languages the phrase lists lacked.

- A Romanian byline in lower case ("de Ioana Mureșan") under the headline is its own line (no wrapped continuation of
  the headline) and a byline; a Greek byline opens with "Γράφει ο/η" ("writes"). "De" capitalised opens names ("De
  Nederlandse Bank"), and "de" before lower-case words is a phrase.
- "(guest pieces) do not necessarily reflect the position of the editors" in de/nl/pl/cs/hu/el: the editors, the
  paper or the publisher named; a survey that does not necessarily reflect the residents' view is reporting.
- "This post (may) contain(s) affiliate links" in nl/sv/cs/bg, the post speaking of itself.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text, patterns
from cleaners.metadata import parse_byline
from cleaners.segment import join_hard_wraps, split_lines


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de Ioana Mureșan", "Ioana Mureșan"),
        ("Scris de Mihai Pop", "Mihai Pop"),
        ("Γράφει η Δανάη Παπαδημητρίου, αστρολόγος", "Δανάη Παπαδημητρίου"),
        ("Γράφει ο Νίκος Αλεξίου", "Νίκος Αλεξίου"),
        ("Γράφει: Νίκος Αλεξίου", "Νίκος Αλεξίου"),
    ],
)
def test_ro_and_el_bylines(text: str, name: str) -> None:
    assert parse_byline(text) == name


@pytest.mark.parametrize(
    "text",
    ["De Nederlandse Bank", "De Gaulle", "de la ciudad", "de Madrid a Barcelona", "Γράφει η ιστορία",
     "De Telegraaf meldt", "de 3 a 5 de marzo"],
)
def test_capitalised_de_and_phrases_are_no_bylines(text: str) -> None:
    assert parse_byline(text) is None


def test_ro_lower_case_byline_under_the_headline_is_not_joined_to_it() -> None:
    page = (
        "Acasă » Verificări » Sănătate\n"
        "FALS: Ceaiul de pătrunjel nu vindecă infecțiile urinare în 24 de ore\n"
        "de Ioana Mureșan\n"
        "publicat: 3 februarie 2026\n"
        "O postare distribuită de peste 20.000 de ori pe rețelele sociale susține că ceaiul de pătrunjel ar putea "
        "înlocui tratamentul cu antibiotice în cazul infecțiilor urinare.\n"
        "Nu există niciun studiu clinic care să arate că pătrunjelul vindecă infecțiile urinare, iar medicii "
        "avertizează că o infecție netratată poate deveni periculoasă.\n"
    )
    record = clean_text(page)
    assert record["title"] == "FALS: Ceaiul de pătrunjel nu vindecă infecțiile urinare în 24 de ore"
    assert "Ioana" not in record["text"]


def test_hard_wrapped_sentence_going_on_with_de_is_still_joined() -> None:
    # a wrapped paragraph's line that goes on with "de" and lower-case words reads on from the line above
    page = (
        "El ayuntamiento aprobó ayer el nuevo plan de movilidad para el centro histórico\n"
        "de la ciudad, que entrará en vigor el próximo mes de marzo tras meses de debate\n"
        "entre vecinos, comerciantes y grupos municipales de la oposición y del gobierno.\n"
    )
    record = clean_text(page)
    assert "centro histórico de la ciudad" in record["text"]


@pytest.mark.parametrize(
    "rows",
    [
        # a wrapped sentence's last line "de <Name>." (es, pt, fr, ro, nl, it) or a line going on after a comma: the
        # byline opener "de" with capitalised words after it, yet no byline (a name ends with no full stop or comma)
        ["El alcalde presentó ayer un plan de movilidad que cambiará el tráfico",
         "en el centro histórico y en los barrios del norte de la capital", "de Buenos Aires."],
        ["A prefeitura anunciou nesta segunda-feira um pacote de obras para",
         "melhorar o transporte público na região metropolitana da cidade", "de São Paulo."],
        ["Des centaines de personnes se sont réunies dimanche devant la statue",
         "pour rendre hommage à l'ancien président de la République, le général", "de Gaulle."],
        ["Mii de oameni au participat la parada militară organizată în centrul",
         "orașului, unde autoritățile au pregătit mai multe evenimente publice", "de Ziua Națională."],
        ["De wethouder presenteerde dinsdag nieuwe plannen voor het centrum van",
         "de stad, waarbij fietsers meer ruimte krijgen dan ooit tevoren in", "de Gemeente Utrecht."],
        ["Il sindaco ha presentato ieri il nuovo piano per la mobilità urbana che",
         "cambierà il traffico nel centro storico e nei quartieri a nord della città", "di Roma."],
        ["The new rules were drafted over the summer and then approved in full",
         "by the council; the mayor thanked the volunteers of the city council", "by Greenfield Park,"],
    ],
)
def test_wrapped_sentence_ending_on_de_and_a_name_is_joined(rows: list[str]) -> None:
    lines = join_hard_wraps(split_lines("\n".join(rows)))
    assert [line.text for line in lines] == [" ".join(rows)]


@pytest.mark.parametrize(
    "text",
    [
        "A vendégszerzők írásai a szerzők saját véleményét tükrözik, amely nem feltétlenül egyezik a szerkesztőség "
        "álláspontjával.",
        "Gastbeiträge geben nicht unbedingt die Position der Redaktion wieder.",
        "Deze column geeft niet noodzakelijk de mening van de redactie weer.",
        "Opinie wyrażone w felietonie nie muszą odzwierciedlać stanowiska redakcji.",
        "Komentář nemusí nutně vyjadřovat názor redakce.",
        "Οι απόψεις του αρθρογράφου δεν εκφράζουν απαραίτητα τις απόψεις της σύνταξης.",
    ],
)
def test_opinion_disclaimers_in_more_languages(text: str) -> None:
    assert patterns.is_opinion_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Az eredmény nem feltétlenül tükrözi a lakosság véleményét.",
        "Die Umfrage spiegelt nicht unbedingt die Stimmung der Bevölkerung wider.",
        "Het onderzoek geeft niet noodzakelijk de mening van de bewoners weer.",
        "Sondaż nie musi odzwierciedlać opinii wszystkich mieszkańców.",
        "Výsledek nemusí nutně odpovídat názoru většiny.",
        "Η δημοσκόπηση δεν εκφράζει απαραίτητα την άποψη της πλειοψηφίας.",
    ],
)
def test_reporting_that_a_view_is_not_necessarily_shared_is_no_disclaimer(text: str) -> None:
    assert not patterns.is_opinion_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Тази публикация може да съдържа партньорски връзки.",
        "Статията съдържа партньорски линкове.",
        "Dit artikel bevat affiliate links.",
        "Dit artikel kan affiliate links bevatten.",
        "Inlägget innehåller affiliatelänkar.",
        "Článek obsahuje affiliate odkazy.",
    ],
)
def test_affiliate_disclosures_in_more_languages(text: str) -> None:
    assert patterns.AD_DISCLOSURE_RE.regex.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Рекламата на блогърите съдържа партньорски връзки, казват от комисията.",
        "Партньорски връзки са законни, казва експертът.",
        "Influencers verdienen geld met affiliate marketing.",
        "Affiliatelänkar blir allt vanligare bland bloggare.",
        "Affiliate odkazy jsou pro blogery důležitým zdrojem příjmů.",
    ],
)
def test_articles_about_affiliate_links_are_no_disclosures(text: str) -> None:
    assert not patterns.AD_DISCLOSURE_RE.regex.search(text)


_RELEASE = (
    "Home\nNews\nPress releases\n"
    "Seaweed compost keeps city park soil up to five degrees cooler\n"
    "4 March 2026\n"
    "Soils enriched with composted seaweed stay up to five degrees cooler during heatwaves than ordinary park soil, "
    "a three-year field experiment by ecologists at the university has found.\n"
    "The researchers laid out test plots in four city parks; sensors measured the temperature and the moisture "
    "every fifteen minutes at a depth of ten centimetres.\n"
    "The city council wants to use the method in two new parks from this spring onwards, the researchers said.\n"
    "{heading}\n"
    "{contact_line}\n"
    "Jo Bell, press officer\n"
    "press@uni.example\n"
    "More news\n"
)


@pytest.mark.parametrize(
    ("heading", "contact_line"),
    [
        ("Notes to editors", "For more information or an interview, please contact:"),
        ("Hinweis für Redaktionen", "Für weitere Informationen oder ein Interview wenden Sie sich bitte an:"),
        ("Note aux rédactions", "Pour plus d'informations ou une interview, vous pouvez contacter :"),
        ("Noot voor de redactie", "Voor meer informatie of een interview kunt u contact opnemen met:"),
        ("Nota per le redazioni", "Per ulteriori informazioni o per un'intervista è possibile contattare:"),
    ],
)
def test_a_press_releases_notes_to_editors_end_the_article(heading: str, contact_line: str) -> None:
    record = clean_text(_RELEASE.format(heading=heading, contact_line=contact_line))
    assert "in two new parks from this spring onwards" in record["text"]
    assert heading not in record["text"]
    assert contact_line not in record["text"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister later sent a note to editors of the regional papers, asking them to correct the figures.",
        "Der Verband verschickte einen Hinweis für Redaktionen, in dem er die Zahlen korrigierte und um Entschuldigung bat.",
        "Le ministère a publié une note aux rédactions pour corriger les chiffres publiés la veille dans la presse.",
    ],
)
def test_a_sentence_naming_a_note_to_editors_stays(sentence: str) -> None:
    page = _RELEASE.format(heading=sentence, contact_line="").replace("Jo Bell, press officer\npress@uni.example\n", "")
    record = clean_text(page)
    assert sentence in record["text"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
        "Åsikterna i texten är skribentens egna och delas inte nödvändigtvis av redaktionen.",
        "Krönikan speglar inte nödvändigtvis tidningens hållning.",
        "Indlægget er ikke nødvendigvis udtryk for redaktionens holdning.",
        "Artikkelen gir uttrykk for skribentens meninger, ikke nødvendigvis avisens.",
        "Köşe yazılarındaki görüşler yazarlarına aittir.",
        "Yazıda yer alan görüşler yazara aittir ve sitemizin görüşlerini yansıtmayabilir.",
        "Yazılardaki fikirler yayın kuruluşumuzun görüşlerini yansıtmaz.",
    ],
)
def test_opinion_disclaimers_in_de_sv_da_no_tr(text: str) -> None:
    assert patterns.is_opinion_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Politiet mener at sagen ikke nødvendigvis skader avisens omdømme.",
        "Ett högre pris betyder inte nödvändigtvis bättre kvalitet för tidningens läsare.",
        "Bu ev yıllardır aynı aileye aittir ve bahçesi çok geniştir.",
        "Bakan, açıklamanın hükümetimizin görüşlerini yansıtmadığını söyledi.",
        "Anket sonuçları halkın görüşlerini tam olarak yansıtmayabilir.",
        "Die Entscheidung ist nicht unbedingt die der Regierung, sagte der Sprecher.",
    ],
)
def test_sentences_near_the_sv_da_no_tr_disclaimers_stay(text: str) -> None:
    assert not patterns.is_opinion_disclaimer(text)


_NO_PAGE = (
    "Forside\nNyheter\nSport\n"
    "Kommunen kutter i skolebudsjettet for neste år\n"
    "4. mars 2026\n"
    "Kommunestyret vedtok tirsdag kveld å kutte tolv millioner kroner i skolebudsjettet for neste år, etter en lang "
    "debatt i salen.\n"
    "Rektorene ved de største skolene advarer mot større klasser og færre lærere, og foreldrene har startet en "
    "underskriftskampanje.\n"
    "{heading}\n"
    "Flere lesere har skrevet til oss om saken, og mange mener at kuttene rammer de yngste elevene hardest.\n"
    "Ordføreren sier at kommunen ikke har noe annet valg, men lover å se på saken igjen til høsten.\n"
    "Flere nyheter\n"
)


@pytest.mark.parametrize("heading", ["Brev til redaksjonen", "Tips til redaksjonen", "Til redaksjonen"])
def test_a_heading_addressing_the_editors_without_a_note_does_not_end_the_article(heading: str) -> None:
    # readers' letters and tips go "to the editors" too: only the note to them ends a press release
    record = clean_text(_NO_PAGE.format(heading=heading))
    assert "rammer de yngste elevene hardest" in record["text"]
    assert "se på saken igjen til høsten" in record["text"]


@pytest.mark.parametrize(
    "text",
    [
        "Iedereen kan affiliate links maken via het partnerprogramma van de webwinkel.",
        "Wie wil verdienen, kan affiliate-links in zijn video's zetten, zegt de expert.",
    ],
)
def test_dutch_sentences_saying_one_can_use_affiliate_links_are_no_disclosures(text: str) -> None:
    assert not patterns.AD_DISCLOSURE_RE.regex.search(text)


@pytest.mark.parametrize(
    ("text", "disclaimer"),
    [
        ("A cikk a szerző véleményét tükrözi, ami nem feltétlenül egyezik meg a szerkesztőségével.", True),
        ("A publicisztika nem szükségszerűen tükrözi a lap álláspontját.", True),
        # the publisher named without a view of its own: the decision need not suit its interests, its practice
        ("A polgármester szerint a döntés nem feltétlenül egyezik a kiadó érdekeivel.", False),
        ("Az új szabály nem feltétlenül egyezik a lap korábbi gyakorlatával.", False),
    ],
)
def test_hu_disclaimer_names_the_editors_view(text: str, disclaimer: bool) -> None:
    assert bool(patterns.is_opinion_disclaimer(text)) is disclaimer
