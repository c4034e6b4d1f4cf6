"""Line rules and run rules found by the probe13 pages (tests/pages: scripts beyond Latin-script Europe).

- Georgian letters are lower case to Unicode (it added capitals that running text never uses): every Georgian line
  read as a continuation, so a headline was glued to the date under it and every menu item looked like a clause.
- A share button alone on its line in more languages ("مشاركة", "გაზიარება", "Kongsi"), and under a live blog's
  entry: the button between an entry and the next clock stamp cut the live blog into single entries.
- Recipe card labels in Telugu, Tamil, Marathi, Urdu, Hebrew, Georgian, Armenian, Swahili: the ingredient rows under
  "కావలసిన పదార్థాలు" cut the recipe's lead off.
- A text board's post headers ("1 ：名無しさん：2025/04/06(日) 09:12:44.21 ID:kT3mQp0a"): removed, and transparent
  between the posts of a thread.
- Author-box headings in more scripts, an Urdu opinion disclaimer, reading-time rows in Persian, Arabic, Urdu,
  Hindi, Turkish and Greek, a Japanese blog's plea for a click on its ranking banner, category rows in more scripts.
- CJK lyrics (half-lines parted by a space) on a page with no prose: the page's text, not a list under the menu.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from stages import kept_line_texts as _kept

from cleaners import patterns
from cleaners.config import Config
from cleaners.document import Document
from cleaners.segment import opens_lower_case, segment_stage

# --- Georgian: one case -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["სიახლეები", "გამოქვეყნდა: 03.02.2025", "ტელეფონი: +995 32 2 00 00 00"])
def test_georgian_lines_do_not_open_in_lower_case(text: str) -> None:
    assert not opens_lower_case(text)


@pytest.mark.parametrize("text", ["and the council agreed", "и совет согласился", "և խորհուրդը", "και το συμβούλιο"])
def test_lower_case_in_cased_scripts_still_counts(text: str) -> None:
    assert opens_lower_case(text)


def test_georgian_headline_is_not_glued_to_the_date_under_it() -> None:
    doc = Document(source="t", text="სტუდენტური გაცვლითი პროგრამის საგაზაფხულო კონკურსი\nგამოქვეყნდა: 03.02.2025")
    segment_stage(doc, Config())
    assert len(doc.lines) == 2


def test_a_hard_wrapped_latin_paragraph_is_still_joined() -> None:
    """Adversarial: a lower-case continuation of a wrapped line still joins it (the rule is Georgian only)."""
    text = (
        "The council met on Tuesday evening to discuss the future of the old ferry\n"
        "landing, which has been closed since the storm damaged its timber piles."
    )
    doc = Document(source="t", text=text)
    segment_stage(doc, Config())
    assert len(doc.lines) == 1


def test_georgian_menu_after_the_notice_is_not_kept() -> None:
    page = [
        "მთავარი", "სიახლეები", "განცხადებები",
        "უნივერსიტეტი აცხადებს კონკურსს საგაზაფხულო სემესტრის სტუდენტური გაცვლითი პროგრამისთვის. შერჩეული "
        "სტუდენტები ერთ სემესტრს გაატარებენ პარტნიორ უნივერსიტეტებში.",
        "განაცხადების მიღების ბოლო ვადაა 2025 წლის 28 თებერვალი, 18:00 საათი. გასაუბრება ჩატარდება მარტის "
        "პირველ კვირას, შედეგები კი გამოქვეყნდება უნივერსიტეტის ვებგვერდზე.",
        "სხვა განცხადებები", "ბიბლიოთეკის სამუშაო საათების ცვლილება", "სადოქტორო პროგრამაზე მიღება 2025",
        "ყველა განცხადება",
    ]
    kept = _kept(boilerplate_doc(page, "ka"))
    assert page[3] in kept and page[4] in kept
    assert "სხვა განცხადებები" not in kept and "ყველა განცხადება" not in kept


# --- share buttons ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["مشاركة", "شارك", "اشتراک‌گذاری", "শেয়ার করুন", "გაზიარება", "Կիսվել", "Μοιραστείτε",
                                  "Kongsi", "Share full article", "Share article"])
def test_share_buttons_alone_on_their_line(text: str) -> None:
    assert line_rule(text) == "furniture"


@pytest.mark.parametrize("text", [
    "مشاركة واسعة في الانتخابات البلدية",  # "broad participation in the municipal elections": a headline
    "شارك الوزير في افتتاح المعرض",  # "the minister took part in opening the fair"
    "Kongsi pengalaman anda dengan pembaca lain",
    "Share full article access with your family",
])
def test_a_line_opening_with_a_share_word_is_no_button(text: str) -> None:
    assert line_rule(text) != "furniture"


ENTRIES = [
    ("16:45", "The weather service said the wind had begun to drop and that visibility on the coast road should "
              "improve during the evening, with the warning left in force until midnight."),
    ("15:20", "The airport said flights would resume in stages from eight in the evening and asked passengers "
              "to check with their airline before setting off for the terminal."),
    ("14:05", "Hospitals have treated more than a hundred people for breathing problems since the morning, most "
              "of them elderly, and the health ministry advised residents to keep their windows shut."),
    ("12:30", "Schools in the coastal towns will stay closed tomorrow, and the authorities will decide in the "
              "evening when classes can start again after the storm."),
]
LIVE_NAV = ["Harbour Daily", "News", "Business", "Sport", "Live"]
LIVE_LEAD = ("A sandstorm has hit the coastal towns since the early morning, closing roads and grounding flights; "
             "we follow the latest developments here as they happen.")
LIVE_FOOTER = ["Load more updates", "Read also", "How to protect your lungs in a sandstorm", "© Harbour Daily 2025"]


def test_share_buttons_under_live_entries_do_not_cut_the_live_blog() -> None:
    page = [*LIVE_NAV, LIVE_LEAD, *(line for stamp, prose in ENTRIES for line in (stamp, prose, "Share")),
            *LIVE_FOOTER]
    kept = _kept(boilerplate_doc(page))
    assert all(prose in kept for _, prose in ENTRIES)
    assert "Share" not in kept and "How to protect your lungs in a sandstorm" not in kept


def test_comment_times_under_names_with_a_reply_button_stay_apart() -> None:
    """Adversarial: a comment thread's times sit under names, not prose: the comments do not join the article."""
    comments = []
    for name, (stamp, prose) in zip(["Mark Hill", "Lucy Dunn", "Sam Roe"], ENTRIES[1:], strict=True):
        comments += [name, stamp, "I think " + prose, "Share"]
    page = [*LIVE_NAV, ENTRIES[0][1], LIVE_LEAD, "Comments", *comments, *LIVE_FOOTER]
    kept = _kept(boilerplate_doc(page))
    assert not any(text.startswith("I think") for text in kept)


