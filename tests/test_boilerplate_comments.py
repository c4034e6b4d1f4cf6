"""Reader-comment threads after the article (boilerplate.mark_comment_thread, rule "boilerplate:comments").

Synthetic pages: an article, then a thread whose entries are headed by a name line and/or a date-time
line. The negative cases are articles whose body has a similar shape (a timeline, a live blog, an
interview, numbered tips, a teaser list of other articles) and must not be taken for a thread.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import clean_page as _clean
from stages import kept_line_set as _kept
from stages import line_rules as _rules

from cleaners import boilerplate
from cleaners.document import Document
from cleaners.patterns import COMMENT_THREAD_HEADING_RE

RULE = "boilerplate:comments"

ARTICLE_EN = [
    "Harbour Ferry Switches to Electric Power",
    "The harbour ferry between the old town and the fish market will run on batteries from next summer, the "
    "transport company said on Tuesday, after two years of trials with a smaller boat on the same route.",
    "The new vessel carries up to 120 passengers and charges at the fish market pier while people get on and "
    "off, which takes about eight minutes and is enough for the short crossing back to the old town.",
    "Residents along the quay had complained for years about the noise and the smell of the diesel engines, "
    "especially in the early morning when the first boats leave before six and the water is still calm.",
    "The company said the electric boat would cost more to buy but less to run, and that it expected the "
    "difference to be paid back within nine years if the price of electricity stays where it is today.",
    "Two more boats of the same type are planned for the longer routes to the islands, where the crossings "
    "take forty minutes and the batteries will need a second charger at the far end of the line.",
]

THREAD_EN = [
    "3 thoughts on “Harbour Ferry Switches to Electric Power”",
    "1. Maria Lopez",
    "May 4, 2021 at 9:12 am",
    "I take this ferry every morning and the noise really was awful, so I am glad something is finally being "
    "done about it, even if it took them far too long to decide.",
    "Will the timetable stay the same during the change, or should we expect fewer boats for a while?",
    "May 4, 2021 at 11:40 am",
    "Thanks for reading, Maria! The company says the old boats keep running until the new one is ready.",
    "2. Tom",
    "May 5, 2021 at 7:02 pm",
    "Nine years to pay it back sounds optimistic to me, since the price of electricity has gone up twice "
    "this year already and nobody knows where it will be next winter.",
    "3. Ingrid Halvorsen",
    "May 6, 2021 at 8:15 am",
    "We had electric ferries on the fjord near my parents' house for years and people got used to them "
    "very quickly, the only complaint was that you could no longer hear them coming.",
]

ARTICLE_DE = [
    "Hafenfähre fährt bald elektrisch",
    "Die Hafenfähre zwischen der Altstadt und dem Fischmarkt soll ab dem nächsten Sommer mit einem elektrischen "
    "Antrieb fahren, teilte die Verkehrsgesellschaft am Dienstag nach zwei Jahren mit Probefahrten mit.",
    "Das neue Schiff bietet Platz für bis zu 120 Fahrgäste und wird am Anleger am Fischmarkt geladen, während "
    "die Leute ein- und aussteigen, was etwa acht Minuten dauert und für die kurze Überfahrt reicht.",
    "Anwohner am Kai hatten sich seit Jahren über den Lärm und den Geruch der Dieselmotoren beschwert, vor "
    "allem am frühen Morgen, wenn die ersten Boote schon vor sechs Uhr ablegen und das Wasser ruhig ist.",
    "Nach Angaben der Gesellschaft ist das elektrische Boot in der Anschaffung teurer, im Betrieb aber "
    "günstiger, und der Unterschied soll sich bei gleichbleibenden Strompreisen in neun Jahren rechnen.",
    "Zwei weitere Boote dieser Art sind für die längeren Strecken zu den Inseln geplant, auf denen eine "
    "Überfahrt vierzig Minuten dauert und am anderen Ende ein zweites Ladegerät gebraucht wird.",
]

THREAD_DE = [
    "3 Kommentare zu „Hafenfähre fährt bald elektrisch“",
    "Anna Becker",
    "4. Mai 2021 um 09:12 Uhr",
    "Ich fahre jeden Morgen mit dieser Fähre und der Lärm war wirklich schlimm, deshalb freue ich mich, dass "
    "endlich etwas passiert, auch wenn die Entscheidung viel zu lange gedauert hat.",
    "Klaus",
    "4. Mai 2021 um 11:40 Uhr",
    "Neun Jahre halte ich für sehr optimistisch, der Strompreis ist in diesem Jahr schon zweimal gestiegen und "
    "niemand weiß, wo er im nächsten Winter stehen wird.",
    "Jens Petersen",
    "5. Mai 2021 um 19:02 Uhr",
    "Bei uns am Fjord fahren seit Jahren elektrische Fähren und die Leute haben sich sehr schnell daran "
    "gewöhnt, nur hört man sie jetzt nicht mehr kommen.",
]

ARTICLE_ZH = [
    "港口渡轮明年改用电力",
    "交通公司周二表示，连接老城区和鱼市场的港口渡轮将从明年夏天开始使用电池驱动，此前公司已经在同一条航线上用一艘小船试验了两年时间。",
    "新船最多可以搭载一百二十名乘客，在乘客上下船的大约八分钟里就能在鱼市场码头完成充电，足够返回老城区的短途航行使用。",
    "多年来，码头沿线的居民一直抱怨柴油发动机的噪音和气味，尤其是在清晨六点以前第一班船离港的时候，附近的住户常常被吵醒。",
    "公司表示，电动船的购买价格虽然更高，但运营成本更低，如果电价保持在目前的水平，九年之内就可以收回多出来的投资。",
    "公司还计划为前往各个岛屿的较长航线再购买两艘同类型的船，这些航线单程需要四十分钟，因此还要在航线的另一端安装第二台充电设备。",
]

THREAD_ZH = [
    "评论 (3)",
    "张伟",
    "2021年5月4日 09:12",
    "我每天早上都坐这班渡轮，噪音确实很大，终于有人来解决这个问题了，虽然这个决定拖得实在太久了。",
    "李娜",
    "2021年5月4日 11:40",
    "九年收回成本听起来太乐观了，今年电价已经涨了两次，谁也不知道明年冬天会涨到多少。",
    "王芳",
    "2021年5月5日 19:02",
    "我父母家附近的海湾早就用上了电动渡轮，大家很快就习惯了，唯一的抱怨是现在听不到船开过来的声音了。",
]


_stage = boilerplate_doc  # segment, then boilerplate, in the given language


def _assert_no_thread(lines: list[str], language: str, monkeypatch: pytest.MonkeyPatch) -> Document:
    """The page gets no comments rule, and every line ends as it does without the thread detector."""
    doc = _stage(lines, language)
    rules = [(line.text, line.removal.rule if line.removal else None) for line in doc.lines]
    assert RULE not in dict(rules).values()
    with monkeypatch.context() as m:
        m.setattr(boilerplate, "mark_comment_thread", lambda *args: None)
        plain = _stage(lines, language)
    assert rules == [(line.text, line.removal.rule if line.removal else None) for line in plain.lines]
    return doc


# --- the heading ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "6 thoughts on “How to Start a Vegetable Garden”", "One thought on “Ferry timetable”",
    "12 Responses to Why the Bridge Was Closed", "14 Replies to “Winter Tyres”", "12 Kommentare zu „Der neue Hafen“",
    "3 réflexions sur « Le port de pêche »", "5 comentarios en «El puerto»", "Comments (4)", "Reader comments",
    "댓글 3개", "コメント (4)", "评论 (12)", "12条评论", "Kommentare",
])
def test_comment_thread_headings(text: str) -> None:
    assert COMMENT_THREAD_HEADING_RE.match(text)


@pytest.mark.parametrize("text", [
    "Comments are closed.", "The comments under the first video were mostly about the music.", "Reply",
    "1. Start small", "March 3, 2020", "Responses to the flood came from all over the country, the mayor said.",
])
def test_lines_that_are_not_comment_thread_headings(text: str) -> None:
    assert not COMMENT_THREAD_HEADING_RE.match(text)


# --- threads that are removed -----------------------------------------------------------------------------


@pytest.mark.parametrize(("article", "thread", "language"), [
    (ARTICLE_EN, THREAD_EN, "en"), (ARTICLE_DE, THREAD_DE, "de"), (ARTICLE_ZH, THREAD_ZH, "zh"),
])
def test_thread_under_a_heading_is_removed_as_comments(article: list[str], thread: list[str], language: str) -> None:
    doc = _stage([*article, *thread], language)
    rules = _rules(doc)
    assert all(rules[text] == RULE for text in thread), rules
    assert set(article[1:]) <= _kept(doc)


def test_thread_is_removed_before_the_page_footer() -> None:
    footer = ["Leave a Reply", "Your email address will not be published.", "Post Comment", "Privacy Policy"]
    doc = _stage([*ARTICLE_EN, *THREAD_EN, *footer], "en")
    rules = _rules(doc)
    assert all(rules[text] == RULE for text in THREAD_EN)
    assert not [text for text in footer if rules[text] == RULE]
    assert set(ARTICLE_EN[1:]) <= _kept(doc)


def test_thread_without_a_heading_needs_three_named_and_timed_entries() -> None:
    thread = [line for line in THREAD_EN[1:] if line != "May 4, 2021 at 11:40 am" and not line.startswith("Thanks")]
    doc = _stage([*ARTICLE_EN, *thread], "en")
    rules = _rules(doc)
    assert all(rules[text] == RULE for text in thread), rules
    assert set(ARTICLE_EN[1:]) <= _kept(doc)


# Readers' comments under a blog post with no heading over them: a name and a date without a time of day over
# each comment, the post's controls under it.
CARDS_EN = [
    "Mark", "4 June 2021",
    "Great news, thank you! I take the ferry twice a day and the diesel smell on the upper deck was the worst.",
    "Like", "Reply",
    "Susan", "5 June 2021",
    "Mine is the island route, so I hope the second charger comes soon, the crossing is long enough as it is.",
    "Like", "Reply",
]
CARDS_DE = [
    "Jens", "4. Juni 2021",
    "Endlich! Ich fahre jeden Morgen mit der Fähre und der Lärm war wirklich kaum auszuhalten.",
    "Gefällt mir", "Antworten",
    "Petra", "5. Juni 2021",
    "Hoffentlich bleibt der Fahrplan während der Umstellung gleich, sonst wird es eng mit dem Zug.",
    "Gefällt mir", "Antworten",
]


@pytest.mark.parametrize(("article", "thread", "language"), [
    (ARTICLE_EN, CARDS_EN, "en"), (ARTICLE_DE, CARDS_DE, "de"),
])
def test_thread_without_a_heading_closed_by_controls_is_removed(
    article: list[str], thread: list[str], language: str
) -> None:
    """Two names, each over a dated comment closed by "Like"/"Reply": readers' comments, though undated by time."""
    doc = _stage([*article, *thread], language)
    rules = _rules(doc)
    assert rules[thread[2]] == RULE and rules[thread[7]] == RULE, rules
    assert set(article[1:]) <= _kept(doc)


