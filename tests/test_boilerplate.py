"""Unit tests of cleaners.boilerplate: line features and classes, line rules, teasers, main run, the stage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stages import boilerplate_doc, line_removal

from cleaners.boilerplate import (
    _COMPANY_BOX_RULE,
    BAD,
    GOOD,
    NEAR,
    SHORT,
    boilerplate_stage,
    classify,
    furniture_rule,
    is_teaser,
    line_features,
    max_run,
    row_shape,
    stopwords,
)
from cleaners.config import Config
from cleaners.document import BODY, HEADING, SEPARATOR, Document

EN_PROSE = (
    "The council said on Monday that the new bridge would open to traffic in the spring, "
    "after two years of work on its foundations."
)
DE_PROSE = (
    "Die Hafenfähre zwischen Altwerder und dem Fischmarkt soll ab Juli mit einem elektrischen Antrieb "
    "fahren, teilte die Verkehrsgesellschaft mit."
)
ZH_PROSE = "县教育局有关负责人表示，下一步将根据试用情况改进设备和课程安排，并计划明年把系统推广到全县所有乡村小学和教学点。"
JA_PROSE = (
    "同社によると、昨年の猛暑で酒米の品質が落ち、等級の高い米の確保が難しくなった。"
    "さらに主食用の米の値上がりにつられて、酒米の取引価格も上昇している。"
)


def _rule(text: str, language: str = "en", kind: str = BODY) -> str | None:
    found = line_removal(text, language, kind)
    if found is not None:
        rule, reason, hard = found
        assert rule and reason and isinstance(hard, bool)
        return rule
    return None


# --- features and classes ------------------------------------------------------------------------


def test_stopwords() -> None:
    en = stopwords("en")
    assert en is not None and {"the", "of", "and"} <= en
    de = stopwords("de")
    assert de is not None and {"der", "und", "mit"} <= de
    assert stopwords("ja") is None and stopwords("zh") is None and stopwords("xx") is None


def test_line_features_english_prose() -> None:
    f = line_features(EN_PROSE, "en")
    assert f.eff_len == len(EN_PROSE) and f.cjk == 0
    assert f.words == len(EN_PROSE.split())
    assert f.terminal and f.sentences == 1
    assert f.stop_density is not None and f.stop_density > 0.4
    assert f.titlecase < 0.2 and f.digits == 0 and not f.code_like
    assert classify(f) == GOOD


def test_line_features_german_prose() -> None:
    f = line_features(DE_PROSE, "de")
    assert f.stop_density is not None and f.stop_density > 0.3
    assert f.terminal
    assert classify(f) == GOOD


def test_line_features_german_prose_with_english_stoplist_is_still_prose() -> None:
    """Misdetected language: several sentences of prose stay good whatever the stoplist says."""
    text = DE_PROSE + " Das neue Schiff wurde an der Ostsee gebaut. Es ist bereits im Hafen eingetroffen."
    assert classify(line_features(text, "en")) == GOOD


def test_line_features_chinese_counts_characters_three_times() -> None:
    f = line_features(ZH_PROSE, "zh")
    assert f.cjk == sum(1 for c in ZH_PROSE if "\u4e00" <= c <= "\u9fff")
    assert f.eff_len == len(ZH_PROSE) + 2 * f.cjk
    assert f.words > 20  # characters stand in for words
    assert f.terminal and f.stop_density is not None and f.stop_density > 0.2
    assert classify(f) == GOOD


def test_line_features_japanese_uses_hiragana() -> None:
    f = line_features(JA_PROSE, "ja")
    assert f.cjk > 50 and f.sentences == 2 and f.terminal
    assert f.stop_density is not None and f.stop_density > 0.3
    assert classify(f) == GOOD


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Home", "en"),
        ("Most Read", "en"),
        ("Startseite", "de"),
        ("アクセスランキング", "ja"),
        ("全市中小学课后服务实现全覆盖", "zh"),
        ("© 2024", "en"),
    ],
)
def test_short_lines_are_short(text: str, language: str) -> None:
    assert classify(line_features(text, language)) == SHORT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Council Approves New Cycle Lanes Despite Objections From Local Traders And Residents", "en"),
        ("Baustelle auf der Ringstraße: Diese Umleitungen gelten ab Montag", "de"),
        ("大雨で新幹線が一時運転見合わせ 帰宅の足に影響", "ja"),
        ("今冬首场寒潮来袭 多地气温将下降十度以上", "zh"),
    ],
)
def test_headlines_are_not_good_prose(text: str, language: str) -> None:
    assert classify(line_features(text, language)) != GOOD


def test_long_line_without_stopwords_is_bad() -> None:
    text = "Gadgets Software Security Science Deals Reviews Newsletter Podcasts Events Jobs Careers"
    assert classify(line_features(text, "en")) == BAD


def test_near_good_line() -> None:
    f = line_features("The plan was approved on Monday by the members of the council.", "en")
    assert classify(f) == NEAR


def test_code_line_is_code_like() -> None:
    assert line_features('key, _, value = line.partition("=")', "en").code_like
    assert line_features("def read_settings(path):", "en").code_like
    assert not line_features("The definition of a path is simple.", "en").code_like


# --- line rules, by family and language ----------------------------------------------------------

RULE_CASES: dict[str, list[tuple[str, str]]] = {
    "article-end": [
        ("Comments", "en"), ("14 Comments", "en"), ("Leave a Reply", "en"), ("Join the discussion", "en"),
        ("12 Kommentare", "de"), ("Commentaires", "fr"), ("Comentarios", "es"), ("Comentários", "pt"),
        ("Комментарии", "ru"), ("コメント（3）", "ja"), ("网友评论", "zh"), ("댓글 0", "ko"),
    ],
    "list-heading": [
        ("Most Read", "en"), ("Related articles", "en"), ("JN ACCESS RANKING", "en"),
        ('"Editorial & Columns" POPULAR ARTICLE', "en"), ("Meistgelesen", "de"),
        ("Das könnte Sie auch interessieren", "de"), ("Les plus lus", "fr"), ("À lire aussi", "fr"),
        ("Lo más leído", "es"), ("Noticias relacionadas", "es"), ("Mais lidas", "pt"), ("Leia também", "pt"),
        ("Читайте также", "ru"), ("Самое читаемое", "ru"), ("アクセスランキング", "ja"), ("関連記事", "ja"),
        ("相关文章", "zh"), ("热门推荐", "zh"), ("많이 본 뉴스", "ko"), ("관련기사", "ko"),
    ],
    "copyright": [
        ("© 2024 Valley Courier Media Ltd. All rights reserved.", "en"), ("Copyright 2023 Example Inc", "en"),
        ("© Nordstadt Kurier 2024", "de"), ("版权所有 © 2023 东岭网", "zh"), ("Copyright © 2024 北越日報社", "ja"),
    ],
    "furniture": [
        ("Share on Facebook", "en"), ("Facebook", "en"), ("Advertisement", "en"), ("Privacy Policy", "en"),
        ("Skip to main content", "en"), ("Skip Navigation", "en"), ("Skip to the content", "en"),
        ("Jump to navigation Jump to search", "en"), ("Jump to: navigation, search", "en"), ("Anzeige", "de"), ("Teilen", "de"), ("Impressum", "de"),
        ("Datenschutz", "de"), ("Partager", "fr"), ("Mentions légales", "fr"), ("Publicidad", "es"),
        ("Compartilhar", "pt"), ("Поделиться", "ru"), ("Реклама", "ru"), ("シェア", "ja"), ("分享到：", "zh"),
        ("广告", "zh"), ("공유", "ko"),
        ("Photograph: Owen Tully", "en"), ("Photographs: Owen Tully/Coastline Weekly", "en"), ("Credit: Jane Roe", "en"),
    ],
    "promo": [
        ("Subscribe now", "en"), ("Read more", "en"),
        ("Sign up for our weekly newsletter and get a free guide to baking with wild yeast.", "en"),
        ("Jetzt abonnieren", "de"), ("Newsletter abonnieren", "de"), ("Abonnez-vous à notre newsletter", "fr"),
        ("Suscríbete", "es"), ("Inscreva-se", "pt"), ("Подпишитесь на наш канал", "ru"), ("詳細はこちら", "ja"),
        ("Cryptopolitan Academy: 近日公開 - 2025年にDeFiを使ってパッシブインカムを得る新しい方法。詳細はこちら", "ja"),
        ("立即订阅", "zh"), ("구독하기", "ko"),
    ],
    # (a promotion of the site's app has its rule: inline_links_transparent lets the article go on after it)
    "app-promo": [
        ("Download the app", "en"), ("Get the free Harbor Ledger app", "en"),
        ("Jetzt Wetter-App laden und Unwetterwarnungen direkt aufs Handy bekommen", "de"),
        ("Laden Sie unsere App", "de"), ("Téléchargez notre application", "fr"), ("Descarga la app", "es"),
        ("Baixe o aplicativo", "pt"), ("Scarica l'app", "it"), ("Download de gratis app", "nl"),
    ],
    "url": [("www.example.com", "en"), ("https://example.org/path?q=1", "en"), ("example.net/page.html", "en")],
    "timestamp": [
        ("3 hours ago", "en"), ("a day ago", "en"), ("12 votes", "en"), ("3 replies", "en"),
        ("il y a 3 jours", "fr"), ("hace 2 días", "es"), ("há 5 horas", "pt"), ("vor 3 Tagen", "de"),
        ("3日前", "ja"), ("5分钟前", "zh"),
        # a Q&A page's counters: views, answers, "nice" votes, "me too" votes
        ("閲覧数：1,284", "ja"), ("回答数：3", "ja"), ("ナイス！ 34", "ja"), ("共感した 12", "ja"),
    ],
    "disclaimer": [
        ("The views expressed in this article are the author's own and do not necessarily reflect those of "
         "The Northern Standard.", "en"),
        ("Jane Doe is a planner and the author of two books. Views and opinions expressed in this article are "
         "those of the author alone.", "en"),
        # 41-60 words and 300 characters or more: a line the shared phrase scan skips (is_opinion_disclaimer's own)
        ("Jane Doe is a senior fellow at the Institute for Urban Policy, where she studies housing, transport and "
         "the finances of small cities, and the author of two books on local government, the most recent of which "
         "was published last spring by a university press in Ohio. The views expressed here are her own.", "en"),
        ("Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.", "de"),
        ("Les tribunes n'engagent que leurs auteurs.", "fr"),
        ("Las opiniones de los columnistas no reflejan necesariamente la línea editorial.", "es"),
        ("As opiniões dos colunistas não refletem necessariamente a opinião do jornal.", "pt"),
        ("Le opinioni espresse non rappresentano necessariamente la posizione della redazione.", "it"),
        ("The opinions in this column do not necessarily represent the official policy of the council.", "en"),
        # (mends3) the publisher's possessive, the ro plural
        ("This column does not necessarily reflect our editorial position.", "en"),
        ("Las opiniones expresadas son responsabilidad de su autor y no reflejan necesariamente nuestra opinión.", "es"),
        ("Articolul exprimă punctul de vedere al autorului și nu reflectă neapărat opiniile redacției.", "ro"),
        ("Думки, висловлені в колонці, належать авторові й можуть не збігатися з позицією редакції.", "uk"),
        ("Мнение автора может не совпадать с позицией редакции.", "ru"),
        ("הדעות המובעות בטור זה הן של הכותב בלבד ואינן משקפות את עמדת המערכת.", "he"),
        ("הכותבת היא חוקרת. הדברים אינם מייצגים בהכרח את עמדת העיתון.", "he"),
        ("本文为用户原创，不代表平台观点。", "zh"),
        ("本文仅代表作者个人观点，与本站无关。", "zh"),
        ("記事の内容は筆者の意見であり、当社の見解を示すものではありません。", "ja"),
    ],
    "teaser": [
        ("Phone Makers Promise Seven Years of UpdatesThe biggest manufacturers now offer longer support, "
         "but only for their most expensive models.", "en"),
    ],
}
RULE_PARAMS = [
    pytest.param(text, language, family, id=f"{family}-{language}-{i}")
    for family, cases in RULE_CASES.items()
    for i, (text, language) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "language", "family"), RULE_PARAMS)
def test_furniture_rule_families(text: str, language: str, family: str) -> None:
    assert _rule(text, language) == family


@pytest.mark.parametrize("text", ["-", "•", "|"])
def test_separator_rule(text: str) -> None:
    assert _rule(text, kind=SEPARATOR) == "separator"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We use cookies to improve your experience on our site. By continuing to browse, you agree to our "
         "use of cookies.", "en"),
        ("Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten. "
         "Bitte akzeptieren Sie die Cookies.", "de"),
        ("Cookie settings", "en"),
        ("Accept all cookies", "en"),
    ],
)
def test_cookie_lines(text: str, language: str) -> None:
    assert _rule(text, language) in ("cookie-notice", "furniture")


def test_article_end_and_list_heading_are_hard_breaks() -> None:
    for text in ("Comments", "Most Read"):
        f = line_features(text, "en")
        found = furniture_rule(text, BODY, f)
        assert found is not None and found[2] is True


@pytest.mark.parametrize(
    ("text", "language"),
    [("Todos los derechos reservados.", "es"), ("Все права защищены.", "ru"), ("ⓒ 한빛일보, 무단 전재 및 재배포 금지", "ko")],
)
def test_copyright_in_more_languages(text: str, language: str) -> None:
    assert _rule(text, language) == "copyright"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("2 дня назад", "ru"),
        ("3시간 전", "ko"),
        ("5일 전", "ko"),
    ],
)
def test_timestamps_in_more_languages(text: str, language: str) -> None:
    assert _rule(text, language) == "timestamp"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We wanted to learn more about the virus, the researchers said in a statement.", "en"),
        ("Subscribers will see the new prices from May.", "en"),
        ("Share prices fell sharply on Monday after the company warned that profits would be lower.", "en"),
        ("Follow the river path for two miles until you reach the bridge.", "en"),
        ("The comments section of the report lists every objection raised by residents.", "en"),
        ("Related to the case, two men were arrested on Friday.", "en"),
        ("Copyright law protects the expression of ideas, not the ideas themselves.", "en"),
        ("Video of the incident was shared widely on social media.", "en"),
        ("Please accept our apologies, the site said.", "en"),
        (EN_PROSE, "en"),
        ("Die Zeitung hatte in einer Anzeige nach Zeugen gesucht.", "de"),
        ("Il a partagé ses souvenirs avec les élèves de l'école.", "fr"),
        ("他在评论中说，这项政策将于明年实施。", "zh"),
        ("用户注册后即可免费使用该系统的全部功能。", "zh"),
        ("大学ランキングで上位に入った同校は、来年度から定員を増やす方針だ。", "ja"),
        ("ログイン後に表示される画面で、利用者は自分の予約を確認できる。", "ja"),
        ("閲覧数は前年より3割増えた。", "ja"),
        ("回答数が3件を超えた質問は上位に表示される。", "ja"),
        # Reporting, not a column's disclaimer: no editors, paper or site named.
        ("לדברי השר, ההתבטאויות של סגנו בכנס אמש אינן מייצגות את עמדת הממשלה בנושא.", "he"),
        ("לדברי החוקרים, הסקרים האחרונים אינם משקפים את דעת הציבור על התוכנית.", "he"),
        ("לדבריו, הדברים אינם מייצגים את עמדת הנהלת בית החולים.", "he"),
        ("השר אמר כי דבריו אינם משקפים בהכרח את עמדת הממשלה.", "he"),
        # A statement reported or quoted: news, not the page's own disclaimer line.
        ("教育局昨日回应称，该文章仅代表作者个人观点，已从网站撤下。", "zh"),
        ("同社は「社員個人の発言であり、当社の見解を示すものではありません」とのコメントを発表した。", "ja"),
        (ZH_PROSE, "zh"),
        (JA_PROSE, "ja"),
        (DE_PROSE, "de"),
    ],
)
def test_prose_is_not_furniture(text: str, language: str) -> None:
    assert _rule(text, language) is None


@pytest.mark.parametrize("text", ["Home prices rose 5% last year.", "Search teams found both hikers."])
def test_short_sentence_starting_with_menu_word_is_not_furniture(text: str) -> None:
    assert _rule(text) is None


# --- teasers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Phone Makers Promise Seven Years of UpdatesThe biggest manufacturers now offer longer support, but "
        "only for their most expensive models.",
        "Why Your Router Is Probably Out of DateMost home routers never receive firmware updates after they "
        "are installed, a survey found.",
        "Council Approves 2024 BudgetThe city council approved the spending plan on Tuesday after a long "
        "debate about bus fares.",
        "Password Managers Compared for FamiliesWe tested six services that let households share logins safely.",
    ],
)
def test_is_teaser(text: str) -> None:
    assert is_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        EN_PROSE,
        "The update adds support for iPhone models and the new SmartHub app, the company said on Tuesday.",
        "Researchers at the lab used PowerShell scripts to automate the tests across hundreds of machines.",
        "Owners of the HomeGlow plugs do not need to do anything, the company said in a statement on Monday.",
        "Local Team Wins TitleFans celebrated",  # too short a summary to be a card
        "Shares in McDonald's rose after the results were published on Thursday morning in New York.",
        "A Short HeadlineWithout anything after",
        "",
    ],
)
def test_is_not_teaser(text: str) -> None:
    assert not is_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why the New PlayStation Portal Is Worth a Look for Travellers and Commuters",
        "The New MacBook Air Review: Fast, Quiet and Light Enough for Students Who Travel",
    ],
)
def test_title_cased_heading_with_camelcase_name_is_not_teaser(text: str) -> None:
    assert not is_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        # A surname's inner capital ("Mc", "Mac") is no glue: a title-cased sentence opening stays text.
        "In 2019, Senator Jane McAllister of Ohio called the deficit the defining issue of the decade.",
        "Central High's Sam McKenzie won first place in the 100 yard backstroke at the state meet.",
        "Retired General Paul MacArthur-Reid told the committee that the plan had never been tested.",
        # An opening quote after a space is no glue either.
        'In Dr. Patel\'s words, "Could the brain know when it has decided, before the person does?"',
        # A CamelCase identifier with more humps after the capital is code, not a headline's last word.
        "Issue 4821 – Prevent stale TabPreviewCacheEntry objects from being kept for each closed window",
    ],
)
def test_false_glue_is_not_teaser(text: str) -> None:
    assert not is_teaser(text)
    assert _rule(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # A headline that ends in a closing quote glued to its summary is still a card.
        'Mayor Says "No Deal"The council voted against the plan on Tuesday after a long debate about fares.',
        # A surname in the headline does not hide the glue after it.
        "Senator McAllister Wins Second TermThe senator won by a wide margin in the vote on Tuesday night.",
        "City Approves New Bus Routes for SpringThe transit board voted to add three lines in the north.",
    ],
)
def test_teaser_near_false_glue_is_still_teaser(text: str) -> None:
    assert is_teaser(text)
    assert _rule(text) == "teaser"


# --- max_run -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([1.0, 2.0, 3.0], (0, 3)),
        ([-1.0, 5.0, -1.0], (1, 2)),
        ([2.0, -1.0, 3.0], (0, 3)),
        ([2.0, -5.0, 3.0], (2, 3)),
        ([-3.0, -1.0, -2.0], (1, 2)),
        ([-1.0, 4.0, -0.5, -0.5, 2.0, -8.0, 1.0], (1, 5)),
        ([0.5], (0, 1)),
    ],
)
def test_max_run(scores: list[float], expected: tuple[int, int]) -> None:
    assert max_run(scores) == expected


def test_max_run_empty() -> None:
    start, end = max_run([])
    assert start == end


@settings(deadline=None, max_examples=100, derandomize=True, database=None)
@given(st.lists(st.integers(min_value=-10, max_value=10).map(float), min_size=1, max_size=30))
def test_max_run_is_a_maximum_sum_run(scores: list[float]) -> None:
    start, end = max_run(scores)
    assert 0 <= start < end <= len(scores)
    best = max(sum(scores[i:j]) for i in range(len(scores)) for j in range(i + 1, len(scores) + 1))
    assert sum(scores[start:end]) == best


# --- the stage -----------------------------------------------------------------------------------


_stage = boilerplate_doc  # segment, then boilerplate, in the given language


ARTICLE = [
    "Otters have been recorded breeding in the upper reaches of the valley for the first time since the "
    "early 1980s, according to a survey published on Wednesday by a regional wildlife trust.",
    "Volunteers checked 62 sites along the river and its tributaries over two winters, looking for "
    "footprints and feeding remains, and found signs of otters at 41 of them.",
    "The trust warned that the recovery remains fragile, because road deaths are now the most common cause "
    "of death for otters in the region and several sites sit close to a busy road.",
]


def test_stage_removes_menu_list_and_footer_and_keeps_the_article() -> None:
    menu = ["Home", "News", "World", "Business", "Sport"]
    tail = ["Most Read", "Council approves new cycle lanes", "Heavy rain expected across the north",
            "Hospital waiting lists fall again", "Privacy Policy", "© 2024 Valley Courier"]
    doc = _stage("\n".join(menu + ARTICLE + tail))
    kept = [line.text for line in doc.kept_lines()]
    assert kept == ARTICLE
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules["Most Read"] == "boilerplate:list-heading"
    assert rules["Council approves new cycle lanes"] == "boilerplate:list"
    assert rules["© 2024 Valley Courier"] == "boilerplate:copyright"
    assert rules["Home"].startswith("boilerplate:")
    for line in doc.lines:
        if line.removal is not None:
            assert line.removal.reason and line.removal.start == line.start and line.removal.end == line.end


def test_stage_related_heading_with_prose_under_it_is_kept() -> None:
    """'Related' followed by prose is not a list of other articles."""
    doc = _stage("\n".join([ARTICLE[0], "Related", ARTICLE[1], ARTICLE[2]]))
    assert [line.text for line in doc.kept_lines()] == [ARTICLE[0], "Related", ARTICLE[1], ARTICLE[2]]


def test_stage_keeps_a_bullet_list_inside_the_article_as_body() -> None:
    bullets = ["- Keep a torch and spare batteries where you can find them.",
               "- Charge phones whenever a storm warning is issued.",
               "- Write down the emergency number on paper."]
    doc = _stage("\n".join([ARTICLE[0], *bullets, ARTICLE[1]]))
    kept = doc.kept_lines()
    assert [line.text for line in kept] == [ARTICLE[0], *bullets, ARTICLE[1]]
    assert all(line.kind in (BODY, HEADING) for line in kept)


def test_stage_keeps_a_heading_inside_the_article() -> None:
    doc = _stage("\n".join([ARTICLE[0], "What the Survey Found", ARTICLE[1], ARTICLE[2]]))
    heading = next(line for line in doc.lines if line.text == "What the Survey Found")
    assert heading.kept and heading.kind == HEADING


def test_stage_on_chinese_page() -> None:
    article = [
        "近日，位于大别山深处的石桥镇中心小学迎来了一堂特别的音乐课。通过一块大屏幕和一套双向视频设备，城区实验小学的音乐老师同时为两所学校的孩子上课。",
        "据了解，这套系统今年九月开始在全县十二所乡村小学试用，主要用于音乐、美术和英语等师资紧缺的科目。每周每所学校可以安排六节同步课程。",
    ]
    doc = _stage("\n".join(["首页", "新闻", "财经", *article, "相关文章", "全市中小学课后服务实现全覆盖",
                            "我省新建改建农村学校一百二十所", "版权所有 © 2023 东岭网"]), "zh")
    assert [line.text for line in doc.kept_lines()] == article


def test_stage_on_empty_document() -> None:
    doc = Document(source="t", text="")
    assert boilerplate_stage(doc, Config()).lines == []


# --- structured articles under their header, teaser cards ----------------------------------------


def _shape(text: str, language: str = "en") -> tuple[str, str] | None:
    f = line_features(text, language)
    f.cls = classify(f)
    return row_shape(text, f)


def test_row_shape_is_shared_by_rows_of_one_list() -> None:
    rows = ["Round 1: 6 September – Harbour Park", "Round 12: 21 November – Kings Road / Eastfield"]
    assert _shape(rows[0]) == _shape(rows[1]) == ("a", ":–")
    assert _shape("1a etapa: 10 de março – Sul") == ("0a", ":–")
    assert _shape("Port | 2022 | 2023") == ("a", "||")
    assert _shape("Business") is None  # a menu item: no digit, no fields
    assert _shape("Football results") is None
    assert _shape(EN_PROSE) is None  # prose is never a row


SCHEDULE = [
    "Harbour Festival: The Summer Programme",
    "Monday, 14 July 2025, 09:30",
    "Share",
    "Day 1 – 2 August: opening concert on the quay",
    "Day 2 – 3 August: boat parade and fish market",
    "Day 3 – 4 August: children's regatta",
    "Day 4 – 5 August: closing fireworks at 22:00",
    "Day 5 – 6 August: clean-up with volunteers",
]
TEASERS = [
    "» New ferry timetable",
    "The ferry company has announced that the evening crossing will run every half hour from next month, "
    "after passenger numbers rose again.",
    "» Lifeboat crew honoured",
    "Four volunteers of the lifeboat station were given an award on Saturday for a night rescue in a storm "
    "off the northern cliffs in January.",
]


def test_stage_keeps_rows_under_the_article_header_over_a_teaser_sidebar() -> None:
    doc = _stage("\n".join(["Home", "News", "Events", *SCHEDULE, "Tags", *TEASERS, "Privacy Policy"]))
    kept = [line.text for line in doc.kept_lines()]
    assert kept[-5:] == SCHEDULE[-5:]
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert rules[TEASERS[0]] == rules[TEASERS[1]] == "boilerplate:teaser-card"


def test_stage_rows_without_an_article_header_get_no_bonus() -> None:
    """The same rows far from any headline and date line are not anchored: the prose article wins."""
    doc = _stage("\n".join([*SCHEDULE[3:], "Contact", "Jobs", "Help", *ARTICLE]))
    assert [line.text for line in doc.kept_lines()] == ARTICLE


def test_stage_arrow_led_subheadings_with_paragraphs_are_not_teaser_cards() -> None:
    """An article's arrow-led subheading is followed by several paragraphs, not one blurb and the next card."""
    text = "\n".join(["» Where the otters live", ARTICLE[0], ARTICLE[1], "» What comes next", ARTICLE[2], ARTICLE[0]])
    doc = _stage(text)
    assert not any(line.removal and line.removal.rule == "boilerplate:teaser-card" for line in doc.lines)


