"""Three kinds of closing furniture the patterns did not know.

- "<similar / other / more word> <one noun>" over a list of other pages after the article's last paragraph
  ("Похожие решения", "Altri avvisi", "Weitere Beschlüsse", "其他公告"), whatever the noun
  (boilerplate.other_pages_headings; tests/pages/ru_sud_reshenie_tekst_akta, it_parrocchia_avvisi_settimanali).
  The same words over the article's own paragraphs ("Other factors", "Weitere Gründe", "Otros síntomas",
  "Похожие симптомы") head its section and stay.
- Comment headings in vi ("Bình luận (2)") and the it invitation "Dite la vostra" (patterns.ARTICLE_END).
- The share plea in mr / hi / bn ("ही पोस्ट तुम्हाला आवडली तर नक्की शेअर करा", patterns.SHARE_PLEA_INDIC_RE;
  tests/pages/mr_pakkruti_blog_aathvani_sahitya_kruti).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleaners import clean_text, patterns
from cleaners.boilerplate import _other_pages_heading

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_boilerplate_forum_cards import IT_NEWS_WITH_COMMENTS  # noqa: E402
from test_boilerplate_qa_cards_vi import VI_NEWS_WITH_COMMENTS  # noqa: E402


def _body(page: str) -> str:
    record = clean_text(page.encode(), source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs)


@pytest.mark.parametrize("text", [
    "Похожие решения", "Altri avvisi", "Other decisions", "Weitere Beschlüsse", "Autres annonces", "Otros avisos",
    "Inne ogłoszenia", "Другие объявления", "其他公告", "他のお知らせ", "その他のお知らせ", "Avvisi simili",
    "Annonces similaires", "Decisões semelhantes", "Andere mededelingen", "Další rozhodnutí", "Diğer duyurular",
    "Інші оголошення", "다른 공지", "相关判决", "Previous issues:",
])
def test_other_pages_heading_shapes(text: str) -> None:
    assert _other_pages_heading(text)


@pytest.mark.parametrize("text", [
    "Other", "Other decisions of the court", "Weitere 12 Beschlüsse", "Altri avvisi.", "The other decisions",
    "Decisions", "Похожие", "其他公告和新闻通知汇总列表", "Unsere Beschlüsse",
])
def test_other_pages_heading_rejects(text: str) -> None:
    assert not _other_pages_heading(text)


_HEAD = """Rivista della salute
Home
Salute
Alimentazione
Contatti
{title}
12 marzo 2026
Condividi
"""
_FOOT = """Privacy
Cookie policy
© 2026 Rivista della salute
"""

# The article's own sections under the same words: paragraphs under the heading.
_PROSE_SECTION = _HEAD.format(title="Why some people sleep badly in spring") + """\
Many people sleep worse in the first weeks of spring, when the mornings get lighter and the evenings warmer, and the body clock needs a few days to catch up.
The change to summer time makes it worse: for a week or so the body is still on the old hours and wakes up at night.
{heading}
Pollen keeps many people awake in April and May, since a blocked nose makes breathing through the night harder and the sleep lighter.
A warm bedroom is the other common cause, and a window left open a little at night helps more than most people think.
""" + _FOOT


@pytest.mark.parametrize("heading", ["Other factors", "Weitere Gründe", "Otros síntomas", "Похожие симптомы", "Altri motivi"])
def test_a_section_heading_over_prose_stays(heading: str) -> None:
    assert f"\n{heading}\n" in f"\n{_body(_PROSE_SECTION.format(heading=heading))}\n"


# A list of the article's own short terms (one or two words) at its end: no other pages' names.
_TERMS = _HEAD.format(title="What to bring to a first aid course") + """\
A first aid course takes a full day, and the trainers ask every participant to bring a few things of their own so the practice can start right away.
Most of the material is handed out on the day, and the certificate is sent by post within two weeks of the course.
Other items
Notebook
Water bottle
Comfortable shoes
""" + _FOOT


def test_a_list_of_short_terms_under_the_words_is_no_list_of_other_pages() -> None:
    # (Short lines after the last paragraph may leave with the footer; not by the list-heading rule.)
    record = clean_text(_TERMS.encode(), source="page.txt")
    rules = {r["text"]: r["rule"] for r in record["removed"]}
    assert rules.get("Other items") != "boilerplate:list-heading"
    assert rules.get("Water bottle") != "boilerplate:list"


# A list of headlines under the heading, but the article's prose goes on under it: an inline box, no closing list.
_INLINE = _HEAD.format(title="The town's new cycle lanes open this week") + """\
The first of the town's new cycle lanes opens on Monday along the river, after eight months of works and two years of planning by the council.
Other projects
A new bridge for cyclists and walkers near the station
A bicycle park with two hundred places in the market square
The council says the lanes will be extended to the hospital next year, once the works on the ring road are finished in the autumn.
""" + _FOOT


def test_a_list_the_article_goes_on_under_stays() -> None:
    body = _body(_INLINE)
    assert "The council says the lanes will be extended" in body
    assert "A new bridge for cyclists and walkers near the station" in body


# The closing list under the heading goes, the article's paragraphs stay.
_CLOSING = _HEAD.format(title="Notices of the week") + """\
On Sunday the masses follow the usual hours, and the choir sings at the late morning mass for the feast of the parish.
The food collection for families in need goes on until the end of the month, and the gifts can be left at the back of the church.
Other notices
Notices of the week: the first Sunday of Lent
Calendar of the blessing of the families
""" + _FOOT


def test_a_closing_list_under_other_notices_goes() -> None:
    body = _body(_CLOSING)
    assert "The food collection for families in need" in body
    assert "Other notices" not in body and "Calendar of the blessing" not in body


# --- comment headings ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Bình luận (2)", "12 bình luận", "Bình luận", "Dite la vostra", "Have your say"])
def test_comment_headings_end_the_article(text: str) -> None:
    assert patterns.ARTICLE_END_RE.regex.search(text)


def test_the_first_comment_under_binh_luan_goes() -> None:
    body = _body(VI_NEWS_WITH_COMMENTS)
    assert "Người dân hai bên bờ" in body
    assert "Mong là làm đúng tiến độ" not in body and "Bình luận (2)" not in body


def test_the_first_comment_under_dite_la_vostra_goes() -> None:
    body = _body(IT_NEWS_WITH_COMMENTS)
    assert "Gli oppositori sostengono" in body
    assert "Finalmente! Percorro quella strada" not in body and "Dite la vostra" not in body


_VI_PROSE = """Báo Ví Dụ
Thời sự
Kinh tế
Nhà máy nước mới đi vào hoạt động
Thứ Hai, 9/3/2026
Nhà máy nước mới ở phía tây thành phố bắt đầu cấp nước cho hơn hai trăm nghìn hộ dân từ sáng nay, sau ba năm xây dựng.
Khi được hỏi về giá nước, đại diện công ty từ chối bình luận.
Công ty cho biết giá nước sẽ được thông báo vào tháng sau, sau khi sở tài chính thẩm định phương án do công ty đề xuất.
Người dân ở các quận phía tây cho biết nước máy đã trong hơn và áp lực nước mạnh hơn hẳn so với tuần trước.
Về chúng tôi
"""


def test_a_sentence_that_says_binh_luan_stays() -> None:
    assert "đại diện công ty từ chối bình luận" in _body(_VI_PROSE)
    assert "Người dân ở các quận phía tây" in _body(_VI_PROSE)


# --- the share plea in mr / hi / bn ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ही पोस्ट तुम्हाला आवडली तर नक्की शेअर करा आणि आमच्या यूट्यूब चॅनेलला सबस्क्राइब करा!",
    "हा लेख उपयुक्त वाटला तर मित्रांसोबत शेअर करा.",
    "अगर आपको यह लेख पसंद आया हो तो इसे अपने दोस्तों के साथ शेयर करें।",
    "यह पोस्ट अच्छी लगी तो शेयर जरूर करें",
    "পোস্টটি ভালো লাগলে বন্ধুদের সাথে শেয়ার করুন!",
])
def test_indic_share_pleas(text: str) -> None:
    assert patterns.SHARE_PLEA_INDIC_RE.match(text)


@pytest.mark.parametrize("text", [
    "सरकारने नागरिकांना ही माहिती शेअर करा असे आवाहन केले.",  # a reported appeal, no liking of the page
    "कंपनीचे शेअर आवडले तरी गुंतवणूकदारांनी सावध राहावे असे तज्ज्ञ म्हणाले.",  # shares of a company
    "लोगों को यह गाना पसंद आया और उन्होंने इसे सोशल मीडिया पर शेयर करना शुरू किया, जिससे वह वायरल हो गया।",
])
def test_indic_share_plea_rejects_sentences(text: str) -> None:
    assert not patterns.SHARE_PLEA_INDIC_RE.match(text)
