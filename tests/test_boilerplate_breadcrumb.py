"""A page's navigation trail (patterns.is_breadcrumb, rule "breadcrumb" of boilerplate.furniture_rule) is removed
wherever the run's start lands: "Sie sind hier: Startseite > Ausschüsse > ..." over a hearing's transcript and
"الرئيسية / الإعلانات / ..." over a notice were kept, the run pulled up over them by the header under them (and the
German page's headline lost to the line under it). Negatives: sentences that name a home page, two slashed words
that may head a table, a segment that is a sentence; lines that open with a "you are here" label's words (a title,
a subheading, a sentence); a trail-shaped line inside the article's text (a how-to's path, a table's header)."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import line_rule as _rule

from cleaners import patterns

TRAILS = [
    ("Sie sind hier: Startseite > Ausschüsse > Umweltausschuss > Protokolle", "de"),
    ("You are here: Home", "en"),
    ("Home › Shows › The Long Table › Episode 142", "en"),
    ("Vous êtes ici : Accueil > Informations légales > Conditions générales", "fr"),
    ("الرئيسية / الإعلانات / إعلان عن فتح باب التقديم لدعم صغار المزارعين", "ar"),
    ("Início > Ensino > Graduação > Engenharia Ambiental > Disciplinas", "pt"),
    ("首页>新闻>国内", "zh"),
    ("当前位置：首页｜要闻｜社会", "zh"),  # vertical bars between the segments
    ("トップ > 暮らし > 住まい > 引っ越し", "ja"),
    ("Главная / Статьи / Python", "ru"),
    # (review11a: labels that were missing; each was no trail before)
    ("Sie befinden sich hier: Startseite > Bauen > Bekanntmachungen", "de"),
    ("Du bist hier: Startseite > Ratgeber", "de"),
    ("Vous êtes sur : Accueil > Urbanisme", "fr"),
    ("Está aquí: Inicio > Urbanismo > Avisos", "es"),
    ("Estás en: Inicio > Noticias", "es"),
    ("Você está em: Início > Notícias > Cidade", "pt"),
    ("U bevindt zich hier: Home > Bouwen > Bekendmakingen", "nl"),
    ("Вы находитесь: Главная > Новости", "ru"),
    ("Ви тут: Головна > Новини", "uk"),
    ("所在位置：首页 > 公告", "zh"),
    ("您现在的位置：首页 > 新闻中心", "zh"),
    ("현재위치: 홈 > 공지사항", "ko"),
]


@pytest.mark.parametrize(("text", "language"), TRAILS)
def test_a_navigation_trail_is_furniture(text: str, language: str) -> None:
    assert patterns.is_breadcrumb(text)
    assert _rule(text, language) == "breadcrumb"


@pytest.mark.parametrize(("text", "language"), [
    ("Home is where the heart is > everything.", "en"),
    ("Home prices rose 5% / year in the region over the decade.", "en"),
    ("Home / Away", "en"),  # two words between slashes: a table's header as well
    ("Home > He said the plan was dead. > Nobody listened.", "en"),  # segments that are sentences
    ("Home > News > He said the plan was dead.”", "en"),  # (a sentence in quotes)
    ("当前位置：首页 > 本市今年新建的十二所学校全部投入使用 > 正文", "zh"),  # a section's name is short, in CJK too
    ("Startseite", "de"),
    ("Die Startseite der Behörde zeigt seit Montag die neuen Öffnungszeiten.", "de"),
])
def test_text_that_names_a_home_page_is_no_trail(text: str, language: str) -> None:
    assert not patterns.is_breadcrumb(text)
    assert _rule(text, language) != "breadcrumb"


HEARING = [
    "Vorsitzende Karin Wolff: Ich eröffne die Anhörung und begrüße die Sachverständigen. Jeder Gast hat zunächst "
    "fünf Minuten für eine Stellungnahme, danach folgen die Fragen der Fraktionen.",
    "Sachverständiger Dr. Jens Albrecht: Vielen Dank, Frau Vorsitzende. Kleine Bäche machen den größten Teil "
    "unseres Gewässernetzes aus, werden aber bei Planungen kaum beachtet.",
    "Sachverständige Petra Neumann: Aus Sicht der Landwirtschaft ist der Randstreifen grundsätzlich tragbar. Wir "
    "brauchen aber einen Ausgleich für Flächen, die nicht mehr bewirtschaftet werden können.",
]


def test_a_labelled_trail_over_the_headline_is_removed() -> None:
    trail = "Sie sind hier: Startseite > Ausschüsse > Umweltausschuss > Protokolle"
    doc = boilerplate_doc(["Landtag", "Startseite", "Plenum", "Presse", trail,
                           "Öffentliche Anhörung zum Entwurf eines Gesetzes über kleine Fließgewässer",
                           "Datum: 12.02.2025", *HEARING, "Seite drucken", "Impressum"], "de")
    removed = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert removed.get(trail) == "boilerplate:breadcrumb"
    assert set(HEARING) <= {line.text for line in doc.kept_lines()}


# The words of a "you are here" label open ordinary lines in every language: a subheading, a title, a sentence, a
# CJK phrase that goes on without a space. After a label, a trail needs a colon and the home page's name, or
# segments between separators.
@pytest.mark.parametrize(("text", "language"), [
    ("Вы здесь не одни", "ru"),
    ("Вы здесь не одни: как устроена горячая линия для родителей", "ru"),
    ("Sie sind hier genau richtig", "de"),
    ("Sei quintali di hashish sequestrati al porto", "it"),  # ("sei qui" + "ntali": no word ends)
    ("Ti trovi in difficoltà con il mutuo", "it"),
    ("Vous êtes ici chez vous", "fr"),
    ("Usted está aquí para aprender", "es"),
    ("Je bent hier niet alleen", "nl"),
    ("Bạn đang ở đâu khi trận động đất xảy ra", "vi"),
    ("現在地を共有する方法", "ja"),
    ("현재 위치를 공유하는 방법", "ko"),
    ("当前位置不佳，球队必须在最后五轮全力争胜（记者 王林）", "zh"),
    ("आप यहाँ हैं क्योंकि आपने मेहनत की है।", "hi"),
    ("أنت هنا لأنك اخترت أن تكون هنا؟", "ar"),
    ("You Are Here: Mapping the City's Forgotten Neighbourhoods", "en"),  # a book's title
    ("You are here for a reason. Make it count,” the principal told the graduates", "en"),
    ("“You are here for a reason. Make it count.”", "en"),
    ("Sie befinden sich hier in guter Gesellschaft.", "de"),
    ("Du bist hier richtig.", "de"),
    ("Vous êtes sur la bonne voie : Accueil chaleureux au départ", "fr"),
    ("Está aquí la respuesta: el ayuntamiento > la oposición en votos.", "es"),
    ("Estás en lo cierto: Inicio de temporada.", "es"),
    ("Você está em boas mãos.", "pt"),
    ("Вы находитесь в зоне риска: врачи советуют проверить давление", "ru"),
    ("所在位置：北京市朝阳区建国路88号", "zh"),  # an address
])
def test_a_line_that_opens_with_a_label_is_no_trail(text: str, language: str) -> None:
    assert not patterns.is_breadcrumb(text)
    assert _rule(text, language) != "breadcrumb"


RU_PARAGRAPHS = [
    "В городе заработала бесплатная горячая линия для родителей подростков. За первую неделю на неё позвонили "
    "более трёхсот человек, рассказали в городском центре психологической помощи.",
    "Консультанты отвечают на звонки с восьми утра до десяти вечера. Большинство обращений касается учёбы, "
    "конфликтов в семье и зависимости от телефона, говорит руководитель центра.",
    "Так называется памятка, которую центр раздаёт в школах. В ней собраны телефоны служб, адреса кризисных "
    "центров и советы, как начать трудный разговор с ребёнком.",
    "Линия будет работать до конца года, после чего её судьбу решит городская дума. В центре надеются, что "
    "финансирование продлят и на следующий год.",
]
ZH_PARAGRAPHS = [
    "在昨晚结束的联赛第二十五轮比赛中，主队在领先两球的情况下被对手连扳三球，遗憾告负。这场失利让球队在积分榜上跌至倒数第三位。",
    "赛后新闻发布会上，主帅表示球队在最后二十分钟体能下降明显，防守端出现了多次低级失误，他将为这场失利承担全部责任。",
    "据了解，俱乐部管理层已于今天上午召开紧急会议，讨论下一阶段的备战计划，并决定暂不更换主教练。",
]


@pytest.mark.parametrize(("lines", "language", "line"), [
    (["Главная", "Новости", "Общество", "Горячая линия для родителей", "12 марта 2025", *RU_PARAGRAPHS[:2],
      "Вы здесь не одни", *RU_PARAGRAPHS[2:], "Поделиться", "© 2025 Городские новости"], "ru", "Вы здесь не одни"),
    (["首页", "体育", "足球", "保级形势严峻 球队主帅：最后五轮场场都是决赛", "2025年3月14日", *ZH_PARAGRAPHS[:2],
      "当前位置不佳，球队必须在最后五轮全力争胜（记者 王林）", ZH_PARAGRAPHS[2], "分享到", "版权所有 © 2025 体育新闻网"], "zh",
     "当前位置不佳，球队必须在最后五轮全力争胜（记者 王林）"),
])
def test_a_subheading_or_paragraph_that_opens_with_a_label_stays(lines: list[str], language: str, line: str) -> None:
    doc = boilerplate_doc(lines, language)
    kept = {kept_line.text for kept_line in doc.kept_lines()}
    assert line in kept
    assert {*RU_PARAGRAPHS, *ZH_PARAGRAPHS} & set(lines) <= kept


HOWTO = [
    "Most phones let every app ask for your location, and many apps keep asking long after you stopped using them, "
    "so it is worth checking the settings once a month.",
    "Open the settings from the home screen and follow this path:",
    "There you see every app that has asked for your location, and you can set each one to never, only while "
    "using the app, or always.",
    "Apps that you have not opened for months lose the permission on their own on most phones, but it does no harm "
    "to take it away yourself.",
]
MATCH_PREVIEW = [
    "The two sides meet for the third time this season on Saturday, and the bookmakers make the visitors narrow "
    "favourites after their unbeaten run of eight league games.",
    "Both managers have injury worries: the hosts are without their captain, who damaged a hamstring in training, "
    "and the visitors may rest their top scorer ahead of the cup tie.",
    "The last meeting ended in a goalless draw, and neither side has scored in the first half against the other for "
    "three years.",
]
MENU = ["Sport", "Tech", "How to", "Search"]
FOOTER = ["Share", "About us", "Contact", "© 2025 Daily Example"]


@pytest.mark.parametrize(("lines", "inside"), [
    ([*MENU, "How to stop apps tracking your location", "March 12, 2025", *HOWTO[:2],
      "Home > Settings > Privacy > Location Services", *HOWTO[2:], *FOOTER],
     ["Home > Settings > Privacy > Location Services"]),
    ([*MENU, "Visitors favoured to end the hosts' run", "March 12, 2025", MATCH_PREVIEW[0], "Home / Draw / Away",
      "2.80 / 3.20 / 2.45", *MATCH_PREVIEW[1:], *FOOTER], ["Home / Draw / Away"]),
])
def test_a_trail_shaped_line_inside_the_text_stays_with_the_text_under_it(lines: list[str], inside: list[str]) -> None:
    """A how-to's path or a table's header between paragraphs is the article's: removed, it cut the run and the
    paragraphs under it were lost."""
    doc = boilerplate_doc(lines, "en")
    kept = {line.text for line in doc.kept_lines()}
    assert set(inside) <= kept
    assert {*HOWTO, *MATCH_PREVIEW} & set(lines) <= kept


@pytest.mark.parametrize("where", ["top", "under a banner", "bottom"])
def test_a_trail_above_the_text_or_under_its_end_is_removed(where: str) -> None:
    """Above the text, under the menu or a shop's banner (no sentence), or under the last paragraph."""
    trail = "Home > Sport > Football"
    body = ["Visitors favoured to end the hosts' run", "March 12, 2025", *MATCH_PREVIEW]
    banner = "Free delivery from 49 € | 30 days to return | Pay on invoice"
    lines = {
        "top": [*MENU, trail, *body, *FOOTER],
        "under a banner": [*MENU, banner, trail, *body, *FOOTER],
        "bottom": [*MENU, *body, trail, *FOOTER],
    }[where]
    doc = boilerplate_doc(lines, "en")
    removed = {line.text: line.removal.rule for line in doc.lines if line.removal is not None}
    assert removed.get(trail) == "boilerplate:breadcrumb"
