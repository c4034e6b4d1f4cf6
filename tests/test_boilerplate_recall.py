"""Article content the main-run search must not lose: an image gallery inside the article, and a last
paragraph that does not end with a sentence end (a byline in parentheses after it)."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_texts as _kept

from cleaners.boilerplate import (
    classify,
    galleries_transparent,
    line_features,
    slide_counters,
    titled_slide_counters,
)
from cleaners.config import Config
from cleaners.document import Document
from cleaners.segment import segment_stage

_stage = boilerplate_doc  # segment, then boilerplate, in the given language


# --- an image gallery inside the article ---------------------------------------------------------------

EN_BEFORE = [
    "The footbridge over the lower harbour opened to walkers and cyclists on Saturday morning, three years "
    "after the old swing bridge was closed because of corrosion in its main girders.",
    "About two thousand people crossed it in the first hour, many of them families who had waited on the "
    "north bank since dawn to be among the first to walk across.",
    "The city engineer said the deck had been lifted into place in four sections during the spring, each "
    "of them floated down the river on a barge at high tide.",
]
EN_AFTER = [
    "The project cost a little under nine million pounds, most of it paid by the regional transport fund, "
    "and it came in slightly below the budget approved by the council in 2021.",
    "Shopkeepers on the south side of the harbour said they hoped the bridge would bring back some of the "
    "trade they had lost while the crossing was closed to the public.",
    "A second phase, which would add a ramp down to the marina and a cycle route along the quay, is "
    "planned for next year if the council approves the money in the spring.",
    "The old swing bridge will be dismantled over the summer, and some of its ironwork is to be kept for "
    "a display at the maritime museum on the quay.",
]
EN_GALLERY = [
    "Image 1 of 3",
    "The new footbridge seen from the north bank at dusk.",
    "(Image credit: Harbour Courier)",
    "Image 2 of 3",
    "Workers fitting the last deck panel in the spring.",
    "(Image credit: Harbour Courier)",
    "Image 3 of 3",
    "The first walkers crossing on Saturday morning.",
    "(Image credit: Harbour Courier)",
]
EN_MENU = ["Home", "News", "Sport", "Weather"]
EN_FOOTER = ["Privacy Policy", "© 2024 Harbour Courier"]

DE_BEFORE = [
    "Die neue Fußgängerbrücke über den Hafen ist am Samstag eröffnet worden, drei Jahre nachdem die alte "
    "Drehbrücke wegen Rost an den Trägern gesperrt werden musste.",
    "Schon in der ersten Stunde gingen rund zweitausend Menschen über die Brücke, viele von ihnen hatten "
    "seit dem frühen Morgen am Nordufer gewartet.",
    "Nach Angaben der Stadt wurde der Überbau im Frühjahr in vier Teilen eingehoben, die jeweils bei "
    "Hochwasser auf einem Ponton den Fluss hinunter gebracht worden waren.",
]
DE_AFTER = [
    "Das Projekt hat knapp neun Millionen Euro gekostet, den größten Teil davon hat das Land getragen, und "
    "es ist damit etwas günstiger geworden als im Jahr 2021 vom Stadtrat beschlossen.",
    "Die Geschäftsleute am Südufer hoffen, dass die Brücke einen Teil der Kundschaft zurückbringt, die sie "
    "während der langen Sperrung des Übergangs verloren haben.",
    "In einem zweiten Abschnitt soll im kommenden Jahr eine Rampe zum Jachthafen und ein Radweg entlang der "
    "Kaimauer gebaut werden, wenn der Stadtrat das Geld dafür bewilligt.",
    "Die alte Drehbrücke wird im Sommer abgebaut, und ein Teil ihrer Eisenkonstruktion soll im "
    "Schifffahrtsmuseum am Kai ausgestellt werden.",
]
DE_GALLERY = [
    "Bild 1 von 4",
    "Nordufer",
    "Foto: Stadtwerke Altwerder",
    "Bild 2 von 4",
    "Montage",
    "Foto: Stadtwerke Altwerder",
    "Bild 3 von 4",
    "Eröffnung",
    "Foto: Stadtwerke Altwerder",
    "Bild 4 von 4",
    "Besucher",
    "Foto: Stadtwerke Altwerder",
]
DE_MENU = ["Startseite", "Lokales", "Sport", "Wetter"]
DE_FOOTER = ["Impressum", "Datenschutz"]


@pytest.mark.parametrize(
    ("language", "menu", "before", "gallery", "after", "footer"),
    [
        ("en", EN_MENU, EN_BEFORE, EN_GALLERY, EN_AFTER, EN_FOOTER),
        ("de", DE_MENU, DE_BEFORE, DE_GALLERY, DE_AFTER, DE_FOOTER),
    ],
)
def test_a_gallery_inside_the_article_does_not_cut_it_in_two(
    language: str, menu: list[str], before: list[str], gallery: list[str], after: list[str], footer: list[str]
) -> None:
    doc = _stage("\n".join(menu + before + gallery + after + footer), language)
    kept = _kept(doc)
    for paragraph in before + after:
        assert paragraph in kept, paragraph
    for line in menu + footer:
        assert line not in kept, line
    # The gallery's own furniture (counters, credits) is still removed by its rules.
    if language == "en":
        assert "Image 2 of 3" not in kept and "(Image credit: Harbour Courier)" not in kept


def test_a_gallery_with_slash_counters_inside_a_chinese_article() -> None:
    before = [
        "记者从市交通运输局获悉，横跨老港区的步行桥于本周六上午正式开放，这是旧平转桥因主梁锈蚀封闭三年后，市民第一次可以步行跨过港湾。",
        "开放第一个小时就有约两千名市民走上新桥，不少家庭从清晨起就在北岸等候，希望成为第一批走过大桥的人。",
        "市政工程负责人介绍，桥面在今年春天分四段吊装到位，每一段都是在涨潮时用驳船沿河运到现场的。",
    ]
    gallery = ["1/4", "新桥夜景", "摄影：张晓东", "2/4", "吊装现场", "摄影：张晓东", "3/4", "开放首日", "摄影：张晓东",
               "4/4", "旧桥", "摄影：张晓东"]
    after = [
        "据介绍，项目总投资不到九千万元，其中大部分由省交通专项资金承担，实际支出略低于二〇二一年批准的预算。",
        "南岸的商户们表示，希望新桥能把封闭期间流失的客人重新带回来，让港湾周边的生意尽快恢复到以前的水平。",
        "二期工程计划明年开工，将新增一条通往游艇码头的坡道和一条沿码头的自行车道，目前正在等待市里审批资金。",
        "旧平转桥将在今年夏天拆除，部分钢构件会被保留下来，在码头边的航运博物馆里展出，供市民参观。",
    ]
    menu = ["首页", "新闻", "本地", "体育"]
    footer = ["版权所有 © 2024 港城网"]
    doc = _stage("\n".join(menu + before + gallery + after + footer), "zh")
    kept = _kept(doc)
    for paragraph in before + after:
        assert paragraph in kept, paragraph
    for line in menu + footer:
        assert line not in kept, line


def test_a_gallery_after_a_two_paragraph_lead_with_its_controls_under_it() -> None:
    """A gallery right under two paragraphs, its last caption, credit and buttons before the prose resumes:
    the article goes on after it, and the whole gallery (counters, captions, credits, buttons) is removed."""
    gallery = EN_GALLERY[:6] + ["Previous", "Next", "Expand"]
    doc = _stage("\n".join(EN_MENU + EN_BEFORE[:2] + gallery + EN_AFTER + EN_FOOTER), "en")
    assert _kept(doc) == EN_BEFORE[:2] + EN_AFTER


def test_a_gallery_closing_the_article_does_not_reach_into_the_footer() -> None:
    """No prose after the last counter: the gallery ends there, and the footer lines under it are not
    made part of the article."""
    footer = ["Related coverage", "Council budget talks resume next week", "Terms of Use", "Privacy Policy"]
    doc = _stage("\n".join(EN_MENU + EN_BEFORE + EN_GALLERY[:4] + ["Next"] + footer), "en")
    kept = _kept(doc)
    assert kept[: len(EN_BEFORE)] == EN_BEFORE
    for line in footer + ["Next", "Image 2 of 3"]:
        assert line not in kept, line


def test_two_captions_with_credits_over_a_lead_gallery_are_not_its_prose() -> None:
    """Two long captions over a gallery at the top, each with its credit under it, are no two paragraphs
    right above it: the gallery stays outside the article, the article under it is kept."""
    caption = (
        "Walkers and cyclists crowd onto the new footbridge over the lower harbour on Saturday morning, "
        "a few minutes after it was opened by the mayor."
    )
    lead = [caption, caption[:80] + " ... more", "Photo: Harbour Courier", "Image 1 of 3", "Caption",
            "Image 1 of 3", "The footbridge opens", "1 / 3", "Back to Gallery"]
    doc = _stage("\n".join(EN_MENU + lead + EN_BEFORE + EN_AFTER + EN_FOOTER), "en")
    assert _kept(doc) == EN_BEFORE + EN_AFTER


def test_a_gallery_above_the_article_stays_outside_it() -> None:
    """A lead gallery (its caption above it, no article prose before it) is not made transparent: the
    caption written in full sentences must not join the article."""
    caption = (
        "Walkers and cyclists crowd onto the new footbridge over the lower harbour on Saturday morning, "
        "a few minutes after it was opened by the mayor."
    )
    gallery = ["Image 1 of / 6", "Caption", "Close", "Image 1 of 6", "Photo: Harbour Courier", "Back to Gallery",
               "1 / 6"]
    doc = _stage("\n".join(EN_MENU + [caption] + gallery + EN_BEFORE + EN_AFTER + EN_FOOTER), "en")
    kept = _kept(doc)
    assert kept == EN_BEFORE + EN_AFTER


def _feats(texts: list[str]) -> tuple[Document, list]:
    doc = Document(source="t", text="\n".join(texts))
    segment_stage(doc, Config())
    feats = []
    for line in doc.lines:
        f = line_features(line.text, "en")
        f.cls = classify(f)
        feats.append(f)
    return doc, feats


def test_slide_counters_and_what_is_not_one() -> None:
    lines = ["Image 3 of 12", "1 / 5", "Foto 2 von 8", "Photo 1 sur 4", "3 de 10", "图 2/6",
             # not counters: a count above its total, a date, a score inside a sentence, a long line
             "Image 7 of 5", "Updated 2024", "The home side won 3 of 5 sets and lost the final one narrowly",
             "Match report"]
    doc, feats = _feats(lines)
    assert slide_counters(doc.lines, feats) == [(0, 12), (1, 5), (2, 8), (3, 4), (4, 10), (5, 6)]


def test_a_lone_counter_or_counters_far_apart_are_no_gallery() -> None:
    """One counter (a page number), or counters of one total far apart (pagination above and below the
    text), leave the scores as they are."""
    texts = ["A long enough paragraph of the article that reads as prose and ends with a full stop here."] * 4
    texts += ["Page 1 of 2", "Menu", "Page 1 of 2"] + ["x"] * 10 + ["Page 1 of 2"]
    doc, feats = _feats(texts)
    scores = [1.0] * 4 + [-1.0] * (len(doc.lines) - 4)
    galleries_transparent(doc.lines, feats, scores)
    # The two counters two lines apart form a gallery after prose: their span is transparent ...
    assert scores[4:7] == [0.0, 0.0, 0.0]
    # ... the third, ten lines further on, is not part of it.
    assert all(s == -1.0 for s in scores[7:])


def test_titled_slide_counters_and_what_is_not_one() -> None:
    texts = ["3/50 Sterling returns for Compass", "12 / 40 – Die Brücke bei Nacht", "7/9: Le pont au coucher du soleil",
             # not titled slides: a fraction of a total under four, a count above its total, a counter that
             # ends the line, a sentence opening with a date, a long line
             "1/2 cup of flour", "9/5 The photo", "Image 3 of 12", "4/12 was the day the ferry stopped running for good "
             "after a storm had damaged the landing stage on both banks of the river"]
    doc, feats = _feats(texts)
    assert titled_slide_counters(doc.lines, feats) == [(0, 3, 50), (1, 12, 40), (2, 7, 9)]


EN_TITLED_GALLERY = [
    "Harbour week in pictures",
    "1/5 The first walkers",
    "Families who had waited on the north bank since dawn were among the first to cross the new bridge.",
    "Harbour Courier",
    "2/5 Lifting the deck",
    "The last of the four deck sections was floated down the river on a barge and lifted into place in May.",
    "Harbour Courier",
    "3/5 Ribbon cutting",
    "The mayor thanked the builders and the residents for their patience during three years of works.",
    "4/5 Lights at night",
    "The lighting was designed not to dazzle the birds that winter on the islands downstream.",
    "Harbour Courier",
    "5/5 The old swing bridge",
    "The old bridge, closed since 2021, is to be taken down over the summer and part of it kept for a museum.",
    "Harbour Courier",
]


def test_a_titled_gallery_is_removed_and_the_article_goes_on_under_it() -> None:
    """Slides opened by their counter ("2/5 Lifting the deck") over a caption in full sentences and a credit,
    counting up by one: all of them go (captions too, however long, and the last slide's caption and
    credit), and the article under the gallery is kept."""
    doc = _stage("\n".join(EN_MENU + EN_BEFORE[:1] + EN_TITLED_GALLERY + EN_AFTER + EN_FOOTER), "en")
    kept = _kept(doc)
    assert kept[: len(EN_BEFORE[:1])] == EN_BEFORE[:1]
    assert kept[-len(EN_AFTER):] == EN_AFTER
    for line in EN_TITLED_GALLERY[1:]:
        assert line not in kept, line


def test_recipe_fractions_and_a_short_titled_run_are_no_gallery() -> None:
    """Quantities opening a recipe's rows ("1/2 cup sugar") count up to no whole, and three titled slides
    are too few: their lines are the article's."""
    recipe = [
        "Heat the oven to 180 degrees and butter a round tin of about twenty centimetres across before you start.",
        "1/2 cup sugar, beaten with the butter until it turns pale and fluffy",
        "1/4 cup milk, warmed, and stirred in a little at a time with the flour",
        "2/4 cup of ground almonds, folded in with a metal spoon so the batter stays light",
        "3/4 cup plain flour, sifted twice over the bowl before it goes in",
        "Bake for thirty-five minutes, until a skewer pushed into the middle comes out clean, and cool in the tin.",
    ]
    doc = _stage("\n".join(EN_MENU + recipe + EN_FOOTER), "en")
    assert _kept(doc) == recipe
    doc, feats = _feats(EN_BEFORE + EN_TITLED_GALLERY[:9] + EN_AFTER)
    scores = [1.0] * len(doc.lines)
    galleries_transparent(doc.lines, feats, scores)
    assert not any(line.notes.get("furniture") for line in doc.lines)


