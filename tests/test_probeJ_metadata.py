"""probeJ: a docs page's one-word heading right over its first paragraph, named again by the sidebar's item for
the page, is its title (en, zh); a one-word line that is only a menu item, or that the lead does not name, is not."""

from __future__ import annotations

from cleaners import clean_text

_SIDEBAR = ["Introduction", "Installation", "Queries", "Indexes", "Replication", "Migrations", "Deployment"]
_LEAD = (
    "Replication copies every write from the primary server to one or more replicas, so that a replica can take"
    " over when the primary fails and can serve reads in the meantime."
)
_BODY = [
    "Turning it on",
    "Set the replicas option to a list of addresses in the server's configuration file and restart the primary.",
    "Each replica connects to the primary on start and asks for the writes it has not seen yet.",
    "Lag",
    "A replica may lag a few milliseconds behind the primary under a heavy write load, more on a slow network.",
    "Edit this page",
    "Previous",
    "Indexes",
    "Next",
    "Migrations",
]


def _title(lines: list[str]) -> str | None:
    return clean_text("\n".join(lines).encode())["title"]


def test_docs_heading_named_by_the_sidebar_is_the_title() -> None:
    assert _title(["Docs", "Search docs", *_SIDEBAR, "On this page", "Turning it on", "Lag", "Replication", _LEAD,
                   *_BODY]) == "Replication"


def test_cjk_docs_heading_named_by_the_sidebar_is_the_title() -> None:
    sidebar = ["快速开始", "安装", "数据源", "坐标轴", "图例", "主题"]
    lead = "每个图表最多可以有两条横轴和两条纵轴。坐标轴决定了数据如何映射到画布上的位置，也决定了刻度的样式。"
    body = [
        "数值坐标轴",
        "数值坐标轴是默认类型。它会根据数据自动计算最小值和最大值，并选取合适的刻度间隔，适合大多数图表。",
        "时间坐标轴",
        "当数据的横坐标是日期时，请使用时间坐标轴。刻度会按天、周或月自动对齐，不需要另外设置格式。",
        "上一页",
        "数据源",
        "下一页",
        "图例",
    ]
    assert _title(["文档", "搜索文档", *sidebar, "本页目录", "坐标轴", lead, *body]) == "坐标轴"


def test_heading_the_lead_does_not_name_is_no_title() -> None:
    lead = "Every write goes to the primary server first, and the others copy it in the order it was made there."
    assert _title(["Docs", "Search docs", *_SIDEBAR, "On this page", "Replication", lead, *_BODY]) != "Replication"


def test_heading_named_by_no_line_above_is_no_title_by_this_rule() -> None:
    sidebar = [s for s in _SIDEBAR if s != "Replication"]
    assert _title(["Docs", "Search docs", *sidebar, "On this page", "Replication", _LEAD, *_BODY]) != "Replication"


def test_cjk_heading_opening_a_cleaned_record_stays_its_title() -> None:
    """A second pass over the record: the heading is its first line, over the lead, with no sidebar left."""
    lead = "每个图表最多可以有两条横轴和两条纵轴。坐标轴决定了数据如何映射到画布上的位置，也决定了刻度的样式。"
    body = "数值坐标轴是默认类型。它会根据数据自动计算最小值和最大值，并选取合适的刻度间隔，适合大多数图表。"
    assert _title(["坐标轴", lead, "数值坐标轴", body]) == "坐标轴"
