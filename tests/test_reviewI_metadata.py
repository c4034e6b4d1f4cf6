"""Review of probeC's Chinese title rules (reviewI): a headline that opens with a few section names ("首页新闻体育教育三大
频道改版") keeps them; a menu of four names or more glued before a headline is still trimmed."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _title_head_trimmed


@pytest.mark.parametrize(("title", "trimmed"), [
    ("首页新闻体育教育三大频道今日起全新改版上线", "首页新闻体育教育三大频道今日起全新改版上线"),
    ("首页时政社会经济文化老城夜市重新开张 摊主们回来了", "老城夜市重新开张 摊主们回来了"),
    ("首頁新聞國際財經體育舊街市重新開張 攤主們回來了", "舊街市重新開張 攤主們回來了"),
])
def test_glued_menu_needs_four_section_names(title: str, trimmed: str) -> None:
    assert _title_head_trimmed(title) == trimmed


_ANSWER = """某某问答
首页
问答
专栏
为什么南方的冬天比北方更难熬？
北方有暖气，室内二十度，穿件毛衣就够了。南方没有集中供暖，室内和室外差不多冷，而且湿度大，冷是往骨头里钻的。
我去年冬天在杭州待了一个月，晚上睡觉要开电热毯，白天在屋里也得穿羽绒服。
说到底，南方的冷是湿冷，北方的冷是干冷，体感完全不同。
{own}328 条评论
李四
2025-01-15 08:12・IP 属地江苏
说得太对了，我在南京也是这样。
"""


def test_comment_rows_date_with_ip_region_is_not_the_posts() -> None:
    record = clean_text(_ANSWER.format(own="").encode("utf-8"), source="t.txt")
    assert record.data["published"] is None


def test_posts_own_date_with_ip_region_under_it_still_counts() -> None:
    record = clean_text(_ANSWER.format(own="编辑于 2025-01-12 21:03・IP 属地广东\n").encode("utf-8"), source="t.txt")
    assert record.data["published"] == "2025-01-12"
