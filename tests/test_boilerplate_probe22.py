"""Shortfalls found by the English page-kind probes of probe22 (tests/pages/en_*): a wire story's credit line
without parentheses, a sign-up box's blurb over its e-mail field, an incident timeline or a festival programme
(clock-time rows counting up) inside the article, a guide's "Discussion questions" heading, an ad slot's bare
"Story continues below", a clip's "WATCH: <headline>" link, and such inline lines in a row between paragraphs."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule

from cleaners.document import Document

HEADER = ["Valley Courier", "News", "Local", "Sports", "Opinion", "Hikers rescued after three nights on the pass"]
FOOTER = ["About us", "Privacy policy", "Terms of use", "© 2025 Valley Courier"]
PARAS = [
    "Four hikers who spent three nights stranded on a snowbound mountain pass were rescued by helicopter on "
    "Sunday, after a break in the weather allowed crews to reach them, the county sheriff's office said.",
    "The group, all in their twenties, set out on Wednesday for what was planned as a two-day trek but were "
    "caught by a storm that dropped more than three feet of snow on the pass overnight.",
    "They sheltered in a tent and a snow cave they dug themselves, rationing food and melting snow for water, "
    "according to the sergeant who leads the sheriff's search and rescue unit.",
    "A friend raised the alarm on Thursday when the group failed to return. Two ground teams were turned back by "
    "avalanche danger on Friday, and high winds grounded the helicopter on Saturday.",
    "When the helicopter landed on Sunday morning, the hikers were cold and hungry but able to walk, officials "
    "said. One was treated for mild frostbite on her toes and released the same day.",
]


def _kept(doc: Document) -> list[str]:
    return [line.text for line in doc.kept_lines()]


def _rules(doc: Document) -> dict[str, str]:
    return {line.text: line.removal.rule for line in doc.lines if line.removal is not None}


@pytest.mark.parametrize(("text", "language"), [
    ("Reporting by Lena Marsh in London; Additional reporting by Diego Ferraz; Editing by Tom Hargreaves", "en"),
    ("Reporting by Anna Lee; Editing by Sarah Kent", "en"),
    ("Información de Marta Quintana; editado en español por Carlos Serrano", "es"),
])
def test_a_wire_credit_without_parentheses_is_removed(text: str, language: str) -> None:
    assert line_rule(text, language) == "wire-credit"


@pytest.mark.parametrize(("text", "language"), [
    ("Reporting by the local paper prompted the inquiry, officials said on Monday.", "en"),
    ("Editing by hand took the team three weeks; the software did it in an hour.", "en"),
])
def test_prose_opening_with_a_credit_word_is_no_wire_credit(text: str, language: str) -> None:
    assert line_rule(text, language) != "wire-credit"


def test_a_signup_blurb_over_the_email_field_is_removed() -> None:
    box = ["Sign up to The Thrifty Cook", "Free weekly newsletter",
           "Recipes, shopping tips and seasonal ideas from our columnist, every Thursday",
           "Enter your email address", "Sign up"]
    doc = boilerplate_doc([*HEADER, *PARAS[:3], *box, *PARAS[3:], *FOOTER], "en")
    kept = _kept(doc)
    assert box[2] not in kept, _rules(doc)
    assert set(PARAS) <= set(kept), _rules(doc)


def test_a_sentence_over_an_email_field_without_a_box_heading_stays() -> None:
    lines = [*HEADER, *PARAS[:3], "Write to the editor with your own tips for a winter walk in the hills",
             "Email address", "Send", *PARAS[3:], *FOOTER]
    doc = boilerplate_doc(lines, "en")
    assert "Write to the editor with your own tips for a winter walk in the hills" in _kept(doc), _rules(doc)


TIMELINE = ["14:00 – Automated certificate rotation begins", "14:03 – Error rate on checkout rises above 5%",
            "14:24 – Rollback of certificate started", "14:38 – Retries disabled with a feature flag",
            "14:50 – Error rate back to baseline"]


def test_an_incident_timeline_inside_the_article_is_kept() -> None:
    doc = boilerplate_doc([*HEADER, *PARAS[:3], "Timeline (UTC)", *TIMELINE, *PARAS[3:], *FOOTER], "en")
    assert set(TIMELINE) | set(PARAS) <= set(_kept(doc)), _rules(doc)


def test_a_programme_of_several_days_is_kept() -> None:
    friday = ["18:00 – Gates open", "19:00 – Opening ceilidh with the house band (Main Stage)",
              "21:45 – The headline quartet (Main Stage)"]
    saturday = ["10:30 – Fiddle workshop for beginners (Workshop Tent)", "14:00 – Harrow & Vine (Main Stage)",
                "20:00 – Ellis Brothers (Main Stage)"]
    doc = boilerplate_doc(
        [*HEADER, *PARAS[:3], "Friday 10 July", *friday, "Saturday 11 July", *saturday, *PARAS[3:], *FOOTER], "en"
    )
    assert set(friday) | set(saturday) <= set(_kept(doc)), _rules(doc)


def test_a_feed_counting_down_between_paragraphs_stays_furniture() -> None:
    feed = ["18:40 Council approves new bus lanes", "17:15 Storm warning for the coast",
            "16:02 Hospital opens new ward"]
    doc = boilerplate_doc([*HEADER, *PARAS[:3], *feed, *PARAS[3:], *FOOTER], "en")
    rules = _rules(doc)
    assert all(rules.get(line) == "boilerplate:feed-item" for line in feed), rules


def test_a_discussion_questions_heading_does_not_end_the_article() -> None:
    intro = ["In 1893, a seventeen-year-old girl leaves her father's failing map shop to join a survey expedition "
             "to the uncharted interior, disguised as her own brother, and learns to read rivers and snow.",
             "The second novel of the author is a sweeping adventure and a quiet meditation on truth, ownership "
             "and the price of being seen, told over one brutal winter in the north."]
    questions = [f"{k}. {q}" for k, q in enumerate([
        "The heroine disguises herself as her brother in order to join the expedition. What does it cost her?",
        "The novel opens with a line about maps and lies. How does this idea return over the course of the book?",
        "Discuss the relationship between the heroine and her father. Why is he offstage for most of the novel?",
    ], 1)]
    doc = boilerplate_doc([*HEADER, *intro, "Discussion questions", *questions, *FOOTER], "en")
    assert set(intro) | set(questions) <= set(_kept(doc)), _rules(doc)


def test_a_comments_discussion_heading_still_ends_the_article() -> None:
    assert line_rule("Discussion") == "article-end"
    assert line_rule("Join the discussion") == "article-end"


@pytest.mark.parametrize("text", ["Story continues below", "Article continues below", "Continua após a publicidade",
                                  "La suite après cette publicité"])
def test_a_bare_ad_slot_label_is_furniture(text: str) -> None:
    assert line_rule(text) == "furniture"


@pytest.mark.parametrize(("text", "language"), [
    ("WATCH: Drone footage shows scale of the overnight snowfall", "en"),
    ("LISTEN | The mayor on why the budget was late", "en"),
    ("VIDÉO : les images de la tempête sur la côte", "fr"),
    ("ASSISTA: Veja o momento em que a ponte desabou", "pt"),
])
def test_a_clip_link_is_an_inline_link(text: str, language: str) -> None:
    assert line_rule(text, language) == "read-also"


@pytest.mark.parametrize("text", [
    "Watch: the council votes on the budget at noon on Tuesday.",
    "Watchdog groups say the rules are too weak",
])
def test_prose_opening_with_watch_is_no_clip_link(text: str) -> None:
    assert line_rule(text) != "read-also"


def test_inline_lines_in_a_row_between_paragraphs_do_not_end_the_article() -> None:
    inline = ["Story continues below", "WATCH: Drone footage shows scale of the overnight snowfall", "02:14"]
    doc = boilerplate_doc([*HEADER, *PARAS[:3], *inline, *PARAS[3:], *FOOTER], "en")
    kept = _kept(doc)
    assert set(PARAS) <= set(kept), _rules(doc)
    assert not set(inline) & set(kept), _rules(doc)


def test_ad_labels_around_a_related_link_between_paragraphs_does_not_end_the_article() -> None:
    """Each alone has another on a side: judged as one run, they have the article on both sides."""
    inline = ["Advertisement", "RELATED: Search resumes for missing climber on glacier",
              "Story continues below advertisement"]
    doc = boilerplate_doc([*HEADER, *PARAS[:3], *inline, *PARAS[3:], *FOOTER], "en")
    kept = _kept(doc)
    assert set(PARAS) <= set(kept), _rules(doc)
    assert not set(inline) & set(kept), _rules(doc)


@pytest.mark.parametrize("text", [
    "Contains Parliamentary information licensed under the Open Parliament Licence.",
    "Contains public sector information licensed under the Open Government Licence v3.0.",
    "All content is available under the Open Government Licence v3.0, except where otherwise stated",
])
def test_an_open_licence_footer_is_a_copyright_line(text: str) -> None:
    assert line_rule(text) == "copyright"


@pytest.mark.parametrize("text", [
    "It contains data licensed under the agreement with the city, the spokesman said.",
    "The council's open data is available under a licence that lets anyone reuse it, and firms have.",
])
def test_sentences_about_licences_are_no_copyright_line(text: str) -> None:
    assert line_rule(text) != "copyright"


@pytest.mark.parametrize(("text", "language"), [("Read more:", "en"), ("Mehr dazu:", "de"), ("Leer más:", "es")])
def test_read_more_with_a_colon_heads_a_list(text: str, language: str) -> None:
    assert line_rule(text, language) == "list-heading"


def test_read_more_without_a_colon_heads_no_list() -> None:
    assert line_rule("Read more") != "list-heading"


def test_a_read_more_box_between_paragraphs_is_removed_and_the_article_goes_on() -> None:
    box = ["Read more:", "Chocolate makers raise prices again as cocoa costs bite",
           "Analysis: Why the record rally may have further to run"]
    doc = boilerplate_doc([*HEADER, *PARAS[:2], *box, *PARAS[2:], *FOOTER], "en")
    kept = _kept(doc)
    assert set(PARAS) <= set(kept), _rules(doc)
    assert not set(box) & set(kept), _rules(doc)


@pytest.mark.parametrize(("text", "language"), [
    ("More mortgage news", "en"), ("More transfer news", "en"), ("Más noticias de vivienda", "es"),
    ("Mais notícias sobre saúde", "pt"), ("Weitere Wirtschaft-Nachrichten", "de"),
    ("Plus d'actualités immobilières", "fr"),
])
def test_more_topic_news_heads_a_list(text: str, language: str) -> None:
    assert line_rule(text, language) == "list-heading"


@pytest.mark.parametrize("text", ["More people than ever read the news", "Other stories of the flood will follow.",
                                  "Other Success Stories"])
def test_sentences_with_more_and_news_head_no_list(text: str) -> None:
    assert line_rule(text) != "list-heading"


# review9b: the same ideas in the other languages, and the timelines a 12-hour clock or midnight splits.


@pytest.mark.parametrize(("text", "language"), [
    ("Lesen Sie nach der Anzeige weiter", "de"), ("Der Artikel wird unter der Anzeige fortgesetzt", "de"),
    ("La noticia continúa abajo", "es"), ("Continúa después de la publicidad", "es"),
    ("Sigue leyendo tras la publicidad", "es"), ("A reportagem continua abaixo", "pt"),
    ("Continua após o anúncio", "pt"), ("L'article continue ci-dessous", "fr"), ("Продолжение ниже", "ru"),
    ("Статья продолжается ниже", "ru"), ("Продолжение после рекламы", "ru"), ("記事の続きは下にあります", "ja"),
    ("記事は広告の後に続きます", "ja"), ("文章在广告后继续", "zh"), ("广告后继续阅读", "zh"), ("기사 계속", "ko"),
    ("광고 후 기사 계속", "ko"),
])
def test_a_bare_ad_slot_label_is_furniture_in_other_languages(text: str, language: str) -> None:
    assert line_rule(text, language) == "furniture"


@pytest.mark.parametrize(("text", "language"), [
    ("La noticia continúa generando polémica en el congreso", "es"),
    ("Продолжение ниже по течению реки затопило три деревни", "ru"),
    ("記事の続きは来週の号に掲載します。", "ja"),
])
def test_a_sentence_opening_like_an_ad_slot_label_is_no_furniture(text: str, language: str) -> None:
    assert line_rule(text, language) != "furniture"


def test_a_programme_on_a_twelve_hour_clock_is_kept() -> None:
    rows = ["9:00 am – Gates open", "10:30 am – Opening talk by the mayor", "1:00 pm – Lunch on the green",
            "3:30 pm – Parade through the town"]
    doc = boilerplate_doc([*HEADER, *PARAS[:2], *rows, *PARAS[2:], *FOOTER], "en")
    assert set(rows) | set(PARAS) <= set(_kept(doc)), _rules(doc)


def test_a_timeline_past_midnight_is_kept() -> None:
    rows = ["22:10 – First call to the emergency line", "23:05 – Crews reach the foot of the pass",
            "00:40 – Helicopter grounded by the wind", "02:15 – Ground team turned back by avalanche danger"]
    doc = boilerplate_doc([*HEADER, *PARAS[:2], *rows, *PARAS[2:], *FOOTER], "en")
    assert set(rows) | set(PARAS) <= set(_kept(doc)), _rules(doc)


@pytest.mark.parametrize("feed", [
    ["00:40 Council approves new bus lanes", "23:55 Storm warning for the coast", "23:10 Hospital opens new ward"],
    ["6:40 pm Council approves new bus lanes", "5:15 pm Storm warning for the coast", "11:02 am Hospital opens ward"],
])
def test_a_feed_counting_down_over_midnight_or_noon_stays_furniture(feed: list[str]) -> None:
    doc = boilerplate_doc([*HEADER, *PARAS[:3], *feed, *PARAS[3:], *FOOTER], "en")
    rules = _rules(doc)
    assert all(rules.get(line) == "boilerplate:feed-item" for line in feed), rules


@pytest.mark.parametrize(("text", "language"), [
    ("Reportagem de Ana Souza; edição de Pedro Lima", "pt"),
    ("Reportage de Claire Martin; édité par Paul Durand", "fr"),
])
def test_a_wire_credit_without_parentheses_is_removed_in_other_languages(text: str, language: str) -> None:
    assert line_rule(text, language) == "wire-credit"


@pytest.mark.parametrize(("text", "language"), [
    ("Больше новостей о спорте", "ru"), ("Ещё новости экономики", "ru"), ("更多体育新闻", "zh"),
    ("更多財經新聞", "zh"), ("その他の経済ニュース", "ja"), ("더 많은 경제 뉴스", "ko"),
])
def test_more_topic_news_heads_a_list_in_other_languages(text: str, language: str) -> None:
    assert line_rule(text, language) == "list-heading"


@pytest.mark.parametrize(("text", "language"), [
    ("Больше новостей о войне редакция не получала.", "ru"),
    ("その他の地域のニュースでは、大雪の被害が伝えられた。", "ja"),
    ("更多新闻工作者在现场报道了这次暴雨。", "zh"),
    ("더 많은 경제 뉴스가 필요하다는 지적이 나왔다.", "ko"),
])
def test_sentences_with_more_and_news_head_no_list_in_other_languages(text: str, language: str) -> None:
    assert line_rule(text, language) != "list-heading"


def test_more_topic_news_over_the_article_prose_stays_in_other_languages() -> None:
    paras = ["今年冬天北方多地出现持续降雪，交通部门提醒司机出行前查看路况，并为车辆做好防冻准备。",
             "气象部门表示，未来三天仍有较强冷空气南下，部分山区的积雪深度可能超过三十厘米。",
             "当地政府已经启动应急预案，组织人员清理主要道路，并向偏远村庄运送食品和燃料。",
             "专家建议居民减少不必要的外出，老人和儿童尤其要注意保暖，避免在冰面上行走。"]
    doc = boilerplate_doc(["山谷日报", "新闻", "本地", "北方多地迎来强降雪", *paras[:2], "更多体育新闻", *paras[2:],
                           "关于我们", "隐私政策"], "zh")
    assert set(paras) <= set(_kept(doc)), _rules(doc)


@pytest.mark.parametrize("inline", [
    ["Story continues below", "WATCH: Storm hits the coast", "02:14"],
    ["Advertisement", "VIDEO: Storm hits the coast", "Story continues below advertisement"],
    ["Publicidad", "VÍDEO: La tormenta llega a la costa", "Continúa después de la publicidad"],
])
def test_a_short_clip_link_in_a_run_of_inline_lines_does_not_end_the_article(inline: list[str]) -> None:
    """A clip's headline of a few words takes the furniture rule ("watch", "video"): still a link set inside the
    article, which the run of inline lines takes in (not only a long headline, which takes the read-also rule)."""
    doc = boilerplate_doc([*HEADER, *PARAS[:3], *inline, *PARAS[3:], *FOOTER], "en")
    kept = _kept(doc)
    assert set(PARAS) <= set(kept), _rules(doc)
    assert not set(inline) & set(kept), _rules(doc)


@pytest.mark.parametrize("text", [
    "The text is available under a free license for all schools in the district.",
    "Contains data licensed under a standard commercial license from the vendor.",
])
def test_a_licence_named_in_lower_case_is_no_open_licence_footer(text: str) -> None:
    """The footer names its licence capitalized ("the Open Government Licence"); a sentence says "a free license"."""
    assert line_rule(text) != "copyright"


def test_watch_rows_of_a_tv_listing_do_not_end_the_article() -> None:
    """A listing's "WATCH: <when, where>" row under each show's title is set inside the article, as a clip's link is:
    the listing goes on under it (the rows themselves take the furniture rule for their first word)."""
    lines = [*HEADER, PARAS[0], "The Long Winter", "WATCH: Sunday, 9pm, BBC Two", PARAS[1], "Harbour Lights",
             "WATCH: Netflix, from Friday", PARAS[2], *FOOTER]
    doc = boilerplate_doc(lines, "en")
    assert set(PARAS[:3]) | {"The Long Winter", "Harbour Lights"} <= set(_kept(doc)), _rules(doc)
