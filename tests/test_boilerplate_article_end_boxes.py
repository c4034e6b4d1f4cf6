"""Boxes at and around the end of an article.

- The site's own voice after the article (boilerplate.trim_site_voice): a promo box and disclosure paragraphs that
  name the site twice each, the site's name being a masthead line that the copyright line names as well. A report
  that names its outlet once ("did not respond to <site>'s request for comment") stays.
- "More <topic> coverage" over headlines is a list heading (_more_stories_heading: "coverage" names the stories).
- A sentence ending in a colon over a few short rows, then a paragraph: the tail goes on over the rows to the
  paragraph (_announced_rows_end).
- A short heading with a colon over items numbered from 1 ("几点小建议：", "A few tips:") goes on the tail
  (_numbered_list_intro).
- "More information" ("Máis información", "Más información") over two headlines between the article's paragraphs
  is a box of other stories (_more_info_box); over a contact block it stays.

From the probe pages en_transcript_earnings_call_operator, en_news_election_results_table, zh_youji_xingcheng_feiyong
and gl_noticia_mais_informacion. Synthetic text.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_texts, removed_pairs

from cleaners.boilerplate import _announces, _more_stories_heading, classify, extend_tail, line_features

MASTHEAD = ["Tidewell", "Markets", "Stocks", "Personal Finance", "Log In"]
HEADLINE = ["Harbor Freight Lines (HFL) Q2 2025 Earnings Call Transcript"]
CALL = [
    "Good morning, and welcome to the Harbor Freight Lines second-quarter earnings call. At this time all "
    "participants are in a listen-only mode, and the call is being recorded.",
    "Thank you, operator. With me today are our chief executive and our chief financial officer, who will walk "
    "you through the results of the quarter and our outlook for the rest of the year.",
    "Revenue rose nine percent from a year ago, and our container volumes grew for the third quarter in a row, "
    "helped by new routes along the northern coast that opened in the spring.",
    "We expect the second half to be stronger still, because two new vessels join the fleet in September and "
    "the port fees we negotiated last year start to lower our costs.",
    "This concludes today's conference call. Thank you for participating, and you may now disconnect.",
]
PROMO = [
    "Premium Investing Services",
    "Invest smarter with Tidewell. Get stock picks, portfolio advice, and more from Tidewell's premium services.",
    "View Premium Services",
    "This article is a transcript of this call produced for Tidewell. While we strive for accuracy, there may be "
    "errors in this transcript, and Tidewell does not assume any responsibility for your use of it.",
    "Tidewell has positions in and recommends Harbor Freight Lines. Tidewell has a disclosure policy.",
]
REPORT_END = [
    "A spokesman for the port did not immediately respond to Tidewell's request for comment on the new fees.",
    "The company's shares rose four percent in early trading after the results were published by the exchange.",
]
FOOTER = ["Related Articles", "3 Shipping Stocks to Buy Now", "Why Freight Rates Fell Today", "Terms of Use",
          "© 1998 – 2025 Tidewell. All rights reserved."]


def test_site_promo_and_disclosures_after_the_article_go() -> None:
    record = clean_lines([*MASTHEAD, *HEADLINE, *CALL, *PROMO, *FOOTER])
    kept = kept_texts(record)
    assert all(line in kept for line in CALL), kept
    for line in (PROMO[1], PROMO[3], PROMO[4]):
        assert line not in kept
        assert ("boilerplate:site-voice", line) in removed_pairs(record)
    assert PROMO[2] not in kept


def test_report_naming_its_outlet_once_stays() -> None:
    record = clean_lines([*MASTHEAD, *HEADLINE, *CALL, *REPORT_END, *FOOTER])
    kept = kept_texts(record)
    assert all(line in kept for line in REPORT_END), kept


def test_no_site_name_without_the_copyright_line() -> None:
    record = clean_lines([*MASTHEAD, *HEADLINE, *CALL, *PROMO, *FOOTER[:-1]])
    assert not any(rule == "boilerplate:site-voice" for rule, _ in removed_pairs(record))


@pytest.mark.parametrize("text", ["More election coverage", "More Brexit coverage", "Más cobertura de Elecciones",
                                  "Weitere aktuelle Berichterstattung"])
def test_more_coverage_heading(text: str) -> None:
    assert _more_stories_heading(text)


ELECTION = [
    "Northfield Gazette", "News", "Politics", "Sport", "Opinion",
    "Results: Okafor wins the mayoral race by fewer than 500 votes",
    "Councillor Ada Okafor will be the next mayor after the postal ballots counted on Wednesday widened her lead "
    "over the incumbent, who conceded in a short statement late in the evening.",
    "Turnout reached 44 percent, the highest for a local election in two decades, driven by two ballot questions "
    "on the town's parks and its water supply that drew voters from every ward.",
    "Both questions passed comfortably:",
    "Parks levy: Yes 57%, No 43%",
    "Ward 3 council seat, east: Tom Reyes (elected)",
    "Water bond: Yes 62%, No 38%",
    "Library hours: Yes 51%, No 49%",
    "Ward 5 council seat, west: Lena Novak (elected)",
    "Okafor, a former head teacher, will take office on Jan. 1. She has promised to review the town's budget.",
    "Advertisement",
    "More election coverage",
    "Live results: every race on the ballot in the town",
    "Who is Ada Okafor? Five things to know about the mayor-elect",
    "Analysis: Why the parks levy won in every ward",
    "Contact Us",
    "© 2025 Northfield Gazette. All rights reserved.",
]


def test_rows_a_colon_sentence_announces_and_the_paragraph_under_them_stay() -> None:
    kept = kept_texts(clean_lines(ELECTION))
    for line in ELECTION[8:15]:
        assert line in kept, kept


def test_more_coverage_links_go() -> None:
    kept = kept_texts(clean_lines(ELECTION))
    for line in ELECTION[16:20]:
        assert line not in kept, kept


def test_tail_goes_on_over_announced_rows_to_the_paragraph() -> None:
    """The run search may stop above the rows (they score below the paragraph under them, as on the probe page)."""
    doc = boilerplate_doc(ELECTION)
    feats = []
    for line in doc.lines:
        f = line_features(line.text, "en")
        f.cls = classify(f)
        feats.append(f)
    colon = ELECTION.index("Both questions passed comfortably:")
    paragraph = colon + 6
    assert doc.lines[paragraph].text.startswith("Okafor, a former head teacher")
    assert extend_tail(doc.lines, feats, colon, start=6, language="en") == paragraph + 1
    # Without the paragraph under them, the rows are no part of the article's tail.
    cut = boilerplate_doc([*ELECTION[: paragraph], *ELECTION[paragraph + 1 :]])
    assert extend_tail(cut.lines, feats[:paragraph] + feats[paragraph + 1 :], colon, start=6, language="en") == colon


DIARY = [
    "旅行家", "首页", "游记", "攻略", "问答",
    "大理五日游：洱海骑行、古城慢逛和喜洲的早餐",
    "第一天我们从昆明坐动车到大理，下午住进古城里的小院，老板热情地给我们推荐了好几家本地人常去的小馆子，晚上在人民路散步。",
    "第二天租了电动车环洱海骑行，从才村一路骑到双廊，海边的风很大，但景色真的太美了，沿途停下来拍了很多照片。",
    "费用参考（两人）：",
    "住宿 4晚 1,280元",
    "交通 动车+打车+租车 1,150元",
    "餐饮 5天 1,860元",
    "几点小建议：",
    "1. 骑行洱海尽量选择上午，下午风大；",
    "2. 古城里的银器店很多，价格差别大，买之前多比较；",
    "3. 高原紫外线强，帽子和墨镜必不可少。",
    "本游记著作权归作者所有，未经授权禁止转载。",
    "点赞 312",
    "分享到：微信 微博 QQ",
]


def test_numbered_tips_under_a_short_colon_heading_stay_in_the_tail() -> None:
    kept = kept_texts(clean_lines(DIARY))
    for line in DIARY[12:16]:
        assert line in kept, kept
    assert "点赞 312" not in kept


@pytest.mark.parametrize("intro", ["几点小建议如下", "几点小建议如下。", "几点小建议："])
def test_numbered_tips_under_a_heading_announcing_them_in_words_stay(intro: str) -> None:
    """The heading may announce the tips in words instead of a colon ("如下", "as follows": _list_announcement)."""
    page = [intro if line == "几点小建议：" else line for line in DIARY]
    kept = kept_texts(clean_lines(page))
    for line in page[12:16]:
        assert line in kept, kept


MORE_INFO_ARTICLE = [
    "Diario do Val", "Portada", "Galicia", "Deportes", "Opinión",
    "A Xunta amplía as axudas para rehabilitar vivendas baleiras no rural",
    "A Consellería de Vivenda ampliará a partir de xaneiro as axudas para rehabilitar vivendas baleiras en "
    "concellos de menos de vinte mil habitantes, cunha partida de trinta millóns de euros para os próximos dous anos.",
    "Segundo explicou a conselleira en rolda de prensa, poderán optar ás axudas tanto os propietarios como os "
    "concellos que queiran destinar as vivendas ao aluguer social durante polo menos cinco anos.",
    "{heading}",
    "O prezo do aluguer sobe un 9 % nas cidades galegas",
    "Concellos do interior perden poboación por décimo ano",
    "A oposición considera insuficiente a partida e lembra que na última convocatoria quedaron fóra máis da metade "
    "das solicitudes presentadas por falta de orzamento, segundo os datos da propia consellería.",
    "As solicitudes poderán presentarse na sede electrónica ata o 31 de marzo do ano que vén.",
    "Comentarios", "O máis lido", "Alerta laranxa por temporal na costa", "Aviso legal",
]


@pytest.mark.parametrize("heading", ["Máis información", "Más información", "More information", "Mais informações"])
def test_more_information_box_between_paragraphs_goes(heading: str) -> None:
    page = [line.format(heading=heading) for line in MORE_INFO_ARTICLE]
    kept = kept_texts(clean_lines(page))
    assert page[6] in kept and page[7] in kept and page[11] in kept, kept
    for line in page[8:11]:
        assert line not in kept, kept


def test_more_information_over_a_contact_block_stays() -> None:
    page = [line.format(heading="Máis información") for line in MORE_INFO_ARTICLE]
    page[9:11] = ["Oficina de vivenda, Praza Maior 1", "Teléfono: 981 123 456"]
    kept = kept_texts(clean_lines(page))
    assert "Máis información" in kept, kept


# An article about the site itself: a company's post about its product, a paper's report on its own awards, a
# release on the company's newsroom. Its closing paragraphs name the site twice each, right under the paragraph
# above them, as the article's own text; they stay.
BLOG_POST = [
    "Lumora", "Product", "Pricing", "Blog", "Sign in",
    "Introducing Boards: plan your whole week in one place",
    "For years our customers have asked for a way to see every task, meeting and deadline of a week on one screen, "
    "without switching between lists and calendars.",
    "Boards puts your tasks in columns by day, lets you drag a task from one day to another, and shows your "
    "meetings next to the work you planned around them.",
    "We tested the feature with two hundred teams over the summer, and the most common request was a way to share "
    "a board with people outside the team, which we added last month.",
    "Boards is available today on every Lumora plan, including the free one, and Lumora for Teams customers can "
    "share boards with guests at no extra cost.",
    "We built Boards with feedback from thousands of Lumora users, and we would love to hear what you think: reply "
    "to this post or write to the Lumora community forum.",
    "Related posts", "How we rebuilt search", "Five tips for planning your week",
    "© 2025 Lumora Inc. All rights reserved.",
]
OWN_AWARDS = [
    "Harbour Times", "News", "Sport", "Business", "Opinion",
    "Harbour Times wins three regional press awards",
    "Reporters and photographers of this newspaper won three prizes at the regional press awards on Friday "
    "evening, including the prize for the best local investigation of the year.",
    "The judges praised the series on the closure of the maternity ward at the district hospital, which led to a "
    "public inquiry and a change of plans by the health board.",
    "Photographer Sam Ortiz won the prize for news photography for his pictures of the floods in March, taken from "
    "a rescue boat on the second night of the storm.",
    "A long history",
    "The Harbour Times has been published since 1884, and the Harbour Times newsroom now has forty journalists "
    "working in print and online.",
    "Editor Claire Dunn said the prizes belonged to the readers of the Harbour Times as much as to its staff, and "
    "thanked everyone at the Harbour Times for a hard year.",
    "Most read", "Council approves new bus routes", "Storm warning for the weekend",
    "© 2025 Harbour Times. All rights reserved.",
]
OWN_RELEASE = [
    "Corvane Industries", "Company", "Products", "Investors", "Newsroom",
    "Corvane Industries opens its first plant in Tennessee",
    "March 3, 2026",
    "HARTWELL, Ohio -- Corvane Industries, Inc. today opened its first plant in Tennessee, a filtration factory "
    "that will employ 350 people when it reaches full output next year.",
    "The plant will make industrial filters for customers in the automotive and food industries, and it doubles "
    "the company's capacity in its fastest growing segment.",
    "\"This plant is the largest investment in our history,\" said Dana Whitlock, chief executive officer. \"It "
    "brings us closer to our customers in the South.\"",
    "Corvane Industries will hire most of the plant's workers locally, and Corvane Industries has agreed with the "
    "state's community colleges on a training program for them.",
    "The plant is Corvane Industries' third new facility in five years and the first Corvane Industries plant "
    "outside Ohio.",
    "About Corvane Industries",
    "Corvane Industries makes filtration products for industrial and consumer markets. Founded in 1952, Corvane "
    "Industries employs 4,800 people in eleven countries.",
    "Media contact", "press@corvane.example",
    "Copyright © 2026 Corvane Industries, Inc. All rights reserved.",
]


@pytest.mark.parametrize(("page", "closing"), [(BLOG_POST, BLOG_POST[9:11]), (OWN_AWARDS, OWN_AWARDS[10:12]),
                                               (OWN_RELEASE, OWN_RELEASE[10:12])])
def test_closing_paragraphs_of_an_article_about_the_site_stay(page: list[str], closing: list[str]) -> None:
    record = clean_lines(page)
    kept = kept_texts(record)
    for line in closing:
        assert line in kept, kept
    assert not any(rule == "boilerplate:site-voice" for rule, _ in removed_pairs(record))


def test_site_promo_after_a_byline_naming_the_site_goes() -> None:
    """The byline may name the site ("By <site> Staff"): that names the author, not the article's subject."""
    record = clean_lines([*MASTHEAD, *HEADLINE, "By Tidewell Staff", *CALL, "Duration: 0 minutes", *PROMO, *FOOTER])
    for line in (PROMO[1], PROMO[3], PROMO[4]):
        assert ("boilerplate:site-voice", line) in removed_pairs(record)