# --- a last paragraph without a sentence end ---------------------------------------------------------


def test_a_chinese_last_paragraph_that_ends_with_a_byline_in_parentheses_is_kept() -> None:
    article = [
        "近日，省工业和信息化厅发布了年度绿色制造名单，我省共有十五家企业入选国家级绿色工厂，比上一年增加了六家。",
        "据了解，入选企业主要分布在建材、化工和电子信息等行业，其中有九家是近三年新建或技术改造后投产的项目。",
    ]
    # Dense prose with few function characters, two sentence ends, and the reporter's name after the last one.
    last = (
        "今年全省新增绿色工厂十四家、绿色园区两个，单位工业增加值能耗同比下降百分之三点二。"
        "省工业和信息化厅相关负责人表示，下一步将继续完善政策体系，推动重点行业节能降碳改造。（记者 王晓东）"
    )
    doc = _stage("\n".join(["首页", "新闻", "财经", *article, last, "责任编辑：李明", "版权所有 © 2024 东岭网"]), "zh")
    assert _kept(doc) == [*article, last]


def test_a_line_after_the_article_without_two_sentences_still_ends_it() -> None:
    """The tail goes on over prose only: a long headline-like line, a teaser, a footer still end it."""
    article = [
        "近日，省工业和信息化厅发布了年度绿色制造名单，我省共有十五家企业入选国家级绿色工厂，比上一年增加了六家。",
        "据了解，入选企业主要分布在建材、化工和电子信息等行业，其中有九家是近三年新建或技术改造后投产的项目。",
    ]
    after = [
        "东岭网新闻中心 东岭网地方频道 东岭网财经频道 东岭网体育频道 东岭网视频频道 东岭网图片频道 东岭网专题频道",
        "全市中小学课后服务实现全覆盖",
        "版权所有 © 2024 东岭网",
    ]
    doc = _stage("\n".join(["首页", "新闻", *article, *after]), "zh")
    assert _kept(doc) == article


