"""Line rules, run rules and dates found by the probe23 pages (tests/pages: French, Portuguese (Brazil and
Portugal), German, Russian, Chinese, Japanese, Korean, Arabic, Hindi, Ukrainian and Hebrew page kinds).

- An affiliate disclosure that says the post *may* contain the links ("Esta postagem pode conter links de
  afiliados", "Cet article peut contenir des liens affiliés"): kept as the blog's first paragraph.
- The site's invitation to its messaging channel ("📲 Participe do canal do <site> no WhatsApp", "Rejoignez notre
  chaîne WhatsApp"), and a "most watched" heading over a video rail ("VÍDEOS: mais assistidos da semana"): kept
  under the article.
- A Korean opinion column's disclaimer ("※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다"): kept as its last
  paragraph.
- A press release's "About <company>" box with an article before the name ("Über die Stadtwerke Nordheide
  GmbH"): no author-box heading, so the company's self-description stayed in the article.
- A press release dated only in its lede's dateline with the place in title case ("Nordheide, 03.12.2025 – Die
  ..."): no date.
- A labelled date with a two-digit year ("Publié le 03/12/25 à 10h30"): no date.
- A data table between the article's paragraphs (a note's label rows between its lead and its tips, a guide's
  table printed with pipes between its sections): the run search ended at the table and lost what follows it.
- An interview's inline "Читайте также:" link over one headline, then the next question: the question was taken
  as the link list's second headline, and the list's hard break cut off the rest of the interview.
- A breadcrumb trail with full-width arrows ("ホーム ＞ IR情報 ＞ IRニュース") was taken for the title.
- A notice's signing line under its text ("Oberwalden, den 26.11.2025" over "gez. <name>"): kept on the first pass,
  it was taken for the date line when the record's text was cleaned again (its own date line gone), so the text
  changed.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, line_rule, removed_pairs


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Esta postagem pode conter links de afiliados. Se você comprar algo por meio deles, eu recebo uma pequena "
         "comissão sem custo extra para você.", "pt"),
        ("Este artículo puede contener enlaces de afiliado.", "es"),
        ("Cet article peut contenir des liens affiliés.", "fr"),
        ("Questo articolo può contenere link di affiliazione.", "it"),
        ("Dieser Beitrag kann Affiliate-Links enthalten.", "de"),
    ],
)
def test_may_contain_affiliate_links_is_a_disclosure(line: str, language: str) -> None:
    assert line_rule(line, language) == "ad-disclosure"


def test_a_report_that_may_contain_errors_is_no_disclosure() -> None:
    assert line_rule("O relatório pode conter erros de cálculo, admitiu o ministério nesta terça-feira.", "pt") is None


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("📲 Participe do canal do Portal no WhatsApp", "pt"),
        ("Siga o canal do jornal no WhatsApp", "pt"),
        ("Join our WhatsApp channel", "en"),
        ("Rejoignez notre chaîne WhatsApp", "fr"),
        ("Únete a nuestro canal de WhatsApp", "es"),
        ("Folgen Sie unserem WhatsApp-Kanal", "de"),
        ("Unisciti al nostro canale Telegram", "it"),
        ("Підписуйтесь на наш канал у Telegram", "uk"),
    ],
)
def test_channel_invitations_are_promos(line: str, language: str) -> None:
    assert line_rule(line, language) == "promo"


def test_a_report_about_a_channel_is_no_promo() -> None:
    line = "O governo lançou um canal no WhatsApp para tirar dúvidas sobre o programa, informou a secretaria."
    assert line_rule(line, "pt") is None


@pytest.mark.parametrize(
    ("heading", "language"),
    [("VÍDEOS: mais assistidos da semana", "pt"), ("Most watched", "en"), ("Les plus vus", "fr"),
     ("Meistgesehen", "de"), ("Los más vistos", "es"), ("Più visti", "it")],
)
def test_most_watched_headings_head_lists(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "list-heading"


@pytest.mark.parametrize(
    "line",
    ["※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.", "외부 기고는 본지 입장과 다를수 있습니다",
     "본 칼럼의 내용은 본사의 견해와 일치하지 않을 수 있습니다."],
)
def test_korean_opinion_disclaimers(line: str) -> None:
    assert line_rule(line, "ko") == "disclaimer"


def test_korean_report_of_a_differing_position_is_news() -> None:
    assert line_rule("그는 정부의 입장이 본지의 입장과 다를 수 있다고 밝혔다.", "ko") is None


@pytest.mark.parametrize(
    ("heading", "language"),
    [("Über die Stadtwerke Nordheide GmbH", "de"), ("À propos de la Caisse Mutualiste", "fr"),
     ("Sobre a Vale Verde Energia", "pt")],
)
def test_company_box_headings_with_an_article_end_the_article(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "article-end"


@pytest.mark.parametrize(
    ("heading", "language"),
    [("About the Paris Agreement", "en"), ("Über die Folgen der Reform", "de"), ("Über die Autorin", "de")],
)
def test_section_headings_with_an_article_are_no_company_box(heading: str, language: str) -> None:
    assert line_rule(heading, language) != "article-end"


PRESS_RELEASE = [
    "Presseportal", "Pressemitteilungen", "Unternehmen",
    "Stadtwerke Nordheide nehmen größte Flusswasser-Wärmepumpe in Betrieb",
    "Nordheide, 03.12.2025 – Die Stadtwerke Nordheide GmbH hat am Mittwoch eine Großwärmepumpe in Betrieb genommen, "
    "die dem Fluss Seeve Wärme entzieht und künftig rund 4.500 Haushalte versorgen soll.",
    "Die Anlage hat eine thermische Leistung von 12 Megawatt und ersetzt einen Teil der bisherigen Wärmeerzeugung "
    "aus Erdgas. Der CO2-Ausstoß des Netzes sinkt dadurch um etwa 18.000 Tonnen pro Jahr.",
    "Über die Stadtwerke Nordheide GmbH",
    "Die Stadtwerke Nordheide GmbH versorgt mit rund 310 Mitarbeitenden etwa 62.000 Kundinnen und Kunden mit Strom, "
    "Gas, Wärme und Trinkwasser.",
    "Pressekontakt:", "Jana Petersen", "Impressum",
]


def test_press_release_box_goes_and_its_title_case_dateline_dates_it() -> None:
    record = clean_lines(PRESS_RELEASE)
    assert record["published"] == "2025-12-03"
    kept = kept_texts(record)
    assert not any(p.startswith("Die Stadtwerke Nordheide GmbH versorgt") for p in kept)
    assert any(p.startswith("Die Anlage hat eine thermische Leistung") for p in kept)


def test_a_lede_opening_with_a_clause_is_no_dateline() -> None:
    record = clean_lines([
        "Accueil", "Économie",
        "La filière laitière face à la hausse des coûts",
        "Cependant, en 2025 – comme l'année précédente – les producteurs ont dû absorber une hausse de leurs coûts "
        "de près de dix pour cent, selon la chambre d'agriculture du département.",
        "Les éleveurs demandent une revalorisation du prix du lait lors des prochaines négociations commerciales "
        "avec les industriels, prévues au printemps.",
        "Mentions légales",
    ])
    assert record["published"] is None


FR_REVIEW = [
    "CinéRegard", "Films", "Critiques",
    "« La Maison des marées » : un premier film d'une douceur rare",
    "Par Mathilde Guérin",
    "Publié le 03/12/25 à 10h30 · Mis à jour le 03/12/25 à 14h02",
    "Il y a des films qui tiennent sur un geste. Dans « La Maison des marées », c'est celui d'un père qui retourne "
    "les poches à huîtres une dernière fois avant de vendre son parc.",
    "Pour son premier long métrage, Anaïs Le Goff filme le bassin d'Arcachon loin des cartes postales : des cabanes "
    "en tôle, des matins gris, des mains crevassées.",
    "© CinéRegard 2025",
]


def test_labelled_date_with_a_two_digit_year() -> None:
    record = clean_lines(FR_REVIEW)
    assert record["published"] == "2025-12-03"
    assert ("metadata:published", FR_REVIEW[5]) in removed_pairs(record) or FR_REVIEW[5] not in kept_texts(record)


def test_unlabelled_two_digit_year_dates_stay_unread() -> None:
    record = clean_lines([*FR_REVIEW[:5], "Score 3/12/25", *FR_REVIEW[6:]])
    assert record["published"] is None


ZH_NOTE = [
    "发现", "发布", "通知", "青禾在路上", "关注",
    "北京周边冬天徒步｜这条古长城线人少景美，新手也能走",
    "冬天的长城真的太出片了！上周末和朋友走了一条人很少的野长城线路，全程大概 9 公里，爬升 500 米左右，新手慢慢走也完全没问题～",
    "📍路线：村口停车场 → 敌楼一号 → 烽火台 → 原路下撤",
    "⏰用时：约 5 小时（含拍照和吃午饭）",
    "🚗交通：自驾约 1 个半小时，村口停车 10 元/天",
    "几点小建议：",
    "1. 一定要穿防滑的登山鞋，背阴处有积雪，石头台阶很滑。",
    "2. 山上风很大，羽绒服、帽子、手套都要带齐。",
    "3. 沿途没有补给，水和吃的要自己背上去。",
    "最后一段到烽火台的路比较陡，但是上去以后能看到整条长城在山脊上蜿蜒，真的值得！",
    "编辑于 12-03 北京", "赞 2,318", "收藏 1,506", "共 187 条评论", "相关推荐",
    "北京十大徒步路线合集，收藏这一篇就够了", "冬天去爬山一定要带的 8 件装备",
]


def test_label_rows_between_the_lead_and_the_body_keep_the_lead() -> None:
    kept = kept_texts(clean_lines(ZH_NOTE))
    assert any(p.startswith("冬天的长城真的太出片了") for p in kept)
    assert "📍路线：村口停车场 → 敌楼一号 → 烽火台 → 原路下撤" in kept


DE_GUIDE = [
    "Mieterrat Online", "Ratgeber", "Mietrecht", "Forum",
    "Mietminderung: Wann Sie wie viel Miete kürzen dürfen",
    "Nach § 536 BGB mindert sich die Miete kraft Gesetzes, sobald die Wohnung einen Mangel hat, der ihre "
    "Tauglichkeit zum vertragsgemäßen Gebrauch aufhebt oder erheblich einschränkt.",
    "Unerhebliche Beeinträchtigungen, etwa ein tropfender Wasserhahn oder ein kurzer Ausfall des Aufzugs, "
    "berechtigen dagegen nicht zur Minderung.",
    "Minderungstabelle",
    "Die folgenden Werte stammen aus veröffentlichten Urteilen und dienen nur als Orientierung:",
    "Mangel | Minderung | Gericht",
    "Heizungsausfall im Winter | 50–100 % | LG Berlin",
    "Schimmel im Schlafzimmer | 20 % | AG Hamburg",
    "Warmwasser fällt aus | 10 % | AG Köln",
    "Defekte Gegensprechanlage | 3 % | AG Dortmund",
    "So gehen Sie vor",
    "Zeigen Sie den Mangel schriftlich an und setzen Sie dem Vermieter eine angemessene Frist zur Beseitigung. "
    "Zahlen Sie die Miete am besten unter Vorbehalt weiter.",
    "Wer zu viel mindert, riskiert im schlimmsten Fall eine Kündigung wegen Zahlungsverzugs.",
    "Das könnte Sie auch interessieren", "Nebenkostenabrechnung prüfen", "Eigenbedarfskündigung: Ihre Rechte",
    "Impressum", "Datenschutz",
]


def test_pipe_table_between_sections_keeps_the_sections_under_it() -> None:
    kept = kept_texts(clean_lines(DE_GUIDE))
    assert "Heizungsausfall im Winter | 50–100 % | LG Berlin" in kept
    assert any(p.startswith("Zeigen Sie den Mangel schriftlich an") for p in kept)
    assert any(p.startswith("Wer zu viel mindert") for p in kept)


def test_menu_rows_with_pipes_are_no_table() -> None:
    kept = kept_texts(clean_lines([
        "Startseite | Ratgeber | Forum", "Mietrecht | Nebenkosten | Rechner", "Impressum | Datenschutz | AGB",
        "Mietminderung bei Schimmel",
        "Nach § 536 BGB mindert sich die Miete kraft Gesetzes, sobald die Wohnung einen Mangel hat, der ihre "
        "Tauglichkeit zum vertragsgemäßen Gebrauch aufhebt oder erheblich einschränkt.",
        "Unerhebliche Beeinträchtigungen, etwa ein tropfender Wasserhahn oder ein kurzer Ausfall des Aufzugs, "
        "berechtigen dagegen nicht zur Minderung.",
    ]))
    assert not any("|" in p for p in kept)


RU_INTERVIEW = [
    "Главная", "Культура", "Интервью",
    "«Библиотека — это место встречи»: директор библиотеки о ночных чтениях",
    "В этом году областная библиотека впервые провела «Ночь чтения», на которую пришли больше трёх тысяч человек.",
    "— Елена Викторовна, откуда взялась идея ночных чтений?",
    "— Мы долго смотрели на то, как работают музеи. У них есть «Ночь музеев», люди приходят целыми семьями.",
    "— Кто к вам приходит? Принято считать, что молодёжь не читает.",
    "— Это миф. Больше половины гостей «Ночи чтения» были младше тридцати лет. Они читают много, просто по-другому.",
    "Читайте также:",
    "В Поволжске откроют первый в регионе книжный клуб для подростков",
    "— Что изменилось в самой библиотеке?",
    "— Мы убрали половину стеллажей из главного зала и сделали там коворкинг. Книги переехали в открытое хранение.",
    "— Какие планы на следующий год?",
    "— Хотим открыть филиал в новом микрорайоне и запустить выездную библиотеку на автобусе для сёл области.",
    "Самое читаемое", "Мост через Волгу закроют на ремонт", "Цены на бензин выросли на 3%",
]


def test_inline_link_inside_an_interview_keeps_the_next_questions() -> None:
    kept = kept_texts(clean_lines(RU_INTERVIEW))
    assert "— Что изменилось в самой библиотеке?" in kept
    assert any(p.startswith("— Хотим открыть филиал") for p in kept)
    assert "В Поволжске откроют первый в регионе книжный клуб для подростков" not in kept
    assert "Читайте также:" not in kept


def test_full_width_breadcrumb_is_no_title() -> None:
    record = clean_lines([
        "株式会社サクラ精機", "製品情報", "企業情報", "IR情報", "採用情報", "お問い合わせ", "English",
        "ホーム ＞ IR情報 ＞ IRニュース",
        "IRニュース",
        "2025年12月5日",
        "2026年3月期 第2四半期決算および通期業績予想の修正に関するお知らせ",
        "印刷する", "PDF版はこちら（PDF：356KB）",
        "当社は、本日開催の取締役会において、2026年3月期第2四半期の連結業績を承認するとともに、通期の連結業績予想を修正することを決議いたしましたので、お知らせいたします。",
        "半導体製造装置向けの精密部品の受注が想定を上回って推移していることから、売上高および各利益が前回予想を上回る見込みとなりました。",
        "個人情報保護方針",
    ])
    assert record["title"] == "2026年3月期 第2四半期決算および通期業績予想の修正に関するお知らせ"


DE_NOTICE = [
    "Gemeinde Oberwalden", "Rathaus & Bürgerservice", "Leben & Wohnen",
    "Startseite > Rathaus & Bürgerservice > Amtliche Bekanntmachungen",
    "Öffentliche Bekanntmachung",
    "Satzung über die Erhebung von Gebühren für die Kindertageseinrichtungen der Gemeinde Oberwalden",
    "Veröffentlicht am: 01.12.2025",
    "Der Gemeinderat der Gemeinde Oberwalden hat in seiner öffentlichen Sitzung am 24.11.2025 folgende Änderung der "
    "Gebührensatzung beschlossen:",
    "(1) Die monatliche Benutzungsgebühr für die Betreuung von Kindern unter drei Jahren beträgt bei einer "
    "Betreuungszeit von bis zu 30 Wochenstunden 298 Euro.",
    "(2) Für Kinder ab drei Jahren bis zum Schuleintritt beträgt die monatliche Gebühr 162 Euro.",
    "Diese Satzung tritt am 01.01.2026 in Kraft.",
    "Oberwalden, den 26.11.2025",
    "gez. Martin Kessler",
    "Bürgermeister",
    "Seite drucken", "Impressum", "Datenschutz",
]


def test_signing_line_is_no_date_line_when_the_record_is_cleaned_again() -> None:
    first = clean_lines(DE_NOTICE)
    assert first["published"] == "2025-12-01"
    second = clean_lines(first["text"].split("\n"))
    assert second["text"] == first["text"]
    assert "Oberwalden, den 26.11.2025" in kept_texts(second)
