"""A date line under a headline whose numeric date reads either way ("Thứ sáu, 5/12/2025, 08:15 (GMT+7)":
5 December or 12 May) is a date line for the title scoring (cleaners.metadata._is_meta_line), whichever way
the page writes dates: the headline above it gets the date-row bonus. Negatives: a sentence holding such a
date, a line that also names an author or source, and a score or fraction are no date rows."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.metadata import _ROW_META, _anchor, _is_meta_line, _row_below_title, _title_scores


@pytest.mark.parametrize("line", [
    "Thứ sáu, 5/12/2025, 08:15 (GMT+7)",
    "Chủ nhật, 7/12/2025, 20:40 (GMT+7)",
    "Viernes, 5/12/2025, 08:15",
    "Publicado em 05/02/2025 às 17h20",
    "5/12/2025, 08:15 (GMT+7)",
])
def test_a_date_line_that_reads_either_way_is_a_date_row(line: str) -> None:
    assert _is_meta_line(line)
    assert _row_below_title(line) == _ROW_META


@pytest.mark.parametrize("line", [
    "The hearing set for 5/12/2025 was moved to the spring after the judge fell ill.",
    "La reunión del 5/12/2025 se aplazó hasta la primavera por la lluvia.",
    "Ganaron 5/12 partidos",
    "作者： size=\"20\" 来源： size=\"20\" 发布日期： 7/5/2005 9:23:57 PM",
])
def test_lines_with_such_a_date_that_are_no_date_row(line: str) -> None:
    assert not _is_meta_line(line)


VI = [
    "Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao",
    "Hà Nội mở thêm ba tuyến xe buýt điện nối sân bay",
    "Thứ sáu, 5/12/2025, 08:15 (GMT+7)",
    "Sở Xây dựng Hà Nội cho biết từ đầu tháng tới, ba tuyến xe buýt điện mới sẽ nối sân bay Nội Bài với trung tâm"
    " thành phố, thay thế một phần các tuyến xe buýt chạy dầu hiện nay.",
    "Theo kế hoạch, mỗi tuyến có khoảng hai mươi xe, tần suất mười lăm phút một chuyến vào giờ cao điểm.",
    "Giá vé lượt từ 9.000 đến 45.000 đồng tùy quãng đường, hành khách có thể thanh toán bằng thẻ ngân hàng.",
]


def test_the_headline_over_such_a_date_line_scores_as_over_a_plain_one() -> None:
    either_way = boilerplate_doc(VI, "vi")
    plain = boilerplate_doc([*VI[:7], "Thứ sáu, 28/11/2025, 08:15 (GMT+7)", *VI[8:]], "vi")
    scores = [
        next(s for s, line in _title_scores(doc, _anchor(doc)[0]) if line.text == VI[6]) for doc in (either_way, plain)
    ]
    assert scores[0] == pytest.approx(scores[1])