# --- recipe labels ------------------------------------------------------------------------------------------------


def test_telugu_recipe_lead_stays_over_its_ingredient_rows() -> None:
    page = [
        "హోమ్", "వంటకాలు", "అల్పాహారం",
        "ఆంధ్ర ప్రాంతంలో ఉదయం అల్పాహారంగా పెసరట్టు ఉప్మా ఎంతో ప్రసిద్ధి. పచ్చి పెసలతో చేసిన అట్టు మధ్యలో వేడి వేడి ఉప్మా "
        "పెట్టి అల్లం చట్నీతో వడ్డిస్తే ఆ రుచే వేరు.",
        "ఈ వంటకానికి పెసలను ముందు రోజు రాత్రే నానబెట్టుకోవాలి. అప్పుడే పిండి మెత్తగా రుబ్బుకోవడానికి వీలవుతుంది.",
        "కావలసిన పదార్థాలు",
        "పచ్చి పెసలు – 1 కప్పు", "బియ్యం – 2 టేబుల్ స్పూన్లు", "పచ్చిమిర్చి – 3", "అల్లం – చిన్న ముక్క",
        "ఉల్లిపాయ – 1 (సన్నగా తరిగినది)", "బొంబాయి రవ్వ – 1 కప్పు", "ఉప్పు – తగినంత", "నూనె లేదా నెయ్యి – అవసరమైనంత",
        "తయారీ విధానం",
        "1. పెసలు, బియ్యం కలిపి శుభ్రంగా కడిగి ఎనిమిది గంటలు నానబెట్టాలి. తర్వాత నీళ్ళు వంపేసి పక్కన పెట్టుకోవాలి.",
        "2. నానిన పెసలను పచ్చిమిర్చి, అల్లం, ఉప్పుతో కలిపి కొద్దిగా నీళ్ళు పోసి మెత్తని పిండిగా రుబ్బుకోవాలి.",
        "3. పెనం వేడి చేసి ఒక గరిటె పిండి వేసి పలుచగా పరచాలి. పైన తరిగిన ఉల్లిపాయ ముక్కలు చల్లి అంచుల చుట్టూ నెయ్యి వేయాలి.",
        "ఇవి కూడా చూడండి", "మినప దోశ తయారీ", "రవ్వ ఇడ్లీ సులభంగా", "© 2025 రుచుల వంటిల్లు",
    ]
    kept = _kept(boilerplate_doc(page, "te"))
    assert page[3] in kept and page[4] in kept and "పచ్చి పెసలు – 1 కప్పు" in kept
    assert "మినప దోశ తయారీ" not in kept


