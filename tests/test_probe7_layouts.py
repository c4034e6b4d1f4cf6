"""Rules found by probe pages of new layouts (probe7): a wiki section's edit link, a page-feedback widget's question, a newsletter issue's
forwarding lines, a post's lone reply counter, a WeChat-style account's follow line, a date line closing an
obituary, a paper's history dates beside its publication date, a long headline over a short dek, and the
numbered heading of a feature's first chapter. Each with negatives: prose that must survive."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule

from cleaners import clean_text
from cleaners.config import Config
from cleaners.metadata import metadata_stage, parse_date_line


@pytest.mark.parametrize(("text", "language", "rule"), [
    ("Was this page helpful?", "en", "feedback-prompt"),
    ("Was this article helpful?", "en", "feedback-prompt"),
    ("Was this helpful?", "en", "feedback-prompt"),
    ("Did you find this article useful?", "en", "feedback-prompt"),
    ("Cette page vous a-t-elle été utile ?", "fr", "feedback-prompt"),
    ("War dieser Artikel hilfreich?", "de", "feedback-prompt"),
    ("¿Te ha resultado útil?", "es", "feedback-prompt"),
    ("Esta página foi útil?", "pt", "feedback-prompt"),
    ("这篇文章对您有帮助吗？", "zh", "feedback-prompt"),
    ("この記事は役に立ちましたか？", "ja", "feedback-prompt"),
    ("Enjoyed this issue? Forward it to a friend who grows things.", "en", "newsletter"),
    ("Was this forwarded to you? Sign up here to get it every Sunday.", "en", "newsletter"),
    ("Diesen Newsletter an einen Freund weiterleiten", "de", "newsletter"),
    ("回复(8)", "zh", "counters"),
    ("点赞（40）", "zh", "counters"),
    ("Replies (3)", "en", "counters"),
    ("点击上方蓝字“山海读书会”关注我们", "zh", "promo"),
    ("设为星标，第一时间获取推送", "zh", "promo"),
])
def test_widget_lines_are_removed(text: str, language: str, rule: str) -> None:
    assert line_rule(text, language) == rule


@pytest.mark.parametrize(("text", "language"), [
    ("Was this helpful to the patients? Doctors at the clinic say it was, for most of them.", "en"),
    ("The page was helpful to many readers who wrote to us last year about their bills.", "en"),
    ("Is this useful work, or a distraction from the real problems of the city?", "en"),
    ("He forwarded the letter to a friend at the ministry, who passed it on to the police.", "en"),
    ("The email was forwarded to the police on Tuesday, according to the court papers.", "en"),
    ("Chapter (1)", "en"),
    ("感谢大家长期以来对这个节目的关注，我们会继续努力，把更多好看的故事带给观众。", "zh"),
    ("市民可以点击上方的链接查看全部名单，也可以到各街道办事处现场查询具体的安置方案和补偿标准。", "zh"),
])
def test_prose_is_not_taken(text: str, language: str) -> None:
    assert line_rule(text, language) is None


BODY_EN = [
    "Harold James Whitcombe, 86, of Linden Falls, passed away peacefully at home on Tuesday, surrounded by family.",
    "Harold was born in Carver County and grew up on the family dairy farm, graduating from high school in 1956.",
    "For thirty-four years Harold worked as a machinist at the paper mill, retiring in 1998 to his garden.",
    "In retirement he built birdhouses for every child in the neighborhood and never missed a football game.",
    "He is survived by his wife of 64 years, Dorothy; his two children; five grandchildren; and three great-grandchildren.",
    "A visitation will be held from 4 to 7 p.m. Friday at the funeral home, and the service on Saturday morning.",
    "He sang in the church choir for more than fifty years and served as a volunteer firefighter for two decades.",
    "Friends remember him as a patient teacher who showed half the town's teenagers how to fix an engine.",
    "His vegetable garden fed half the street every summer, and he gave away more tomatoes than he ever ate.",
    "In lieu of flowers, memorials may be given to the Linden Falls Volunteer Fire Department.",
]


def _published(page: list[str]) -> str | None:
    return metadata_stage(boilerplate_doc(page), Config()).published


def test_a_labelled_date_line_closing_the_body_is_the_date() -> None:
    page = ["Obituaries", "Harold James Whitcombe", *BODY_EN, "Published by Fenwick Gazette on Jan. 16, 2025.",
            "To plant trees in memory, please visit our store.", "Privacy Policy"]
    record = clean_text("\n".join(page).encode(), source="p.txt")
    assert record["published"] == "2025-01-16"
    assert "Published by" not in record.text


@pytest.mark.parametrize("closing", [
    "Jane Doe (@jdoe) Jan. 16, 2025",  # an embedded post's author and date
    "Updated on Jan. 16, 2025.",  # an update is no publication date
    "The funeral was held on Jan. 16, 2025.",  # a sentence of the text
])
def test_other_closing_date_lines_are_not_the_date(closing: str) -> None:
    page = ["Obituaries", "Harold James Whitcombe", *BODY_EN, closing, "To plant trees in memory, please visit our store."]
    assert _published(page) is None


def test_a_papers_history_dates_give_way_to_its_publication_date() -> None:
    line = "Received: 14 February 2024; Accepted: 2 July 2024; Published: 19 August 2024"
    assert parse_date_line(line).iso == "2024-08-19"
    assert parse_date_line("Received: 14 February 2024").iso == "2024-02-14"  # alone, the only date there is
    assert parse_date_line("Published 14 March 2024, updated 15 March 2024").iso == "2024-03-14"


ES_HEADLINE = "Fallece a los 91 años Rosario Valdés, la maestra que enseñó a leer a tres generaciones de Vilanova"
ES_DEK = "Su escuela unitaria funcionó en el pueblo hasta 1987"
ES_BODY = [
    "Rosario Valdés Ferrer murió el lunes en su casa de Vilanova de la Sierra, el pueblo en el que dio clase durante "
    "más de treinta años. Tenía 91 años.",
    "Nacida en 1933 en una familia de agricultores, estudió Magisterio en la capital de la provincia y en 1955 llegó a "
    "Vilanova para hacerse cargo de la escuela unitaria.",
    "Muchos de sus antiguos alumnos, hoy abuelos, la recuerdan por su paciencia y por las excursiones que organizaba "
    "cada primavera al nacimiento del río.",
]


def test_a_long_headline_over_a_short_dek_is_the_title() -> None:
    page = ["Portada", "Esquelas", "Necrológica", ES_HEADLINE, ES_DEK, "Redacción", "Vilanova | 22/04/2025 - 19:40 h",
            *ES_BODY, "Aviso legal"]
    assert clean_text("\n".join(page).encode(), source="p.txt")["title"] == ES_HEADLINE


def test_a_title_case_headline_under_a_longer_line_stays_the_title() -> None:
    body = [
        "The last weeks have been unprecedentedly difficult for the community and for me personally, and many "
        "people have written to ask what I think about the serious issues the community now faces.",
        "I have been silent the last month because, until two days ago, I was a member of the board of directors "
        "of the foundation, and its management asked all directors to remain silent on the entire matter.",
        "The situation was further complicated because people at my employer had strong opinions about this too.",
    ]
    page = ["Archives", "Powered by", "A Very Old Fork of the Generator that Builds this Site", "On Recent Difficult Events",
            "Tuesday 15 October 2019 by Jane Doe", *body]
    assert clean_text("\n".join(page).encode(), source="p.txt")["title"] == "On Recent Difficult Events"


CHAPTERS = [
    "The boat from the harbour takes just over an hour when the sea is kind, and the sea is rarely kind at all.",
    "Her father kept the light on the rock from 1951 until 1972, and his family lived with him in the cottages.",
    "{second}",
    "The girls were taught by correspondence, and a relief boat brought a brown envelope of lessons every fortnight.",
    "Morag, the youngest, remembers learning to read from the labels on tins in the store room of the cottage.",
]


def _kept(page: list[str]) -> str:
    return "\n".join(line.text for line in boilerplate_doc(page).lines if line.removal is None)


def test_the_first_chapters_numbered_heading_is_kept() -> None:
    page = ["The Long Read", "Menu", "The Keepers' Daughters", "Words by Eleanor Marsh", "28 min", "I. The Rock",
            *[x.format(second="II. School by Post") for x in CHAPTERS], "Privacy"]
    kept = _kept(page)
    assert "I. The Rock" in kept and "II. School by Post" in kept
    page = [*page[:5], "Part 1: The Rock", *[x.format(second="Part 2: School by Post") for x in CHAPTERS], "Privacy"]
    assert "Part 1: The Rock" in _kept(page)


@pytest.mark.parametrize(("above", "second"), [
    ("1. Home", "II. School by Post"),  # another numbering
    ("I. The Rock", "III. School by Post"),  # no sequel to it
    ("5. Most read", "2. School by Post"),  # a number its sequel does not follow
])
def test_a_numbered_line_without_its_sequel_stays_out(above: str, second: str) -> None:
    page = ["The Long Read", "Menu", "The Keepers' Daughters", "Words by Eleanor Marsh", "28 min", above,
            *[x.format(second=second) for x in CHAPTERS], "Privacy"]
    assert above not in _kept(page)


ZH_SECTIONS = [
    "历史沿革", "{link}",
    "据县志记载，这座石桥始建于乾隆二十三年，由当地乡绅集资修建，历时三年完工，此前两岸村民只能依靠渡船往来。",
    "建筑特点", "{link}",
    "石桥全部采用当地出产的青石砌筑，石块之间不用灰浆，完全依靠石块自身的重量和精确的咬合保持稳定。",
]


def _edit_links(page: list[str], language: str = "zh") -> list[str]:
    doc = boilerplate_doc(page, language)
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule == "boilerplate:edit-link"]


@pytest.mark.parametrize("link", ["编辑", "[编辑]", "编辑本段"])
def test_a_wiki_sections_edit_links_leave(link: str) -> None:
    page = ["百科", "首页", "青石桥", *[x.format(link=link) for x in ZH_SECTIONS], "参考资料", "©2024 百科"]
    assert _edit_links(page) == [link, link]


def test_edit_links_need_their_heading_and_enough_sections() -> None:
    # One bare word under one heading: a credit's label may stand so ("编辑" over the editor's name).
    page = ["百科", "青石桥", *[x.format(link="编辑") for x in ZH_SECTIONS[:3]], "编辑", "王小明", "©2024 百科"]
    assert _edit_links(page) == []
    # Under prose, not a heading: a word of the text's own.
    page = [ZH_SECTIONS[2], "编辑", ZH_SECTIONS[5], ZH_SECTIONS[2].replace("县志", "史料"), "修改", ZH_SECTIONS[5]]
    assert _edit_links(page) == []


# --- an answer's helpful-vote button alone on its line (XFAIL ca_forum_pregunta_resposta_acceptada: "Útil (14)") ---

@pytest.mark.parametrize(("text", "language"), [
    ("Útil (14)", "ca"), ("Útil (3)", "es"), ("Helpful (14)", "en"), ("Hilfreich (5)", "de"), ("Utile (2)", "it"),
    ("Nuttig (4)", "nl"), ("Pomocne (3)", "pl"), ("Užitečné (2)", "cs"), ("Полезно (7)", "ru"), ("Yararlı (5)", "tr"),
    ("有用(12)", "zh"), ("役に立った(4)", "ja"),
])
def test_a_helpful_vote_counter_alone_is_a_counter(text: str, language: str) -> None:
    assert line_rule(text, language) == "counters"


@pytest.mark.parametrize(("text", "language"), [
    ("Útil per a tothom (14)", "ca"),  # more than a label
    ("Es útil (3)", "es"),
    ("Helpful tips (5)", "en"),
    ("Der Rat war hilfreich (5)", "de"),
    ("La guida è utile anche ai principianti (2).", "it"),
    ("Este consejo me resultó muy útil, sobre todo para regar las tomateras en agosto.", "es"),
    ("这个办法对我很有用，谢谢大家的建议。", "zh"),
])
def test_other_lines_with_a_helpful_word_are_no_counters(text: str, language: str) -> None:
    assert line_rule(text, language) != "counters"
