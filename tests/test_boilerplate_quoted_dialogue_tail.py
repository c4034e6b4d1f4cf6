"""A story told in dialogue ends with lines that are a quotation alone ("“Thank you.”", "「また明日。」",
"« Merci. »"), short lines under its last paragraph: when the run's last lines hold such quoted lines
(QUOTED_RUN_MIN of QUOTED_WINDOW), the quoted lines right under it continue the tail (boilerplate._quoted_run in
extend_tail). After an article with no dialogue, a quoted line (a pull quote of another story) stays out.

From tests/pages: ja_web_novel_dialogue_ending.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

STORY = {
    "en": [
        "The last boat came into the harbour long after the sun had gone down. Mina climbed the lighthouse stairs one by one, counting them under her breath as her grandfather used to do every night.",
        "“One hundred and twenty-one, one hundred and twenty-two…”",
        "At the top there was the old lamp, the smell of oil and the notebook her grandfather had kept. On its last page, in a shaky hand, he had written the date and a single line.",
        "“Never let the light go out.”",
        "She struck a match and lit the lamp. The flame wavered for a moment, then stood up straight and began to sweep the dark water beyond the window.",
        "“It's beautiful,”",
        "Her brother had come up the stairs behind her without a sound, and he stood there watching the beam turn slowly over the waves.",
        "“Grandpa watched this every night, didn't he?”",
        "They stood in silence for a long while as the light went round. Far out at sea a small fishing boat sounded its horn once, and the beam swept over it again.",
    ],
    "fr": [
        "Le dernier bateau est entré au port longtemps après le coucher du soleil. Mina a monté l'escalier du phare marche après marche, en les comptant à voix basse comme le faisait son grand-père.",
        "« Cent vingt et une, cent vingt-deux… »",
        "En haut, il y avait la vieille lampe, l'odeur de l'huile et le carnet de son grand-père. Sur la dernière page, d'une écriture tremblante, il avait noté la date et une seule ligne.",
        "« Ne jamais laisser la lumière s'éteindre. »",
        "Elle a craqué une allumette et allumé la lampe. La flamme a hésité un instant, puis s'est dressée et a commencé à balayer la mer sombre derrière la vitre.",
        "« C'est beau… »",
        "Son frère était monté derrière elle sans un bruit, et il regardait le faisceau tourner lentement au-dessus des vagues.",
        "« Grand-père regardait ça tous les soirs, pas vrai ? »",
        "Ils sont restés longtemps silencieux pendant que la lumière tournait. Au large, un petit chalutier a donné un coup de corne, et le faisceau l'a balayé de nouveau.",
    ],
}
ENDING = {
    "en": ["“Can I come again tomorrow?”", "“Yes. Tomorrow, and the day after.”"],
    "fr": ["« Je peux revenir demain ? »", "« Oui. Demain, et après-demain. »"],
}
MENU = ["Stories", "Rankings", "New", "Log in", "Chapter 12: The last light"]
FOOTER = ["Add to bookmarks", "Write a review", "Previous chapter", "Contents", "Next chapter", "Terms of use", "Privacy"]

NEWS = [
    "The regional council agreed on Tuesday to keep the ferry to the outer islands running through the winter, covering the operator's losses in the quiet months for the next three years.",
    "Until now the last crossing of the season left in late October, leaving the islands' residents to rely on a small water taxi that cannot sail in rough weather.",
    "The council expects the winter service to cost about 1.2 million a year, a third of which should be covered by fares, and will review the contract after the first winter.",
]


def _kept(lines: list[str]) -> list[str]:
    record = clean_text(("\n".join(lines) + "\n").encode(), source="page.txt")
    return [p["text"] for p in record.paragraphs]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_story_s_closing_lines_of_dialogue_are_kept(lang: str) -> None:
    kept = _kept([*MENU, *STORY[lang], *ENDING[lang], *FOOTER])
    assert kept[-2:] == ENDING[lang]
    assert "Add to bookmarks" not in kept and "Next chapter" not in kept


def test_a_quoted_line_after_an_article_without_dialogue_stays_out() -> None:
    """A pull quote of another story under a news article: the run has no quoted lines, the tail stops."""
    kept = _kept(["News", "Local", "Sport", "Ferry will run all winter", *NEWS, "“We will not back down.”", *FOOTER])
    assert kept[-1] == NEWS[-1]


@pytest.mark.parametrize("line", ["“Can I come again tomorrow?” — Chapter 13", "“Tomorrow” and “the day after”"])
def test_a_line_that_is_more_than_one_quotation_stays_out(line: str) -> None:
    kept = _kept([*MENU, *STORY["en"], line, *FOOTER])
    assert line not in kept


# A news report whose last paragraphs are each an official's quotation: long paragraphs, no dialogue of a story.
QUOTES = {
    "en": [
        "The city council voted on Tuesday evening to close the old swimming pool at the end of the summer season, after engineers found serious cracks in its concrete basin.",
        "“We have no choice. The basin is no longer safe and repairing it would cost more than a new pool,” the mayor told reporters after the meeting.",
        "“We will look at every option for a new pool, but the money has to come from somewhere and the budget is already stretched.”",
        "“Nobody wants to close a pool, but nobody wants an accident either, and the engineers were very clear about the risk.”",
        "“The residents deserve an answer before the summer, and we will give them one at the next meeting of the council in June.”",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend beschlossen, das alte Hallenbad zum Ende der Sommersaison zu schließen, nachdem Gutachter tiefe Risse im Betonbecken gefunden hatten.",
        "„Wir haben keine Wahl. Das Becken ist nicht mehr sicher, und eine Sanierung wäre teurer als ein neues Bad“, sagte der Bürgermeister nach der Sitzung.",
        "„Wir prüfen jede Möglichkeit für ein neues Bad, aber das Geld muss irgendwoher kommen, und der Haushalt ist schon jetzt sehr knapp.“",
        "„Niemand schließt gern ein Schwimmbad, aber niemand will einen Unfall riskieren, und die Gutachter waren in diesem Punkt sehr deutlich.“",
        "„Die Bürgerinnen und Bürger haben vor dem Sommer eine Antwort verdient, und wir werden sie in der Ratssitzung im Juni geben.“",
    ],
    "ja": [
        "市議会は火曜日の夜、老朽化した市民プールを今年の夏の営業を最後に閉鎖することを決めた。技術者の調査で、コンクリートの底に深いひびが見つかったためだ。",
        "「選択肢はありませんでした。プールはもはや安全ではなく、修理には新しいプールを造るより多くの費用がかかります」と市長は会見で述べた。",
        "「新しいプールについてはあらゆる可能性を検討しますが、財源をどこかから確保しなければならず、予算はすでに厳しい状況です」",
        "「誰もプールを閉めたくはありませんが、事故も起こしたくありません。技術者の報告はその危険について非常に明確でした」",
        "「市民の皆さんには夏までに答えを出すべきであり、六月の議会でその答えをお示しするつもりです」",
    ],
}
QUOTED_AFTER = {
    "en": ["“Great article, thanks!”", "“Shame on the council.”", "“Mayor says budget is stretched”"],
    "de": ["„Toller Artikel, danke!“", "„Schade um das Bad.“", "„Bürgermeister: Haushalt ist knapp“"],
    "ja": ["「いい記事ですね」", "「残念です」", "「市長、予算は厳しいと発言」"],
}


@pytest.mark.parametrize("lang", sorted(QUOTES))
def test_quoted_comments_under_a_report_ending_with_quotations_stay_out(lang: str) -> None:
    """The report's closing quotations are long paragraphs, no story's dialogue: the readers' comments or the
    headlines in quotation marks under them are no part of the tail."""
    kept = _kept(["News", "Local", "Sport", "Council votes to close old pool", *QUOTES[lang], *QUOTED_AFTER[lang], *FOOTER])
    assert kept[-1] == QUOTES[lang][-1]
