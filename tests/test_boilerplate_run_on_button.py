"""Review11a: the pitch of a sponsorship or donation box with its button run on after its last sentence ("From
£40, adopt an okapi and help protect the species in the wild. Adopt now") was kept under a zoo's news story
(tests/pages/en_zoo_animal_birth_announcement, probe26 XFAIL): "Adopt now" is no phrase of the call-to-action list
(the same line ending "Donate now" was removed). patterns.RUN_ON_BUTTON_RE, rule "promo" of
boilerplate.furniture_rule: the button after a sentence's end, closing the line unpunctuated. The phrases inside
a sentence stay (the Spanish and Italian "adopta ahora", "adotta ora" are a government adopting a policy)."""

from __future__ import annotations

import pytest
from stages import line_rule

PITCHES = [
    ("From 40 pounds, sponsor a hedgehog and help rescue injured animals. Sponsor now", "en"),
    ("From £40, adopt an okapi and help protect the species in the wild. Adopt now", "en"),
    ("Werden Sie Pate eines Luchses und helfen Sie beim Schutz der Art. Jetzt Pate werden", "de"),
    ("Pour 40 euros, parrainez un okapi et aidez à protéger l’espèce. Parrainez maintenant", "fr"),
    ("Desde 10 euros al mes, apadrina un lobo y ayuda a proteger la especie. Apadrina ahora", "es"),
    ("Por 20 reais por mês, apadrinhe um animal e ajude a protegê-lo. Apadrinhe agora", "pt"),
    ("Con 40 euro adotta un okapi e aiuta a proteggere la specie. Adotta ora", "it"),
    ("オカピの里親になって、野生の仲間を守る活動を応援しませんか。今すぐ寄付する", "ja"),
    ("只需四十元，认养一只霍加狓，帮助保护野外的同类。立即认养", "zh"),
    ("4만 원으로 오카피를 후원하고 야생의 종 보호를 도와주세요. 지금 후원하기", "ko"),
]


@pytest.mark.parametrize(("text", "language"), PITCHES)
def test_a_pitch_with_its_button_run_on_is_promo(text: str, language: str) -> None:
    assert line_rule(text, language) == "promo"


@pytest.mark.parametrize(("text", "language"), [
    ("El Gobierno adopta ahora una postura más dura", "es"),
    ("Il governo adotta ora una linea più dura sui migranti.", "it"),
    ("The zoo asked visitors to adopt now, before the winter appeal closes.", "en"),
    ("Cities that adopt now will save money later, the report says.", "en"),
    ("A empresa doe agora? Não, disse o diretor.", "pt"),
    ("Die Stiftung will jetzt Pate werden für drei Schulen in der Region.", "de"),
])
def test_the_phrases_inside_a_sentence_stay(text: str, language: str) -> None:
    assert line_rule(text, language) is None