# "Coverage" names a desk's stories, and also what an insurance or a network covers: "More dental coverage" over
# the plan's benefits, the article's prose going on right under them, is the article's section.
DENTAL = [
    "Money Desk", "News", "Money", "Health", "Travel",
    "What the new dental plan for retirees actually covers",
    "From January, retirees in the state plan can add dental care to their health cover for a monthly fee of "
    "twelve dollars, the first change to the plan's benefits in a decade.",
    "The plan pays for two check-ups a year in full, and it shares the cost of fillings and extractions with the "
    "patient, who pays a fifth of the bill.",
    "More dental coverage",
    "Two cleanings a year at no cost", "Fillings paid at eighty percent", "Crowns and bridges after a waiting year",
    "Retirees who already pay for a private dental policy should compare the two before they switch, because the "
    "state plan does not cover implants or braces at all.",
    "Enrollment opens on November 1 and closes on December 15, and the new cover starts on the first day of the "
    "year.",
    "Most read", "Ten ways to save on your energy bill",
    "© 2025 Money Desk",
]
DENTAL_ES = [
    "Diario Salud", "Portada", "Salud", "Economía", "Opinión",
    "Lo que cubre el nuevo seguro dental para jubilados",
    "Desde enero, los jubilados del plan estatal podrán añadir la atención dental a su seguro médico por una cuota "
    "mensual de doce euros, el primer cambio en las prestaciones del plan en diez años.",
    "El plan paga dos revisiones al año y comparte con el paciente el coste de los empastes y las extracciones, de "
    "modo que el paciente paga una quinta parte de la factura.",
    "Más cobertura de salud",
    "Dos limpiezas al año sin coste", "Empastes pagados al ochenta por ciento",
    "Coronas y puentes después de un año de espera",
    "Los jubilados que ya pagan un seguro dental privado deberían comparar ambos antes de cambiar, porque el plan "
    "estatal no cubre los implantes ni la ortodoncia.",
    "La inscripción abre el 1 de noviembre y cierra el 15 de diciembre, y la nueva cobertura empieza el primer día "
    "del año.",
    "Lo más leído", "Diez formas de ahorrar en la factura de la luz",
    "© 2025 Diario Salud",
]
NETWORK_PT = [
    "Jornal Digital", "Início", "Economia", "Tecnologia", "Opinião",
    "Operadora lança plano com 5G em todo o país",
    "A operadora anunciou nesta terça-feira um novo plano de telemóvel que inclui acesso à rede 5G em todo o país, "
    "por um preço mensal de vinte euros, sem fidelização.",
    "Segundo a empresa, a rede chega agora a noventa por cento da população, depois de um investimento de "
    "trezentos milhões de euros nos últimos dois anos.",
    "Mais cobertura da rede",
    "Sinal 5G em todas as capitais de distrito", "Roaming grátis nos países vizinhos",
    "Chamadas ilimitadas para números fixos",
    "Os analistas esperam que as outras operadoras respondam com descontos nas próximas semanas, porque o novo "
    "plano custa menos do que os tarifários atuais com a mesma quantidade de dados.",
    "O plano fica disponível nas lojas e no sítio da operadora a partir de segunda-feira.",
    "Mais lidas", "Preço dos combustíveis volta a subir",
    "© 2025 Jornal Digital",
]