def test_an_english_closing_line_that_ends_with_a_credit_is_kept_and_a_blurb_after_a_heading_is_not() -> None:
    article = [
        "Otters have been recorded breeding in the upper reaches of the valley for the first time since the "
        "early 1980s, according to a survey published on Wednesday by a regional wildlife trust.",
        "Volunteers checked 62 sites along the river and its tributaries over two winters, looking for "
        "footprints and feeding remains, and found signs of otters at 41 of them.",
    ]
    # Few stopwords (a run of names and figures), two sentence ends, and a credit after them.
    last = (
        "Sites: Upper Mill 9, Kerrow Weir 7, Halton Ford 6, Brackley Pools 5, Stow Marsh 4. "
        "Survey: Valley Wildlife Trust, Otter Network volunteers. Data — VWT winter counts"
    )
    blurb = (
        "Read our guide to spotting otters. It explains which signs to look for on a riverbank and when "
        "in the year you are most likely to find them, with photos of prints and spraints."
    )
    doc = _stage("\n".join(["Home", "News", *article, last, "Share this article", blurb, "© 2024 Valley Courier"]), "en")
    kept = _kept(doc)
    assert kept[:3] == [*article, last]
    assert blurb not in kept


def test_a_bare_date_after_the_text_is_not_taken_into_it() -> None:
    """The date under an answer (or a comment) closes the text when nothing of it follows: the tail of
    content-like lines stops there. A row with a date and more (a schedule), and a bare date between rows
    (a reference list's "20 November 2021." under its title), still continue it."""
    from stages import boilerplate_doc

    answer = [
        "冷藏室后壁结冰，最常见的原因有三个，下面按照从简单到复杂的顺序逐一说明，大家可以自己先检查一下。",
        "第一是排水孔堵塞。冷藏室后壁下方有一个小排水孔，化霜水从这里流走。如果被食物残渣堵住，水排不出去，就会在后壁结冰。",
        "第二是门封条老化。用了五年的冰箱，门封条可能变硬、变形，关门后有缝隙，外面的湿热空气进去就容易结霜结冰。",
        "建议先按上面的顺序自己检查，如果都没有问题，再联系售后上门检测，一般更换门封条的费用并不高。",
    ]
    doc = boilerplate_doc(["问答社区", "首页", *answer, "2022-09-14 16:02", "其他回答（2）", "为你推荐"], "zh")
    kept = {line.text for line in doc.lines if line.removal is None}
    assert set(answer) <= kept and "2022-09-14 16:02" not in kept
    rows = ["2022-09-14 北京站 开幕式", "2022-09-15 上海站 闭幕式", "2022-09-16", "3. 广州站（待定）"]
    doc = boilerplate_doc(["问答社区", "首页", *answer, *rows, "为你推荐"], "zh")
    kept = {line.text for line in doc.lines if line.removal is None}
    assert set(rows) <= kept


