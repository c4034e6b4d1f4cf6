"""Metadata stage: dates, attributions, bylines, titles, and the golden expectations on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_file
from cleaners.config import Config
from cleaners.document import BODY, HEADING, TITLE, Document, Removal
from cleaners.metadata import (
    _anchor,
    _title_over_tagline,
    is_heading_like,
    metadata_stage,
    parse_attribution,
    parse_byline,
    parse_date_line,
    parse_published,
    pick_title,
)
from cleaners.segment import split_lines

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_000 = next(SEEDS.glob("000_*.txt"), None)
SEED_003 = next(SEEDS.glob("003_*.txt"), None)


def make_doc(text: str, removed: dict[int, str] | None = None, **meta: str) -> Document:
    """A segmented document; `removed` maps line index -> rule, to simulate earlier stages."""
    doc = Document(source="t", text=text, meta=dict(meta))
    doc.lines = split_lines(text)
    for i, rule in (removed or {}).items():
        line = doc.lines[i]
        line.removal = Removal(line.text, "simulated", rule, line.start, line.end)
    return doc


# --- parse_published ---------------------------------------------------------------------------

DATES = [
    ("15:09 JST, May 21, 2025", "2025-05-21T15:09:00+09:00"),
    ("May 21, 2025 3:09 PM EDT", "2025-05-21T15:09:00-04:00"),
    ("21 May 2025", "2025-05-21"),
    ("Published: 21 May 2025, 10:30 GMT", "2025-05-21T10:30:00+00:00"),
    ("2025年5月21日 15時09分", "2025-05-21"),
    ("2025年5月21日 15:09", "2025-05-21"),
    ("2025/05/21 15:09", "2025-05-21"),
    ("2025-05-21T06:09:00Z", "2025-05-21T06:09:00+00:00"),
    ("2025-05-21T15:09:00+09:00", "2025-05-21T15:09:00+09:00"),
    ("2025-05-21T15:09:00.123-0300", "2025-05-21T15:09:00-03:00"),
    ("2025-05-21", "2025-05-21"),
    ("21.05.2025", "2025-05-21"),
    ("21/05/2025", "2025-05-21"),
    ("05/21/2025", "2025-05-21"),
    ("21. Mai 2025", "2025-05-21"),
    ("Veröffentlicht am 21. Mai 2025 um 10:30 Uhr MESZ", "2025-05-21T10:30:00+02:00"),
    ("May 21, 2025 09:00 AM Eastern Daylight Time", "2025-05-21T09:00:00-04:00"),  # zone names spelled out
    ("21 May 2025, 10:30 Central European Summer Time", "2025-05-21T10:30:00+02:00"),
    ("21 May 2025 7.30pm British Summer Time", "2025-05-21T19:30:00+01:00"),
    ("2025年5月21日 15:09 Japan Standard Time", "2025-05-21T15:09:00+09:00"),
    ("January 7, 2025 3:00 PM Pacific Time", "2025-01-07T15:00:00-08:00"),
    ("21 May 2025 10:30 Central Europe", "2025-05-21"),  # no zone's whole name: the time has no offset
    ("21 May 2025 10:30 Eastern European leaders", "2025-05-21"),
    ("21 mai 2025", "2025-05-21"),
    ("Publié le 21 mai 2025 à 10h30", "2025-05-21"),
    ("1er janvier 2025", "2025-01-01"),
    ("21 de mayo de 2025", "2025-05-21"),
    ("21 de maio de 2025", "2025-05-21"),
    ("21.dez.2018 às 12h55", "2018-12-21"),
    ("21 мая 2025", "2025-05-21"),
    ("21 мая 2025 г., 10:30 MSK", "2025-05-21T10:30:00+03:00"),
    ("2025년 5월 21일", "2025-05-21"),
    ("2025. 5. 21. 오후 3:09 KST", "2025-05-21T15:09:00+09:00"),
    ("2025年05月21日 15:09", "2025-05-21"),
    ("２０２５年５月２１日", "2025-05-21"),
    ("2025年5月21日 午後3時9分 JST", "2025-05-21T15:09:00+09:00"),
    ("发布时间：2025-05-21 15:09 北京时间", "2025-05-21"),
    ("北京时间2025年5月21日 15:09", "2025-05-21"),
    ("21 maggio 2025", "2025-05-21"),
    ("21 mei 2025", "2025-05-21"),
    ("21 Mayıs 2025", "2025-05-21"),
    ("21 tháng 5, 2025", "2025-05-21"),
    ("Sunday, May 8, 2016", "2016-05-08"),
    ("JAN. 13, 2017", "2017-01-13"),
    ("Sept. 5th, 2019", "2019-09-05"),
    ("January 18, 2017 11:00 PM PST", "2017-01-18T23:00:00-08:00"),
    ("February 1, 2016: 12:41 PM ET", "2016-02-01T12:41:00-05:00"),  # ET in winter is EST
    ("July 1, 2016 9:00 AM ET", "2016-07-01T09:00:00-04:00"),  # ET in summer is EDT
    ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC", "2024-12-06T22:00:00+00:00"),
    ("Updated Dec. 7, 2024 / Published Dec. 6, 2024", "2024-12-06"),
    ("2/26/2015 7:11 AM PST BY STAFF", "2015-02-26T07:11:00-08:00"),
    ("May 21, 2025 10:00 GMT+9", "2025-05-21T10:00:00+09:00"),
    ("May 21, 2025 10:00 (UTC-05:00)", "2025-05-21T10:00:00-05:00"),
    ("2025-05-21 15:09 CST", "2025-05-21T15:09:00-06:00"),  # CST is US Central ...
    ("2025年5月21日 15:09 CST", "2025-05-21T15:09:00+08:00"),  # ... except next to CJK text
    ("May 21, 2025 10:00 IST", "2025-05-21T10:00:00+05:30"),
    ("21 May 2025 10:00 AEST", "2025-05-21T10:00:00+10:00"),
    ("21 May 2025 10:00 CEST", "2025-05-21T10:00:00+02:00"),
    ("May 21, 2025 12:00 AM EDT", "2025-05-21T00:00:00-04:00"),
    ("11.14.2019 09:00 AM", "2019-11-14"),  # dotted but month-first: 14 cannot be a month
    ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "2019-11-20T04:29:00-05:00"),  # run together
    ("Nov 15, 20195:45 AM", "2019-11-15"),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_parse_published(text: str, expected: str) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The law takes effect in 2025.",
        "Chapter 21 May",
        "03/04/2025",  # day-first or month-first: not certain
        "31 February 2025",
        "2025-02-30",
        "2025-13-01",
        "21/13/2025",
        "May 2025",
        "Updated 14 hours ago",
        "Rating: 17 Votes",
        "21 May 1789",  # outside the accepted years
        "",
        "On May 21, 2025 the committee met. " * 8,  # a paragraph, not a short line
    ],
)
def test_parse_published_rejects(text: str) -> None:
    assert parse_published(text) is None


def test_time_without_zone_needs_default_tz() -> None:
    assert parse_published("2025年5月21日 15時09分") == "2025-05-21"
    assert parse_published("2025年5月21日 15時09分", "Asia/Tokyo") == "2025-05-21T15:09:00+09:00"
    assert parse_published("May 21, 2025 3:09 PM", "America/New_York") == "2025-05-21T15:09:00-04:00"
    assert parse_published("May 21, 2025 3:09 PM", "Not/AZone") == "2025-05-21"
    # An explicit zone wins over the default.
    assert parse_published("15:09 JST, May 21, 2025", "UTC") == "2025-05-21T15:09:00+09:00"


def test_lowercase_words_are_not_zones() -> None:
    # French "est" (is) after a time must not read as US Eastern.
    assert parse_published("10:30 est le 21 mai 2025") == "2025-05-21"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 मार्च 2024", "2024-03-12"),  # Hindi
        ("5 फ़रवरी 2024", "2024-02-05"),  # Hindi, with the nukta as NFC leaves it (two code points)
        ("12 مارس 2024", "2024-03-12"),  # Arabic
        ("١٢ فبراير ٢٠٢٤", "2024-02-12"),  # Arabic-Indic digits
        ("3 ΙΑΝΟΥΑΡΊΟΥ 2024", "2024-01-03"),  # Greek genitive, upper case
        ("Τρίτη 12 Μαρτίου 2024", "2024-03-12"),
        ("12 במרץ 2024", "2024-03-12"),  # Hebrew "in March"
        ("12 martie 2024", "2024-03-12"),  # Romanian
        ("12. marts 2024", "2024-03-12"),  # Danish
        ("12 декември 2023", "2023-12-12"),  # Bulgarian
        ("12. detsember 2023", "2023-12-12"),  # Estonian
        ("12 Rhagfyr 2023", "2023-12-12"),  # Welsh
        ("12 มีนาคม 2567", "2024-03-12"),  # Thai: Buddhist Era year
        ("12 มีนาคม 2024", "2024-03-12"),  # Thai month, Common Era year
        ("18 มี.ค. 2567", "2024-03-18"),  # Thai abbreviated month, Buddhist Era year
        ("5 ธ.ค. 2566", "2023-12-05"),
        ("اپ ڈیٹ: 20 جنوری 2025", "2025-01-20"),  # Urdu, under its "updated" label
        ("12 مئی 2024", "2024-05-12"),  # Urdu
        ("3 دسمبر 2023", "2023-12-03"),
    ],
)
def test_month_names_of_more_languages(text: str, expected: str) -> None:
    assert parse_published(text) == expected


# --- date lines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "15:09 JST, May 21, 2025",
        "Published: 21 May 2025, 10:30 GMT",
        "Updated 12:24 am EST, Wednesday, November 20, 2019",
        "By Jane Doe | May 21, 2025",
        "发布时间：2022-02-13 04:22:18 来源：示例日报",
        "21.dez.2018 às 12h55",
        "Posted on March 10, 2015 by Jane Doe",
        "Thứ ba, 13/12/2025, 14:32 (GMT+7)",  # Vietnamese weekday names are two words
        "Chủ nhật, 14/12/2025",
    ],
)
def test_pure_date_lines(text: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.tier == "pure"


def test_vietnamese_word_that_opens_like_a_weekday_is_no_weekday() -> None:
    """"Thứ tự" (order) opens like "Thứ tư" (Wednesday): the line keeps a word besides its date."""
    parsed = parse_date_line("Thứ tự ưu tiên 13/12/2025")
    assert parsed is not None and parsed.tier == "loose"


def test_date_line_details() -> None:
    parsed = parse_date_line("发布时间：2022-02-13 04:22:18 来源：示例日报")
    assert parsed is not None and parsed.source == "示例日报"
    parsed = parse_date_line("By Jane Doe | May 21, 2025")
    assert parsed is not None and parsed.author == "Jane Doe"


@pytest.mark.parametrize(
    "text",
    [
        "The law takes effect in 2025 and applies to all firms.",
        "On May 21, 2025, the company said it would cut 300 jobs across its European plants.",
        "x" * 150 + " May 21, 2025",
    ],
)
def test_not_date_lines(text: str) -> None:
    assert parse_date_line(text) is None


# --- attribution and byline --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(From The Daily Example, May 21, 2025)", "The Daily Example, May 21, 2025"),
        ("Source: Example News", "Example News"),
        ("This article originally appeared in The Example Review.", "The Example Review"),
        ("This story was first published on Example Weekly", "Example Weekly"),
        ("Originally published at example.org", "example.org"),
        ("（出典：例新聞）", "例新聞"),
        ("来源：示例日报", "示例日报"),
        ("Quelle: Beispiel-Agentur", "Beispiel-Agentur"),
        ("Source : Exemple Presse", "Exemple Presse"),
        ("Fuente: Agencia Ejemplo", "Agencia Ejemplo"),
        ("Fonte: Agência Exemplo", "Agência Exemplo"),
        ("Источник: Пример", "Пример"),
        ("[Source: Example Wire]", "Example Wire"),
        ("Cet article a été initialement publié dans Exemple Hebdo.", "Exemple Hebdo"),
        ("Este artículo fue publicado originalmente en Ejemplo Diario.", "Ejemplo Diario"),
    ],
)
def test_parse_attribution(line: str, expected: str) -> None:
    assert parse_attribution(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The source said the plan would not work.",
        "Sources close to the talks were not available for comment on Tuesday.",
        "Source: " + "word " * 60,
        "From the section US & Canada",
        "First published on November 19, 2019 / 8:16 AM",  # a date, not a source
        "Sources: Despite Big Sales, Developers Of The Game Are Not Getting Their Bonuses",  # a headline
    ],
)
def test_parse_attribution_rejects(line: str) -> None:
    assert parse_attribution(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe, Senior Correspondent", "Jane Doe"),
        ("Von Max Mustermann", "Max Mustermann"),
        ("Por María López y Juan Pérez", "María López y Juan Pérez"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("文／記者 山田太郎", "山田太郎"),
        ("本报记者 王小明", "王小明"),
        ("记者：王小明，李华", "王小明，李华"),  # names after a colon may be listed with a comma
        ("本报记者王小明", "王小明"),  # run on without a comma: a name
        ("홍길동 기자", "홍길동"),
        ("By JANE DOE JAN. 13, 2017", "JANE DOE"),
        ("By Jane Doe in London", "Jane Doe"),  # the place after "in"/"at" is no part of the name
        ("By Callum Reeve at Marsh Lane", "Callum Reeve"),
        ("Von Max Mustermann in Berlin", "Max Mustermann"),
        ("Story by Lena Harcourt · Photographs by Owen Tully", "Lena Harcourt"),
        ("Text by Lena Harcourt", "Lena Harcourt"),
        # the reporter's address after the name
        ("By Dana Whitfield | dwhitfield@harborledger.example", "Dana Whitfield"),
        ("Por María López | mlopez@diario.example", "María López"),
    ],
)
def test_parse_byline(line: str, expected: str) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By the time we arrived, it was over.",
        "By Monday, the deal had collapsed and everyone went home",
        "Byline",
        "By 2030 most cars will be electric.",
        "记者：您当初为什么想到要建图书室？",  # an interview's question, not a reporter's name
        "記者：孩子們有什麼變化？",
        "记者：好！",
        # the reporter as a clause's subject, run on without a separator
        "记者在现场看到，志愿者们分成几个小组",
        "记者了解到，该项目将于明年完工",
        "記者從現場看到，居民正在清理道路",
        "By train in the Alps",
        "Story by story, the town rebuilt its archive.",
        "By the way, email me at tips@paper.example",
        "by email to letters@paper.example or by post",
    ],
)
def test_parse_byline_rejects(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("Published on 2024-01-09 by Sam Okafor · 6 min read", "Sam Okafor"), ("May 3, 2024 · 12 min read", None)],
)
def test_reading_time_next_to_the_date_is_metadata(line: str, author: str | None) -> None:
    """"6 min read" is part of the date line, not a relative time that leaves "read" behind."""
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.tier == "pure" and parsed.author == author


# --- title -------------------------------------------------------------------------------------

ARTICLE = """Home
News
Sport
Council Approves New Budget After Long Debate
By Jane Doe
21 May 2025, 10:30 GMT
The city council approved the new budget on Tuesday after a debate that lasted more than nine hours, the longest in its history.
Members argued over the cost of the new transport plan, which the mayor said was needed to cut traffic in the centre.
The budget will now go to the regional government, which has three months to approve or reject it.
Source: Example Wire
Most read
Another Story Headline Here
"""


def test_title_date_byline_attribution_from_one_page() -> None:
    doc = make_doc(ARTICLE, removed={0: "boilerplate:outside-main:short", 1: "boilerplate:outside-main:short",
                                     2: "boilerplate:outside-main:short", 3: "boilerplate:outside-main:bad",
                                     10: "boilerplate:list-heading", 11: "boilerplate:list"})
    metadata_stage(doc, Config())
    title = doc.lines[3]
    assert doc.title == "Council Approves New Budget After Long Debate"
    assert title.kind == TITLE and title.kept  # restored: boilerplate took the headline for a teaser
    assert doc.published == "2025-05-21T10:30:00+00:00"
    assert doc.attribution == "Example Wire"
    assert doc.meta["author"] == "Jane Doe"
    rules = {line.index: line.removal.rule for line in doc.lines if line.removal}
    assert rules[4] == "metadata:byline"
    assert rules[5] == "metadata:published"
    assert rules[9] == "metadata:attribution"
    assert all(doc.lines[i].kept for i in (6, 7, 8))


def test_title_is_heading_above_body_without_boilerplate() -> None:
    doc = make_doc("\n".join(ARTICLE.splitlines()[3:9]))
    assert pick_title(doc) is doc.lines[0]
    assert doc.title == "Council Approves New Budget After Long Debate"


def test_title_from_reader_meta_marks_line() -> None:
    doc = make_doc(ARTICLE, title="Council Approves New Budget After Long Debate | Example Site")
    line = pick_title(doc)
    assert line is doc.lines[3] and line.kind == TITLE
    assert doc.title == "Council Approves New Budget After Long Debate"


def test_title_from_reader_meta_without_line() -> None:
    doc = make_doc("Some text that is a long enough body paragraph for the test to run.", title="Given Title")
    metadata_stage(doc, Config())
    assert doc.title == "Given Title"


def test_duplicate_title_kept_once() -> None:
    text = (
        "Council Approves New Budget After Long Debate\nShare\n"
        "Council Approves New Budget After Long Debate\n21 May 2025\n" + "\n".join(ARTICLE.splitlines()[6:9])
    )
    doc = make_doc(text)
    metadata_stage(doc, Config())
    assert doc.title == "Council Approves New Budget After Long Debate"
    titles = [line for line in doc.lines if line.kept and line.text == doc.title]
    assert len(titles) == 1 and titles[0].kind == TITLE
    assert any(line.removal and line.removal.rule == "metadata:title" for line in doc.lines)


def test_cjk_source_ends_at_space() -> None:
    assert parse_attribution("来源：示例日报 网友评论 0 条") == "示例日报"


def test_title_label_is_stripped() -> None:
    doc = make_doc("标 题： 关于示例工程的通告\n" + "这是一个足够长的正文段落，用来测试标题的选择是否正确。它还有第二句话。")
    metadata_stage(doc, Config())
    assert doc.title == "关于示例工程的通告"


def test_caption_and_share_lines_are_not_titles() -> None:
    text = (
        "Council Approves New Budget After Long Debate\n21 May 2025\nShare this with Email\n"
        "Image copyright Example Images\n" + "\n".join(ARTICLE.splitlines()[6:9])
    )
    doc = make_doc(text, removed={2: "boilerplate:furniture"})
    metadata_stage(doc, Config())
    assert doc.title == "Council Approves New Budget After Long Debate"


def test_title_over_subheading_below_date() -> None:
    # Title, date, then a subheading right above the body: the headline with its date wins.
    text = (
        "Council Approves New Budget After Long Debate\n21 May 2025\nWhat Changes For Transport\n"
        + "\n".join(ARTICLE.splitlines()[6:9])
    )
    doc = make_doc(text)
    metadata_stage(doc, Config())
    assert doc.title == "Council Approves New Budget After Long Debate"
    assert doc.lines[2].kept and doc.lines[2].kind != TITLE


DEK = "Mayor warns that transport plan will cost more"


def test_title_over_dek_of_similar_length() -> None:
    """Headline, dek, byline, date: the dek has the date next to it, the headline is still the title."""
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[:4], DEK, *lines[4:9]]))
    metadata_stage(doc, Config())
    assert doc.title == "Council Approves New Budget After Long Debate"
    assert doc.lines[4].kept and doc.lines[4].kind == HEADING  # the dek stays, as a heading paragraph


def test_title_over_a_dek_up_to_half_again_as_long() -> None:
    """A dek without a full stop, a third longer than the headline, with the byline under it: still a dek."""
    page = ["Economia", "Preço do café sobe 18% em um ano e pressiona orçamento das famílias",
            "Seca no Sul de Minas reduziu a colheita e elevou as cotações no mercado internacional",
            "Por Renata Albuquerque", "02/08/2023 07h30",
            "O preço do café moído nos supermercados subiu 18% nos últimos doze meses, segundo levantamento "
            "divulgado nesta terça-feira. A seca no Sul de Minas reduziu a colheita e elevou as cotações.",
            "Com menos oferta, as cotações do grão subiram também no mercado internacional, dizem os produtores."]
    doc = make_doc("\n".join(page), removed={0: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == page[1]


def test_a_headline_over_a_long_standfirst_shares_the_date_under_it() -> None:
    """Headline, a standfirst of over 100 characters without a full stop, author, date: the date next to the
    standfirst is the headline's too."""
    headline = "A city that cannot afford its buses"
    standfirst = ("Members argued over the cost of the new transport plan for nine hours, and the mayor says that the "
                  "price will rise again next year")
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[:3], headline, standfirst, "Jane Doe", "21 May 2025, 10:30 GMT", *lines[6:9]]),
                   removed=dict.fromkeys(range(7), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == headline


def test_a_teaser_over_a_headline_it_takes_for_a_standfirst_gets_no_date() -> None:
    """A line over a headline twice its length (a teaser, a like button's label) does not share the
    headline's date: a standfirst that short is as often the headline itself."""
    teaser = "Most read: transport plan costs"
    headline = "Council Approves New Budget After Long Debate Over Transport Costs"
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[:3], teaser, headline, "21 May 2025, 10:30 GMT", *lines[6:9]]),
                   removed=dict.fromkeys(range(6), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == headline


DEK_BODY = [
    "The city council approved the parking plan on Tuesday evening after months of talks. Short stays in the centre "
    "will cost more, and a resident's permit will cost less.",
    "The opposition called the plan a burden for the shops in the centre, whose customers come by car.",
]


def test_headline_over_a_dek_right_above_the_body_with_the_date_under_the_article() -> None:
    """Headline, dek, lead, and the date only under the article ("Stand: ..."): the upper line is the title."""
    headline = "Councillors back a new deal for the high street"
    dek = "A resident's permit will cost less, and short stays in the centre more"
    doc = make_doc("\n".join(["Home", "Politics", headline, dek, *DEK_BODY, "Updated: 12.03.2025, 18:42"]),
                   removed=dict.fromkeys(range(4), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == headline


def test_a_label_row_over_a_caption_above_the_lead_is_no_headline_and_dek() -> None:
    """A "Topics: ..." row over a photo caption right above the lead is no headline over its dek (nor are two
    items of a list of other stories there): the headline above keeps the title."""
    headline = "What The Vote Means For Drivers Here"
    rows = ["Topics: councillors, high street, parking", "A resident's permit will cost less (Credit: AP/Jane Doe)"]
    doc = make_doc("\n".join(["Home", headline, "Jane Doe", "Share", *rows, *DEK_BODY]),
                   removed={0: "boilerplate:outside-main:short", 3: "boilerplate:furniture",
                            4: "boilerplate:outside-main:short", 5: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == headline


CA_BODY = [
    "La biblioteca municipal de Sant Feliu de Rocamora obrirà tots els diumenges al matí a partir del mes "
    "d'octubre, segons ha anunciat aquest dijous l'Ajuntament.",
    "La regidora de Cultura ha explicat que la decisió respon a les peticions dels estudiants universitaris de "
    "Sant Feliu de Rocamora.",
]


def test_a_place_line_repeating_part_of_the_headline_is_no_title() -> None:
    """Headline, dek, byline, the dateline's place on its own line, the date: the place is a piece of the headline."""
    headline = "La biblioteca de Sant Feliu de Rocamora obrirà els diumenges a partir d'octubre"
    page = ["Societat", headline, "El consistori amplia l'horari per la demanda d'espais d'estudi durant els exàmens",
            "Redacció / Agències", "Sant Feliu de Rocamora", "Dijous, 21 de setembre de 2023, 12:15", *CA_BODY]
    doc = make_doc("\n".join(page), removed=dict.fromkeys(range(6), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == headline


def test_a_title_under_its_breadcrumb_copy_is_no_fragment() -> None:
    title = "Sant Feliu de Rocamora"
    page = ["Inici / Societat / Comarques / Sant Feliu de Rocamora", title, "21 de setembre de 2023", *CA_BODY]
    doc = make_doc("\n".join(page), removed={0: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == title


ISSUE_BODY = [
    "After adding a column with ALTER TABLE, queries that were cached before the migration keep returning rows "
    "without the new column until the server is restarted.",
    "Steps to reproduce: create a table, run a query on it twice so the plan is cached, add a column, then run "
    "the same query again.",
]


def test_a_row_of_a_fields_table_is_no_title() -> None:
    """An issue's status table under its title: "CC List: 6 users" right over the description is a row."""
    title = "Query cache returns stale rows after a schema migration"
    page = ["Issues", title, "Status: RESOLVED FIXED", "Component: Query planner", "Reporter: Jonas Pettersen",
            "Reported: 2023-03-14 09:21 UTC", "Modified: 2023-04-02 16:45 UTC", "CC List: 6 users",
            "See Also: Bug 47990", "Description", "Jonas Pettersen 2023-03-14 09:21:37 UTC", *ISSUE_BODY]
    doc = make_doc("\n".join(page), removed=dict.fromkeys(range(11), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == title


def test_a_labelled_headline_alone_is_a_title() -> None:
    """"Review: ..." with a date under it: one labelled line is no fields table."""
    title = "Review: The query cache that forgot its tables"
    doc = make_doc("\n".join(["Issues", title, "14 March 2023", *ISSUE_BODY]), removed={0: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == title


def test_the_title_row_of_a_fields_table_gives_the_title() -> None:
    rows = ["Title: Query cache returns stale rows", "Status: RESOLVED FIXED", "Reporter: Jonas Pettersen"]
    doc = make_doc("\n".join(["Issues", *rows, *ISSUE_BODY]), removed={0: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == "Query cache returns stale rows"


MAIL_REPLY = [
    "[tessel-dev] Re: Proposal: drop support for 32-bit builds",
    "Date: Tue, 9 May 2023 14:03:27 +0200",
    "On Mon, 8 May 2023 at 18:40, Paul Ferrand wrote:",
    "> I would like to stop producing 32-bit binaries starting with the 5.0",
    "> release. The CI matrix takes twice as long",
    "I agree with dropping the binaries, but I am not sure we should drop the build itself yet, since two "
    "distributions still ship a 32-bit variant.",
    "Could we keep the 32-bit job as a nightly build that is allowed to fail, and stop publishing its artifacts?",
]


def test_a_mail_reply_is_dated_by_its_header_not_by_the_quoted_mail() -> None:
    """"On <date>, X wrote:" dates the quoted mail; "> ..." lines are quoted text, never the title."""
    doc = make_doc("\n".join(MAIL_REPLY[:1] + MAIL_REPLY[2:]))  # no Date header: only the quote's date
    metadata_stage(doc, Config())
    assert doc.published is None
    assert not doc.title.startswith(">")
    doc = make_doc("\n".join(MAIL_REPLY))
    metadata_stage(doc, Config())
    assert doc.published == "2023-05-09T14:03:27+02:00"


def test_headline_copy_with_prefix_is_not_a_dek() -> None:
    """A breadcrumb or list copy of the headline right above it does not take the title."""
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[:3], "3. Council Approves New Budget After Long Debate", *lines[3:9]]))
    metadata_stage(doc, Config())
    assert doc.title == "Council Approves New Budget After Long Debate"


def test_kinds_follow_the_kept_lines() -> None:
    """A subheading whose next page line was removed (an ad) is a heading above the paragraph it leads."""
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[3:7], "What Changes For Transport", "Advertisement", *lines[7:9]]),
                   removed={5: "boilerplate:furniture"})
    metadata_stage(doc, Config())
    assert doc.lines[4].kept and doc.lines[4].kind == HEADING
    assert doc.lines[3].kind == BODY


def test_opening_line_of_a_cleaned_record_is_its_title() -> None:
    """A record's text opens with its title right above the kept body, even with no date and no shared words."""
    body = ["오래된 아파트로 이사 온 뒤 첫 겨울, 북쪽 방 창문 주변에 물방울이 맺히더니 벽지에 검은 얼룩이 생기기 시작했습니다.",
            "가장 먼저 한 일은 환기 습관을 바꾸는 것이었어요. 아침과 저녁에 십 분씩 맞바람이 통하도록 창문을 열었습니다."]
    doc = make_doc("\n".join(["겨울철 결로와 곰팡이, 이렇게 잡았어요", *body]),
                   removed={0: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == "겨울철 결로와 곰팡이, 이렇게 잡았어요"


def _wiki_page(name: str, tagline: str, rows: list[str], lead: str) -> str:
    """A wiki article: name, site tagline, hatnote, an infobox longer than the title window, then the lead."""
    hatnote = "This article is about the railway bridge. For other uses, see the disambiguation page."
    return "\n".join(["Main page", "Random article", name, tagline, hatnote, *rows, lead, lead.replace("It", "Later it")])


WIKI_ROWS = [f"Row label {i} Opened {i + 1} March 1849" for i in range(45)]


@pytest.mark.parametrize(
    ("name", "tagline", "lead"),
    [
        ("Hollowmere Viaduct", "From Quillpedia, the free encyclopedia",
         "The Hollowmere Viaduct is a brick railway viaduct across the valley of the river. It has twenty-four arches."),
        ("Viaducto de Hollowmere", "De Quillpedia, la enciclopedia libre",
         "El viaducto de Hollowmere es un puente ferroviario de ladrillo sobre el valle del río. It tiene veinticuatro arcos."),
        ("Mozart", "Aus Quillpedia, der freien Enzyklopädie",
         "Wolfgang Amadeus Mozart war ein Komponist der Wiener Klassik, der in Salzburg geboren wurde und in Wien starb. "
         "It schrieb in seinem kurzen Leben mehr als sechshundert Werke, darunter Opern, Sinfonien und Messen."),
    ],
)
def test_title_over_a_wiki_site_tagline(name: str, tagline: str, lead: str) -> None:
    """The line over "From <Wiki>, the free encyclopedia" is the title, however long the infobox under it;
    the infobox's dates are the subject's, not a publication date."""
    doc = make_doc(_wiki_page(name, tagline, WIKI_ROWS, lead), removed=dict.fromkeys(range(50), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == name
    assert doc.published is None


@pytest.mark.parametrize(
    "tagline",
    ["From the archives, the best of 2020", "De Madrid, la ciudad", "From Paris, the encyclopedia of cheese is coming to town."],
)
def test_other_from_lines_are_no_wiki_tagline(tagline: str) -> None:
    lead = "The Hollowmere Viaduct is a brick railway viaduct across the valley of the river. It has twenty-four arches."
    doc = make_doc(_wiki_page("Hollowmere Viaduct", tagline, WIKI_ROWS[:3], lead))
    assert _title_over_tagline(doc, _anchor(doc)[0]) is None


def test_wiki_tagline_title_must_recur_in_the_lead() -> None:
    """A menu row over the tagline ("Tools") is no article name: the lead does not mention it."""
    lead = "The Hollowmere Viaduct is a brick railway viaduct across the valley of the river. It has twenty-four arches."
    doc = make_doc(_wiki_page("Tools", "From Quillpedia, the free encyclopedia", WIKI_ROWS[:3], lead))
    assert _title_over_tagline(doc, _anchor(doc)[0]) is None
    doc = make_doc(_wiki_page("Hollowmere Viaduct", "From Quillpedia, the free encyclopedia", WIKI_ROWS[:3], lead))
    assert _title_over_tagline(doc, _anchor(doc)[0]) is doc.lines[2]


@pytest.mark.parametrize(
    "tagline",
    ["Von Quillpedia, der freien Enzyklopädie", "Uit Quillpedia, de vrije encyclopedie", "Z Quillpedie, otevřené encyklopedie",
     "Da Quillpedia, l'enciclopedia libera", "Материал из Квиллпедии — свободной энциклопедии"],
)
def test_wiki_taglines_of_every_opening_word(tagline: str) -> None:
    """The taglines of the other opening words (Latin and Cyrillic) pass the first-letter prefilter; the same
    tagline without its opening word is none."""
    lead = "The Hollowmere Viaduct is a brick railway viaduct across the valley of the river. It has twenty-four arches."
    doc = make_doc(_wiki_page("Hollowmere Viaduct", tagline, WIKI_ROWS[:3], lead))
    assert _title_over_tagline(doc, _anchor(doc)[0]) is doc.lines[2]
    doc = make_doc(_wiki_page("Hollowmere Viaduct", tagline.split(" ", 1)[1].removeprefix("из "), WIKI_ROWS[:3], lead))
    assert _title_over_tagline(doc, _anchor(doc)[0]) is None


def test_byline_after_photo_caption() -> None:
    text = (
        "Council Approves New Budget After Long Debate\n"
        "The mayor, left, speaks to members of the council before the vote on Tuesday in the city hall.\n"
        "By Jane Doe\n" + "\n".join(ARTICLE.splitlines()[6:9])
    )
    doc = make_doc(text)
    metadata_stage(doc, Config())
    assert doc.meta.get("author") == "Jane Doe"
    assert doc.lines[2].removal is not None and doc.lines[2].removal.rule == "metadata:byline"


def test_meta_published_is_honoured() -> None:
    doc = make_doc(ARTICLE, published="2025-05-20T08:00:00+02:00")
    metadata_stage(doc, Config())
    assert doc.published == "2025-05-20T08:00:00+02:00"


def test_unparseable_meta_published_falls_back_to_the_page() -> None:
    doc = make_doc(ARTICLE, published="sometime last spring")
    metadata_stage(doc, Config())
    assert doc.published == "2025-05-21T10:30:00+00:00"


def test_default_tz_from_config() -> None:
    text = "Council Approves New Budget\n2025年5月21日 15:09\n" + ARTICLE.splitlines()[6]
    doc = make_doc(text)
    metadata_stage(doc, Config(published_default_tz="Asia/Tokyo"))
    assert doc.published == "2025-05-21T15:09:00+09:00"


def test_long_paragraph_with_date_is_not_consumed() -> None:
    para = (
        "On May 21, 2025, the committee met to discuss the proposal, and after a long debate the members "
        "agreed that the plan should be revised before it is put to a vote in the full assembly next month, "
        "according to people who attended the meeting."
    )
    assert len(para) > 200
    doc = make_doc("Committee Delays Vote On Proposal\n" + para + "\n" + ARTICLE.splitlines()[7])
    metadata_stage(doc, Config())
    assert doc.lines[1].kept
    assert doc.published is None


def test_sentence_mentioning_a_year_is_not_a_date_line() -> None:
    doc = make_doc("Committee Delays Vote\nThe law takes effect in 2025.\n" + ARTICLE.splitlines()[6])
    metadata_stage(doc, Config())
    assert doc.published is None
    assert all(line.kept for line in doc.lines)


def test_empty_document() -> None:
    doc = Document(source="t")
    assert metadata_stage(doc, Config()) is doc
    assert doc.title is None and doc.published is None


# --- golden expectations on the seeds ----------------------------------------------------------

SEED_000_TITLE = (
    "Telephone Talks between U.S., Russian Leaders: Diplomacy Based on Making Deals Cannot Break the Deadlock"
)
SEED_003_TITLE = "EUリーダー、トランプがプーチンと個別に話す前に彼を説得しようと急ぐ"


@pytest.mark.skipif(SEED_000 is None, reason="seed 000 missing")
def test_seed_000_metadata_stage() -> None:
    doc = make_doc(SEED_000.read_text(encoding="utf-8"))
    metadata_stage(doc, Config())
    assert doc.title == SEED_000_TITLE
    assert doc.published == "2025-05-21T15:09:00+09:00"
    assert doc.attribution is not None
    assert "The Yomiuri Shimbun" in doc.attribution and "May 21, 2025" in doc.attribution
    attribution = next(line for line in doc.lines if line.text.startswith("(From "))
    assert attribution.removal is not None and attribution.removal.rule == "metadata:attribution"
    date_line = doc.lines[1]
    assert date_line.removal is not None and date_line.removal.rule == "metadata:published"


@pytest.mark.skipif(SEED_000 is None, reason="seed 000 missing")
def test_seed_000_claims_lines_boilerplate_removed() -> None:
    # If boilerplate removed the title, date and attribution, metadata still finds and claims them.
    doc = make_doc(SEED_000.read_text(encoding="utf-8"),
                   removed={0: "boilerplate:outside-main:bad", 1: "boilerplate:outside-main:short",
                            14: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == SEED_000_TITLE and doc.lines[0].kept
    assert doc.published == "2025-05-21T15:09:00+09:00"
    assert doc.lines[14].removal is not None and doc.lines[14].removal.rule == "metadata:attribution"
    assert "The Yomiuri Shimbun" in (doc.attribution or "")


@pytest.mark.skipif(SEED_003 is None, reason="seed 003 missing")
def test_seed_003_title() -> None:
    doc = make_doc(SEED_003.read_text(encoding="utf-8"), removed={0: "dedup:containment"})
    metadata_stage(doc, Config())
    assert doc.title == SEED_003_TITLE
    assert doc.lines[1].kind == TITLE
    assert doc.lines[0].removal is not None and doc.lines[0].removal.rule == "dedup:containment"


@pytest.mark.skipif(SEED_000 is None or SEED_003 is None, reason="seeds missing")
def test_seeds_through_pipeline() -> None:
    record = clean_file(SEED_000)
    assert record["title"] == SEED_000_TITLE
    assert record["published"] == "2025-05-21T15:09:00+09:00"
    assert "The Yomiuri Shimbun" in record["attribution"] and "May 21, 2025" in record["attribution"]
    assert any(r["rule"] == "metadata:attribution" for r in record["removed"])
    assert "(From The Yomiuri Shimbun" not in record["text"]
    assert record["text"].startswith(SEED_000_TITLE + "\n\n")
    assert SEED_000_TITLE not in [p["text"] for p in record["paragraphs"]]
    record = clean_file(SEED_003)
    assert record["title"] == SEED_003_TITLE


# The literal-key prefilters of _is_ui and the caption test must never hide a regex match: if a new
# alternative is added to _UI_RE or _CAPTION_RE without its key, these fail.
_UI_SAMPLES = [
    "Click here to read", "TAP TO expand", "Opens in a new window", "opens in new tab", "External links",
    "Share this article", "print", "Email", "Tweet", "Like us", "Follow", "Comment", "Save", "Copy link now",
    "Permalink", "Privacy policy", "We use Cookies", "Sign in", "sign up today", "Login", "Log out", "logout",
    "Subscribe", "Newsletters", "Enable JavaScript", "Your browser does not support video", "[edit]",
    "[Bearbeiten | Quelltext]", "[編集]", "\u0130NSTAGRAM \u0130S FOLLOW", "\u017fubscribe", "\u212aeep clicking here",
    "Home prices rose 3% this year", "The headline of the story", "新しいウィンドウ",
]
_CAPTION_SAMPLES = [
    "Photo: Jane Doe", "PHOTOS: the scene", "Foto: dpa", "Fotó: MTI", "Image 1 of 13", "Imagen: EFE",
    "Bild: Keystone", "Credit: AP", "Crédit : AFP", "Crédito: Reuters", "Illustration: X", "Ilustración: Y",
    "Media caption The view", "写真：共同", "사진=연합뉴스", "图片：新华社", "摄影／记者", "A story about photosynthesis",
]


@pytest.mark.parametrize("text", _UI_SAMPLES)
def test_ui_prefilter_agrees_with_the_regex(text: str) -> None:
    from cleaners.metadata import _UI_RE, _is_ui

    assert _is_ui(text) == bool(_UI_RE.search(text))


@pytest.mark.parametrize("text", _CAPTION_SAMPLES)
def test_caption_prefilter_never_hides_a_match(text: str) -> None:
    from cleaners.metadata import _CAPTION_KEYS, _CAPTION_RE, _may_match

    if _CAPTION_RE.search(text):
        assert _may_match(text, _CAPTION_KEYS)


def test_prefilter_samples_exercise_both_answers() -> None:
    from cleaners.metadata import _CAPTION_RE, _UI_RE

    assert sum(bool(_UI_RE.search(t)) for t in _UI_SAMPLES) >= 28
    assert not _UI_RE.search("The headline of the story")
    assert sum(bool(_CAPTION_RE.search(t)) for t in _CAPTION_SAMPLES) >= 15


HEADLINE = "Council Approves New Budget After Long Debate"


@pytest.mark.parametrize(
    ("author_row", "author"),
    [("Dara Whelan", "Dara Whelan"), ("Олена Ковальчук", "Олена Ковальчук"), ("Kenji Hollis in Rotterdam", "Kenji Hollis")],
)
def test_bare_author_name_between_headline_and_date_is_the_byline(author_row: str, author: str) -> None:
    """Headline, name, date without a "By": the name row is the byline, not the title, and leaves the body
    (its words recur in the author's note under the article, yet it sits next to the date)."""
    lines = ARTICLE.splitlines()
    note = f"{author} is a columnist who writes about cities."
    text = "\n".join([*lines[:3], HEADLINE, author_row, "Sat 9 Nov 2024 07.00 GMT", *lines[6:9], note])
    doc = make_doc(text, removed={3: "boilerplate:outside-main:short", 4: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == HEADLINE
    assert doc.published == "2024-11-09T07:00:00+00:00"
    doc = make_doc(text)
    metadata_stage(doc, Config())
    assert doc.title == HEADLINE and not doc.lines[4].kept and doc.meta.get("author") == author


@pytest.mark.parametrize(
    ("name", "role"),
    [("Redacción", "Corresponsal en Buenos Aires"), ("Dara Whelan", "Council reporter in Cork")],
)
def test_an_authors_role_line_between_the_name_and_the_date_is_no_title(name: str, role: str) -> None:
    """Headline, name, role, date: the role line sits next to the date, yet it is the byline's second row."""
    lines = ARTICLE.splitlines()
    text = "\n".join([*lines[:3], HEADLINE, name, role, "Sat 9 Nov 2024 07.00 GMT", *lines[6:9]])
    doc = make_doc(text, removed=dict.fromkeys(range(7), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == HEADLINE


@pytest.mark.parametrize(
    "rows",
    [
        # A headline under a short kicker ("Opinion", "Analysis") right over the date is the title.
        ["Budget Debate", "Analysis", "Council Approves New Budget", "Sat 9 Nov 2024 07.00 GMT"],
        # A list item's number above: no name row, the heading over the byline is the title.
        ["47. Appendix E. Launch Coordination Checklist", "49. Bibliography", "Council Approves New Budget",
         "Sat 9 Nov 2024 07.00 GMT"],
    ],
)
def test_a_line_over_the_date_that_is_no_role_keeps_its_score(rows: list[str]) -> None:
    """Not under a name row, or a sentence: the line next to the date is scored as before (here the title)."""
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[:3], *rows, *lines[6:9]]), removed=dict.fromkeys(range(7), "boilerplate:outside-main:short"))
    metadata_stage(doc, Config())
    assert doc.title == rows[2]


@pytest.mark.parametrize("row", ["On Recent Controversial Events", "Screenshot : «Vape Wave», «6 Days»"])
def test_short_title_case_headline_under_a_heading_is_no_author_row(row: str) -> None:
    """Four title-case words, or words with quotes, above the date are a headline (under a blog name)."""
    lines = ARTICLE.splitlines()
    doc = make_doc("\n".join([*lines[:3], "A Very Old Fork of the Source Code for this site", row,
                              "Tuesday 15 October 2019", *lines[6:9]]))
    metadata_stage(doc, Config())
    assert doc.title == row and doc.lines[4].kind == TITLE



DOCS_BODY = [
    "Tessellate can cache rendered tiles so that repeated requests for the same area do not render them again.",
    "Caching is off by default. Turn it on in your configuration file before you start the server.",
]


def test_breadcrumb_trail_is_no_title_but_the_heading_it_ends_with_is() -> None:
    """A docs page: breadcrumb, then a one-word page heading. The trail is no headline; the one-word heading the
    trail ends with is the title (cleaned again, the record opens with it right above its body: it stays)."""
    doc = make_doc("\n".join(["Getting started", "Guides", "Docs › Guides › Caching", "Caching", *DOCS_BODY]),
                   removed={0: "boilerplate:outside-main:short", 1: "boilerplate:outside-main:short",
                            2: "boilerplate:outside-main:short", 3: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == "Caching"
    again = make_doc("\n".join(["Caching", *DOCS_BODY]))
    metadata_stage(again, Config())
    assert again.title == "Caching"


def test_a_one_word_line_the_trail_does_not_end_with_is_no_title() -> None:
    doc = make_doc("\n".join(["Getting started", "Guides", "Docs › Guides › Caching", "Changelog", *DOCS_BODY]),
                   removed={0: "boilerplate:outside-main:short", 1: "boilerplate:outside-main:short",
                            2: "boilerplate:outside-main:short", 3: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title is None


def test_a_first_one_word_line_away_from_the_body_is_no_title() -> None:
    doc = make_doc("\n".join(["Tessellate", "v3.2", "Search docs", *DOCS_BODY]),
                   removed={0: "boilerplate:outside-main:short", 1: "boilerplate:outside-main:short",
                            2: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title is None


@pytest.mark.parametrize("line", ["Docs › Guides › Caching", "Home » Travel » Asia"])
def test_breadcrumb_is_not_heading_like(line: str) -> None:
    assert not is_heading_like(line)


@pytest.mark.parametrize(
    "line", ["Thời sự › Giao thông", "Ekonomi Bisnis » Energi Terbarukan", "Politique > Union européenne", "国内新闻 › 交通运输"]
)
def test_two_crumbs_joined_by_an_arrow_are_not_heading_like(line: str) -> None:
    assert not is_heading_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "L'élargissement de la surveillance pour détecter les « futurs » terroristes",  # French quotes
        "Why Python 3.12 > Python 3.11 for most teams with large codebases",  # a long side: no section name
        "The council votes to close the old library branch » Kabar",
    ],
)
def test_a_headline_with_an_arrow_or_quotes_stays_heading_like(line: str) -> None:
    assert is_heading_like(line)


CRUMB_BODY = [
    "Pemerintah provinsi meresmikan pembangkit listrik tenaga surya terapung pertama di wilayahnya pada Rabu pagi. "
    "Pembangkit itu dipasang di atas permukaan waduk.",
    "Gubernur mengatakan proyek pembangkit ini menjadi bagian dari rencana daerah untuk energi terbarukan.",
]


@pytest.mark.parametrize("crumbs", ["Ekonomi Bisnis » Energi Terbarukan", "Energi Baru › Energi Terbarukan"])
def test_two_crumbs_over_a_long_headline_are_no_title(crumbs: str) -> None:
    """Two section names of two words each over a headline half again as long, no date next to either: the
    headline is no standfirst of the crumbs."""
    headline = "Pemerintah daerah resmikan pembangkit listrik tenaga surya terapung di waduk"
    doc = make_doc("\n".join(["Beranda", crumbs, headline, "Foto: Panel surya di waduk. (Rizky Pratama)", *CRUMB_BODY]),
                   removed={0: "boilerplate:outside-main:short", 1: "boilerplate:outside-main:short",
                            2: "boilerplate:outside-main:short", 3: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == headline


RELEASE_BODY = [
    "The plant will assemble the company's robotic arms, which distribution centers use to pick items from shelves.",
    "The company said it had hired 190 of the planned 340 employees so far, most of them from the county.",
]


@pytest.mark.parametrize(
    ("lede", "published"),
    [
        ("HARLOW SPRINGS, Ohio, Feb. 6, 2025 /Newswire/ -- Corvane Robotics, Inc. today announced the opening of a "
         "new plant in Harlow Springs.", "2025-02-06"),
        ("LONDON, 3 March 2024 — Corvane Robotics today announced the opening of a new plant near the city.",
         "2024-03-03"),
        # no year in the dateline, no dateline, a date inside the sentence: no date
        ("NEW YORK, Jan. 5 -- Corvane Robotics today announced the opening of a new plant in the city.", None),
        ("Corvane Robotics said on Feb. 6, 2025 -- a Thursday -- that it would open a new plant in the city.", None),
    ],
)
def test_press_release_is_dated_by_the_dateline_of_its_lede(lede: str, published: str | None) -> None:
    """A page with no date line of its own: the dateline that opens the lede dates it."""
    doc = make_doc("\n".join(["Corvane Robotics Opens Automated Parts Plant in Harlow Springs", lede, *RELEASE_BODY]))
    metadata_stage(doc, Config())
    assert doc.published == published


@pytest.mark.parametrize(
    ("line", "kind"),
    [("layer.render(bbox, cache=cache)", BODY), ("if (count > 0) {", BODY), ("Choosing a Cache Backend", HEADING)],
)
def test_a_code_line_over_prose_is_no_heading(line: str, kind: str) -> None:
    """A short line over a long sentence is a heading, unless it is code (braces, "=", "<", ";")."""
    prose = "Set the maximum age to zero to keep tiles forever, and clear the cache yourself when the data changes."
    doc = make_doc("\n".join([DOCS_BODY[0], line, prose]))
    metadata_stage(doc, Config())
    assert doc.lines[1].kind == kind


KEY_POINTS = ["New homes built from 2027 must use heat pumps or district heating", "Existing homes are not affected",
              "The council estimates the rule will cut city emissions by 3 per cent by 2035"]
GAS_BODY = [
    "New homes in the city will have to be heated without gas from January 2027 under rules approved on Tuesday.",
    "The ban covers all new houses and apartment blocks that apply for planning permission after next year.",
]


@pytest.mark.parametrize("label", ["Key points:", "要点："])
def test_items_of_a_summary_box_are_no_title(label: str) -> None:
    """Headline, date, then a "Key points:" box over the body: the box's last item is no title."""
    lines = ["City to ban gas boilers in new homes from 2027", "Published 12 June 2024", "Listen to this article",
             "Gift this article", label, *KEY_POINTS, *GAS_BODY]
    doc = make_doc("\n".join(lines), removed={0: "boilerplate:outside-main:short", 1: "boilerplate:outside-main:short",
                                              2: "boilerplate:furniture", 3: "boilerplate:outside-main:short",
                                              4: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == "City to ban gas boilers in new homes from 2027"
    assert doc.published == "2024-06-12"
    assert doc.lines[4].kept  # the box keeps its label: cleaned again, its items are still a box


def test_items_of_a_summary_box_in_a_cleaned_record_are_no_title() -> None:
    """The record of such a page (title, label, items, body), cleaned again, keeps its title."""
    doc = make_doc("\n".join(["City to ban gas boilers in new homes from 2027", "Key points:", *KEY_POINTS, *GAS_BODY]))
    metadata_stage(doc, Config())
    assert doc.title == "City to ban gas boilers in new homes from 2027"


def test_headline_under_a_kicker_with_a_colon_is_still_the_title() -> None:
    """"Analysis:" over a headline and its dek is a kicker, not a summary box."""
    lines = ["Analysis:", "Why the Gas Boiler Ban Matters More Than You Think", "By Jane Doe", "12 June 2024", *GAS_BODY]
    doc = make_doc("\n".join(lines))
    metadata_stage(doc, Config())
    assert doc.title == "Why the Gas Boiler Ban Matters More Than You Think"


@pytest.mark.parametrize(
    ("line", "updated"),
    [("เผยแพร่: 18 มี.ค. 2567 10:15 น.", False), ("อัปเดต 18 มี.ค. 2567 10:15 น.", True), ("18 มี.ค. 2567", False)],
)
def test_thai_date_line_is_pure(line: str, updated: bool) -> None:
    """Thai labels ("เผยแพร่" published, "อัปเดต" updated) and the "น." after a time leave nothing over."""
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.iso == "2024-03-18" and parsed.tier == "pure" and parsed.updated == updated


def test_thai_sentence_with_a_date_is_no_date_line() -> None:
    assert parse_date_line("ชาวบ้านบนเกาะจะเดินทางได้ตั้งแต่ 18 มี.ค. 2567 เป็นต้นไป ตามที่กรมเจ้าท่าประกาศไว้ในวันนี้ "
                           "และเรือจะวิ่งวันละสองเที่ยวในช่วงฤดูท่องเที่ยว และวันละหนึ่งเที่ยวในช่วงมรสุม") is None


def test_unspaced_thai_headline_opening_a_record_is_its_title() -> None:
    """A Thai headline is one "word" (no spaces between words): it scores as a headline, not as a one-word row."""
    body = ["กรมเจ้าท่าประกาศเปิดเส้นทางเรือโดยสารสายใหม่ที่จะเชื่อมต่อเกาะเล็กสามแห่งในอ่าวไทยเข้าด้วยกัน "
            "โดยจะเริ่มให้บริการตั้งแต่เดือนมิถุนายนเป็นต้นไป",
            "เรือจะวิ่งวันละสองเที่ยวในช่วงฤดูท่องเที่ยว และวันละหนึ่งเที่ยวในช่วงมรสุม การเดินทางแต่ละเที่ยวจะใช้เวลาประมาณหนึ่งชั่วโมงครึ่ง"]
    doc = make_doc("\n".join(["เปิดเส้นทางเรือโดยสารสายใหม่เชื่อมสามเกาะในอ่าวไทย", *body]),
                   removed={0: "boilerplate:outside-main:short"})
    metadata_stage(doc, Config())
    assert doc.title == "เปิดเส้นทางเรือโดยสารสายใหม่เชื่อมสามเกาะในอ่าวไทย"