@pytest.mark.parametrize("page", [DENTAL, DENTAL_ES, NETWORK_PT])
def test_coverage_heading_over_the_articles_list_and_prose_stays(page: list[str]) -> None:
    kept = kept_texts(clean_lines(page))
    for line in page[8:13]:
        assert line in kept, kept


@pytest.mark.parametrize("text", ["主要内容如下", "主な内容は以下の通り", "次のとおりです", "내용은 다음과 같다", "내용은 아래와 같습니다",
                                  "The changes are as follows", "Die Regeln lauten wie folgt", "come segue"])
def test_announcement_in_words_without_a_full_stop(text: str) -> None:
    """(The cheap gate before the regex knew the last letters of the Latin phrases only: "如下" without "。" was
    no announcement.)"""
    assert _announces(text)
    assert _announces(text + ("。" if not text.isascii() else "."))


# A known shortfall: "More information" over the article's own facts, written as lines without full stops, between
# two paragraphs, has the shape of an inline box of headlines (_more_info_box); the facts go, and the paragraph under
# them with them when the run search does not bridge the box. Nothing in the lines tells a fact from a headline.
FOOTBRIDGE = [
    "City Weekly", "News", "Events", "Sport", "Opinion",
    "New footbridge over the river opens on Saturday",
    "The new footbridge linking the old town with the park on the east bank opens to the public on Saturday "
    "morning, two years after work on it began.",
    "The city council says the bridge will cut the walk from the station to the park by ten minutes and take "
    "pressure off the busy road bridge upstream.",
    "More information",
    "The bridge is open to walkers and cyclists only",
    "Cyclists must dismount during the opening weekend",
    "Dogs must be kept on a lead on the bridge at all times",
    "The opening ceremony starts at ten with a brass band and a short speech by the mayor, and the first walkers "
    "can cross the bridge after the ribbon is cut.",
    "Comments",
    "© 2025 City Weekly",
]


@pytest.mark.xfail(strict=True, reason="facts under 'More information' between paragraphs read as a box of headlines")
def test_more_information_over_the_articles_facts_stays() -> None:
    kept = kept_texts(clean_lines(FOOTBRIDGE))
    for line in FOOTBRIDGE[9:13]:
        assert line in kept, kept