def test_stage_a_single_arrow_led_card_is_left_to_the_run_search() -> None:
    doc = _stage("\n".join([*ARTICLE, *TEASERS[:2]]))
    assert not any(line.removal and line.removal.rule == "boilerplate:teaser-card" for line in doc.lines)


@pytest.mark.parametrize("text", ["5 min read", "Reading time: 4 minutes", "Tempo de leitura: 1 minuto",
                                  "Lesezeit: 3 Min.", "3 minutos de lectura", "読了時間：3分"])
def test_reading_time_note_is_furniture(text: str) -> None:
    assert _rule(text, "ja" if "読" in text else "en") == "reading-time"


def test_a_sentence_about_reading_time_is_not_furniture() -> None:
    assert _rule("Reading time for the whole report is about 40 minutes, the authors say.") is None


@pytest.mark.parametrize("text", ["阅读(1286) 评论(4) 收藏(12) 转载(3)", "评论（12） 有用（156） 无用（3）",
                                  "Views (1,204) Likes (8)", "閲覧数(320) コメント(2)", "조회(52) 추천(3)"])
def test_a_row_of_counters_is_furniture(text: str) -> None:
    language = "ja" if "閲" in text else "ko" if "조" in text else "zh" if "评" in text or "阅" in text else "en"
    assert _rule(text, language) == "counters"


