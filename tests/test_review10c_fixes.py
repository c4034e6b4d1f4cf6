"""Review of the leftovers merge (review10c):

- A lede's dateline far older than the newest date the page states elsewhere (another line's date, the copyright
  year) is the day a feature tells of ("New York, 11. September 2001 – ..." on a page of 2025), not the page's;
  a release's dateline of the page's own year still dates it.
- An "About <company>" heading in an article ("株式会社サンプルについて" over prose on the company that outweighs
  the article above it) is a section of the article: it ends nothing (the article above it was lost).
- The Italian "mai" (never) of a scam warning's site voice only after its "non": alone it is as often May
  ("Im Mai", "depuis mai").
- A likes row of users' full names ("Likes: Jane Doe, Tom Smith") is still a likes row; a profile's list of things
  mixes the lengths of its names.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, kept_texts, line_rule

# --- a dateline far older than the page ------------------------------------------------------------------------

FEATURES = {
    "de-1989": (["Zeitgeschichte", "Startseite", "Politik", "Die Nacht, in der die Mauer fiel"],
                "Berlin, 9. November 1989 – Um kurz vor sieben Uhr abends tritt ein Politbüro-Mitglied vor die Presse "
                "und verliest einen Zettel, der die Geschichte verändern wird.",
                ["Wenige Stunden später drängen sich Tausende an den Grenzübergängen. Die Grenzsoldaten sind "
                 "überfordert, Befehle gibt es keine.",
                 "Am Ende der Nacht ist die Mauer offen, und niemand kann sie wieder schließen.",
                 "Teilen", "Mehr zum Thema", "Was vom Mauerfall bleibt – 3. November 2025", "© 2025 Tagesblatt"]),
    "de-2001": (["Zeitgeschichte", "Startseite", "Politik", "Der Morgen, der die Welt veränderte"],
                "New York, 11. September 2001 – Um 8.46 Uhr Ortszeit fliegt ein Passagierflugzeug in den Nordturm des "
                "World Trade Centers, und über Manhattan steigt eine schwarze Rauchsäule auf.",
                ["Siebzehn Minuten später trifft eine zweite Maschine den Südturm. Millionen Menschen sehen live im "
                 "Fernsehen zu, wie die Türme brennen.",
                 "Am Vormittag stürzen beide Türme ein, und die Stadt versinkt in einer Wolke aus Staub und Asche.",
                 "Teilen", "Impressum", "© 2025 Tagesblatt"]),
    "en-2001": (["History", "Home", "Features", "The morning that changed everything"],
                "NEW YORK, Sept. 11, 2001 – At 8:46 a.m. a passenger jet slams into the north tower of the World Trade "
                "Center, and a column of black smoke rises over lower Manhattan.",
                ["Seventeen minutes later a second plane hits the south tower as millions watch the towers burn on "
                 "live television.",
                 "By mid-morning both towers have collapsed, and the city disappears in a cloud of dust and ash.",
                 "Share", "More from History", "What the day still means – September 10, 2025", "Privacy"]),
    "fr-2001": (["Histoire", "Accueil", "Monde", "Le matin où tout a basculé"],
                "New York, 11 septembre 2001 – À 8 h 46, un avion de ligne percute la tour nord du World Trade Center, "
                "et une colonne de fumée noire s'élève au-dessus de Manhattan.",
                ["Dix-sept minutes plus tard, un second appareil frappe la tour sud, sous les yeux de millions de "
                 "téléspectateurs.",
                 "En fin de matinée, les deux tours se sont effondrées et la ville disparaît dans un nuage de poussière.",
                 "Partager", "Mentions légales", "Copyright 2025 Le Quotidien"]),
}


@pytest.mark.parametrize("name", sorted(FEATURES))
def test_a_dateline_far_older_than_the_page_is_no_publication_date(name: str) -> None:
    head, lede, tail = FEATURES[name]
    record = clean_lines([*head, lede, *tail])
    assert record["published"] is None
    assert lede in kept_texts(record)


@pytest.mark.parametrize(
    ("footer", "expected"),
    [("© 2025 Stadtwerke Nordheide GmbH", "2025-12-03"),
     ("© 2026 Stadtwerke Nordheide GmbH", "2025-12-03"), ("Impressum", "2025-12-03")],
)
def test_a_releases_dateline_of_the_pages_years_dates_it(footer: str, expected: str) -> None:
    page = ["Pressemitteilungen", "Unternehmen", "Stadtwerke nehmen Wärmepumpe in Betrieb",
            "Nordheide, 03.12.2025 – Die Stadtwerke Nordheide GmbH hat am Mittwoch eine Großwärmepumpe in Betrieb "
            "genommen, die künftig rund 4.500 Haushalte im Fernwärmenetz versorgen soll.",
            "Die Anlage hat eine thermische Leistung von 12 Megawatt und ersetzt ab dem 1. Januar 2027 einen Teil der "
            "bisherigen Wärmeerzeugung aus Erdgas.",
            footer, "Datenschutz"]
    assert clean_lines(page)["published"] == expected


def test_an_english_releases_dateline_dates_it_under_a_copyright_line() -> None:
    page = ["Newsroom", "Press Releases", "Acme opens its first plant in Ohio",
            "HARLOW SPRINGS, Ohio, Feb. 6, 2025 /Newswire/ -- Acme Corp. today opened its first manufacturing plant "
            "in the state, creating 300 jobs over the next two years.",
            "The plant will build battery packs for delivery vans and reach full output by the end of 2026.",
            "Media contact: press@acme.example", "© 2025 Acme Corp. All rights reserved."]
    assert clean_lines(page)["published"] == "2025-02-06"


# --- an "About <company>" heading over a section of the article ---------------------------------------------

SECTIONS = {
    "ja": (["経済", "ニュース", "蓄電池市場、家庭向けが急拡大",
            "家庭用蓄電池の市場が急速に拡大している。電気料金の上昇と災害への備えから、導入を検討する世帯が増えているためだ。",
            "調査会社によると、昨年の国内出荷台数は前年比で約三割増えた。各社は生産体制の強化を急いでいる。"],
           "株式会社サンプルについて",
           ["株式会社サンプルは1998年に設立された蓄電池メーカーで、この市場で最大のシェアを持つ。同社の山田社長は「需要は今後も伸びる」と話す。",
            "同社は来年、九州に新工場を建設する計画だ。地元の自治体も雇用の拡大に期待を寄せている。",
            "一方で、価格の高さが普及の壁になっているとの指摘もある。補助金の拡充を求める声も多い。",
            "専門家は、今後五年で家庭用蓄電池の普及率は倍増すると予測している。"]),
    "zh": (["财经", "首页", "家用储能市场快速扩张",
            "家用储能电池市场正在快速扩张。电价上涨和防灾需求促使越来越多的家庭考虑安装储能设备。",
            "据调查机构统计，去年国内出货量同比增长约三成，各厂商纷纷加快扩产步伐。"],
           "关于华光科技有限公司",
           ["华光科技有限公司成立于2005年，是这一市场份额最大的企业。公司董事长表示，需求未来还将继续增长。",
            "该公司计划明年在西部新建工厂，当地政府也期待借此扩大就业。",
            "不过也有分析指出，价格偏高仍是普及的主要障碍，不少人呼吁加大补贴力度。",
            "专家预测，未来五年家用储能电池的普及率将翻一番。"]),
    "ko": (["경제", "뉴스", "가정용 배터리 시장 급성장",
            "가정용 배터리 시장이 빠르게 성장하고 있다. 전기요금 인상과 재난 대비 수요로 설치를 고려하는 가구가 늘고 있다.",
            "조사기관에 따르면 지난해 국내 출하량은 전년보다 약 30% 늘었다. 각 업체는 생산 확대를 서두르고 있다."],
           "에이비씨 주식회사 소개",
           ["에이비씨 주식회사는 2005년에 설립된 배터리 전문 기업으로 이 시장에서 가장 큰 점유율을 차지하고 있다. 회사 대표는 수요가 계속 늘 것이라고 말했다.",
            "이 회사는 내년 지방에 새 공장을 지을 계획이며, 지역 자치단체도 일자리 증가를 기대하고 있다.",
            "다만 높은 가격이 보급의 걸림돌이라는 지적도 있으며 보조금 확대를 요구하는 목소리가 많다.",
            "전문가들은 앞으로 5년 안에 가정용 배터리 보급률이 두 배로 늘 것으로 내다봤다."]),
    "ru": (["Экономика", "Новости", "Рынок домашних аккумуляторов быстро растёт",
            "Рынок домашних аккумуляторов быстро растёт: рост тарифов и страх перед отключениями заставляют всё больше "
            "семей задуматься о покупке.",
            "По данным аналитиков, в прошлом году продажи выросли почти на треть, и производители спешат расширить выпуск."],
           "О компании «Ромашка»",
           ["«Ромашка» — крупнейший игрок на этом рынке, основанный в 2005 году. Глава компании уверен, что спрос "
            "продолжит расти.",
            "В следующем году компания планирует построить новый завод в Сибири, и местные власти рассчитывают на новые "
            "рабочие места.",
            "Однако высокая цена остаётся главным препятствием, и многие требуют увеличить субсидии.",
            "Эксперты прогнозируют, что за пять лет доля домохозяйств с аккумуляторами удвоится."]),
    "de": (["Wirtschaft", "Startseite", "Markt für Heimspeicher wächst rasant",
            "Der Markt für Heimspeicher wächst rasant: Steigende Strompreise und die Sorge vor Ausfällen bringen immer "
            "mehr Haushalte zum Kauf.",
            "Nach Angaben von Marktforschern stiegen die Verkäufe im vergangenen Jahr um fast ein Drittel, die Hersteller "
            "bauen ihre Fertigung aus."],
           "Über die Stadtwerke Nordheide GmbH",
           ["Die Stadtwerke Nordheide GmbH sind der größte Anbieter in der Region. Der Geschäftsführer rechnet mit "
            "weiter steigender Nachfrage.",
            "Im kommenden Jahr will das Unternehmen ein neues Werk bauen, die Gemeinde hofft auf neue Arbeitsplätze.",
            "Doch der hohe Preis bleibt das größte Hindernis, viele fordern höhere Zuschüsse.",
            "Experten erwarten, dass sich der Anteil der Haushalte mit Speicher in fünf Jahren verdoppelt."]),
}


@pytest.mark.parametrize("language", sorted(SECTIONS))
def test_a_company_section_outweighing_the_article_above_ends_nothing(language: str) -> None:
    head, heading, section = SECTIONS[language]
    kept = kept_texts(clean_lines([*head, heading, *section, "Share", "Terms"]))
    assert head[3] in kept and head[4] in kept
    assert all(p in kept for p in section)


# --- likes rows of full names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [("Likes: Jane Doe, Tom Smith", "en"), ("Likes: Jane Doe, Tom Smith and Ann Lee", "en"),
     ("Gefällt mir: Max Müller, Anna Schmidt", "de"), ("J'aime : Marie Dupont, Jean Martin", "fr")],
)
def test_a_likes_row_of_full_names_is_removed(line: str, language: str) -> None:
    assert line_rule(line, language) == "likes-row"


@pytest.mark.parametrize(
    ("line", "language"),
    [("Likes: Belly Rubs, Long Walks, Treats", "en"), ("Me gusta: El Fútbol, La Música Clásica y El Cine", "es"),
     ("Mi piace: Il Mare, Le Lunghe Passeggiate", "it")],
)
def test_a_title_case_list_of_things_is_still_kept(line: str, language: str) -> None:
    assert line_rule(line, language) != "likes-row"


# --- "mai" in a scam warning's next sentence --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [("Vorsicht vor Betrug! Im Mai warnte die Polizei vor falschen Handwerkern im Viertel.", "de"),
     ("Vorsicht vor Betrug! Seit Mai häufen sich die Anzeigen im Landkreis.", "de"),
     ("Attention aux arnaques ! En mai, la gendarmerie a reçu une dizaine de plaintes.", "fr"),
     ("Attention aux arnaques ! Depuis mai, les plaintes se multiplient dans le quartier.", "fr")],
)
def test_may_without_its_day_is_no_site_voice(line: str, language: str) -> None:
    assert line_rule(line, language) != "disclaimer"


@pytest.mark.parametrize(
    ("line", "language"),
    [("Attenzione alle truffe! Non pagate mai in anticipo.", "it"),
     ("Attenzione alle truffe! Non vi chiederemo mai soldi per un colloquio.", "it")],
)
def test_the_italian_never_is_still_the_sites_voice(line: str, language: str) -> None:
    assert line_rule(line, language) == "disclaimer"
