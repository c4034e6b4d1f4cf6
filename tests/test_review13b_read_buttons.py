"""Review of the read-button cards (inline-card, read-button, teaser-card).

A read button is a link's label: it ends with no stop and no colon. The article's own instruction that names the same
words ("Read the story:", "Read the article.", "Lire l'article :", "阅读文章：") introduces the text under it and stays.
And the buttons of the languages the first list lacked (Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian,
Greek, Vietnamese, Hebrew, Hindi, Slovak, Croatian, Bulgarian, Catalan, Thai, Persian) take their card as the others do.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule

PARAS = {
    "en": [
        "The researchers asked thirty volunteers to learn a list of word pairs in the evening and tested them again the "
        "next morning after a full night of sleep in the laboratory.",
        "Those who reached the deepest stages of sleep for longer recalled more of the pairs, and the difference held "
        "when the team controlled for age and for how tired the volunteers said they felt.",
        "The team then repeated the test with a second group who were woken up every time their brain waves showed the "
        "slow pattern typical of deep sleep during the night.",
        "That group remembered fewer pairs the next day, which the authors say supports the idea that deep sleep helps "
        "move new memories into long-term storage.",
    ],
    "de": [
        "Die Lehrerin verteilt zu Beginn der Stunde eine Kurzgeschichte, die die Schülerinnen und Schüler zunächst still "
        "für sich lesen und danach in kleinen Gruppen besprechen sollen.",
        "Im Anschluss notiert jede Gruppe drei Fragen an den Text, die in der zweiten Hälfte der Stunde gemeinsam an der "
        "Tafel gesammelt und beantwortet werden.",
        "Die Geschichte handelt von einem Jungen, der im Winter allein mit dem Zug zu seiner Großmutter fährt und "
        "unterwegs einen alten Mann kennenlernt.",
        "Am Ende der Stunde schreiben die Kinder in wenigen Sätzen auf, was sie an der Geschichte überrascht hat und "
        "warum.",
    ],
    "fr": [
        "L'enseignante distribue en début de séance un court texte que les élèves lisent d'abord seuls, avant d'en "
        "discuter par petits groupes pendant une vingtaine de minutes.",
        "Chaque groupe note ensuite trois questions sur le texte, qui sont reprises au tableau et discutées par toute la "
        "classe dans la seconde partie du cours.",
        "Le récit raconte l'histoire d'un garçon qui part seul en train chez sa grand-mère en plein hiver et rencontre "
        "un vieil homme pendant le voyage.",
        "À la fin de la séance, les enfants écrivent en quelques phrases ce qui les a surpris dans l'histoire et "
        "pourquoi.",
    ],
    "es": [
        "La maestra reparte al comienzo de la clase un cuento breve que los alumnos leen primero en silencio y luego "
        "comentan en pequeños grupos durante veinte minutos.",
        "Después, cada grupo anota tres preguntas sobre el texto, que se recogen en la pizarra y se responden entre "
        "todos en la segunda mitad de la clase.",
        "El cuento narra la historia de un niño que viaja solo en tren a casa de su abuela en pleno invierno y conoce a "
        "un anciano durante el trayecto.",
        "Al final de la clase, los niños escriben en pocas frases qué les sorprendió del cuento y por qué.",
    ],
    "ja": [
        "授業の初めに先生は短い物語を配り、生徒たちはまず一人で静かに読んでから、少人数のグループに分かれて二十分ほど話し合う。",
        "続いて各グループが本文について三つの質問を書き出し、授業の後半に黒板に集めてクラス全員で答えを考える。",
        "物語は、冬休みに一人で列車に乗って祖母の家へ向かう少年が、車内で一人の老人と出会う話である。",
        "授業の最後に、子どもたちは物語のどこに驚いたのか、そしてその理由を数行の文章にまとめる。",
    ],
    "zh": [
        "老师在课堂开始时发给学生一篇短篇故事，学生先各自默读，然后分成小组讨论大约二十分钟，交流各自的理解。",
        "随后每个小组就课文提出三个问题，老师在课堂后半段把问题集中写在黑板上，由全班同学一起讨论回答。",
        "故事讲述了一个男孩在寒假里独自坐火车去奶奶家，在车厢里结识了一位老人，并听他讲起年轻时的经历。",
        "下课前，孩子们用几句话写下故事中最让自己意外的地方，并说明原因，作为当天的课后作业交给老师。",
    ],
}


def _rules(page: list[str], language: str) -> dict[str, str | None]:
    doc = boilerplate_doc(page, language)
    return {line.text: line.removal.rule if line.removal else None for line in doc.lines}


@pytest.mark.parametrize(("text", "language"), [
    ("Read the story:", "en"),
    ("Read the article.", "en"),
    ("Read now:", "en"),
    ("Artikel lesen:", "de"),
    ("Lire l'article :", "fr"),
    ("Leer el artículo:", "es"),
    ("記事を読む：", "ja"),
    ("阅读文章：", "zh"),
])
def test_an_articles_instruction_with_a_buttons_words_stays(text: str, language: str) -> None:
    p = PARAS[language]
    page = ["Menu", "Home", *p[:2], text, *p[2:], "Privacy"]
    rules = _rules(page, language)
    assert rules[text] is None
    assert all(rules[x] is None for x in p)


@pytest.mark.parametrize("button", [
    "Läs nu", "Læs artiklen", "Les saken", "Lue nyt", "Citește acum", "Tovább a cikkre", "Διαβάστε τώρα", "Đọc ngay",
    "לכתבה המלאה", "अभी पढ़ें", "Prečítať článok", "Pročitaj članak", "Прочетете сега", "Llegeix l'article", "อ่านเลย",
    "خواندن مقاله",
])
def test_a_card_with_a_read_button_of_more_languages_goes(button: str) -> None:
    p = PARAS["en"]
    headline = "Why a short walk after lunch helps your blood sugar"
    page = ["Menu", "Health", *p[:2], headline, button, *p[2:], "Privacy"]
    rules = _rules(page, "en")
    assert rules[headline] == rules[button] == "boilerplate:inline-card"
    assert all(rules[x] is None for x in p)


@pytest.mark.parametrize(("text", "language"), [
    ("Sömn och aptit En genomgång visar att den som sover för lite oftare väljer söt mat. Läs nu", "sv"),
    ("Somnul și pofta de mâncare O analiză arată că cei care dorm puțin aleg mai des dulciuri. Citește acum", "ro"),
    ("Giấc ngủ và cảm giác thèm ăn Người ngủ ít thường chọn đồ ngọt hơn, theo một phân tích mới. Đọc ngay", "vi"),
])
def test_a_teaser_run_on_with_a_read_button_of_more_languages_is_a_card(text: str, language: str) -> None:
    assert line_rule(text, language) == "teaser-card"