@pytest.mark.parametrize("text", ["Apples (3)", "Chapter 1 (2010) and Part (3)", "参赛队伍(12)来自全国各地(31个省份)。",
                                  "Revenue (2023) rose by 12% (see table)"])
def test_counts_in_brackets_within_text_are_no_counter_row(text: str) -> None:
    assert _rule(text, "zh" if "参" in text else "en") != "counters"


@pytest.mark.parametrize("text", ["本帖最后由 骑行老王 于 2021-5-9 20:30 编辑", "本帖最後由 小葉 於 2019-3-2 08:15 編輯",
                                  "发表于 2023-7-12 21:08:33 | 只看该作者 | 倒序浏览", "電梯直達"])
def test_forum_post_meta_is_furniture(text: str) -> None:
    assert _rule(text, "zh") == "forum-meta"


@pytest.mark.parametrize("text", ["本帖介绍了环湖骑行的路线和补给点，欢迎大家补充。", "这部电梯直到上周才修好。",
                                  "只看价格不看质量，是很多人买东西时的通病。"])
def test_a_sentence_about_posts_or_lifts_is_no_forum_meta(text: str) -> None:
    assert _rule(text, "zh") != "forum-meta"


@pytest.mark.parametrize("text", ["（图片来源：资料图）", "图片来源：视觉中国", "圖片提供：受訪者", "照片：本报记者 李明 摄"])
def test_a_cjk_photo_credit_is_furniture(text: str) -> None:
    assert _rule(text, "zh") == "image-credit"


