"""Review of probe13's rules for scripts beyond Latin Europe (f8b3d4c boilerplate, c8855c8 metadata).

Each strict XFAIL is a fault seen on realistic text: a line of an article removed, a paragraph cut in pieces, or a
wrong title. The passing tests around them are the neighbouring cases that work (the noise the rules were written
for, and article text that looks like it). Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines as _clean
from stages import kept_texts as _kept
from stages import removed_pairs as _removed

# --- Urdu opinion disclaimer (patterns.OPINION_DISCLAIMER_RE) -------------------------------------------------------

UR_COURT = [
    "صفحہ اول", "پاکستان", "",
    "سرکاری ملازمین کو اختلاف رائے کا حق", "12 مارچ 2025", "",
    "اسلام آباد ہائی کورٹ نے سرکاری ملازمین کے اظہار رائے سے متعلق ایک اہم مقدمے کا فیصلہ سنا دیا ہے جس میں کئی "
    "سوالات کے جواب دیے گئے ہیں۔", "",
    "فیصلے میں کہا گیا کہ کسی ادارے کے ملازم کے لیے اپنے افسر کی ہر رائے سے متفق ہونا ضروری نہیں، البتہ اسے اختلاف "
    "کا اظہار مناسب طریقے سے کرنا چاہیے۔", "",
    "عدالت نے حکومت کو ہدایت کی کہ اس حوالے سے واضح قواعد تین ماہ میں جاری کیے جائیں تاکہ ملازمین اور افسران دونوں "
    "کو رہنمائی مل سکے۔",
]


def test_urdu_reported_ruling_is_no_disclaimer() -> None:
    kept = _kept(_clean(UR_COURT))
    assert any(p.startswith("فیصلے میں کہا گیا") for p in kept)
    assert any(p.startswith("عدالت نے حکومت") for p in kept)


def test_urdu_disclaimer_under_a_column_is_still_removed() -> None:
    page = [*UR_COURT[:9], "", UR_COURT[-1], "", "ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔"]
    record = _clean(page)
    assert ("boilerplate:disclaimer", "ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔") in _removed(record)


# --- Georgian is caseless (segment.opens_lower_case) ----------------------------------------------------------------

KA_WRAPPED = [
    "მთავარი", "ახალი ამბები", "სპორტი", "",
    "თბილისში ახალი მეტროსადგური გაიხსნა", "12 მარტი 2025", "",
    "თბილისის მერიამ დღეს ოფიციალურად გახსნა ახალი მეტროსადგური, რომელიც",
    "ქალაქის ჩრდილოეთ ნაწილს ცენტრთან დააკავშირებს. მშენებლობა ორ წელზე მეტ",
    "ხანს გაგრძელდა და მასზე ას ორმოცდაათ მილიონ ლარზე მეტი დაიხარჯა, რაც",
    "მუნიციპალიტეტის ბიუჯეტის მნიშვნელოვანი ნაწილია.", "",
    "მერის განცხადებით, ახალი სადგური დღეში ოცდაათ ათას მგზავრს მოემსახურება",
    "და მნიშვნელოვნად შეამცირებს საცობებს ქალაქის ჩრდილოეთ უბნებში, სადაც",
    "ბოლო წლებში მოსახლეობა სწრაფად გაიზარდა.",
]


@pytest.mark.xfail(strict=True, reason="no Georgian line continues another now: a hard-wrapped Georgian paragraph "
                   "(lines of one width, no sentence end at the wrap) comes out as one paragraph per line. Left: "
                   "the script has no case to show a continuation, and joining by shape (full width, no sentence "
                   "end, a comma in the pair) glued a list of teaser headlines in pairs and a headline to its "
                   "one-sentence lead (tried; see test_georgian_teaser_headlines_with_commas_stay_apart)")
def test_georgian_hard_wrapped_paragraph_is_joined() -> None:
    kept = _kept(_clean(KA_WRAPPED))
    assert len(kept) == 2
    assert kept[0].endswith("ნაწილია.")


def test_georgian_wrapped_article_keeps_its_text_and_date() -> None:
    record = _clean(KA_WRAPPED)
    assert record["title"] == "თბილისში ახალი მეტროსადგური გაიხსნა"
    assert record["published"] == "2025-03-12"
    assert "ბოლო წლებში მოსახლეობა სწრაფად გაიზარდა." in " ".join(_kept(record))


KA_LIST = [
    "მთავარი", "ახალი ამბები", "",
    "სკოლებში ახალი სასწავლო წელი იწყება", "12 სექტემბერი 2025", "",
    "განათლების სამინისტროს ინფორმაციით, ახალ სასწავლო წელს ქვეყნის სკოლებში სამასი ათასზე მეტი მოსწავლე "
    "დაიწყებს სწავლას და მათთვის რამდენიმე სიახლე იქნება.", "",
    "სამინისტრომ ასევე გამოაქვეყნა იმ ნივთების სია, რომლებიც პირველკლასელს დასჭირდება:", "",
    "ზურგჩანთა", "რვეულები", "ფანქრები", "საშლელი", "სახაზავი", "",
    "მშობლებს ურჩევენ, რომ ნივთები წინასწარ შეიძინონ, რადგან სექტემბრის დასაწყისში მაღაზიებში რიგები დგება და "
    "ფასებიც იზრდება.",
]


def test_georgian_list_between_paragraphs_is_kept() -> None:
    kept = _kept(_clean(KA_LIST))
    assert "რვეულები" in kept
    assert any(p.startswith("მშობლებს ურჩევენ") for p in kept)


KA_POEM = [
    "მთავარი", "პოეზია", "",
    "შემოდგომის ღამე", "ნინო ბერიძე", "",
    "ფოთლები ცვივა ნელა ქარში", "და ღამე ჩუმად ეშვება მთებს", "მთვარე იმალება ღრუბლის ქვეშ",
    "და ვარსკვლავები ქრებიან ცაზე", "შენი ხმა მესმის შორიდან", "როგორც სიმღერა ძველი დროის",
    "მე ველოდები გაზაფხულს", "როცა დაბრუნდები სახლში",
]


def test_georgian_poem_is_kept() -> None:
    kept = _kept(_clean(KA_POEM))
    assert "ფოთლები ცვივა ნელა ქარში" in kept
    assert "მთავარი" not in kept


# --- Japanese ranking-banner pleas (patterns.CTA) -------------------------------------------------------------------

JA_ADS = [
    "ホーム", "マーケティング", "",
    "広告効果の測り方", "", "2025年4月6日", "",
    "ウェブ広告の効果を測るときは、表示回数だけでなくクリック率やコンバージョン率も合わせて見ることが大切です。"
    "今回は実際のデータを使って解説します。", "",
    "バナーをクリックしたユーザーの行動", "",
    "バナーをクリックしたユーザーのうち、約3割が商品ページを5分以上閲覧していました。一方で、すぐに離脱した"
    "ユーザーも少なくありません。", "",
    "まとめ", "",
    "クリック率だけで判断せず、その後の行動まで追いかけることで、広告の本当の効果が見えてきます。",
]


def test_japanese_subheading_about_banner_clicks_is_kept() -> None:
    assert "バナーをクリックしたユーザーの行動" in _kept(_clean(JA_ADS))


def test_japanese_ranking_plea_is_still_removed() -> None:
    page = [*JA_ADS, "", "ブログランキングに参加しています。ポチッと応援お願いします！"]
    rules = dict((text, rule) for rule, text in _removed(_clean(page)))
    assert "ブログランキングに参加しています。ポチッと応援お願いします！" in rules


# --- Caseless three-word name rows (metadata._row_below_title) ------------------------------------------------------

UR_BODY = [
    "",
    "ملک میں مہنگائی کی شرح ایک بار پھر بڑھ گئی ہے اور عام آدمی کے لیے روزمرہ کی اشیاء خریدنا مشکل ہو گیا ہے، "
    "ماہرین کے مطابق حکومت کو فوری اقدامات کرنے ہوں گے۔", "",
    "ادارہ شماریات کے مطابق گزشتہ ماہ کھانے پینے کی اشیاء کی قیمتوں میں سب سے زیادہ اضافہ ہوا جبکہ بجلی اور گیس "
    "کے نرخ بھی بڑھائے گئے۔",
]


def test_urdu_three_word_headline_over_three_word_byline() -> None:
    page = ["صفحہ اول", "پاکستان", "", "مہنگائی کا طوفان", "ڈاکٹر عائشہ فاروقی", "12 مارچ 2025", *UR_BODY]
    assert _clean(page)["title"] == "مہنگائی کا طوفان"


def test_urdu_longer_headline_over_three_word_byline() -> None:
    page = ["صفحہ اول", "پاکستان", "", "مہنگائی کا طوفان اور عوام", "ڈاکٹر عائشہ فاروقی", "12 مارچ 2025", *UR_BODY]
    assert _clean(page)["title"] == "مہنگائی کا طوفان اور عوام"


@pytest.mark.parametrize(
    ("headline", "date", "body"),
    [
        ("ارتفاع أسعار النفط", "12 مارس 2025",
         "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد إعلان منظمة أوبك عن خفض جديد في الإنتاج، وقال محللون إن "
         "الأسعار قد تواصل الصعود خلال الأسابيع المقبلة."),
        ("שביתה בנמל חיפה", "12 במרץ 2025",
         "עובדי נמל חיפה פתחו הבוקר בשביתה כללית במחאה על תוכנית ההפרטה של הממשלה, והאוניות הממתינות לפריקה "
         "נאלצות לעגון מחוץ לנמל."),
        ("दिल्ली में बारिश", "12 मार्च 2025",
         "राजधानी दिल्ली में आज सुबह से ही तेज बारिश हो रही है, जिससे कई इलाकों में जलभराव की स्थिति बन गई है और "
         "यातायात पर भी असर पड़ा है।"),
    ],
)
def test_three_word_caseless_headline_without_byline_is_the_title(headline: str, date: str, body: str) -> None:
    page = ["Home", "News", "", headline, date, "", body, "", body.replace("اليوم", "أمس")]
    assert _clean(page)["title"] == headline


# --- Recipe labels that are ordinary words (boilerplate.RECIPE_LABELS) ----------------------------------------------

HI_FAIR = [
    "मुख्य पृष्ठ", "देश", "",
    "शहर में पुस्तक मेले की शुरुआत", "12 मार्च 2025", "",
    "शहर के प्रगति मैदान में आज से नौ दिवसीय पुस्तक मेले की शुरुआत हो गई है, जिसमें देशभर के दो सौ से अधिक "
    "प्रकाशक हिस्सा ले रहे हैं।", "",
    "इस बार मेले में हिंदी साहित्य के लिए अलग मंडप बनाया गया है, जहां कवि सम्मेलन और पुस्तक विमोचन के कार्यक्रम "
    "होंगे।", "",
]


def test_hindi_literature_section_box_is_not_a_recipe() -> None:
    page = [*HI_FAIR, "साहित्य", "10 किताबें जो इस साल जरूर पढ़ें", "5 कवि जिन्होंने बदली हिंदी कविता",
            "3 नए उपन्यास इस हफ्ते", "",
            "बच्चों के लिए कहानी सुनाने के सत्र और चित्रकला प्रतियोगिताएं भी आयोजित की जाएंगी, आयोजकों ने बताया।"]
    kept = _kept(_clean(page))
    assert "10 किताबें जो इस साल जरूर पढ़ें" not in kept
    assert "5 कवि जिन्होंने बदली हिंदी कविता" not in kept


def test_hindi_literature_subheading_in_article_is_kept() -> None:
    page = [*HI_FAIR, "साहित्य", "",
            "बच्चों के लिए कहानी सुनाने के सत्र और चित्रकला प्रतियोगिताएं भी आयोजित की जाएंगी, आयोजकों ने बताया।"]
    kept = _kept(_clean(page))
    assert any(p.startswith("बच्चों के लिए कहानी") for p in kept)


def test_swahili_recipe_rows_under_their_label_are_kept() -> None:
    page = [
        "Home", "Kitchen", "", "Ugali na Sukuma Wiki", "12 Machi 2025", "",
        "Ugali ni chakula kikuu katika nyumba nyingi za Afrika Mashariki, na mara nyingi huliwa pamoja na sukuma "
        "wiki au nyama.", "",
        "Mahitaji", "2 vikombe unga wa mahindi", "4 vikombe maji", "1 kijiko chumvi", "",
        "Chemsha maji kwenye sufuria kisha ongeza unga kidogo kidogo huku ukikoroga mpaka uwe mzito.",
    ]
    kept = _kept(_clean(page))
    assert "4 vikombe maji" in kept
    assert any(p.startswith("Chemsha maji") for p in kept)


# --- Category rows in more scripts (patterns.CATEGORY_ROW_RE) -------------------------------------------------------

HI_JOBS = [
    "मुख्य पृष्ठ", "नौकरी", "",
    "रेलवे में 5000 पदों पर भर्ती", "12 मार्च 2025", "",
    "रेलवे भर्ती बोर्ड ने सहायक लोको पायलट के पांच हजार पदों पर भर्ती के लिए अधिसूचना जारी कर दी है और आवेदन "
    "प्रक्रिया अगले सप्ताह से शुरू होगी।", "",
    "आयु सीमा उम्मीदवार की श्रेणी के अनुसार अलग-अलग तय की गई है:", "",
    "श्रेणी: सामान्य – अधिकतम 30 वर्ष", "श्रेणी: अन्य पिछड़ा वर्ग – अधिकतम 33 वर्ष",
    "श्रेणी: अनुसूचित जाति/जनजाति – अधिकतम 35 वर्ष", "",
    "आवेदन केवल ऑनलाइन माध्यम से स्वीकार किए जाएंगे और अंतिम तिथि के बाद किसी भी आवेदन पर विचार नहीं किया जाएगा।",
]

EL_LIFT = [
    "Αρχική", "Αθλητικά", "",
    "Χρυσό για την Ελένη Παππά στο Ευρωπαϊκό", "12 Μαρτίου 2025", "",
    "Η Ελένη Παππά κατέκτησε το χρυσό μετάλλιο στο Ευρωπαϊκό Πρωτάθλημα Άρσης Βαρών, σημειώνοντας νέο εθνικό ρεκόρ "
    "στο αρασέ.", "",
    "Κατηγορία: 59 κιλά γυναικών", "Αρασέ: 98 κιλά", "Επιθετικό: 121 κιλά", "",
    "Η αθλήτρια δήλωσε μετά τον αγώνα ότι ο στόχος της είναι πλέον η πρόκριση στους Ολυμπιακούς Αγώνες.",
]


def test_hindi_category_data_rows_are_kept() -> None:
    kept = _kept(_clean(HI_JOBS))
    assert "श्रेणी: सामान्य – अधिकतम 30 वर्ष" in kept
    assert any(p.startswith("आवेदन केवल ऑनलाइन") for p in kept)


def test_greek_weight_class_row_is_kept() -> None:
    kept = _kept(_clean(EL_LIFT))
    assert "Κατηγορία: 59 κιλά γυναικών" in kept
    assert any(p.startswith("Η αθλήτρια δήλωσε") for p in kept)


@pytest.mark.parametrize(
    ("row", "language"),
    [
        ("Κατηγορίες: Ειδήσεις, Πολιτική, Οικονομία", "el"),
        ("קטגוריות: חדשות | פוליטיקה", "he"),
        ("رده: فیلم‌های ۲۰۲۴ | فیلم‌های درام", "fa"),
    ],
)
def test_category_row_under_a_post_is_still_removed(row: str, language: str) -> None:
    page = [*EL_LIFT[:9], "", row, "", "Σχόλια"]
    assert ("boilerplate:categories", row) in _removed(_clean(page))


# --- Neighbours of the fixes: the noise the rules were written for, and look-alikes they must still leave alone ---


def test_marathi_recipe_label_with_colon_still_keeps_its_rows() -> None:
    page = [
        "मुख्यपृष्ठ", "पाककृती", "",
        "कांदेपोहे", "12 मार्च 2025", "",
        "सकाळच्या नाश्त्यासाठी कांदेपोहे हा महाराष्ट्रातील सर्वात लोकप्रिय पदार्थ आहे, आणि तो काही मिनिटांत तयार "
        "होतो.", "",
        "साहित्य:", "2 वाट्या जाड पोहे", "1 मोठा कांदा", "2 हिरव्या मिरच्या", "1 चमचा मोहरी", "",
        "पोहे चाळणीत धुवून दहा मिनिटे बाजूला ठेवा, नंतर कढईत तेल तापवून मोहरी आणि कांदा परतून घ्या.",
    ]
    kept = _kept(_clean(page))
    assert "1 मोठा कांदा" in kept
    assert any(p.startswith("पोहे चाळणीत") for p in kept)


@pytest.mark.parametrize(
    "line",
    ["نوٹ: ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔", "(ادارے کا مضمون نگار کے خیالات سے متفق ہونا ضروری نہیں)"],
)
def test_urdu_disclaimer_with_a_note_label_or_brackets_is_still_removed(line: str) -> None:
    page = [*UR_COURT[:9], "", UR_COURT[-1], "", line]
    assert ("boilerplate:disclaimer", line) in _removed(_clean(page))


def test_japanese_banner_plea_asking_for_the_click_is_still_removed() -> None:
    line = "記事が参考になったら、下のバナーをクリックしてください！"
    page = [*JA_ADS, "", line]
    assert line not in _kept(_clean(page))


def test_georgian_headline_over_a_short_sentence_is_not_joined() -> None:
    """Adversarial: a long headline without a comma over a one-sentence lead line stays two lines."""
    page = [
        "მთავარი", "",
        "თბილისის მერიამ ქალაქის ცენტრში ახალი საფეხმავლო ზონა გახსნა",
        "ზონა შაბათ-კვირას მანქანებისთვის დაიკეტება.", "",
        "მერიის განცხადებით, ახალი საფეხმავლო ზონა ძველ უბნებს ერთმანეთთან დააკავშირებს და ტურისტებისთვის "
        "მეტად მიმზიდველი გახდება, ადგილობრივი მაღაზიების მეპატრონეები კი შემოსავლის ზრდას ელიან.",
    ]
    record = _clean(page)
    assert record["title"] == "თბილისის მერიამ ქალაქის ცენტრში ახალი საფეხმავლო ზონა გახსნა"


@pytest.mark.parametrize(
    ("row", "language"),
    [("Κατηγορία: Ειδήσεις", "el"), ("श्रेणी: राजनीति", "hi"), ("Category: News", "en")],
)
def test_single_category_without_a_number_is_still_a_category_row(row: str, language: str) -> None:
    page = [*EL_LIFT[:9], "", row, "", "Σχόλια"]
    assert ("boilerplate:categories", row) in _removed(_clean(page))


def test_urdu_three_word_dek_under_headline_does_not_take_the_title() -> None:
    """Adversarial: a three-word row that shares the body's words under the headline is no byline to penalize,
    and the headline above it keeps the title."""
    page = ["صفحہ اول", "پاکستان", "", "مہنگائی کا طوفان اور عوام", "اشیاء کی قیمتیں", "12 مارچ 2025", *UR_BODY]
    assert _clean(page)["title"] == "مہنگائی کا طوفان اور عوام"


# --- Live blog entry buttons (boilerplate._entry_control, live_entries_transparent) --------------------------------

STORM_ARTICLE = [
    "Home", "News", "",
    "Storm hits the coast as thousands leave their homes", "12 March 2025", "",
    "The storm made landfall early on Tuesday morning, bringing winds of up to 120 km/h and heavy rain to the "
    "northern coast of the region.", "",
    "Emergency services said more than four thousand people had left their homes by noon, and schools in three "
    "districts will stay closed until Friday.", "",
]
STORM_COMMENTS = [
    ("18:31", "Great coverage, thank you for keeping us updated through the night, it really helped my family "
              "decide to leave early."),
    ("18:40", "We lost power around midnight in the old town and it is still out, does anyone know when it will be "
              "back?"),
    ("18:52", "The bridge on the coastal road is closed in both directions, police are turning cars back at the "
              "roundabout."),
    ("19:05", "Stay safe everyone, the shelters at the school and the sports hall still have space for families "
              "with children."),
]


@pytest.mark.parametrize("button", ["Reply", "Share"])
def test_anonymous_comment_thread_does_not_replace_the_article(button: str) -> None:
    """f8b3d4c let a ≤3-word furniture line under an entry's prose ("Reply") join a live blog's stamps: a thread of
    timed comments under "Comments (4)" was read as a live blog and the article's paragraphs were dropped."""
    page = [*STORM_ARTICLE, "Comments (4)", ""]
    for stamp, prose in STORM_COMMENTS:
        page += [stamp, prose, button]
    kept = _kept(_clean(page))
    assert any(p.startswith("The storm made landfall") for p in kept)
    assert any(p.startswith("Emergency services said") for p in kept)
    assert not any(p.startswith("Great coverage") for p in kept)


