"""A spec or info table under the last paragraph is the article's (boilerplate._tail_table_end in extend_tail).

A review closes with the product's specifications, an event page with its dates and prices, a test drive with
each car's engine data: label rows ("Gewicht: 1,6 kg", "发动机总排量：1171ml") under a heading or two. They are no
sentences, so the tail stopped at the heading. Negatives: the same rows after a share bar, a block of page facts
without digits ("Schlagwörter: ...") and two rows alone stay out.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

from cleaners.boilerplate import _label_row, line_features
from cleaners.document import Document, Line

ARTICLES = {
    "de": (
        "Wir waren drei Wochen mit dem Zelt an der Küste und in den Bergen unterwegs. Es steht in weniger als "
        "fünf Minuten, und dank der einen Stangenkreuzung gelingt der Aufbau auch im Dunkeln beim ersten Versuch.",
        "In einer Sturmnacht auf einem offenen Grat bog sich das Zelt zwar, fiel aber nie zusammen, und das "
        "Außenzelt blieb straff, nachdem wir die seitlichen Abspannleinen einmal nachgezogen hatten.",
        "Unser größter Kritikpunkt ist das Kondenswasser: In stillen, feuchten Nächten wurde das Innenzelt am "
        "Kopfende nass. Beide Lüftungen zu öffnen half, löste das Problem aber nicht ganz.",
        ["Technische Daten", "Gewicht: 1,6 kg", "Packmaß: 45 x 15 cm", "Grundfläche: 2,9 m²", "Innenhöhe: 105 cm",
         "Eingänge: 2", "Preis: 329 Euro"],
    ),
    "zh": (
        "这次试驾我们选在山区道路上进行。点火之后，发动机在怠速时运转平稳，声音很小，挂入二挡半踩油门，车子就开始发力了。",
        "上山路段用三挡依然可以继续提速，斜坡起步也很轻松。总的来说，两款车的动力都足够城市日常使用，油耗也比较低。",
        "不过在高速路段，两款车的风噪都比较明显，超过一百公里时速后，车内说话需要提高音量，这是小排量车的通病。",
        ["主要参数：", "甲型车", "发动机总排量：1171ml", "最大功率：51Kw／6000rpm", "最大扭矩：95N.m／3250rpm", "乙型车",
         "发动机总排量：1298ml", "最大功率：63Kw／6000rpm", "变速箱：手动五速"],
    ),
    "es": (
        "El festival vuelve este verano al parque del río con tres escenarios y más de cuarenta conciertos, "
        "la mayoría gratuitos, repartidos entre el viernes por la tarde y el domingo por la noche.",
        "La organización ha ampliado la zona de sombra y los puntos de agua, y este año habrá un espacio "
        "infantil con talleres de percusión y un escenario pequeño para grupos del barrio.",
        "Las entradas para los conciertos de pago se venden desde hoy en la web del festival y en la taquilla "
        "del parque, y los menores de doce años entran gratis acompañados de un adulto.",
        ["Información práctica", "Fechas: del 12 al 14 de julio", "Horario: de 17:00 a 1:00", "Precio: 15 euros por día",
         "Abono: 35 euros", "Teléfono: 912 345 678"],
    ),
}
FOOTER = ["Teilen auf Mastodon", "Mehr aus dem Ressort", "Impressum", "Datenschutz", "© 2025 Beispielverlag"]
HEADER = ["Beispielverlag", "Startseite", "Tests", "Outdoor", "Suche"]


def _removed(doc: Document) -> set[str]:
    return {line.text for line in doc.lines if line.removal is not None}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_spec_table_under_the_last_paragraph_is_kept(language: str) -> None:
    *paragraphs, table = ARTICLES[language]
    doc = boilerplate_doc([*HEADER, "Test: Das Zelt im Sturm", *paragraphs, *table, *FOOTER], language)
    assert set(paragraphs) | set(table) <= _kept(doc), _removed(doc)
    assert not set(FOOTER) & _kept(doc)


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_table_after_a_share_bar_stays_out(language: str) -> None:
    """A share line between the article and the rows: the tail ends there, rows and all."""
    *paragraphs, table = ARTICLES[language]
    doc = boilerplate_doc([*HEADER, *paragraphs, "Teilen auf Facebook", *table, *FOOTER], language)
    assert set(paragraphs) <= _kept(doc)
    assert not set(table) & _kept(doc), set(table) & _kept(doc)


def test_page_facts_without_digits_stay_out() -> None:
    """Rows of page facts (tags, section, author) under the article have labels too, but no digits."""
    *paragraphs, _ = ARTICLES["de"]
    facts = ["Über diesen Artikel", "Schlagwörter: Zelte, Camping, Test", "Ressort: Outdoor", "Autor: Jan Beispiel"]
    doc = boilerplate_doc([*HEADER, *paragraphs, *facts, *FOOTER], "de")
    assert set(paragraphs) <= _kept(doc)
    assert not set(facts) & _kept(doc)


def test_two_rows_are_no_table() -> None:
    *paragraphs, table = ARTICLES["de"]
    doc = boilerplate_doc([*HEADER, *paragraphs, table[0], *table[1:3], *FOOTER], "de")
    assert not set(table[:3]) & _kept(doc)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Gewicht: 1,6 kg", True),
        ("营地地址：新竹县尖石乡玉峰村6邻20号", True),
        ("Prix : 329 €", True),
        ("Abfahrt 12:30 Uhr am Hauptbahnhof", False),  # a clock: no space after its colon
        ("Technische Daten", False),
        ("Laut Hersteller und Händler: 9 Windstärken", False),  # a label of many words
        ("Fazit: Das Zelt hält Windstärke 9 stand und wiegt wenig.", False),  # a sentence
    ],
)
def test_label_row(text: str, row: bool) -> None:
    lang = "zh" if "营" in text else "de"
    assert _label_row(Line(0, text, 0, len(text)), line_features(text, lang)) is row


def test_a_table_whose_first_rows_the_run_took_is_kept_whole() -> None:
    """A product page's data rows: those with digits are content-like and the run may take them ("Höhe: 120 cm"),
    the last two without digits stopped the tail, where the table counted from there had too few rows; cleaning the
    record's text again cut them off. The table is counted from its first row."""
    paragraphs = [
        "Die schlanke Säulenform passt auch an schmale Hauswände und in kleine Innenhöfe. Mit 300 Litern "
        "Fassungsvermögen reicht eine Füllung, um ein mittelgroßes Gemüsebeet eine Woche lang zu gießen.",
        "Die Tonne besteht aus UV-beständigem, lebensmittelechtem Kunststoff und ist doppelwandig gefertigt. Dadurch "
        "bleibt das Wasser im Sommer kühler, und Algen bilden sich langsamer als in einfachen Tonnen.",
        "Der Messing-Zapfhahn sitzt so hoch, dass eine Gießkanne bequem darunter passt. Ein Deckel mit "
        "Kindersicherung verhindert, dass kleine Kinder oder Tiere in die Tonne gelangen.",
    ]
    rows = ["Fassungsvermögen: 300 l", "Höhe: 120 cm", "Durchmesser: 62 cm", "Gewicht: 9,4 kg",
            "Material: Polyethylen, doppelwandig", "Lieferumfang: Tonne, Deckel, Zapfhahn, Montageanleitung"]
    # (the record's text cleaned again: the product's name over its description, the table closing the text)
    doc = boilerplate_doc(["Regentonne Säule 300 Liter mit Zapfhahn, anthrazit", *paragraphs, "Technische Daten",
                           *rows], "de")
    assert set(rows) <= _kept(doc), _removed(doc)