@pytest.mark.parametrize("text", ["图片来源于网络的说法并不可靠，专家提醒读者注意甄别。", "图书馆今天起恢复开放",
                                  "照片里的老房子，如今已经拆除了。"])
def test_a_sentence_about_pictures_is_no_photo_credit(text: str) -> None:
    assert _rule(text, "zh") != "image-credit"


@pytest.mark.parametrize(("text", "language"), [
    ("この記事にはプロモーションが含まれています。", "ja"),
    ("※本ページはアフィリエイト広告を利用しています", "ja"),
    ("This post contains affiliate links. If you buy through them, we may earn a small commission.", "en"),
    ("Dieser Artikel enthält Affiliate-Links.", "de"),
    ("Cet article contient des liens affiliés.", "fr"),
    ("Bu içerikte satış ortaklığı bağlantıları bulunabilir.", "tr"),
    ("BU İÇERİKTE SATIŞ ORTAKLIĞI BAĞLANTILARI BULUNABİLİR.", "tr"),  # capitals: "I" folds to "ı" and back
    ("Artikel ini mengandung tautan afiliasi.", "id"),
    ("Questo articolo contiene link di affiliazione.", "it"),
    ("Wpis zawiera linki afiliacyjne.", "pl"),
    ("Este post contém links de afiliados.", "pt"),
])
def test_an_advertising_disclosure_is_furniture(text: str, language: str) -> None:
    assert _rule(text, language) == "ad-disclosure"


