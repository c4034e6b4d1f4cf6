"""An inline link to another article between two paragraphs (boilerplate.inline_links_transparent).

"Read also: ..." lines sit inside the article. They are removed by their own rule ("boilerplate:read-also"),
and they must not cut off a short last paragraph after them. Other furniture between the article's end and
prose after it (a "follow us" line before a newsletter pitch) still ends the article.
"""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_set as _kept

from cleaners.document import Document
from cleaners.patterns import AD_LABEL_RE, IMAGE_CREDIT_RE

PAGES = {
    "en": (
        ["Home", "News", "Sport", "New rules for renters: what changes in January"],
        [
            "From the first of January, new rules apply to tenants in many cities, above all for service charges "
            "and renovation work. Parliament passed the changes in the autumn after long negotiations.",
            "Landlords may pass on only a small part of the cost of a renovation to the rent, and they must "
            "present the statement of service charges no later than twelve months after the period ends.",
            "Tenant associations welcomed the new rules but say they do not go far enough, since rents in the "
            "big cities have risen so fast that many households spend a third of their income on housing.",
        ],
        "Read also: Housing benefit rises - who can claim it now",
        "Landlords' groups said the rules would make it harder to invest in insulating old buildings.",
        ["Related", "Rent cap to be extended for two years", "Property tax: what owners need to know"],
    ),
    "fr": (
        ["Accueil", "Politique", "Économie", "Logement : ce qui change pour les locataires en janvier"],
        [
            "À partir du 1er janvier, de nouvelles règles s'appliqueront aux locataires dans de nombreuses "
            "villes, notamment pour les charges et les travaux. Le Parlement a adopté ces changements à l'automne.",
            "Les propriétaires ne pourront plus répercuter qu'une petite partie du coût des travaux sur le loyer. "
            "Ils devront présenter le décompte des charges au plus tard douze mois après la période concernée.",
            "Les associations de locataires ont salué ces règles, tout en les jugeant insuffisantes, car dans les "
            "grandes villes les loyers ont tellement augmenté que les ménages y consacrent un tiers de leurs revenus.",
        ],
        "Lire aussi : Aides au logement : qui peut en bénéficier en 2026 ?",
        "Les représentants des propriétaires estiment que ces règles freineront la rénovation énergétique.",
        ["Sur le même sujet", "Encadrement des loyers : le dispositif prolongé", "Taxe foncière : ce qu'il faut savoir"],
    ),
    "es": (
        ["Portada", "Nacional", "Economía", "Vivienda: lo que cambia para los inquilinos en enero"],
        [
            "A partir del 1 de enero entrarán en vigor nuevas normas para los inquilinos en muchas ciudades, sobre "
            "todo en lo que se refiere a los gastos de comunidad. El Congreso aprobó los cambios en otoño.",
            "Los propietarios solo podrán repercutir una pequeña parte del coste de las obras en el alquiler, y "
            "deberán presentar la liquidación de los gastos como máximo doce meses después del periodo.",
            "Las asociaciones de inquilinos celebraron las nuevas normas, aunque las consideran insuficientes, "
            "porque en las grandes ciudades muchos hogares dedican más de un tercio de sus ingresos a la vivienda.",
        ],
        "Lee también: Bono alquiler joven: quién puede pedirlo en 2026",
        "Las asociaciones de propietarios criticaron que las normas dificultarán la rehabilitación energética.",
        ["Noticias relacionadas", "El Gobierno prorroga el tope al alquiler", "IBI 2025: lo que deben saber"],
    ),
}


def _rule(doc: Document, text: str) -> str | None:
    line = next(line for line in doc.lines if line.text == text)
    return line.removal.rule if line.removal else None


@pytest.mark.parametrize("language", sorted(PAGES))
def test_short_last_paragraph_after_a_read_also_line_is_kept(language: str) -> None:
    top, body, link, last, related = PAGES[language]
    doc = boilerplate_doc([*top, *body, link, last, *related], language)
    assert set(body) | {last} <= _kept(doc)
    assert _rule(doc, link) == "boilerplate:read-also"
    assert not set(related) & _kept(doc)


def test_follow_us_line_before_a_newsletter_pitch_still_ends_the_article() -> None:
    """Furniture other than an inline link keeps its cost: the prose after it stays out."""
    top, body, _link, _last, _related = PAGES["en"]
    pitch = "Get the latest housing news and analysis delivered to your inbox every morning, free of charge!"
    doc = boilerplate_doc([*top, *body, "Follow us on Twitter and Facebook", pitch], "en")
    assert set(body) <= _kept(doc)
    assert pitch not in _kept(doc)


# --- a short "Read also: <headline>" line is a link, not a list heading --------------------------------------


@pytest.mark.parametrize("text", [
    "Read also: Housing benefit rises",
    "Leia também: Auxílio-moradia: quem pode pedir em 2026",
    "Lire aussi : Aides au logement",
    "Lees ook: Huurtoeslag stijgt",
    "あわせて読みたい：住宅手当 支給額",
])
def test_short_read_also_line_with_a_headline_is_an_inline_link(text: str) -> None:
    assert _line_rule(text) == "read-also"


