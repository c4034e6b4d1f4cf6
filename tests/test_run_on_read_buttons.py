"""A teaser of another article on one line, its headline and blurb with its read button run on after the blurb's last
sentence ("... comfort. Read now", "... dulces. Leer ahora", "…という。記事を読む"): a teaser card. Negatives: the
article's sentences that hold the same words, or end with the phrase inside the sentence or with a stop."""

from __future__ import annotations

import pytest
from stages import line_rule


@pytest.mark.parametrize(("text", "language"), [
    ("Pets benefit our mental health A systematic review lists the ways pets comfort people with mental health "
     "issues. Read now", "en"),
    ("Dormir poco altera el apetito Una revisión relaciona las noches cortas con más ganas de comer dulces. Leer ahora",
     "es"),
    ("Le café et la tension Une analyse de dix essais ne trouve aucun effet durable chez les adultes. Lire l'article",
     "fr"),
    ("Schlaf und Appetit Wer zu wenig schläft, greift häufiger zu Süßem, zeigt eine Auswertung. Jetzt lesen", "de"),
    ("睡眠と食欲の関係 睡眠不足の人ほど甘いものを欲しがる傾向があるという。記事を読む", "ja"),
])
def test_a_teaser_with_its_read_button_run_on_is_a_card(text: str, language: str) -> None:
    assert line_rule(text, language) == "teaser-card"


@pytest.mark.parametrize(("text", "language"), [
    ("The library has a reading room where children can sit and read now that the renovation is finished.", "en"),
    ("Most of the pupils said they would rather read now than wait until the holidays. Read now.", "en"),
    ("Ella dijo que los lectores pueden leer ahora la versión completa del informe en la web del ministerio.", "es"),
    ("Der Bericht ist fertig. Die Abgeordneten wollen ihn jetzt lesen und bis Freitag Stellung nehmen.", "de"),
    ("報告書は完成した。議員らは記事を読むだけでなく、現地も視察する予定だ。", "ja"),
])
def test_an_articles_sentence_with_the_words_is_no_card(text: str, language: str) -> None:
    assert line_rule(text, language) != "teaser-card"
