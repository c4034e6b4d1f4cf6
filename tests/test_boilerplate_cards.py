"""mark_card_streams: a stream of "more stories" cards (headline, byline/source/date, one-paragraph summary)
next to the article is removed as a block; article structures of the same shape are kept.

Every page here is synthetic.
"""

from __future__ import annotations

from stages import boilerplate_doc
from stages import kept_line_texts as _kept

from cleaners.document import Document

CARD_RULE = "boilerplate:card-stream"


_stage = boilerplate_doc  # segment, then boilerplate, in the given language


def _card_removed(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None and line.removal.rule == CARD_RULE]


# --- an English article about a lighthouse, and cards about other things --------------------------------

EN_HEADER = ["Old Lighthouse Reopens to Visitors After Restoration", "By Marta Okafor", "March 4, 2024"]
EN_ARTICLE = [
    "The lighthouse on the northern headland opened its doors to visitors again on Saturday, after a restoration "
    "that took three years and cost more than the town had first planned.",
    "Engineers replaced the rusted iron gallery, rebuilt the lantern room and repaired the spiral staircase, "
    "which had been closed to the public since a storm damaged it in the winter of 2019.",
    "Volunteers from the local history society will guide the tours, and the keeper's cottage at the foot of "
    "the tower now holds a small exhibition about the families who kept the light burning.",
    "The council said that the tower would stay open every weekend until the end of October, and that school "
    "groups could book visits on weekdays through the tourist office.",
    "Tickets cost four pounds for adults and are free for children under twelve; the money will go towards the "
    "upkeep of the tower, which needs a fresh coat of paint every five years because of the salt in the air.",
]
EN_CARDS = [
    "Council Votes to Extend Night Bus Service",
    "Priya Raman",
    "March 3, 2024",
    "The night routes will run until three in the morning from next month. Drivers welcomed the change.",
    "Why the Price of Coffee Keeps Climbing",
    "Daniel Weiss",
    "March 2, 2024",
    "Poor harvests in two growing regions have pushed wholesale prices to a record. Shops say more rises are coming.",
    "School Choir Wins Regional Singing Contest",
    "Lena Fischer",
    "March 2, 2024",
    "Forty pupils travelled to the final with a programme of folk songs. The judges praised their harmonies.",
    "New Cycle Path Links Two Villages",
    "Tom Adeyemi",
    "March 1, 2024",
    "The path follows an old railway line for six kilometres. It cost less than expected to build.",
]


def test_stream_of_cards_after_the_article_is_removed() -> None:
    tags = ["Lighthouses", "Restoration", "Share this story"]
    footer = ["Privacy Policy", "© 2024 Harbour Gazette"]
    doc = _stage([*EN_HEADER, *EN_ARTICLE, *tags, "More Stories", *EN_CARDS, *footer])
    assert set(EN_CARDS) <= set(_card_removed(doc))
    for text in EN_ARTICLE:
        assert text in _kept(doc)
    line = next(line for line in doc.lines if line.text == EN_CARDS[3])
    assert line.removal is not None and line.removal.reason == (
        "stream of story cards: headline, byline and summary repeated"
    )


# --- German: kicker in capitals, headline, source and section, summary --------------------------------------

