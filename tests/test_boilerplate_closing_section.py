"""The last section of an article cut into sections, one sentence under a short heading ("Fazit" over "Ein
bequemer Kopfhörer ..."), goes with the tail (boilerplate._closing_section in extend_tail); after an article
without section headings, a heading over a sentence may head a teaser and stays out.

From tests/pages: en_review_spec_table (the verdict under the spec table) and pt_disciplina_universidade_ementa
(the one-sentence "Pré-requisitos" section).
"""

from __future__ import annotations

from cleaners import clean_text

DE_REVIEW = """TechTest Magazin
Tests
News
Ratgeber
Warenkorb (0)
Start > Tests > Kopfhörer
Test: Der Klangbogen K3 ist ein leichter Kopfhörer mit langer Akkulaufzeit
Wir haben den Klangbogen K3 drei Wochen lang im Büro, in der Bahn und beim Sport getragen. Er sitzt fest, drückt auch nach Stunden nicht und ist mit 180 Gramm angenehm leicht.
Die Geräuschunterdrückung filtert das Brummen im Zug zuverlässig heraus, Stimmen im Großraumbüro dringen allerdings noch leise durch.
Klang
Der Bass ist kräftig, ohne die Mitten zu überdecken. Bei klassischer Musik wirken hohe Streicher etwas scharf, was sich in der App mit dem Equalizer aber gut ausgleichen lässt.
Akku
Im Test hielt der Akku gut 38 Stunden durch. Nach zehn Minuten am Ladekabel reicht die Energie wieder für etwa fünf Stunden Musik.
Fazit
Ein bequemer, ausdauernder Kopfhörer, der für seinen Preis viel richtig macht.
Das könnte Sie auch interessieren
Die besten Kopfhörer unter 100 Euro
Impressum
Datenschutz
© 2025 TechTest Magazin
"""

NEWS_THEN_TEASER = """The Daily Example
News
Sport
Business
Culture
City council approves a new cycle lane along the river
By Jane Doe
3 June 2025
The city council approved a new cycle lane along the river on Tuesday, after two years of debate about where cyclists and cars should share the road along the busy embankment.
The lane will run for four kilometres from the old bridge to the station, and the work is expected to take eight months. Shops along the route will stay open during the work, the council said.
Opponents of the plan said the lane would take away too many parking spaces, but a survey of residents found that most of them supported it, the council added.
Weekend weather
Sunny on Saturday, then rain on Sunday.
Privacy
Terms
"""


def _body(page: str) -> str:
    record = clean_text(page.encode(), source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs)


def test_the_verdict_section_under_the_last_section_is_kept() -> None:
    body = _body(DE_REVIEW)
    assert "Fazit" in body and "Ein bequemer, ausdauernder Kopfhörer" in body
    assert "Das könnte Sie auch interessieren" not in body and "Die besten Kopfhörer unter 100 Euro" not in body


def test_a_heading_over_a_sentence_after_an_article_without_sections_stays_out() -> None:
    body = _body(NEWS_THEN_TEASER)
    assert "Opponents of the plan said" in body
    assert "Weekend weather" not in body and "Sunny on Saturday" not in body


# (mends2, after review2) A widget's prompt or the site's self-description is no article's last section.
def test_a_widget_prompt_opens_with_an_imperative_or_the_reader() -> None:
    from cleaners.boilerplate import _widget_prompt

    for text in ["Listen to our weekly podcast on politics in the river valley.", "Quiénes somos", "Fale conosco",
                 "Share this article with your friends and family on social media.",
                 "Anúnciese con nosotros y llegue a miles de lectores cada día de la semana."]:
        assert _widget_prompt(text), text
    for text in ["A sturdy, easy tent for two that is worth its price, if you can live with some condensation.",
                 "Mecânica dos Fluidos I e Estatística Básica.", "Verdict", "Pré-requisitos"]:
        assert not _widget_prompt(text), text


# (mends3, after review3) An imperative only a site gives, or the site's possessive over its own things, is a
# prompt; a guide's advice and a verdict's we, our and you are the article's.
def test_a_widget_prompt_names_the_sites_own_things() -> None:
    from cleaners.boilerplate import _widget_prompt

    for text in ["Sign up for our e-news and be the first to hear.", "Our podcast is out every Friday morning.",
                 "Subscribe to get the best stories in your inbox.", "Nuestro boletín llega cada lunes a tu correo."]:
        assert _widget_prompt(text), text
    for text in ["Our verdict", "Book your bus seat a day ahead in summer.", "Read the tide tables before setting out.",
                 "You can take the bus back from the village.", "We would happily take it on another trip.",
                 "Our tester carried it for three weeks without a single broken pole."]:
        assert not _widget_prompt(text), text

