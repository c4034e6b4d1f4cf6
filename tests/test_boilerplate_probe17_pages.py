"""Line rules, run rules and dates found by the probe17 pages (tests/pages: news in Bulgarian, Serbian, Azerbaijani,
Kazakh, Uzbek, Amharic, Nepali, Sinhala, Gujarati, Punjabi, Icelandic, Latvian, Basque, Welsh, Irish...).

- "Related articles" headings in languages the list lacked ("Digər xəbərlər", "Сондай-ақ оқыңыз:", "Darllenwch
  hefyd", "Léigh freisin", "Lasi vēl", "Irakurri gehiago", "Tengdar fréttir", "ተዛማጅ ዜናዎች", "सम्बन्धित खबर", ...):
  the heading and its headlines were kept inside the article.
- A related box between two parts of an article whose paragraphs are near-good full sentences (short paragraphs, or
  a language without a stoplist, where a line is good prose only from 150 characters on): the run search took one
  part and dropped the other.
- A related box right above a section whose first line announces a list ("The new scheme makes these changes:"):
  the box's list ran on over the section heading, that sentence and the first item.
- Dates in Azerbaijani ("05 dekabr 2025"), Serbian ("29. novembar 2025."), Kannada ("ನವೆಂಬರ್ 21, 2025"), Irish
  ("2 Nollaig 2025") and Latvian ("2025. gada 2. decembris").

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, line_rule
from stages import kept_line_texts as _kept

from cleaners.language import detect_language
from cleaners.metadata import parse_date_line


@pytest.mark.parametrize(
    ("heading", "language"),
    [
        ("Digər xəbərlər", "az"),
        ("Сондай-ақ оқыңыз:", "kk"),
        ("Mavzuga oid:", "uz"),
        ("Прочитајте још:", "sr"),
        ("Tengdar fréttir", "is"),
        ("Lasi vēl", "lv"),
        ("Irakurri gehiago", "eu"),
        ("Darllenwch hefyd", "cy"),
        ("Léigh freisin", "ga"),
        ("ተዛማጅ ዜናዎች", "am"),
        ("सम्बन्धित खबर", "ne"),
        ("මේවාත් කියවන්න", "si"),
        ("Más noticias de Economía", "es"),
    ],
)
def test_related_heading_in_more_languages(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "list-heading"


@pytest.mark.parametrize(("label", "language"), [("Hysbyseb", "cy"), ("Anúncio", "pt"), ("Auglýsing", "is"),
                                                 ("Жарнама", "kk"), ("ማስታወቂያ", "am"), ("දැන්වීම", "si")])
def test_ad_label_in_more_languages(label: str, language: str) -> None:
    assert line_rule(label, language) == "furniture"


# Sinhala has no stoplist: these paragraphs (about 100-130 characters each) are near-good, not good.
SI_LEAD = [
    "මහනුවර නගරයේ දිනපතා ඇතිවන රථවාහන තදබදය අඩු කිරීම සඳහා නගර සභාව නව සැලැස්මක් ඉදිරිපත් කර තිබේ.",
    "පළමු අදියර යටතේ නගර මධ්‍යයේ වීදි හතරක් එක් දිශාවකට පමණක් ගමන් කළ හැකි මාර්ග බවට පත් කෙරේ.",
]
SI_REST = [
    "දෙවන අදියර යටතේ නගරයෙන් පිටත වාහන නැවැත්වීමේ ස්ථාන තුනක් ඉදිකර, එතැන් සිට කෙටි ගමන් බස් සේවාවක් ක්‍රියාත්මක වේ.",
    "ව්‍යාපාරිකයින් කිහිප දෙනෙකු මෙම යෝජනාවට විරෝධය පළ කළ අතර, ගනුදෙනුකරුවන් අඩුවිය හැකි බවට ඔවුන් චෝදනා කරයි.",
    "නගර සභාව පවසන්නේ සැලැස්ම පිළිබඳ මහජන අදහස් දෙසැම්බර් 20 දක්වා ලිඛිතව ඉදිරිපත් කළ හැකි බවයි.",
]


def test_box_between_near_good_paragraphs_does_not_cut_the_article() -> None:
    lines = ["මුල් පිටුව", "පුවත්", "ක්‍රීඩා", "මහනුවර නගරයට නව රථවාහන සැලැස්මක්", *SI_LEAD, "මේවාත් කියවන්න",
             "දුම්රිය ගාස්තු ඉහළ දැමීමට යෝජනා", "කොළඹ නව බස් නැවතුම්පොළ විවෘත කෙරේ", *SI_REST, "අප ගැන",
             "රහස්‍යතා ප්‍රතිපත්තිය"]
    kept = _kept(boilerplate_doc(lines, "si"))
    for paragraph in SI_LEAD + SI_REST:
        assert paragraph in kept
    assert "දුම්රිය ගාස්තු ඉහළ දැමීමට යෝජනා" not in kept


EN_LEAD = [
    "The city council approved a new bus network on Tuesday, closing six routes and opening four new ones in the "
    "southern districts from the first of January, after a debate that lasted well into the night.",
    "The deputy mayor said the aim is to cut waiting times at rush hour from eighteen minutes to ten, because the "
    "old routes ran side by side along the central avenues while the outskirts had no regular service.",
]


def test_sentence_announcing_a_list_ends_the_box_over_it() -> None:
    lines = ["Home", "News", "City council approves a new bus network", *EN_LEAD, "Related stories",
             "Monthly pass price frozen until the end of the year", "Bus drivers walk out over new rosters",
             "The new network makes these changes:", "two routes merged into a single circular line;",
             "route 17 extended to the new housing estate;", "night buses on Fridays and Saturdays until 1:30 a.m.",
             "The opposition voted against the plan and asked for a month of public consultation before any vote, "
             "saying that residents of the closed routes would have to change buses once more on every trip.",
             "Information evenings will be held in each of the six districts in December, and maps of the new routes "
             "will be published on the city's website by the fifteenth of the month.",
             "About us", "Privacy policy"]
    kept = _kept(boilerplate_doc(lines))
    assert EN_LEAD[0] in kept and EN_LEAD[1] in kept
    assert "The new network makes these changes:" in kept
    assert "two routes merged into a single circular line;" in kept
    assert "Bus drivers walk out over new rosters" not in kept


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("05 dekabr 2025, 11:20", "2025-12-05"),
        ("subota, 29. novembar 2025. u 21:48", "2025-11-29"),
        ("03. децембра 2025.", "2025-12-03"),
        ("ಶುಕ್ರವಾರ, ನವೆಂಬರ್ 21, 2025", "2025-11-21"),
        ("Dé Máirt, 2 Nollaig 2025", "2025-12-02"),
        ("2025. gada 2. decembris, 15:12", "2025-12-02"),
    ],
)
def test_dates_in_more_languages(line: str, iso: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.iso.startswith(iso)


GA_TEXT = (
    "Beidh seirbhís farantóireachta nua ag rith idir an Cheathrú Rua agus Oileáin Árann ó mhí Aibreáin, de réir fógra "
    "a rinne an Roinn Gaeltachta inné. Beidh dhá thuras sa lá i rith an gheimhridh agus ceithre thuras sa lá i rith an "
    "tsamhraidh. Dúirt urlabhraí ón Roinn go gcosnóidh an tseirbhís thart ar €2.4 milliún sa bhliain agus go mbeidh "
    "ticéid ar phraghas laghdaithe ar fáil do mhuintir na n-oileán. Tá an conradh bronnta ar chomhlacht áitiúil ar "
    "feadh cúig bliana, agus beidh ar an gcomhlacht bád nua a cheannach faoi 2027."
)
GL_TEXT = (
    "A Consellería de Vivenda ampliará a partir de xaneiro as axudas para rehabilitar casas baleiras no rural, que "
    "poderán chegar ata os 40.000 euros por vivenda. A medida pretende frear o abandono das aldeas e facilitar a "
    "chegada de novas familias. Segundo explicou a conselleira en rolda de prensa, poderán optar ás axudas tanto os "
    "propietarios que vivan na casa como aqueles que a poñan en aluguer durante polo menos cinco anos. A oposición "
    "considera insuficiente a partida e lembra que na última convocatoria quedaron sen atender máis de 1.200 "
    "solicitudes."
)


@pytest.mark.parametrize(("text", "language"), [(GA_TEXT, "ga"), (GL_TEXT, "gl")])
def test_page_prose_outside_langdetect_vocabulary(text: str, language: str) -> None:
    # fastText names Irish and Galician at 0.6-0.7, far ahead of English or Spanish; averaged with langdetect
    # (which knows neither) the page came out English or Spanish.
    assert detect_language(text)[0] == language


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Musterbrief herunterladen (PDF, 84 KB)", True),
        ("Download PDF (214 KB)", True),
        ("Antrag auf Erstattung [DOCX | 1,2 MB]", True),
        ("Peak memory (512 MB)", False),
        ("The PDF export now takes 84 KB.", False),
    ],
)
def test_download_link_with_type_and_size(line: str, removed: bool) -> None:
    assert (line_rule(line, "de" if "herunterladen" in line or "Antrag" in line else "en") == "furniture") is removed


DE_GUIDE = [
    "Startseite > Geld > Konto",
    "Kontogebühren erhöht: Was Sie jetzt tun können",
    "Stand: 28.11.2025",
    "Lesezeit: 6 Minuten",
    "Drucken",
    "Viele Banken und Sparkassen haben in den vergangenen Monaten ihre Kontoführungsgebühren angehoben oder neue "
    "Entgelte eingeführt, etwa für die Girocard oder für Überweisungen am Schalter. Doch nicht jede Erhöhung ist wirksam.",
    "Seit einem Urteil des Bundesgerichtshofs reicht es nicht mehr aus, dass Kundinnen und Kunden einer Änderung nicht "
    "widersprechen. Die Bank muss Ihre aktive Zustimmung einholen, zum Beispiel per Klick im Onlinebanking.",
    "Impressum",
    "Datenschutz",
]


def test_headline_with_colon_over_date_and_reading_time_rows_is_the_title() -> None:
    # The headline's colon and the two labelled rows under it ("Stand: ...", "Lesezeit: ...") made three "field
    # rows": the headline was taken for a row of a table of fields, and the page had no title.
    record = clean_lines(DE_GUIDE)
    assert record["title"] == "Kontogebühren erhöht: Was Sie jetzt tun können"
    assert record["published"] == "2025-11-28"


ML_RECIPE = [
    "ഹോം", "പാചകക്കുറിപ്പുകൾ", "നാടൻ കോഴി വരട്ടിയത്", "പങ്കിടുക",
    "ഞായറാഴ്ച ഊണിന് ചോറിനൊപ്പവും അപ്പത്തിനൊപ്പവും ഒരുപോലെ ചേരുന്ന വിഭവമാണ് കോഴി വരട്ടിയത്. ചെറിയ തീയിൽ "
    "സാവധാനം വരട്ടിയെടുക്കുന്നതാണ് ഇതിന്റെ രുചിരഹസ്യം.",
    "തയ്യാറാക്കാൻ: 20 മിനിറ്റ്", "പാകം ചെയ്യാൻ: 45 മിനിറ്റ്",
    "ആവശ്യമുള്ള സാധനങ്ങൾ",
    "കോഴിയിറച്ചി – 1 കിലോ", "ചുവന്നുള്ളി – 15 എണ്ണം", "ഇഞ്ചി, വെളുത്തുള്ളി ചതച്ചത് – 2 ടേബിൾസ്പൂൺ",
    "മുളകുപൊടി – 2 ടീസ്പൂൺ", "കുരുമുളകുപൊടി – 1 ടീസ്പൂൺ", "വെളിച്ചെണ്ണ – 4 ടേബിൾസ്പൂൺ", "കറിവേപ്പില – 2 തണ്ട്",
    "തയ്യാറാക്കുന്ന വിധം",
    "കോഴിയിറച്ചി കഴുകി മുളകുപൊടി, മഞ്ഞൾപ്പൊടി, ഉപ്പ് എന്നിവ ചേർത്ത് അര മണിക്കൂർ വയ്ക്കുക.",
    "ചീനച്ചട്ടിയിൽ വെളിച്ചെണ്ണ ചൂടാക്കി ചുവന്നുള്ളിയും ഇഞ്ചി-വെളുത്തുള്ളിയും ഇട്ട് ബ്രൗൺ നിറമാകും വരെ വഴറ്റുക.",
    "ഇറച്ചി ചേർത്ത് അടച്ചുവെച്ച് ചെറിയ തീയിൽ വേവിക്കുക. വെള്ളം ചേർക്കേണ്ടതില്ല.",
    "ഞങ്ങളെക്കുറിച്ച്", "സ്വകാര്യതാ നയം",
]


def test_recipe_rows_with_the_quantity_after_a_dash() -> None:
    # "കോഴിയിറച്ചി – 1 കിലോ" (the thing, a dash, its quantity) under a Malayalam "ingredients" label: the rows
    # between the introduction and the method were a menu to the run search, which dropped the introduction and
    # the ingredients (and took an ingredient row for the title).
    kept = _kept(boilerplate_doc(ML_RECIPE, "ml"))
    assert ML_RECIPE[4] in kept
    assert "കോഴിയിറച്ചി – 1 കിലോ" in kept and "കറിവേപ്പില – 2 തണ്ട്" in kept
    assert "സ്വകാര്യതാ നയം" not in kept


@pytest.mark.parametrize(("heading", "language"), [("ਟਿੱਪਣੀਆਂ (7)", "pa"), ("Iruzkinak (5)", "eu"), ("Sylwadau", "cy"),
                                                   ("Пікірлер", "kk"), ("አስተያየቶች", "am")])
def test_comments_heading_in_more_languages(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "article-end"


SR_LATIN = (
    "Radnički je posle velike borbe savladao Jedinstvo rezultatom 2:1 u utakmici 16. kola Superlige i tako se primakao "
    "prvoj polovini tabele. Gosti su vodili od 34. minuta, ali su domaći u završnici okrenuli rezultat pred oko pet "
    "hiljada navijača. Izjednačenje je stiglo u 82. minutu, kada je rezervista glavom pogodio posle kornera. Radnički "
    "u sledećem kolu gostuje u Novom Pazaru, dok Jedinstvo na svom terenu dočekuje Čukarički, a pre toga igra kup."
)
HR_LATIN = (
    "Rijeka je poslije velike borbe svladala Osijek rezultatom 2:1 u utakmici 16. kola prvenstva i tako se primaknula "
    "vrhu tablice. Gosti su vodili od 34. minute, ali su domaći u završnici okrenuli rezultat pred oko pet tisuća "
    "gledatelja. Izjednačenje je stiglo u 82. minuti, kada je pričuva glavom pogodio nakon kornera. Rijeka u sljedećem "
    "kolu gostuje u Splitu, dok Osijek na svom terenu dočekuje Goricu, a prije toga igra kup."
)


@pytest.mark.parametrize(("text", "language"), [(SR_LATIN, "sr"), (HR_LATIN, "hr")])
def test_serbian_in_latin_script_by_its_ekavian_forms(text: str, language: str) -> None:
    # fastText puts Latin Serbian first as "sr" at 0.4 and splits the rest between "sh", "hr" and "bs"; averaged
    # with langdetect (no Serbian) it came out Croatian.
    assert detect_language(text)[0] == language