DE_ARTICLE = [
    "Die Stadtwerke wollen bis zum Herbst an allen Schulen im Stadtgebiet Solaranlagen auf die Dächer bringen, "
    "teilte der Geschäftsführer am Dienstag im Bauausschuss mit.",
    "Nach seinen Angaben sind die Dächer von achtzehn Gebäuden bereits geprüft worden, bei drei weiteren müsse "
    "zuerst die Dachhaut erneuert werden, bevor die Module montiert werden können.",
    "Der Strom soll zunächst in den Schulen selbst verbraucht werden, überschüssige Energie werde in das Netz "
    "eingespeist und den Schulen über einen eigenen Tarif gutgeschrieben.",
    "Die Kosten von rund vier Millionen Euro tragen die Stadtwerke, die Stadt beteiligt sich über eine Pacht "
    "für die Dachflächen, die über zwanzig Jahre laufen soll.",
    "Im Unterricht sollen die Anlagen ebenfalls eine Rolle spielen: Jede Schule erhält eine Anzeige im Foyer, "
    "auf der die Schülerinnen und Schüler die erzeugte Strommenge des Tages ablesen können.",
]
DE_CARDS = [
    "ZU HOCH GEPOKERT",
    "Wie ein Sammler seine Briefmarken verlor",
    "Stadtblatt Panorama",
    "Der Mann hatte die Sammlung als Pfand hinterlegt. Nun gehört sie dem Pfandhaus.",
    "ENDLICH WIEDER OFFEN",
    "Das alte Hallenbad empfängt die ersten Gäste",
    "Stadtblatt Freizeit",
    "Nach zwei Jahren Umbau ist das Becken wieder gefüllt. Der Eintritt bleibt gleich.",
    "KNAPPER SIEG",
    "Handballerinnen gewinnen das Derby in letzter Sekunde",
    "Stadtblatt Sport",
    "Ein Siebenmeter entschied das Spiel vor ausverkaufter Halle. Die Trainerin lobte die Abwehr.",
    "AUF DER SUCHE",
    "Zoo bittet um Namen für das junge Nashorn",
    "Stadtblatt Tiere",
    "Besucher können bis Ende des Monats Vorschläge einreichen. Die Tierpfleger wählen drei aus.",
]


def test_kicker_card_stream_in_german_is_removed() -> None:
    header = ["Solarstrom für alle Schulen bis zum Herbst", "Von Jana Köhler"]
    doc = _stage([*header, *DE_ARTICLE, "Newsletter", "Teilen", *DE_CARDS, "Impressum"], "de")
    assert set(DE_CARDS) <= set(_card_removed(doc))
    for text in DE_ARTICLE:
        assert text in _kept(doc)


# --- Spanish: a stream before the article ---------------------------------------------------------------------

ES_CARDS = [
    "El mercado de abastos cambia de horario",
    "Lucía Romero",
    "2 de mayo de 2024",
    "Los puestos abrirán una hora antes durante el verano. Los comerciantes lo pidieron en marzo.",
    "Un vecino encuentra una moneda romana en su huerto",
    "Andrés Molina",
    "1 de mayo de 2024",
    "La pieza ya está en el museo provincial. Los expertos la datan en el siglo segundo.",
    "La banda municipal prepara su gira de otoño",
    "Carmen Vidal",
    "30 de abril de 2024",
    "Los músicos tocarán en doce pueblos de la comarca. El repertorio incluye piezas nuevas.",
]
ES_ARTICLE = [
    "El ayuntamiento aprobó el jueves el proyecto para convertir la antigua estación de autobuses en una "
    "biblioteca con sala de estudio, que abrirá todos los días del año hasta medianoche.",
    "Las obras comenzarán en septiembre y durarán unos dieciocho meses, según el calendario presentado por "
    "la concejalía de urbanismo durante el pleno municipal.",
    "El edificio conservará la marquesina original de los años sesenta, que será restaurada, y contará con "
    "una terraza de lectura en la planta superior para los meses de verano.",
    "Los vecinos del barrio llevaban más de una década reclamando un uso para el edificio, cerrado desde que "
    "las líneas interurbanas se trasladaron a la nueva terminal.",
    "La biblioteca tendrá además un espacio infantil con cuentacuentos los sábados por la mañana y un aula de "
    "informática donde se impartirán cursos gratuitos para personas mayores del barrio.",
]


def test_card_stream_before_the_article_is_removed_in_spanish() -> None:
    menu = ["Portada", "Local", "Deportes"]
    header = ["La antigua estación será una biblioteca", "Por Elena Ruiz"]
    doc = _stage([*menu, "Lo último", *ES_CARDS, "Publicidad", *header, *ES_ARTICLE], "es")
    assert set(ES_CARDS) <= set(_card_removed(doc))
    for text in ES_ARTICLE:
        assert text in _kept(doc)


# --- Chinese: headline, source, date, summary ---------------------------------------------------------------------

