"""A box of furniture set down inside a story of short paragraphs (a share bar, a player, a consent placeholder,
a short list of other stories) does not cut the story in two, and the box's plain furniture lines go; a box at the
story's real end (comments, an author box, teaser cards) still ends it (boilerplate.inner_boxes_transparent,
boilerplate.mark_player_boxes, patterns.MEDIA_PLACEHOLDER_RE). The stories are written for these tests."""

from __future__ import annotations

import pytest

from cleaners import clean_text

# A local story of one-sentence paragraphs: each scores little, so a box between two of them used to outweigh the
# side it cut off.
EN_STORY = [
    "Residents have been told a new bus route will start serving the estate from next month.",
    "The route will link the estate with the hospital and the railway station every twenty minutes.",
    "Bus company managers said the estate had waited years for a direct service.",
    "A residents' group said older people would no longer need two buses to reach the hospital.",
    "\"It used to take my mother an hour each way,\" one resident said.",
    "The new buses will run from six in the morning until midnight on weekdays.",
    "Managers said the timetable for the route would be reviewed after six months.",
    "Fares on the route will match those on the rest of the network.",
]
EN_HEAD = ["Home | News | Transport", "New bus route to link estate with hospital", "By Ann Porter", "4 March 2025"]
EN_TAIL = ["Most Read", "Council tax rise confirmed for April", "Road closures planned for the marathon", "Privacy notice"]


def _kept(lines: list[str]) -> str:
    return clean_text("\n".join(lines), source="box.txt").to_dict()["text"]


def _removed(lines: list[str]) -> dict[str, str]:
    return {r["text"]: r["rule"] for r in clean_text("\n".join(lines), source="box.txt").to_dict()["removed"]}


@pytest.mark.parametrize(
    "box",
    [
        ["Share this article", "Facebook", "Twitter", "Email"],
        ["Listen to this article", "2 min"],
        ["Play Video", "Passengers wait for the first bus of the day", "01:32"],
        ["Related Articles", "Council tax rise confirmed for April", "Road closures planned for the marathon"],
        ["This content is not available due to your privacy preferences.", "Update your settings here to see it."],
    ],
    ids=["share", "listen", "video", "related", "consent"],
)
@pytest.mark.parametrize("at", [2, 4])
def test_box_inside_short_story_keeps_both_sides(box: list[str], at: int) -> None:
    lines = EN_HEAD + EN_STORY[:at] + box + EN_STORY[at:] + EN_TAIL
    kept = _kept(lines)
    for paragraph in EN_STORY:
        assert paragraph in kept
    for line in box:
        assert line not in kept


def test_placeholder_rules_en() -> None:
    box = ["Play Video", "Passengers wait for the first bus of the day", "01:32", "Embed from Getty Images"]
    removed = _removed(EN_HEAD + EN_STORY[:3] + box + EN_STORY[3:] + EN_TAIL)
    assert removed["Play Video"] == "boilerplate:media-placeholder"
    assert removed["Passengers wait for the first bus of the day"] == "boilerplate:media-placeholder"
    assert removed["Embed from Getty Images"] == "boilerplate:media-placeholder"
    consent = ["This content is not available due to your privacy preferences.", "Update your settings here to see it."]
    removed = _removed(EN_HEAD + EN_STORY[:3] + consent + EN_STORY[3:] + EN_TAIL)
    assert all(removed[line] == "boilerplate:media-placeholder" for line in consent)
    removed = _removed(EN_HEAD + EN_STORY[:3] + ["Listen to this article", "2 min"] + EN_STORY[3:] + EN_TAIL)
    assert removed["2 min"] == "boilerplate:media-placeholder"


ZH_STORY = [
    "入秋以后，北方多个城市的供暖准备工作陆续展开，今年管网检修比往年提前了半个月。",
    "在一个老旧小区，物业负责人告诉记者，今年夏天已经更换了三百多米的供热管道。",
    "当地供热公司的工作人员介绍，今年共检修供热管网一千二百多公里，更换老旧阀门两千多个。",
    "不过，也有居民反映，部分老旧小区的楼内管道仍然存在跑冒滴漏的问题，希望尽快检修。",
    "供热公司表示，今年将对老旧小区的楼内管道开展一次全面排查，发现问题及时维修。",
    "业内人士提醒，居民在试水期间应留意家中暖气片和阀门，发现漏水及时联系供热公司。",
    "当地住建部门表示，下一步将继续督促各供热企业做好检修工作，确保按时供暖。",
]
ZH_HEAD = ["首页 - 新闻 - 民生", "北方城市供暖准备工作提前展开", "2025-09-20 08:45:12 来源: 示例晚报"]
ZH_TAIL = ["（责任编辑：张华）", "相关新闻", "全国秋粮收购陆续展开", "新能源汽车下乡活动启动", "关于我们 | 广告服务 | 联系方式"]