def test_live_blog_with_share_rows_and_a_comment_count_in_its_header_is_kept_whole() -> None:
    """Neighbour: a comment count in the header (over the lead) does not stop the live blog's entries joining."""
    page = ["Home", "News", "", "Live: storm hits the coast", "12 March 2025", "Comments (12)", "",
            STORM_ARTICLE[6], ""]
    for stamp, prose in STORM_COMMENTS:
        page += [stamp, prose.replace("Great coverage, thank you", "The coast guard thanked volunteers"),
                 "Facebook WhatsApp"]
    page += ["", "Load more updates", "© Harbour Daily 2025"]
    kept = _kept(_clean(page))
    assert sum(1 for p in kept if any(p == prose or p.endswith(prose[-40:]) for _, prose in STORM_COMMENTS)) == 4


def test_georgian_teaser_headlines_with_commas_stay_apart() -> None:
    """Adversarial for any Georgian line joining: headlines of similar width with commas, and a headline with a comma
    over its one-sentence lead, are separate lines."""
    teasers = [
        "ბათუმში ახალი სასტუმრო გაიხსნა, ტურისტები ელიან",
        "ქუთაისის აეროპორტი ახალ რეისებს იწყებს, ბილეთები იაფდება",
        "თბილისში მეტროს ფასი იზრდება, მგზავრები უკმაყოფილოები არიან",
        "რუსთავში ახალი ქარხანა შენდება, სამუშაო ადგილები გაჩნდება",
    ]
    page = [
        "მთავარი", "",
        "ფასები, ხელფასები და პენსიები რა შეიცვლება ახალ წელს", "მთავრობამ ახალი წლის ბიუჯეტის პროექტი წარადგინა.", "",
        "ფინანსთა მინისტრის განცხადებით, ბიუჯეტის პროექტი ითვალისწინებს პენსიების ზრდას ოცი ლარით და საჯარო "
        "მოხელეების ხელფასების ინდექსაციას ინფლაციის შესაბამისად.", "",
        "ასევე წაიკითხეთ", *teasers,
    ]
    record = _clean(page)
    assert record["title"] == "ფასები, ხელფასები და პენსიები რა შეიცვლება ახალ წელს"
    texts = [p["text"] for p in record["paragraphs"]] + [r["text"] for r in record["removed"]]
    assert all(any(t == teaser for t in texts) for teaser in teasers)


