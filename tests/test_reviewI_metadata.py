"""Review of probeC's Chinese title rules (reviewI): a headline that opens with a few section names ("首页新闻体育教育三大
频道改版") keeps them; a menu of four names or more glued before a headline is still trimmed."""

from __future__ import annotations

import pytest

from cleaners.metadata import _title_head_trimmed


@pytest.mark.parametrize(("title", "trimmed"), [
    ("首页新闻体育教育三大频道今日起全新改版上线", "首页新闻体育教育三大频道今日起全新改版上线"),
    ("首页时政社会经济文化老城夜市重新开张 摊主们回来了", "老城夜市重新开张 摊主们回来了"),
    ("首頁新聞國際財經體育舊街市重新開張 攤主們回來了", "舊街市重新開張 攤主們回來了"),
])
def test_glued_menu_needs_four_section_names(title: str, trimmed: str) -> None:
    assert _title_head_trimmed(title) == trimmed