def test_a_recipe_label_word_in_the_menu_keeps_no_menu() -> None:
    """Adversarial: "साहित्य" (Marathi ingredients, Hindi literature) as a menu item over an article is no card."""
    page = [
        "मुख्यपृष्ठ", "बातम्या", "साहित्य", "क्रीडा", "संपर्क",
        "शहरातील तीन ग्रंथालये पुढील वर्षी नव्याने सुरू होणार असल्याची घोषणा महापालिकेने आज केली. प्रत्येक ग्रंथालयात "
        "मुलांसाठी स्वतंत्र वाचन कक्ष असेल.",
        "ग्रंथालये सकाळी आठ ते रात्री दहा या वेळेत खुली राहतील, असे सांस्कृतिक विभागाच्या प्रमुखांनी सांगितले. विद्यार्थ्यांसाठी "
        "अभ्यासिकाही उपलब्ध असेल.",
        "© 2025 नगर वार्ता",
    ]
    kept = _kept(boilerplate_doc(page, "mr"))
    assert "साहित्य" not in kept and page[5] in kept


# --- text-board post headers --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "1 ：名無しの園芸家：2025/04/06(日) 09:12:44.21 ID:kT3mQp0a",
    "25 名前：名無しさん[sage] 投稿日：2025/04/06(日) 09:12:44 ID:Vb8rLx2c",
    "3 風吹けば名無し 2025/04/07(月) 07:45:48.90 ID:Vb8rLx2c",
    "12 Anonymous 2025/04/06(Sun) 10:05:19 No.48213",
])
def test_text_board_post_headers(text: str) -> None:
    assert patterns.ANON_POST_HEADER_RE.match(text)
    assert line_rule(text, "ja") == "forum-meta"


@pytest.mark.parametrize("text", [
    "1. 2025/04/06(日) 09:12:44 に震度4の地震が発生し、市内の一部で停電が起きました。",  # a numbered item of a report
    "3 月 6 日の記録：2025/04/06(日) の観測では最高気温が二十度を超えた",
    "2 ：名無しの園芸家：2025/04/06(日) 09:30:02.77 ID:Vb8rLx2c >>1 乙、今年は接ぎ木苗にした",  # run together with the post
])
def test_lines_that_merely_hold_a_date_are_no_post_header(text: str) -> None:
    assert not patterns.ANON_POST_HEADER_RE.match(text)