@pytest.mark.parametrize(("text", "language"), [
    ("アフィリエイト広告の市場は、この五年で二倍以上に拡大したと業界団体は発表した。", "ja"),
    ("Affiliate links have become the main source of income for many small review sites, the study found.", "en"),
    ("Die Kommission prüft, ob Werbung für Sportwetten im Fernsehen weiter erlaubt sein soll.", "de"),
    ("Satış ortaklığı bağlantıları, küçük inceleme sitelerinin başlıca gelir kaynağı haline geldi.", "tr"),
    ("Banyak blogger kini hidup dari tautan afiliasi, menurut survei asosiasi pemasaran digital.", "id"),
])
def test_a_sentence_about_advertising_is_no_disclosure(text: str, language: str) -> None:
    assert _rule(text, language) != "ad-disclosure"


@pytest.mark.parametrize(
    "text", ["About Jane Doe", "Sobre Carlos da Silva", "Über Max Muster", "Om Fjällvik Energi", "Over Jan de Vries"]
)
def test_author_box_heading_ends_the_article(text: str) -> None:
    assert _rule(text) == "article-end"


@pytest.mark.parametrize(
    "text", ["About the study", "About our Ads", "About Jane", "About Us", "Om oss", "Om vi vinner", "Over de brug"]
)
def test_about_lines_that_do_not_name_a_person_are_not_author_boxes(text: str) -> None:
    f = line_features(text, "en")
    f.cls = classify(f)
    found = furniture_rule(text, BODY, f)
    # (nor a company's box: "Over de brug" has an article before a word that names nothing)
    assert found is None or found[1] not in ("heading of an author box after the article", _COMPANY_BOX_RULE[1])