@pytest.mark.parametrize(("article", "date", "after", "language"), [
    (EN_BEFORE + EN_AFTER, "Posted 5 Jul 2024, updated 5 Jul 2024", ["Share", "Related stories"], "en"),
    (DE_BEFORE + DE_AFTER, "Veröffentlicht: 05.07.2024, 10:17 Uhr", ["Teilen"], "de"),
    (EN_BEFORE + EN_AFTER, "First published on November 19, 2019 / 8:16 AM", [], "en"),
])
def test_a_labelled_date_line_after_the_text_is_not_taken_into_it(
    article: list[str], date: str, after: list[str], language: str
) -> None:
    """The article's own date line repeated under it, with its labels ("Posted ..., updated ..."), closes
    the text like a bare date: the tail stops there."""
    doc = _stage("\n".join(EN_MENU + article + [date] + after + EN_FOOTER), language)
    assert _kept(doc) == article


# --- the counters of a gallery the run takes in whole (probe-eu: "Foto 1 di 12" was kept) ---------------------

IT_LEAD = (
    "Il ponte di ferro sul fiume è tornato percorribile da questa mattina, dopo due anni di lavori di "
    "consolidamento costati 6,8 milioni di euro, e centinaia di persone lo hanno attraversato a piedi."
)


def test_counters_of_a_gallery_under_a_one_paragraph_lead_are_removed() -> None:
    """One paragraph above the gallery is too little to make it transparent, and the run takes it in whole:
    its counters are still removed (its captions stay: they read as text)."""
    gallery = ["Foto 1 di 12", "La folla sul ponte subito dopo il taglio del nastro", "Foto 2 di 12",
               "Il sindaco con i tecnici del cantiere"]
    doc = _stage("\n".join(EN_MENU + [IT_LEAD] + gallery + EN_AFTER + EN_FOOTER), "it")
    kept = _kept(doc)
    assert IT_LEAD in kept and EN_AFTER[0] in kept
    assert "Foto 1 di 12" not in kept and "Foto 2 di 12" not in kept