@pytest.mark.parametrize("text", [
    "Previous message: [tessel-dev] Proposal: drop support for 32-bit builds",
    "Next message: [tessel-dev] Re: Proposal: drop support for 32-bit builds",
    "Older post: Notes from a month without a laptop",
])
def test_previous_and_next_links_of_an_archive_are_inline_links(text: str) -> None:
    """A mail archive's or blog's link to the neighbouring message or post, with its subject."""
    assert _line_rule(text) == "read-also"


@pytest.mark.parametrize("text", ["The next message from the council was clear: no more delays.", "Previous messages"])
def test_sentences_and_words_near_the_navigation_phrases_are_no_inline_links(text: str) -> None:
    assert _line_rule(text) != "read-also"


@pytest.mark.parametrize("text", [
    "Föregående meddelande: [cykel-diskussion] Vinterdäck med dubb på lastcykel?",
    "Nästa meddelande: [cykel-diskussion] Sv: Vinterdäck med dubb på lastcykel?",
    "Vorherige Nachricht: [rad-liste] Winterreifen für Lastenräder",
    "Message suivant : [liste-velo] Re: Pneus à clous pour vélo cargo",
    "Mensaje anterior: [lista-bici] Neumáticos de invierno",
])
def test_localized_previous_and_next_links_of_a_list_archive_are_inline_links(text: str) -> None:
    """A list archive's neighbour links in its localized pages (probe12: the Swedish pair was kept at the top)."""
    assert _line_rule(text) == "read-also"


@pytest.mark.parametrize("text", [
    "Nästa meddelande från kommunen kommer först efter helgen, enligt presstjänsten.",
    "Die nächste Nachricht aus dem Rathaus: Die Brücke bleibt bis Juni gesperrt.",
    "Le message suivant a été lu à voix haute : « Nous restons ouverts. »",
])
def test_sentences_opening_with_a_localized_neighbour_phrase_are_no_inline_links(text: str) -> None:
    assert _line_rule(text) != "read-also"


@pytest.mark.parametrize(("text", "language"), [
    ("Read also", "en"), ("More from: Sport", "en"), ("Lire aussi", "fr"), ("Leia também", "pt"),
    ("Related articles", "en"),
])
def test_list_intro_without_a_headline_is_a_list_heading(text: str, language: str) -> None:
    assert _line_rule(text, language) == "list-heading"


def test_short_read_also_line_does_not_end_the_article() -> None:
    """As a list heading with no list under it, the line would be a hard break deep in the page: the
    paragraph after it was lost."""
    top, body, _link, last, related = PAGES["en"]
    link = "Read also: Housing benefit rises"
    doc = boilerplate_doc([*top, *body, link, last, *related], "en")
    assert set(body) | {last} <= _kept(doc)
    assert _rule(doc, link) == "boilerplate:read-also"


_line_rule = partial(line_rule, classified=False)


# --- ad labels between paragraphs ------------------------------------------------------------------------------

KO_BODY = [
    "내년 1월 1일부터 여러 도시에서 세입자에 관한 새로운 규정이 시행된다. 주로 관리비와 개보수 공사에 관한 내용으로, "
    "국회는 오랜 논의 끝에 가을에 개정안을 통과시켰다.",
    "집주인은 개보수 비용 가운데 아주 일부만 임대료에 반영할 수 있게 된다. 또 정산 기간이 끝난 뒤 12개월 이내에 "
    "관리비 정산서를 세입자에게 제시해야 한다.",
]
KO_LAST = "세입자 단체는 새 규정을 환영하면서도 충분하지 않다고 지적했다. 대도시에서는 최근 몇 년 사이 임대료가 크게 올랐다."
ZH_BODY = [
    "记者从有关部门获悉，明年1月1日起，多个城市将实施新的房屋租赁规定，主要涉及物业费用分摊和房屋改造等方面。相关修改已于今年秋天经过长时间讨论后获得通过。",
    "根据新规，房东只能将改造费用中的一小部分转嫁到租金上。此外，房东必须在结算期结束后十二个月内向租客出示费用明细。",
    "租户组织对新规表示欢迎，但认为力度仍然不够。在大城市，近年来租金上涨过快，许多家庭用于住房的支出已超过收入的三分之一。",
]
ZH_LAST = "房东协会则批评说，新规将使老旧建筑的节能改造投资更加困难。"


@pytest.mark.parametrize("label", [
    "Advertisement", "ADVERTISING", "Story continues below advertisement", "- Anzeige -", "광고", "إعلان", "विज्ञापन",
    "Διαφήμιση", "Reklam", "Publicitate",
])
def test_ad_label_is_recognized(label: str) -> None:
    assert AD_LABEL_RE.match(label)
    assert _line_rule(label) == "furniture"


@pytest.mark.parametrize("text", ["AFP", "Advertise with us", "Ad choices", "Advertisement: the new car models", "Adam"])
def test_other_lines_are_no_ad_labels(text: str) -> None:
    assert not AD_LABEL_RE.match(text)