def test_forum_thread_whose_first_post_has_controls_is_no_comment_thread() -> None:
    """A forum's first post closes with the same controls as its replies: the replies are no comments on it."""
    lines = [ARTICLE_EN[0], "Anna", "3 June 2021", *ARTICLE_EN[1:], "Like", "Reply", *CARDS_EN]
    rules = _rules(_stage(lines, "en"))
    assert RULE not in rules.values(), rules


EMBEDDED_POSTS_PAGE = [
    'Valley News',
    'Home',
    'Local',
    'Sport',
    'Residents react to the new bridge toll',
    'By Jane Doe',
    '3 June 2025',
    'The new toll on the river bridge came into force on Monday, and by the evening hundreds of residents had shared their views on the charge online, most of them angry about the cost for daily commuters.',
    'The council says the money will pay for repairs to the bridge, which has not been renovated since it opened in 1974, and that residents of the two towns on either side will get a discount card.',
    'Traffic counts published by the council last year showed that about eleven thousand cars cross the bridge on a normal weekday, a third of them before eight in the morning, most of them commuters heading for the industrial park.',
    'Shop owners on the east bank fear that fewer people will cross for their weekly shopping, while those on the west bank hope that the toll will keep more customers on their side of the river.',
    "Two posts on the council's own page drew the most replies on the first day.",
    'Mark Ellis',
    '2 June 2025',
    'Eight euros a week just to get to work. Nobody asked us about this.',
    'Like',
    'Reply',
    'Susan Park',
    '2 June 2025',
    'The bridge needs fixing, but the discount card should cover everyone who lives within ten kilometres.',
    'Like',
    'Reply',
    "The council's transport spokesperson said on Tuesday that the discount would be reviewed after three months, once the first figures on traffic and revenue are in.",
    'Commuter groups have called a meeting for Thursday evening in the town hall, and say they will ask the council to delay the toll until the discount card is available to everyone.',
    'The mayor is expected to attend the meeting, her office said, although she has so far defended the toll as the only way to pay for the repairs.',
    'Privacy',
    'Terms',
]