@pytest.mark.parametrize("box", [["分享到：", "微信", "微博", "QQ空间"], ["点击播放视频"]], ids=["share", "video"])
@pytest.mark.parametrize("at", [2, 4])
def test_box_inside_story_zh(box: list[str], at: int) -> None:
    kept = _kept(ZH_HEAD + ZH_STORY[:at] + box + ZH_STORY[at:] + ZH_TAIL)
    for paragraph in ZH_STORY:
        assert paragraph in kept
    for line in box:
        assert line not in kept


DE_STORY = [
    "Die Stadt will im kommenden Frühjahr einen neuen Radweg entlang des Flusses bauen.",
    "Der Radweg soll die Altstadt mit dem Bahnhof und dem neuen Wohngebiet verbinden.",
    "Nach Angaben der Stadt kostet der Radweg rund zwei Millionen Euro.",
    "Anwohner hatten den Radweg entlang des Flusses seit Jahren gefordert.",
    "Die Bauarbeiten am Radweg sollen im Herbst abgeschlossen sein.",
    "Während der Arbeiten bleibt der Weg am Fluss für Fußgänger geöffnet.",
]
DE_HEAD = ["Startseite | Lokales | Verkehr", "Neuer Radweg am Fluss geplant", "Von Jana Becker", "4. März 2025"]
DE_TAIL = ["Meistgelesen", "Wochenmarkt zieht auf den Rathausplatz", "Neue Buslinie ab Montag", "Impressum"]


@pytest.mark.parametrize(
    "box",
    [["Teilen", "Facebook", "Twitter", "E-Mail"], ["Artikel teilen", "Facebook", "WhatsApp"], ["Video abspielen"]],
    ids=["share", "share-label", "video"],
)
@pytest.mark.parametrize("at", [2, 3])
def test_box_inside_story_de(box: list[str], at: int) -> None:
    kept = _kept(DE_HEAD + DE_STORY[:at] + box + DE_STORY[at:] + DE_TAIL)
    for paragraph in DE_STORY:
        assert paragraph in kept
    for line in box:
        assert line not in kept


# --- the real end of the story still ends it ---------------------------------------------------------------------


def test_comments_after_share_bar_still_end_story() -> None:
    comments = [
        "Share this article", "Facebook", "Twitter", "Comments",
        "The bus route is great news for the estate and for the hospital staff who live there.",
        "About time too, the estate has waited far too long for a direct bus route.",
        "I hope the buses on the new route will actually run on time this time.",
    ]
    kept = _kept(EN_HEAD + EN_STORY + comments)
    assert EN_STORY[-1] in kept
    assert comments[4] not in kept and comments[5] not in kept


def test_teaser_prose_after_share_bar_still_ends_story() -> None:
    teasers = [
        "Share this article", "Facebook", "Twitter", "Email",
        "Council tax rise confirmed for April",
        "Households will pay more from April after councillors approved the budget.",
        "Road closures planned for the marathon",
        "Several streets in the city centre will be shut on Sunday morning for the race.",
    ]
    kept = _kept(EN_HEAD + EN_STORY[:2] + teasers)
    assert EN_STORY[1] in kept
    assert teasers[5] not in kept and teasers[7] not in kept


def test_other_story_prose_after_box_is_not_joined() -> None:
    """Prose under the box that keeps to none of the story's words (another story run on) is not joined to it."""
    other = [
        "Share this article", "Facebook", "Twitter", "Email",
        "A bakery in the old town has won a national award for its sourdough loaves.",
        "The owners said they would celebrate by giving away free pastries on Saturday.",
        "Judges praised the crust and the flavour of the winning loaf.",
    ]
    kept = _kept(EN_HEAD + EN_STORY[:2] + other)
    assert EN_STORY[0] in kept and EN_STORY[1] in kept
    assert other[4] not in kept


@pytest.mark.parametrize(
    "sentence",
    [
        "The play video game was the talk of the conference this year.",
        "Embed from the start: the council wants the route in every plan.",
        "Listen to this article's critics and you would think the route was a failure.",
    ],
)
def test_article_sentences_like_placeholders_stay(sentence: str) -> None:
    kept = _kept(EN_HEAD + EN_STORY[:3] + [sentence] + EN_STORY[3:] + EN_TAIL)
    assert sentence in kept