def test_short_exclamation_naming_a_social_network_is_a_promo() -> None:
    assert _rule("Vous avez aimé cette recette ? Épinglez-la sur Pinterest !", "fr") == "promo"
    assert _rule("¿Te gustó? ¡Compártelo en WhatsApp!", "es") == "promo"


def test_a_sentence_about_a_social_network_is_not_a_promo() -> None:
    assert _rule("The company said on Monday that it would sell its stake in the Pinterest rival.") is None


def test_quoted_reply_lines_are_not_teaser_cards() -> None:
    """A forum reply quotes with ">" and answers in a sentence: that is the content, not a teaser sidebar."""
    quotes = ["> Does the ferry run on Sundays?", "Yes, the first boat leaves at nine and the last one comes back at six "
              "in the evening, all year round.", "> And can I take a bike on board?",
              "Bikes are allowed on every crossing, but you should be there ten minutes early in the summer months."]
    doc = _stage("\n".join([*ARTICLE, *quotes]))
    assert not any(line.removal and line.removal.rule == "boilerplate:teaser-card" for line in doc.lines)


def test_stoplists_are_justexts_read_without_importing_it() -> None:
    """Every stoplist read from the package's file is the one justext.get_stoplist gives."""
    import justext

    from cleaners import boilerplate

    for name in sorted(set(boilerplate._STOPLIST_NAMES.values())):
        assert boilerplate._justext_stoplist(name) == justext.get_stoplist(name), name


