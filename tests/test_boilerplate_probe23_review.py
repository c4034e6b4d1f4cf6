"""Review of the probe23 rules (tests/test_boilerplate_probe23_pages.py): article lines they took for chrome.

- A channel invitation is the site's imperative opening the line and a messaging app named (or nothing else on the
  line): a sentence that only holds the words ("Siga o canal até a ponte", "que a água entre no canal", "이 채널을
  구독했다", a quoted appeal with its speaker) is the article's.
- "About <article> <Name>" heads a company's box only when the box's text names the company: an essay's section
  heading ("Über die Zukunft Europas") over prose that does not is the article's.
- A "most watched" heading is the rail's label, with at most a word or two before it ("VÍDEOS: mais assistidos",
  "This week's most watched"): a headline that says it ("Netflix reveals its most watched series of 2025") is none.
- The notice that the post contains or may contain affiliate links in ru, uk, zh and ko too, the post itself its
  subject: a report of another's links ("реклама блогеров содержит партнёрские ссылки") is text.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_kept, clean_lines, line_rule


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Join our channel, the minister told followers in a video message on Sunday, urging them to stay calm.", "en"),
        ("“Join our WhatsApp channel,” the minister told followers on Sunday.", "en"),
        ("Siga o canal até a ponte e vire à esquerda no segundo cruzamento.", "pt"),
        ("A prefeitura fez obras para evitar que a água da chuva entre no canal.", "pt"),
        ("Rejoignez la chaîne des Puys par le sentier de grande randonnée, balisé en rouge et blanc.", "fr"),
        ("Suivez notre chaîne de montagnes préférée sur 40 kilomètres de crêtes.", "fr"),
        ("Únete al canal de riego y sigue hacia el norte.", "es"),
        ("Rejoignez la chaîne des Puys", "fr"),
        ("Siga o canal do rio", "pt"),
        ("이용자 100만 명이 이 채널을 구독했다.", "ko"),
        ("그는 지난달 유튜브 채널을 구독하는 사람이 크게 늘었다고 말했다.", "ko"),
    ],
)
def test_sentences_holding_channel_words_are_text(line: str, language: str) -> None:
    assert line_rule(line, language) is None


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Join our channel", "en"),
        ("Entre no canal do WhatsApp", "pt"),
        ("Подписывайтесь на наш канал в Telegram", "ru"),
        ("Подписывайтесь на наш Telegram-канал", "ru"),
        ("加入我们的频道", "zh"),
        ("카카오톡 채널 추가하기", "ko"),
        ("LINE公式アカウントを友だち追加してください", "ja"),
        ("हमारे व्हाट्सएप चैनल से जुड़ें", "hi"),
    ],
)
def test_channel_invitations_in_more_languages(line: str, language: str) -> None:
    assert line_rule(line, language) == "promo"


ESSAY = [
    "Europa nach der Wahl: Was jetzt auf dem Spiel steht",
    "Die Wahl hat die politischen Gewichte in Brüssel verschoben, und die neue Kommission steht vor Aufgaben, die "
    "noch vor wenigen Jahren kaum jemand vorhergesehen hätte.",
    "Die Handelspolitik, die Energiepreise und die Verteidigung verlangen Entscheidungen, die sich nicht länger "
    "aufschieben lassen, wenn die Union handlungsfähig bleiben will.",
    "Über die Zukunft Europas",
    "Wer in diesen Wochen mit Abgeordneten spricht, hört vor allem Ratlosigkeit: Niemand weiß, ob die alten "
    "Mehrheiten noch tragen, und viele fürchten eine Blockade im Rat.",
    "Gleichzeitig wächst der Druck von außen, denn die Partner in Washington und Peking warten nicht, bis sich die "
    "Mitgliedstaaten auf eine gemeinsame Linie geeinigt haben.",
]


def test_about_heading_with_an_article_over_prose_not_naming_it_is_a_section() -> None:
    kept = boilerplate_kept(ESSAY, "de")
    assert "Über die Zukunft Europas" in kept
    assert any(p.startswith("Gleichzeitig wächst der Druck") for p in kept)


@pytest.mark.parametrize(
    ("line", "language"),
    [("Netflix reveals its most watched series of 2025", "en"),
     ("Por que as novelas mais assistidas perderam público", "pt")],
)
def test_headlines_saying_most_watched_are_no_list_heading(line: str, language: str) -> None:
    assert line_rule(line, language) != "list-heading"


@pytest.mark.parametrize(
    ("heading", "language"),
    [("This week's most watched", "en"), ("VÍDEOS: mais assistidos da semana", "pt"), ("많이 본 영상", "ko"),
     ("最も視聴された動画", "ja"), ("Самое просматриваемое", "ru")],
)
def test_most_watched_rail_labels_still_head_lists(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "list-heading"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Статья может содержать партнёрские ссылки.", "ru"),
        ("Этот пост содержит партнерские ссылки.", "ru"),
        ("Стаття може містити партнерські посилання.", "uk"),
        ("本文可能包含联盟链接。", "zh"),
        ("本文含有推廣連結。", "zh"),
        ("이 포스팅은 제휴 링크를 포함할 수 있습니다.", "ko"),
        ("이 글에는 제휴 링크가 포함되어 있습니다.", "ko"),
    ],
)
def test_affiliate_link_notices_in_more_languages(line: str, language: str) -> None:
    assert line_rule(line, language) == "ad-disclosure"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Регулятор выяснил, что реклама блогеров содержит партнёрские ссылки на нелегальные казино, сообщает ведомство.",
         "ru"),
        ("공정위는 일부 블로그 글이 제휴 링크를 포함하고 있다고 밝혔다.", "ko"),
    ],
)
def test_reports_of_affiliate_links_are_text(line: str, language: str) -> None:
    assert line_rule(line, language) is None


PRESS_DATE_LINE = [
    "Landkreis Musterland", "Presse", "Pressemitteilungen",
    "Hamburg, den 03.12.2025",
    "Neue Buslinie verbindet die Ortsteile ab Januar",
    "Ab dem 1. Januar fährt eine neue Buslinie im Stundentakt zwischen den Ortsteilen Nord und Süd, wie der Landkreis "
    "am Mittwoch mitteilte.",
    "Die Linie ergänzt das bestehende Angebot und soll vor allem Pendlerinnen und Pendlern den Weg zum Bahnhof "
    "erleichtern.",
    "Impressum", "Datenschutz",
]
COMMUNIQUE = [
    "Mairie de Villeneuve", "Actualités", "Communiqué de presse",
    "Lyon, le 3 décembre 2025",
    "La ville ouvre un nouveau centre de loisirs",
    "La municipalité a inauguré mercredi un centre de loisirs de 400 mètres carrés destiné aux enfants de trois à "
    "douze ans, a annoncé le maire.",
    "Le centre accueillera jusqu'à 120 enfants pendant les vacances scolaires et les mercredis après-midi.",
    "Mentions légales",
]


@pytest.mark.parametrize("page", [PRESS_DATE_LINE, COMMUNIQUE], ids=["de", "fr"])
def test_place_and_day_over_a_press_release_date_it(page: list[str]) -> None:
    """The form of a notice's signing line ("<place>, den <day>") over a release's title is its date line: the
    signing line is one under the text (test_signing_line_is_no_date_line_when_the_record_is_cleaned_again)."""
    assert clean_lines(page)["published"] == "2025-12-03"