ZH_ARTICLE = [
    "本报讯，市园林局日前公布了今年的城市绿化计划，全年将新建和改造公园绿地四十余处，其中十二处位于老城区的居民小区附近。",
    "据介绍，新建的口袋公园面积都不大，但会配备座椅、健身器材和儿童游乐设施，方便周边居民在家门口散步和休息。",
    "园林局负责人表示，今年还将在主要道路两侧补种行道树，并对部分树龄较长的古树进行体检和保护，预计年底前全部完工。",
    "市民如果对公园选址和设计有意见，可以通过政府网站和社区公告栏提出建议，园林局将在方案公示期间统一收集和答复。",
    "去年全市共建成口袋公园二十八处，不少居民反映晚饭后有了散步的去处，附近的老人和孩子也多了一个见面聊天的地方。",
    "园林局还计划在部分公园试点安装智能灌溉设备，根据土壤湿度自动浇水，预计每年可以节约绿化用水三成左右。",
]
ZH_CARDS = [
    "地铁三号线南延段开始试运行",
    "来源：晚报",
    "2024-05-06",
    "试运行期间列车不载客，主要检验信号和供电系统。正式开通时间另行公布。",
    "全市中小学暑假时间确定",
    "来源：教育频道",
    "2024-05-05",
    "今年暑假从七月十日开始，八月三十一日结束。各校将提前通知家长。",
    "老字号糕点店推出新口味月饼",
    "来源：生活频道",
    "2024-05-04",
    "新品以本地水果为馅料，上市首日就排起长队。店家表示会继续增加产量。",
]


def test_card_stream_after_a_chinese_article_is_removed() -> None:
    header = ["城市绿化计划公布 新建公园绿地四十余处", "记者 王晓明"]
    doc = _stage([*header, *ZH_ARTICLE, "分享到", "相关新闻", *ZH_CARDS, "版权所有"], "zh")
    assert set(ZH_CARDS) <= set(_card_removed(doc))
    for text in ZH_ARTICLE:
        assert text in _kept(doc)


# --- negatives: article structures of the same shape ---------------------------------------------------------------


KETTLE_LEAD = [
    "We tested eleven kettles over a month of daily use to find the ones that boil quickly, pour cleanly and "
    "keep their handles cool, and four kettles stood out from the rest of the kettles we tried at home, whether "
    "for speed, for a careful pour or for a small kitchen.",
    "Each kettle boiled a full litre of cold water ten times, and we timed every boil, measured the noise from a "
    "metre away and checked how hot the handle and the outside of the kettle became after the water boiled.",
    "We also poured each kettle into a narrow cup and a wide teapot to see how well the spout controlled the "
    "flow, and we descaled every kettle twice to see how easy the filter and the inside were to clean.",
    "Prices changed often during the test, so the prices below are the lowest we found for each kettle at the "
    "time of writing; none of the makers paid to be included, and we bought every kettle ourselves.",
]
KETTLES = [
    "Brightwater Steel Kettle",
    "$49 at Homeware Hub",
    "This steel kettle boils a full litre in under three minutes, the fastest in our test, and its spout pours "
    "without dripping even when the kettle is full to the brim; the handle stays cool and the lid opens with one "
    "press of a button.",
    "Copperleaf Gooseneck Kettle",
    "$89 at Kitchen Corner",
    "The gooseneck kettle gives fine control over the pour for filter coffee, and its double wall keeps the water "
    "hot for an hour after the kettle has boiled, which is handy for a second cup; it is the kettle to buy if "
    "you make coffee by hand.",
    "Northfield Glass Kettle",
    "$39 at Homeware Hub",
    "A glass kettle lets you watch the water boil, and the blue light at the base is a nice touch; the kettle lid "
    "opens wide, so it is easy to clean the limescale that builds up in hard water areas; it was also the "
    "quietest kettle in our test.",
    "Pebble Travel Kettle",
    "$29 at Outdoor Depot",
    "The travel kettle folds flat and weighs little, so it fits in a rucksack or a suitcase, and it boils half a "
    "litre of water, which is enough for two cups of tea at the campsite; the kettle switches to a lower voltage "
    "abroad by itself.",
]


def test_product_round_up_made_of_the_article_is_kept() -> None:
    """Product name, price line, one paragraph each, right after the lead: the items are the article."""
    doc = _stage(["The Best Kettles We Tested", "By Sam Porter", *KETTLE_LEAD, *KETTLES, "Privacy Policy"])
    assert _card_removed(doc) == []
    for text in KETTLES[2::3]:
        assert text in _kept(doc)