def test_two_rows_without_digits_under_the_text_stay_out() -> None:
    paragraphs = ARTICLES["de"][:3]
    rows = ["Material: Polyethylen, doppelwandig", "Farbe: anthrazit"]
    doc = boilerplate_doc([*HEADER, *paragraphs, *rows, *FOOTER], "de")
    assert not set(rows) & _kept(doc)


def test_rows_the_run_took_do_not_carry_the_credits_under_them() -> None:
    """Two rows with digits right under the text (the run keeps them: content-like) and two credits without digits
    under them: no heading stands over the rows, so the table is counted from the credits on, two rows without a
    digit, and the credits stay out. Counted from the first row, the four made a table and the credits were kept."""
    paragraphs = ARTICLES["de"][:3]
    rows = ["Termin: 14. März, 19.30 Uhr", "Eintritt: 12 bis 28 Euro"]
    credits = ["Fotos: Stadttheater, privat", "Redaktion: Kulturressort"]
    doc = boilerplate_doc([*HEADER, *paragraphs, *rows, *credits, *FOOTER], "de")
    assert set(rows) <= _kept(doc), _removed(doc)
    assert not set(credits) & _kept(doc)


# --- a sentence announcing the list under it (probe18: "Counties where the ban is lifted:" was cut off) ---------

INTRO_ARTICLE = [
    "The water company lifted the hosepipe ban in most of the region on Monday after a wet autumn refilled the "
    "reservoirs to more than ninety per cent of their capacity.",
    "Customers may again water gardens and wash cars with a hose, although the company asks them to use water "
    "carefully, since the ground in the east is still dry after the summer.",
    "The ban remains in force in two districts, where the local reservoir is still below its usual level.",
]


@pytest.mark.parametrize(("intro", "items", "kept"), [
    ("Towns where the ban is lifted:", "Ashford, Bexley, Colham, Dunmere, Elston and Fairley.", True),
    ("Follow us:", "Ashford, Bexley, Colham, Dunmere, Elston and Fairley.", False),  # (a footer box's heading)
])
def test_a_sentence_ending_in_a_colon_carries_the_tail_over_its_list(intro: str, items: str, kept: bool) -> None:
    doc = boilerplate_doc(["Home", "News", "Hosepipe ban lifted", *INTRO_ARTICLE, intro, items, "Contact",
                           "Press office", "Privacy", "Accessibility"])
    texts = [line.text for line in doc.lines if line.removal is None]
    assert (intro in texts and items in texts) is kept
    assert "Press office" not in texts