def test_posts_embedded_in_the_article_are_no_comment_thread() -> None:
    """Two readers' posts quoted inside the article, with their controls, and the article going on under them."""
    doc = _stage(EMBEDDED_POSTS_PAGE, "en")
    rules = _rules(doc)
    assert RULE not in rules.values(), rules
    assert {line for line in EMBEDDED_POSTS_PAGE if line.startswith(("The council's", "Commuter", "The mayor"))} <= _kept(doc)


@pytest.mark.parametrize("thread", [
    [line for line in CARDS_EN if line not in ("Like", "Reply")],  # no controls: a name and a date over text
    [("Mark" if line == "Susan" else line) for line in CARDS_EN],  # one name twice: a writer's dated notes
])
def test_unheaded_entries_need_controls_and_two_names(thread: list[str]) -> None:
    rules = _rules(_stage([*ARTICLE_EN, *thread], "en"))
    assert RULE not in rules.values(), rules


def test_comments_link_next_to_the_byline_does_not_end_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """A count of comments under the title is a link: too little article above it for a thread to follow."""
    top = ["Harbour Ferry Switches to Electric Power", "11 Comments", "Maria Lopez", "May 4, 2021 at 9:12 am"]
    doc = _assert_no_thread([*top, *ARTICLE_EN[1:3], "Tom", "May 5, 2021 at 7:02 pm", *ARTICLE_EN[3:]], "en", monkeypatch)
    assert set(ARTICLE_EN[1:]) <= _kept(doc)