HI_POEM = [
    "मुखपृष्ठ", "कविता", "",
    "शाम का गीत", "रमेश वर्मा", "",
    "धीरे धीरे ढलती शाम", "पेड़ों पर लौटते पंछी", "नदी किनारे ठहरी नाव", "और दूर कहीं बजती बाँसुरी",
    "माँ की आवाज़ आँगन से", "दीये की लौ काँपती है", "मैं लौटता हूँ घर की ओर", "जहाँ इंतज़ार करता है कोई",
]


def test_a_poem_in_another_caseless_script_is_kept() -> None:
    kept = _kept(_clean(HI_POEM))
    assert "धीरे धीरे ढलती शाम" in kept
    assert "मुखपृष्ठ" not in kept


KA_NEWS_WITH_TEASERS = [
    "მთავარი", "ახალი ამბები", "",
    "თბილისში ახალი მეტროსადგური გაიხსნა", "12 მარტი 2025", "",
    "თბილისის მერიამ დღეს ოფიციალურად გახსნა ახალი მეტროსადგური, რომელიც ქალაქის ჩრდილოეთ ნაწილს ცენტრთან "
    "დააკავშირებს. მშენებლობა ორ წელზე მეტ ხანს გაგრძელდა.", "",
    "მერის განცხადებით, ახალი სადგური დღეში ოცდაათ ათას მგზავრს მოემსახურება და შეამცირებს საცობებს.", "",
    "ბოლო ამბები",
    "ბათუმში ახალი პარკი გაიხსნა", "ქუთაისში ძველი ხიდი შეაკეთეს", "რუსთავში ახალი სკოლა აშენდება",
    "გორში ფესტივალი დაიწყება", "თელავში ღვინის დღეები გაიმართება", "ზუგდიდში ბაზარი განახლდა",
]


def test_georgian_teaser_headlines_after_prose_are_no_poem() -> None:
    """On a page with prose, Georgian headlines of four words stay a list of other stories, not verse."""
    kept = _kept(_clean(KA_NEWS_WITH_TEASERS))
    assert "ბათუმში ახალი პარკი გაიხსნა" not in kept