def test_round_up_under_its_own_subheading_is_kept() -> None:
    """Set off from the lead by a subheading, the items still go on with the article's topic (its vocabulary)."""
    doc = _stage(["The Best Kettles We Tested", "By Sam Porter", *KETTLE_LEAD, "Our picks", *KETTLES, "Privacy Policy"])
    assert _card_removed(doc) == []
    for text in KETTLES[2::3]:
        assert text in _kept(doc)


def test_interview_with_name_lines_is_kept() -> None:
    """Short name lines before the answers: the article, however regular."""
    lead = [
        "The harbour master has worked on the quays for thirty years and retires next month; we asked her about the "
        "changes she has seen, from the last fishing fleets to the first cruise ships.",
        "She spoke to us in her office above the ferry terminal, where the charts of the old harbour still hang.",
    ]
    qa = [
        "Gazette",
        "How did you start?",
        "Anna Berg",
        "I answered an advert for a clerk in the harbour office when I was nineteen, and within a year I was out on "
        "the quays every day, checking the cargo lists against what the ships actually carried.",
        "Gazette",
        "What has changed the most?",
        "Anna Berg",
        "The ships are bigger and the crews are smaller, and most of the paperwork has moved onto screens, but the "
        "tides have not changed at all, and neither has the wind that comes in over the breakwater.",
        "Gazette",
        "What will you miss?",
        "Anna Berg",
        "The early mornings, when the harbour is quiet and the first boats come in, and the people who have worked "
        "here with me for so many years, through the good seasons and the hard ones.",
        "Gazette",
        "And what comes next?",
        "Anna Berg",
        "A garden, and a small boat of my own that I have been repairing for years in my brother's shed; I will "
        "finally have the time to take it out of the harbour and sail it along the coast.",
    ]
    doc = _stage(["Thirty Years on the Quays", "By Ruth Hale", *lead, *qa])
    assert _card_removed(doc) == []
    for text in qa[3::4]:
        assert text in _kept(doc)


def test_numbered_how_to_is_kept() -> None:
    lead = [
        "Repotting a houseplant takes about half an hour and needs little more than a slightly larger pot, fresh "
        "compost and a sheet of newspaper to catch the mess, and it is best done in spring, when the plant is "
        "starting to grow again after the winter.",
        "Most houseplants need a new pot every two or three years, when roots start to grow out of the drainage "
        "holes or the compost dries out within a day of watering, which means the roots have filled the pot.",
        "Choose a pot only a few centimetres wider than the old one: too much compost around a small root ball "
        "stays wet for a long time, and the roots can rot before the plant has grown into its new home.",
        "Cacti and succulents are the exception to most of these rules: they like a tight pot, a gritty mix with "
        "sand or fine gravel in it, and they should not be watered for a week after they have been moved.",
    ]
    steps = [
        "Step 1",
        "Water the plant the day before",
        "Moist roots slide out of the pot more easily. They also suffer less when they are moved.",
        "Step 2",
        "Loosen the root ball gently",
        "Tease apart roots that circle the bottom of the pot. Cut away any that are dark and soft.",
        "Step 3",
        "Set the plant at the same depth",
        "Fill around the roots with fresh compost and press it down lightly. Leave space for watering.",
        "Step 4",
        "Water well and keep it out of direct sun",
        "Give the plant a week in a shaded spot to recover. Then move it back to its usual place.",
    ]
    doc = _stage(["How to Repot a Houseplant", "By Iris Wong", *lead, "What you will do", *steps])
    assert _card_removed(doc) == []
    for text in steps[2::3]:
        assert text in _kept(doc)


def test_cards_inside_the_article_are_kept() -> None:
    """The same cards between two parts of an article are not removed as a stream next to it."""
    doc = _stage([*EN_HEADER, *EN_ARTICLE[:2], "Also in the news", *EN_CARDS, "Read on", *EN_ARTICLE[2:]])
    assert _card_removed(doc) == []