def test_stopwords_are_the_lower_cased_justext_stoplists() -> None:
    """stopwords() hands out the stoplist as read (its words are lower-cased already): the plain definition."""
    import justext

    from cleaners import boilerplate

    for language, name in sorted(boilerplate._STOPLIST_NAMES.items()):
        assert boilerplate.stopwords(language) == frozenset(map(str.lower, justext.get_stoplist(name))), language
    assert boilerplate.stopwords("ja") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Critics said the views expressed by the minister were dangerous.", "en"),  # the phrase, no disclaimer
        ("The results do not reflect the full picture, the authors said.", "en"),
        ("Die Redaktion hat ihre Meinung geändert.", "de"),
        ("הסקר משקף את עמדת רוב התושבים בעיר.", "he"),  # "the survey reflects the position of most residents"
        ("他说这不代表他放弃了。", "zh"),  # "he said this does not mean he gave up"
        ("专家的观点并不代表全部事实。", "zh"),  # "the experts' view does not represent all the facts"
        # "does not necessarily reflect" without whose views: a sentence of the article (en, es, pt, it)
        ("Experts warn that a high price does not necessarily reflect better quality of construction.", "en"),
        ("Los expertos advierten que un precio alto no representa necesariamente una mejor calidad.", "es"),
        ("Um preço alto não representa necessariamente uma construção de melhor qualidade.", "pt"),
        ("Un prezzo alto non rappresenta necessariamente una qualità migliore della costruzione.", "it"),
        # (mends3) reported caveats: someone else's views, the government's position, named as the object
        ("The ministry said the study does not necessarily represent the position of the government.", "en"),
        ("Critics say the panel does not necessarily reflect the views of residents who never take part.", "en"),
        ("Los críticos dicen que la muestra no refleja necesariamente la opinión de los vecinos.", "es"),
        ("Il sondaggio non rispecchia necessariamente le opinioni dei residenti più anziani.", "it"),
        ("A pesquisa não reflete necessariamente a opinião dos moradores dos bairros.", "pt"),
        # a long article paragraph that merely holds the words
        ("The study does not necessarily reflect what happens in the wild, the authors warned, because the birds "
         "were kept in cages for most of the year and fed twice a day, while wild birds forage for hours, fly "
         "long distances between feeding grounds, and face predators and storms that no aviary can reproduce, "
         "so the team now plans to fit small trackers to wild birds in the spring.", "en"),
    ],
)
def test_not_an_opinion_disclaimer(text: str, language: str) -> None:
    assert _rule(text, language) != "disclaimer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die App laden viele Nutzer sofort herunter", "de"),  # a sentence about an app, no call to download it
        ("Installieren Sie das Paket mit pip", "de"),  # a step of a how-to: no app
        ("Daten laden", "de"),
        ("Knapp laden sich die Akkus in zwei Stunden", "de"),  # a word ending in "app" is no app
        ("Téléchargez le fichier de configuration", "fr"),
        ("Download de handleiding", "nl"),
        ("Descarga el archivo", "es"),
        # Steps of a how-to and statements about an app, more than 8 words (the review of the day's diff).
        ("Descarga la aplicación oficial desde la tienda de tu móvil.", "es"),
        ("Laden Sie die App herunter und melden Sie sich mit Ihrer Steuer-ID an.", "de"),
        ("App laden dauert bei vielen Nutzern seit dem Update deutlich länger.", "de"),
    ],
)
def test_not_an_app_promotion(text: str, language: str) -> None:
    assert _rule(text, language) != "app-promo"


@pytest.mark.parametrize(
    "text",
    ["photos.forEach(function(photo) {", "Photographs of the old harbour were found in the attic.",
     "Credit unions lent more this year than ever before, the regulator said."],
)
def test_photo_words_in_code_and_sentences_are_no_credit(text: str) -> None:
    assert _rule(text, "en") != "furniture"