# --- article bodies of the same shape that are kept -------------------------------------------------------


TIMELINE = [
    "March 3, 2020",
    "The first cases were reported at a care home on the edge of the town, and the council closed the home to "
    "visitors the same evening while tests were carried out on all the staff.",
    "March 9, 2020",
    "Schools in the district were told to stay open, but several parents kept their children at home and the "
    "head teachers wrote to the council asking for clearer advice about what to do.",
    "March 16, 2020",
    "The council closed the libraries, the swimming pool and the sports halls, and asked people over seventy to "
    "stay at home for at least two weeks and to have their shopping delivered.",
]


def test_timeline_of_dated_paragraphs_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _assert_no_thread([*ARTICLE_EN, *TIMELINE], "en", monkeypatch)
    assert set(TIMELINE[1::2]) <= _kept(doc)


def test_timeline_under_a_responses_subheading_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates without a time and without names are subheadings, even under a "Responses" heading (what the
    older article-end rule makes of that heading is its own business: the lines are no comment thread)."""
    _assert_no_thread([*ARTICLE_EN, "Responses", *TIMELINE], "en", monkeypatch)


LIVE_UPDATES = [
    "The ferry left the old town pier twenty minutes late because of fog, and the captain said the crossing would "
    "be slower than usual until the fog lifts over the harbour.",
    "The first passengers have arrived at the fish market, where the mayor is waiting to cut a ribbon and give a "
    "short speech about the new boat and the two that will follow it.",
    "The mayor said the city would ask the government for help with the cost of the chargers on the island "
    "routes, which are more expensive than the company first expected.",
]


def test_live_blog_with_clock_times_is_no_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """(The run search drops these updates after the timestamp lines anyway: not this detector's doing.)"""
    page = [*ARTICLE_EN]
    for clock, update in zip(["10:32 am", "10:48 am", "11:05 am"], LIVE_UPDATES, strict=True):
        page += [clock, "Jane Doe", update]
    _assert_no_thread(page, "en", monkeypatch)


def test_live_blog_by_one_reporter_with_full_timestamps_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    page = [*ARTICLE_EN]
    for stamp, update in zip(["May 4, 2021 at 10:32 am", "May 4, 2021 at 10:48 am", "May 4, 2021 at 11:05 am"],
                             LIVE_UPDATES, strict=True):
        page += ["Jane Doe", stamp, update]
    doc = _assert_no_thread(page, "en", monkeypatch)
    assert set(LIVE_UPDATES) <= _kept(doc)


REPORTERS = ["Anna Berg", "Tom Hughes", "Maria Lopez", "Jens Petersen", "Ingrid Halvorsen", "Omar Haddad"]
ELECTION_UPDATES = [
    "The first district has declared, and the governing party has held it with a reduced majority, a swing of "
    "about four points against it, smaller than the polls had suggested in the final week.",
    "Officials in the northern region say counting will take longer than expected because of the high turnout, "
    "and they now expect a result there some time after two in the morning.",
    "The opposition leader has arrived at her count and told reporters she was cautiously optimistic about the "
    "night ahead, but she would not comment on the exit poll published an hour ago.",
    "The exit poll suggests the governing party will lose its majority but stay the largest party, which would "
    "make coalition talks almost certain in the coming weeks, analysts said.",
    "Turnout in the capital reached seventy-one percent, the highest figure for twenty years, according to the "
    "electoral commission, which published the district numbers a few minutes ago.",
    "Counting has been paused in one southern district after a fire alarm went off in the sports hall where the "
    "ballots are being counted; nobody was hurt and staff expect to restart within the hour.",
]


def _live_blog(intro: list[str], stamps: list[str]) -> list[str]:
    page = [*intro]
    for name, stamp, update in zip(REPORTERS, stamps, ELECTION_UPDATES, strict=False):
        page += [name, stamp, update]
    return page


def test_live_blog_by_several_reporters_newest_first_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names and full timestamps as in a thread without a heading, but the latest entry comes first."""
    stamps = ["May 3, 2025 at 11:42 pm", "May 3, 2025 at 11:20 pm", "May 3, 2025 at 10:58 pm", "May 3, 2025 at 10:31 pm"]
    doc = _assert_no_thread(_live_blog(ARTICLE_EN, stamps), "en", monkeypatch)
    assert set(ELECTION_UPDATES[:4]) <= _kept(doc)


def test_live_blog_whose_entries_begin_at_the_top_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Oldest first, but the entries begin right under a short introduction: the page is a series of entries."""
    stamps = [f"May 3, 2025 at {clock} pm" for clock in ("9:02", "9:31", "9:58", "10:20", "10:47", "11:05")]
    doc = _assert_no_thread(_live_blog(ARTICLE_EN[:3], stamps), "en", monkeypatch)
    assert set(ELECTION_UPDATES) <= _kept(doc)


def test_thread_under_a_short_article_with_a_timed_byline_is_removed() -> None:
    """One name-and-time header above the article (its byline) does not make the page a series of entries."""
    thread = [line for line in THREAD_EN[1:] if line != "May 4, 2021 at 11:40 am" and not line.startswith("Thanks")]
    article = [ARTICLE_EN[0], "Jane Doe", "May 3, 2021 at 8:00 am", *ARTICLE_EN[1:]]
    doc = _stage([*article, *thread], "en")
    rules = _rules(doc)
    assert all(rules[text] == RULE for text in thread), rules
    assert set(ARTICLE_EN[1:]) <= _kept(doc)


def test_interview_turns_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    turns = [
        "Jane Doe:",
        "When did you first think about an electric boat for the harbour, and who had the idea at the company?",
        "Tom Berg:",
        "It started with the complaints from the quay, really, because people were writing to us every week about "
        "the noise and the smell in the early morning.",
        "Jane Doe:",
        "And what did the crews say when they heard that the diesel engines would go?",
        "Tom Berg:",
        "They were worried about the batteries at first, but after the trials most of them prefer the new boat "
        "because it is quieter on the bridge and easier to handle at the pier.",
    ]
    doc = _assert_no_thread([*ARTICLE_EN, *turns], "en", monkeypatch)
    assert set(turns[1::2]) <= _kept(doc)


@pytest.mark.parametrize("subheading", ["Tips for your first crossing", "Discussion"])
def test_numbered_tips_are_kept(subheading: str, monkeypatch: pytest.MonkeyPatch) -> None:
    tips = [
        "1. Start small and take the short crossing first, so that you get used to the quieter boat and the new "
        "boarding times before you try one of the longer routes to the islands.",
        "2. Buy your ticket before you reach the pier, because the new boat charges while people get on and the "
        "crew will not wait for passengers who are still queuing at the machine.",
        "3. Ask the crew about the charger, they are proud of it and will happily explain how it works while the "
        "boat crosses the harbour.",
    ]
    doc = _assert_no_thread([*ARTICLE_EN, subheading, *tips], "en", monkeypatch)
    if subheading != "Discussion":  # (a discussion heading ends the article by the older article-end rule)
        assert set(tips) <= _kept(doc)


def test_teaser_list_of_other_articles_is_not_a_comment_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headline, author, date-time and blurb under each other: a list of other articles, not comments."""
    teasers = []
    for headline, author, stamp in [
        ("City Council Approves New Cycle Lanes Along the River", "Maria Lopez", "May 4, 2021 at 9:12 am"),
        ("Heavy Rain Expected Across the North This Weekend", "Tom Berg", "May 4, 2021 at 8:40 am"),
        ("Fish Market Opens a Second Hall for Local Growers", "Ingrid Halvorsen", "May 3, 2021 at 6:15 pm"),
    ]:
        teasers += [headline, author, stamp, f"{headline.split()[0]} officials said the plan would be put to a "
                    "vote later this month after a public consultation."]
    doc = _assert_no_thread([*ARTICLE_EN, *teasers], "en", monkeypatch)
    assert set(ARTICLE_EN[1:]) <= _kept(doc)


def test_feed_of_headlines_under_a_comments_heading_is_not_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "latest comments" box lists the commented articles: headlines and times, no written comment."""
    feed = ["Latest comments"]
    for headline, stamp in [
        ("City council approves new cycle lanes along the river", "May 4, 2021 at 9:12 am"),
        ("Heavy rain expected across the north this weekend", "May 4, 2021 at 8:40 am"),
        ("Fish market opens a second hall for local growers", "May 3, 2021 at 6:15 pm"),
    ]:
        feed += [headline, stamp, "2"]
    _assert_no_thread([*ARTICLE_EN, *feed], "en", monkeypatch)


# (mends3, after review3) Posts an article embeds and goes on under (a heading, then its paragraphs), or quotes
# dated before it, are no comment thread; one paragraph under a heading after the last entry is a sidebar's.
EMBEDDED_POSTS = """The Valley Courier
News
Local
Sport
How residents reacted to the bridge toll
By Jane Doe
3 June 2025
The new toll on the river bridge came into force on Monday, and by the evening hundreds of residents had shared their views on the charge online, most of them angry about the cost for daily commuters.
The council says the money will pay for repairs to the bridge, which has not been renovated since it opened in 1974, and that residents of the two towns on either side will get a discount card.
Traffic counts published by the council last year showed that about eleven thousand cars cross the bridge on a normal weekday, a third of them before eight in the morning.
Two of the posts on the council's page drew more replies than any other.
Mark Ellis
{date1}
Eight euros a week just to get to work. Nobody asked us about this, and the bus on the old route was cut last year.
Like
Reply
Susan Park
{date2}
The bridge needs fixing, but the discount card should cover everyone who lives within ten kilometres, not only the two towns.
Like
Reply
{after}Related stories
Council approves new budget for road repairs
Privacy
Terms
"""
GOES_ON = """What happens next
The council's transport committee will discuss the discount card on Thursday, and the opposition has asked for the toll to be suspended until then.
Shop owners on the east bank have started a petition against the charge, which had collected more than two thousand signatures by Tuesday night.
"""


def test_posts_an_article_embeds_and_goes_on_under_are_no_comment_thread() -> None:
    record = _clean(EMBEDDED_POSTS.format(date1="3 June 2025", date2="3 June 2025", after=GOES_ON))
    assert not [r for r in record["removed"] if r["rule"] == "boilerplate:comments"]
    assert "Eight euros a week just to get to work." in "\n".join(p["text"] for p in record["paragraphs"])


def test_posts_dated_before_the_article_are_quotes_it_keeps() -> None:
    record = _clean(EMBEDDED_POSTS.format(date1="1 June 2025", date2="2 June 2025", after=""))
    kept = "\n".join(p["text"] for p in record["paragraphs"])
    assert "Eight euros a week just to get to work." in kept
    assert "the discount card should cover everyone" in kept