_POSTS = [
    ("1 ：名無しの園芸家：2025/04/06(日) 09:12:44.21 ID:kT3mQp0a",
     "ベランダや庭でミニトマトを育てている人が情報交換するスレです。苗の選び方、支柱の立て方、わき芽かき、病気対策など何でもどうぞ。"),
    ("2 ：名無しの園芸家：2025/04/06(日) 09:30:02.77 ID:Vb8rLx2c", "今年は初めて接ぎ木苗を買ってみた。値段は倍くらいするけど病気に強いらしいので期待してる。"),
    ("3 ：名無しの園芸家：2025/04/06(日) 10:05:19.40 ID:Qw1eRt5y",
     "接ぎ木苗は本当に違うよ。去年普通の苗と並べて育てたら、青枯れ病が出たのは普通の苗だけだった。"),
    ("4 ：名無しの園芸家：2025/04/06(日) 12:20:31.66 ID:Zx9cVb7n",
     "穂木のほうから根が出て、せっかくの台木の意味がなくなる。浅めに植えて、接ぎ目は必ず地上に出しておくこと。"),
]
_BOARD_NAV = ["まったり掲示板", "■掲示板に戻る■ 全部 1- 最新50", "スレッド一覧", "家庭菜園でミニトマトを育ててる人のスレ Part7"]
_BOARD_FOOT = ["新着レスの表示", "書き込む", "関連スレッド", "ナス栽培総合スレ Part12", "まったり掲示板 ver 3.2"]


def test_a_text_board_thread_keeps_every_post() -> None:
    page = [*_BOARD_NAV, *(line for post in _POSTS for line in post), *_BOARD_FOOT]
    kept = _kept(boilerplate_doc(page, "ja"))
    assert all(text in kept for _, text in _POSTS)
    assert not any(header in kept for header, _ in _POSTS)


def test_post_headers_out_of_order_bridge_nothing() -> None:
    """Adversarial: headers whose numbers do not go up (quoted posts of other threads) are no thread: only a run
    of posts numbered in order is bridged."""
    shuffled = [_POSTS[2], _POSTS[0], _POSTS[3], _POSTS[1]]
    page = [*_BOARD_NAV, *(line for post in shuffled for line in post), *_BOARD_FOOT]
    kept = _kept(boilerplate_doc(page, "ja"))
    assert sum(1 for _, text in _POSTS if text in kept) < len(_POSTS)


# --- author boxes, disclaimers, reading time, blog pleas, category rows -------------------------------------------


@pytest.mark.parametrize("text", ["مصنف کے بارے میں", "درباره نویسنده", "लेखक के बारे में", "লেখক পরিচিতি",
                                  "ავტორის შესახებ"])
def test_author_box_headings_end_the_article(text: str) -> None:
    assert line_rule(text) == "article-end"


def test_a_sentence_about_the_author_is_no_author_box() -> None:
    """Adversarial: a paragraph that names the author's biography is text (the heading rule takes short lines)."""
    text = "اس ناول میں مصنف کے بارے میں بہت سی باتیں ایسی ہیں جو پہلی بار قارئین کے سامنے آئی ہیں اور ان پر بحث جاری ہے۔"
    assert line_rule(text, "ur") != "article-end"


def test_urdu_opinion_disclaimer() -> None:
    assert line_rule("ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔", "ur") == "disclaimer"


@pytest.mark.parametrize("text", [
    "یہ ضروری نہیں کہ ہر شہری حکومت کے ہر فیصلے سے متفق ہو۔",  # "not every citizen need agree with every decision"
    "ادارے نے کہا کہ وہ رپورٹ کے نتائج سے متفق نہیں ہے۔",  # "the institution said it disagrees with the report"
])
def test_urdu_sentences_about_agreeing_are_text(text: str) -> None:
    assert line_rule(text, "ur") != "disclaimer"


@pytest.mark.parametrize("text", ["زمان مطالعه: ۶ دقیقه", "مدة القراءة: 4 دقائق", "وقت القراءة 3 دقائق",
                                  "پڑھنے کا وقت: 5 منٹ", "Okuma süresi: 7 dakika", "Χρόνος ανάγνωσης: 6 λεπτά"])