def test_cards_on_the_article_topic_are_kept() -> None:
    """Sections headed by a title and a date line that go on with the article's own story (a live report)."""
    updates = [
        "Lighthouse Gallery Reopens After the Storm",
        "10:40",
        "The restored lighthouse gallery opened at ten, and the first visitors climbed the lighthouse staircase.",
        "Lighthouse Keeper Cottage Exhibition Opens",
        "11:15",
        "The keeper's cottage exhibition about the lighthouse families opened to visitors at the headland.",
        "Lighthouse Tours Fully Booked for Saturday",
        "12:30",
        "Volunteers said the lighthouse tours for Saturday were fully booked, and the headland car park was full.",
        "Lighthouse Lantern Room Lit Again",
        "13:05",
        "The restored lantern room of the lighthouse was lit at noon, and visitors on the headland cheered.",
    ]
    doc = _stage([*EN_HEADER, *EN_ARTICLE, "Live updates", *updates])
    assert _card_removed(doc) == []


def _title_cased_definition(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 5 and len([w for w in words if w[:1].isupper()]) >= 0.8 * len(words)


def test_title_cased_is_its_definition() -> None:
    """Compiled, _title_cased reads the first character of each word in one typed pass."""
    import random

    from cleaners.boilerplate import _title_cased

    rng = random.Random(4)
    alphabet = ["Ab", "ab", "É", "é", "1x", "'A", " ", "  ", "\t", "\u3000", "\xa0", "漢", "Σς", ".", "Ǆ", "ǅ"]
    texts = ["The Quick Brown Fox Jumps", "The quick brown fox jumps", "A B C D e", "A B C D E f g h i j", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(20000)]
    for text in texts:
        assert _title_cased(text) == _title_cased_definition(text), repr(text)


def test_title_cased_in_is_title_cased() -> None:
    """_title_cased_in (told the line's token count, as _card_line_kinds tells it) stops early and agrees."""
    import random

    from cleaners.boilerplate import _title_cased_in, line_features

    rng = random.Random(5)
    alphabet = ["Ab", "ab", "É", "é", "1x", "'A", " ", "  ", "\t", "\xa0", "Σς", ".", "Ǆ", "ǅ", "The", "of"]
    texts = ["The Quick Brown Fox Jumps", "The quick brown fox jumps", "A B C D e", "A B C D E f g h i j", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20000)]
    for text in texts:
        assert _title_cased_in(text, len(text.split())) == _title_cased_definition(text), repr(text)
        if text.strip():
            f = line_features(text, "en")
            if f.cjk == 0:
                assert f.words == len(text.split()), repr(text)


def _card_vocabulary_definition(texts: list[str], language: str) -> set[str]:
    """_card_vocabulary as first written: every text through the CJK tests, ASCII or not."""
    from cleaners.boilerplate import _CARD_WORD_RE, _CJK_RUN_RE, stopwords

    sw = stopwords(language) or frozenset()
    out: set[str] = set()
    for text in texts:
        out.update(w[:6] for w in _CARD_WORD_RE.findall(text.lower()) if _CJK_RUN_RE.fullmatch(w) is None and w not in sw)
        for run in _CJK_RUN_RE.findall(text):
            out.update(run[k:k + 2] for k in range(len(run) - 1))
    return out


def test_card_vocabulary_is_its_definition() -> None:
    """The ASCII shortcut (no CJK test on a line without a character beyond ASCII) and the union of the lines'
    vocabularies (_cards_change_topic reads a summary's once) give the words of the definition."""
    import random

    from cleaners.boilerplate import _card_vocabulary

    rng = random.Random(7)
    alphabet = ["Harbour", "harbours", "the", "THE", "with", "Wind", "ōcean", "海港", "の", "港口城市", "1999", " ", "-", "_"]
    texts = ["", "The harbour reopened with new cranes", "港口城市的新码头 opened today", "Ölpreise steigen wieder"]
    texts += ["".join(rng.choice(alphabet) + rng.choice(" ,.") for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for language in ("en", "de", "zh", "und"):
        for k, text in enumerate(texts):
            assert _card_vocabulary([text], language) == _card_vocabulary_definition([text], language), repr(text)
            pair = [text, texts[k - 1]]
            assert _card_vocabulary(pair, language) == _card_vocabulary([pair[0]], language) | _card_vocabulary([pair[1]], language)
            assert _card_vocabulary(pair, language) == _card_vocabulary_definition(pair, language)
