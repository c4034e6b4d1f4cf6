"""Problems left by earlier reviews, fixed:

- A profile's "Likes:" list in title case ("Likes: Belly Rubs, Long Walks, Treats", German nouns) is no forum
  post's likes row, as the same list in lower case is not.
- The site-voice cue after a scam warning: not the Polish "nie" (not) of any sentence, nor the English "my" of a
  reader's story, nor "mai" as a month's name; a Polish notice's "Nie podawaj ..." (do not give ...) is the site's.
- A lede opening with a place and a date before the web's years ("Berlin, 9. November 1989 – ...") tells a story
  of that day: the page is not dated there (nor is the paragraph removed).
- A press release's "About <company>" box in ja, zh, ko and ru ends the article, over a text that names the
  company, as "Über die <Firma>" does.
- "Dernière mise à jour : <date>" and the other languages' "Last updated:" labels are update labels: the line is
  page metadata as the English one is.
- A title with a star between its words ("Sommerfest ☆ im Stadtpark") is no rating's row of stars.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, line_rule

from cleaners.metadata import is_heading_like, parse_date_line

# --- likes rows ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Likes: Belly Rubs, Long Walks, Treats", "en"),
        ("Likes: Belly Rubs, Long Walks and Treats", "en"),
        ("Gefällt mir: Lange Spaziergänge, Bälle und Leckerlis", "de"),
        ("Mi piace: Il Mare, Le Lunghe Passeggiate", "it"),
    ],
)
def test_a_profiles_likes_in_title_case_are_no_likes_row(line: str, language: str) -> None:
    assert line_rule(line, language) != "likes-row"


@pytest.mark.parametrize(
    ("line", "language"),
    [("Gefällt mir: Max, Anna und Lisa", "de"), ("Likes: Anna Schmidt, Tom84", "en"), ("Likes: Jane, Tom", "en")],
)
def test_likes_rows_of_user_names_are_still_removed(line: str, language: str) -> None:
    assert line_rule(line, language) == "likes-row"


# --- scam warnings ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Uwaga na oszustów! Policja nie wie jeszcze, kto stoi za falą fałszywych telefonów.", "pl"),
        ("Uwaga na oszustów! Seniorzy nie zawsze wiedzą, jak rozpoznać fałszywego wnuczka.", "pl"),
        ("Beware of scams! My grandmother nearly lost her savings to a fake bank call last spring.", "en"),
        ("Vorsicht vor Betrug! Am 3. Mai warnte die Polizei vor falschen Handwerkern im Viertel.", "de"),
        ("Attention aux arnaques ! Le 3 mai 2025, la gendarmerie a reçu une dizaine de plaintes.", "fr"),
    ],
)
def test_a_reports_scam_warning_is_text(line: str, language: str) -> None:
    assert line_rule(line, language) != "disclaimer"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Beware of scams!", "en"),
        ("¡Cuidado con las estafas!", "es"),
        ("Uwaga na oszustów! Nie podawaj nikomu swoich danych ani kodów BLIK.", "pl"),
        ("Uwaga na oszustów! Nigdy nie prosimy o przelew za rozmowę kwalifikacyjną.", "pl"),
        ("Vorsicht vor Betrug! Wir verlangen niemals Geld von Bewerbern.", "de"),
        ("Attenzione alle truffe! Non chiediamo mai denaro ai candidati.", "it"),
    ],
)
def test_the_sites_scam_warning_is_still_removed(line: str, language: str) -> None:
    assert line_rule(line, language) == "disclaimer"


def test_a_news_story_opening_with_the_warning_stays() -> None:
    line = "Beware of scams! That was the warning police gave residents on Monday after a wave of fake calls."
    assert line_rule(line, "en") is None


# --- a historical date opening the lede ------------------------------------------------------------------------

HISTORY = {
    "de": ["Zeitgeschichte", "Startseite", "Politik", "Kultur", "Die Nacht, in der die Mauer fiel",
           "Berlin, 9. November 1989 – Um kurz vor sieben Uhr abends tritt ein Politbüro-Mitglied vor die Presse und "
           "verliest einen Zettel, der die Geschichte verändern wird.",
           "Wenige Stunden später drängen sich Tausende an den Grenzübergängen. Die Grenzsoldaten sind überfordert, "
           "Befehle gibt es keine.",
           "Am Ende der Nacht ist die Mauer offen, und niemand kann sie wieder schließen. Die Bilder gehen um die Welt.",
           "Teilen", "Impressum", "Datenschutz"],
    "en": ["History", "Home", "Features", "The night the Eagle landed",
           "HOUSTON, July 20, 1969 – In a darkened control room, a few dozen engineers hold their breath as the lunar "
           "module drops the last few hundred feet towards the surface.",
           "Fuel is running low, alarms keep flashing on the screens, and the commander takes manual control to clear "
           "a field of boulders.",
           "At last a calm voice comes over the radio, and the room erupts: the crew is down, and safe, on the Moon.",
           "Share", "Privacy", "Terms"],
    "fr": ["Histoire", "Accueil", "Société", "La nuit où la gauche a gagné",
           "Paris, 10 mai 1981 – À vingt heures, le visage du nouveau président apparaît sur les écrans de télévision, "
           "et une clameur monte des cafés du quartier Latin.",
           "Quelques heures plus tard, des dizaines de milliers de personnes convergent vers la place de la Bastille, "
           "malgré l'orage qui éclate dans la soirée.",
           "On danse sous la pluie jusqu'au petit matin, et la nuit restera dans les mémoires comme une fête.",
           "Partager", "Mentions légales", "Contact"],
}


@pytest.mark.parametrize("language", sorted(HISTORY))
def test_a_historical_date_opening_the_lede_is_no_publication_date(language: str) -> None:
    page = HISTORY[language]
    record = clean_lines(page)
    assert record["published"] is None
    lede = next(line for line in page if " – " in line)
    assert lede in kept_texts(record)


def test_a_releases_dateline_still_dates_the_page() -> None:
    page = ["Pressemitteilungen", "Unternehmen", "Stadtwerke nehmen Wärmepumpe in Betrieb",
            "Nordheide, 03.12.2025 – Die Stadtwerke Nordheide GmbH hat am Mittwoch eine Großwärmepumpe in Betrieb "
            "genommen, die künftig rund 4.500 Haushalte im Fernwärmenetz versorgen soll.",
            "Die Anlage hat eine thermische Leistung von 12 Megawatt und ersetzt einen Teil der bisherigen "
            "Wärmeerzeugung aus Erdgas.",
            "Impressum", "Datenschutz"]
    assert clean_lines(page)["published"] == "2025-12-03"


# --- "About <company>" boxes in ja, zh, ko, ru ----------------------------------------------------------------

RELEASES = {
    "ja": (["PR通信", "ニュース", "プレスリリース", "株式会社サンプル、新型蓄電池の量産を開始",
            "株式会社サンプル（本社：東京都港区、代表取締役社長：山田太郎）は、家庭用の新型蓄電池の量産を12月から開始したことをお知らせいたします。",
            "新型蓄電池は従来品に比べて容量が約1.5倍に増え、停電時にも家庭の電力を丸一日まかなうことができます。",
            "同社は今後3年間で年間10万台の生産体制を整え、国内外の住宅メーカーへの供給を目指します。"],
           "■株式会社サンプルについて",
           "株式会社サンプルは1998年に設立された蓄電池メーカーです。東京都港区に本社を置き、従業員は約800名です。"),
    "zh": (["新闻中心", "首页", "华光科技发布新一代储能电池",
            "华光科技有限公司今天宣布，其新一代家用储能电池已于本月开始量产，首批产品将于明年一月交付客户。",
            "新电池的容量比上一代产品提高了约百分之五十，在停电时可以为普通家庭供电一整天。",
            "公司表示，未来三年将把年产能提高到十万台，并向国内外的住宅开发商供货。"],
           "关于华光科技有限公司",
           "华光科技有限公司成立于2005年，总部位于深圳，是一家专注于储能技术的高新技术企业，员工约1200人。"),
    "ko": (["보도자료", "뉴스", "에이비씨 주식회사, 신형 배터리 양산 시작",
            "에이비씨 주식회사는 가정용 신형 배터리의 양산을 이번 달부터 시작했다고 밝혔다. 첫 제품은 내년 1월 고객에게 인도될 예정이다.",
            "새 배터리는 기존 제품보다 용량이 약 50% 늘어 정전 시에도 일반 가정에 하루 동안 전력을 공급할 수 있다.",
            "회사는 앞으로 3년 동안 연간 생산 능력을 10만 대로 늘리고 국내외 주택 건설사에 공급할 계획이다."],
           "에이비씨 주식회사 소개",
           "에이비씨 주식회사는 2005년에 설립된 배터리 전문 기업으로, 서울에 본사를 두고 있으며 직원은 약 800명이다."),
    "ru": (["Пресс-релизы", "Новости", "Компания «Ромашка» начала серийный выпуск новых аккумуляторов",
            "Компания «Ромашка» сообщила о начале серийного производства домашних аккумуляторов нового поколения. "
            "Первые поставки клиентам начнутся в январе.",
            "Ёмкость новых аккумуляторов примерно на 50 процентов выше, чем у предыдущей модели, и их хватает на "
            "сутки работы дома при отключении электричества.",
            "В ближайшие три года компания планирует увеличить выпуск до 100 тысяч устройств в год."],
           "О компании «Ромашка»",
           "«Ромашка» — российский производитель систем хранения энергии, основанный в 2005 году. Штаб-квартира "
           "компании находится в Москве."),
}
TAIL = ["Contact", "Tel. +00 000 0000", "Share"]


@pytest.mark.parametrize("language", sorted(RELEASES))
def test_a_releases_about_box_ends_the_article(language: str) -> None:
    head, heading, box = RELEASES[language]
    kept = kept_texts(clean_lines([*head, heading, box, *TAIL]))
    assert head[-1] in kept and head[-2] in kept
    assert heading not in kept and box not in kept


@pytest.mark.parametrize(
    ("heading", "language"),
    [("株式会社サンプルについて", "ja"), ("【Acme Inc.について】", "ja"), ("关于华光科技有限公司", "zh"), ("關於Acme", "zh"),
     ("에이비씨 주식회사 소개", "ko"), ("Acme에 대하여", "ko"), ("О компании «Ромашка»", "ru")],
)
def test_company_box_headings_in_more_languages(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "article-end"


@pytest.mark.parametrize(
    ("heading", "language"),
    [("気候変動について", "ja"), ("このイベントについて", "ja"), ("关于我们", "zh"), ("关于未来的思考", "zh"),
     ("신제품 소개", "ko"), ("이 책에 대하여", "ko"), ("Об авторе", "ru")],
)
def test_topic_headings_are_no_company_box(heading: str, language: str) -> None:
    assert line_rule(heading, language) != "article-end"


ESSAYS = {
    "ja": ["電気自動車の普及と電力網の課題", "電気自動車の販売台数は年々増えており、充電設備の整備が各地で急がれている。",
           "一方で、夜間に充電が集中すると地域の電力網に大きな負荷がかかるという指摘もある。",
           "株式会社サンプルについて", "専門家の多くは、料金の工夫によって充電の時間帯を分散させることが有効だと考えている。",
           "自治体と電力会社の協力が今後の鍵を握るだろう。"],
    "zh": ["电动汽车普及带来的电网挑战", "近年来电动汽车销量逐年上升，各地都在加快建设充电设施。",
           "但也有专家指出，如果夜间集中充电，会给地方电网带来很大压力。",
           "关于华光科技有限公司", "多数专家认为，通过调整电价引导用户错峰充电是有效的办法。", "地方政府与电力公司的合作将是关键。"],
    "ru": ["Электромобили и нагрузка на сети", "Продажи электромобилей растут, и города спешат строить зарядные станции.",
           "Однако специалисты предупреждают, что ночная зарядка может перегрузить районные сети.",
           "О компании «Ромашка»", "Большинство экспертов считают, что гибкие тарифы помогут распределить нагрузку.",
           "Ключевым станет сотрудничество городов и энергокомпаний."],
}


@pytest.mark.parametrize("language", sorted(ESSAYS))
def test_a_company_heading_over_prose_not_naming_it_ends_nothing(language: str) -> None:
    page = ESSAYS[language]
    kept = kept_texts(clean_lines(page))
    assert page[4] in kept and page[5] in kept


# --- update labels ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Last updated: March 12, 2024", "Dernière mise à jour : 12 mars 2024", "Dernière mise à jour le 12 mars 2024",
     "Letzte Aktualisierung: 12. März 2024", "Última actualización: 12 de marzo de 2024",
     "Última atualização: 12 de março de 2024", "Ultimo aggiornamento: 12 marzo 2024",
     "Последнее обновление: 12 марта 2024", "Ostatnia aktualizacja: 12 marca 2024", "最終更新日：2024年3月12日",
     "최종 수정: 2024년 3월 12일"],
)
def test_last_updated_lines_in_every_language_read_as_the_english_one(line: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and (parsed.iso, parsed.tier, parsed.updated) == ("2024-03-12", "pure", True)


FR_BODY = [
    "La mairie a présenté mardi soir son projet de rénovation du marché couvert, fermé depuis l'incendie de l'an "
    "dernier, devant une salle comble.",
    "Les travaux doivent commencer au printemps et durer dix-huit mois, pour un coût estimé à quatre millions "
    "d'euros, financé en partie par la région.",
    "Les commerçants, installés provisoirement sur la place de l'église, espèrent retrouver leurs étals avant les "
    "fêtes de fin d'année 2025.",
]


def test_an_update_line_under_the_article_is_page_metadata() -> None:
    page = ["Accueil", "Actualités", "Le marché couvert rouvrira en 2025", *FR_BODY,
            "Dernière mise à jour : 12 mars 2024", "Partager", "Mentions légales"]
    record = clean_lines(page)
    assert "Dernière mise à jour : 12 mars 2024" not in kept_texts(record)
    assert record["published"] == "2024-03-12"


def test_the_publication_date_wins_over_the_update() -> None:
    page = ["Accueil", "Actualités", "Le marché couvert rouvrira en 2025", "Dernière mise à jour : 12 mars 2024",
            "Publié le 10 mars 2024", *FR_BODY, "Partager", "Mentions légales"]
    assert clean_lines(page)["published"] == "2024-03-10"


# --- rating stars in a title -----------------------------------------------------------------------------------


def test_a_star_between_a_titles_words_is_no_rating() -> None:
    assert is_heading_like("Sommerfest ☆ im Stadtpark")


@pytest.mark.parametrize("line", ["Jane reviewed The Quiet Lake ★★★★☆", "Jane reviewed The Quiet Lake ★ ★ ★ ★ ☆"])
def test_a_reviews_stars_are_no_title(line: str) -> None:
    assert not is_heading_like(line)