def test_reading_time_rows_in_more_languages(text: str) -> None:
    assert line_rule(text) == "reading-time"


@pytest.mark.parametrize("text", ["زمان مطالعه کتاب در مدارس افزایش یافت", "وقت القراءة عند الأطفال يتراجع كل عام"])
def test_a_headline_about_reading_time_is_no_reading_time_row(text: str) -> None:
    assert line_rule(text) != "reading-time"


@pytest.mark.parametrize("text", ["ポチッと応援していただけるとうれしいです♪", "よかったら下のバナーをクリックしてもらえると励みになります。"])
def test_japanese_blog_ranking_pleas_are_promos(text: str) -> None:
    assert line_rule(text, "ja") == "promo"


@pytest.mark.parametrize("text", [
    "地元の人たちが応援してくれたことが励みになったと、店主は笑顔で話していました。",
    "お店のおばあちゃんが「雨の日に来る人は通だね」と笑っていました。",
])
def test_japanese_sentences_about_encouragement_are_text(text: str) -> None:
    assert line_rule(text, "ja") != "promo"


@pytest.mark.parametrize("text", ["Կատեգորիաներ: Հայաստանի արգելավայրեր", "تصنيف: مدن ساحلية", "رده‌ها: شهرهای ایران",
                                  "Κατηγορίες: Ποτάμια της Ελλάδας", "קטגוריות: ערים בישראל"])
def test_category_rows_in_more_scripts(text: str) -> None:
    assert line_rule(text) == "categories"


@pytest.mark.parametrize("text", ["تصنيف الجامعات العربية يتقدم هذا العام", "Κατηγορίες οχημάτων που πληρώνουν λιγότερα"])
def test_a_headline_opening_with_a_category_word_is_no_category_row(text: str) -> None:
    assert line_rule(text) != "categories"


# --- CJK lyrics ---------------------------------------------------------------------------------------------------

_LYRICS = [
    "南風慢慢吹 吹過稻田邊", "阿嬤的竹椅 還在老屋前", "我把行李箱 靠在門口那一面", "好像我從來 沒有走得太遠",
    "火車一站站 載走我的少年", "城市的燈火 亮得不像昨天", "每當夜深了 我總是會想念", "那一口井水 那一片藍天",
]


def test_cjk_lyrics_on_a_page_without_prose_are_its_text() -> None:
    page = ["島嶼歌詞網", "首頁", "排行榜", "新歌速遞", "登入", "林晴 - 南風慢慢吹", "作詞：許海生", *_LYRICS,
            "更多林晴的歌詞", "想家的時候", "關於我們", "© 2025 島嶼歌詞網"]
    kept = _kept(boilerplate_doc(page, "zh"))
    assert all(line in kept for line in _LYRICS)
    assert "想家的時候" not in kept and "新歌速遞" not in kept


def test_spaced_headlines_under_an_article_stay_a_list() -> None:
    """Adversarial: headlines written with a space for a comma ("暴雨来袭 多地启动应急响应") under an article are
    other stories: the verse shape counts only on a page without prose."""
    article = [
        "今年入汛以来，全市共发生五次强降雨过程，累计降雨量比常年同期偏多三成以上，部分低洼路段一度出现积水。",
        "市防汛办表示，目前各排水泵站运行正常，已提前对全市一百二十处易涝点进行了排查和整改，确保汛期安全。",
        "市民如发现道路积水或井盖缺失等情况，可拨打城市服务热线反映，相关部门将在第一时间赶到现场处置。",
    ]
    heads = ["暴雨来袭 多地启动应急响应", "老街改造 居民喜迁新居", "夜市重开 人气逐渐回升", "公交调整 三条线路延长",
             "图书馆扩建 明年开放", "高温预警 注意防暑降温"]
    page = ["首页", "新闻", "本地", "汛期前全市完成易涝点排查", *article, "相关新闻", *heads, "© 2025 城市日报"]
    kept = _kept(boilerplate_doc(page, "zh"))
    assert all(line in kept for line in article)
    assert not any(line in kept for line in heads)