@pytest.mark.parametrize(("text", "language"), [
    ("إعلان نتائج الانتخابات", "ar"), ("Annonce des résultats du concours", "fr"), ("Oglas za posao u gradu", "hr"),
])
def test_announcements_are_no_ad_labels(text: str, language: str) -> None:
    """Several ad words also mean "announcement": only a line that is the label alone is one."""
    assert not AD_LABEL_RE.match(text)
    assert _line_rule(text, language) is None


@pytest.mark.parametrize(("text", "language"), [
    ("اقرأ أيضا: زيادة دعم السكن.. من يحق له التقديم", "ar"), ("यह भी पढ़ें: आवास सब्सिडी बढ़ी, कौन कर सकता है आवेदन", "hi"),
    ("Διαβάστε επίσης: Νέοι κανόνες για τους ενοικιαστές", "el"), ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέοι κανόνες για ενοικιαστές", "el"),
    ("İlgili Haber: Kira yardımı arttı, kimler başvurabilir", "tr"), ("Citește și: Ce se schimbă pentru chiriași", "ro"),
])
def test_read_also_lines_of_more_languages(text: str, language: str) -> None:
    assert _line_rule(text, language) == "read-also"


def test_short_last_paragraph_after_an_ad_label_is_kept() -> None:
    top = ["홈", "정치", "경제", "임대차 새 규정 1월부터 시행…세입자 무엇이 달라지나"]
    related = ["관련기사", "정부, 임대료 상한제 연장 추진", "재산세, 집주인이 알아야 할 것"]
    doc = boilerplate_doc([*top, *KO_BODY, "광고", KO_LAST, *related], "ko")
    assert set(KO_BODY) | {KO_LAST} <= _kept(doc)
    assert _rule(doc, "광고") == "boilerplate:furniture"


def test_short_sentence_after_a_read_also_line_is_kept() -> None:
    top = ["首页", "新闻", "财经", "租房新规明年1月起实施 租客权益将有哪些变化"]
    link = "延伸阅读：住房补贴提高 哪些人可以申请"
    related = ["相关新闻", "政府拟延长租金上限政策", "房产税：业主需要了解的事"]
    doc = boilerplate_doc([*top, *ZH_BODY, link, ZH_LAST, *related], "zh")
    assert set(ZH_BODY) | {ZH_LAST} <= _kept(doc)
    assert _rule(doc, link) == "boilerplate:read-also"



# --- image credits and the items of a listicle ------------------------------------------------------------------

LISTICLE = [
    "Home", "Travel", "Food", "10 Things to Do in Lisbon This Spring",
    "Lisbon is at its best in spring, when the weather is warm but the summer crowds have not yet arrived. Here "
    "are our favourite ways to spend a few days in the Portuguese capital.",
    "1. Ride Tram 28", "The old yellow tram climbs through the steepest streets of the city. Go early to get a seat.",
    "2. Visit the Tile Museum", "Photo: Emma Clarke",
    "The museum tells the story of the painted tiles that cover so many of the city's buildings.",
    "3. Take a day trip to Sintra", "Trains leave every twenty minutes from Rossio station and take forty minutes.",
    "Advertisement", "4. Listen to fado", "Small restaurants in Alfama host singers most evenings. Book ahead.",
    "5. Walk along the river", "A wide promenade runs from the centre to Belém, past cafés and old warehouses.",
    "More Travel Guides", "48 Hours in Porto", "The Best Beaches in the Algarve",
]


@pytest.mark.parametrize("text", ["Photo: Emma Clarke", "Image credit: Reuters", "Foto: dpa", "写真：共同",
                                  "Photograph: Jane Doe/Getty Images"])
def test_image_credits(text: str) -> None:
    assert IMAGE_CREDIT_RE.match(text)


@pytest.mark.parametrize("text", ["Photos of the week show the storm", "Photography", "Credit card fees rise again"])
def test_no_image_credits(text: str) -> None:
    assert not IMAGE_CREDIT_RE.match(text)


def test_listicle_items_after_a_credit_and_an_ad_label_are_kept() -> None:
    doc = boilerplate_doc(LISTICLE, "en")
    kept = _kept(doc)
    assert set(LISTICLE[4:12]) - {"Photo: Emma Clarke"} <= kept
    assert set(LISTICLE[13:17]) <= kept
    assert not {"Photo: Emma Clarke", "Advertisement", "48 Hours in Porto"} & kept


def test_numbered_item_that_opens_with_a_furniture_word_is_no_furniture() -> None:
    assert _line_rule("4. Listen to fado") is None
    assert _line_rule("Listen") == "furniture"


def test_last_paragraph_after_an_image_credit_is_kept() -> None:
    top, body, _link, last, related = PAGES["en"]
    doc = boilerplate_doc([*top, *body, "Photo: Jane Doe/Example Agency", last, *related], "en")
    assert set(body) | {last} <= _kept(doc)
    assert "Photo: Jane Doe/Example Agency" not in _kept(doc)