ES_LEAD = (
    "El nuevo puente peatonal sobre el puerto abrió el sábado por la mañana, tres años después de que el viejo "
    "puente giratorio se cerrara por la corrosión de sus vigas principales."
)
ES_AFTER = [
    "La obra costó algo menos de nueve millones de euros, pagados en su mayor parte por el fondo regional de "
    "transporte, y terminó por debajo del presupuesto aprobado por el pleno.",
    "Los comerciantes de la orilla sur dijeron que esperan recuperar parte de las ventas que perdieron mientras "
    "el paso estuvo cerrado al público.",
    "Una segunda fase, que añadiría una rampa hasta el puerto deportivo y un carril bici, está prevista para el "
    "año que viene si el ayuntamiento aprueba el dinero.",
]


@pytest.mark.parametrize(("menu", "lead", "gallery", "after", "footer", "language"), [
    (DE_MENU, DE_BEFORE[0], ["Bild 1 von 5", "Die ersten Fußgänger auf der Brücke", "Bild 2 von 5",
                              "Der Bürgermeister mit den Ingenieuren"], DE_AFTER, DE_FOOTER, "de"),
    (EN_MENU, EN_BEFORE[0], ["Photo 1 of 8", "Crowds on the bridge after the ribbon was cut", "Photo 2 of 8",
                              "The mayor with the site engineers"], EN_AFTER, EN_FOOTER, "en"),
    (["Inicio", "Local", "Deportes", "Tiempo"], ES_LEAD, ["Imagen 1 de 6", "Los primeros peatones en el puente",
                                                       "Imagen 2 de 6", "El alcalde con los ingenieros"],
     ES_AFTER, ["Aviso legal", "Privacidad"], "es"),
])
def test_a_one_paragraph_lead_over_gallery_counters_stays_in_other_languages(
    menu: list[str], lead: str, gallery: list[str], after: list[str], footer: list[str], language: str
) -> None:
    """As the Italian lead above: the chain of labelled counters scores as short lines, not as a lone counter's
    furniture, so the run takes the lead, the gallery and the article under it; the counters still go."""
    doc = _stage("\n".join(menu + [lead] + gallery + after + footer), language)
    kept = set(_kept(doc))
    assert lead in kept and set(after) <= kept
    assert gallery[0] not in kept and gallery[2] not in kept
    assert menu[1] not in kept and footer[0] not in kept


def test_a_lone_labelled_counter_between_paragraphs_still_goes() -> None:
    """One counter alone (no chain) keeps the lone counter's rule: removed, the run goes on over it."""
    doc = _stage("\n".join(DE_MENU + DE_BEFORE[:2] + ["Bild 1 von 5"] + DE_AFTER + DE_FOOTER), "de")
    kept = set(_kept(doc))
    assert "Bild 1 von 5" not in kept and set(DE_BEFORE[:2] + DE_AFTER) <= kept


def test_rating_rows_that_do_not_count_up_are_no_gallery_counters() -> None:
    """A review's rating rows under its first paragraph share a total but do not count up by one: they stay.
    (Under three paragraphs, galleries_transparent still takes them for a gallery inside the article.)"""
    rows = ["Story 8/10", "Graphics 9/10", "Sound 7/10"]
    doc = _stage("\n".join(EN_MENU + EN_BEFORE[:1] + rows + EN_AFTER + EN_FOOTER), "en")
    kept = _kept(doc)
    for row in rows:
        assert row in kept, row
