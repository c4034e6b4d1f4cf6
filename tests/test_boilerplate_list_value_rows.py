"""A table row whose value is a list of names ("Harbour Town: Price; Walsh, Okafor, Byrne; ..."), though it ends
with a full stop and has many words, is a row of the table under a match report, not a sentence
(boilerplate._list_value in _label_row): the tail goes on over the lineups under the stats table.

From tests/pages: en_sport_box_score_lineups, whose lineups and closing paragraph were cut off.
"""

from __future__ import annotations

import pytest

from cleaners import boilerplate, clean_text

FR_MATCH = """Sport Ouest
Football
Rugby
Basket
S'abonner
Se connecter
Sport > Football > National 3
Saint-Aubin renverse Belleville en fin de match
Samedi 22 mars 2025 18:05
Par Hugo Lemaire, au stade du Port
Partager
Tweeter
Saint-Aubin s'est imposé 2-1 face à Belleville au stade du Port, grâce à une tête de Karim Diallo entré en jeu quatre minutes avant la fin du temps réglementaire.
Belleville avait ouvert le score à la demi-heure sur un coup franc de Lucas Morel, et pendant une demi-heure les visiteurs ont semblé plus tranchants, pressant haut et gagnant la plupart des duels.
Le match a basculé après la pause. Le capitaine de Belleville a reçu un second carton jaune pour un tacle en retard, et l'entraîneur de Saint-Aubin a aussitôt fait entrer deux attaquants de plus.
L'égalisation est venue sur un corner à l'heure de jeu, avant que Diallo ne donne la victoire aux siens au terme d'une longue domination.
« On s'est compliqué la tâche, mais les joueurs n'ont rien lâché », a réagi l'entraîneur de Saint-Aubin après la rencontre.
Statistiques
Saint-Aubin | Belleville
Possession : 60% | 40%
Tirs : 16 | 5
Tirs cadrés : 6 | 2
Corners : 8 | 3
Compositions
Saint-Aubin : Martin ; Petit, Diallo, Roux, Blanc ; Faure, Garnier, Mercier ; Dupont, Lambert, Fontaine.
Remplaçants utilisés : Diallo, Rey.
Belleville : Girard ; Bonnet, Morel, Henry, Chevalier ; Robin, Masson, Picard ; Renaud, Brun, Gauthier.
Arbitre : Paul Leroy. Spectateurs : 1 204.
Saint-Aubin remonte à la quatrième place, à deux points des barrages. Belleville reste neuvième et reçoit le leader la semaine prochaine.
Résultats en direct
Classement National 3
1 Ashby 58
2 Pelton 55
Plus de National 3
L'entraîneur de Pelton frustré après le nul
Les commentaires sont fermés pour cet article.
Téléchargez notre application
Politique de confidentialité
© 2025 Sport Ouest
"""


def test_the_lineups_and_the_closing_paragraph_under_a_stats_table_are_kept() -> None:
    record = clean_text(FR_MATCH.encode(), source="match.txt")
    body = "\n".join(p["text"] for p in record.paragraphs)
    for kept in ("Tirs cadrés : 6 | 2", "Compositions", "Belleville : Girard ; Bonnet", "Arbitre : Paul Leroy.",
                 "Saint-Aubin remonte à la quatrième place"):
        assert kept in body, kept
    for removed in ("Classement National 3", "1 Ashby 58", "L'entraîneur de Pelton frustré après le nul"):
        assert removed not in body, removed


@pytest.mark.parametrize(
    "value",
    [" Price; Walsh, Okafor, Byrne, Collins; Hughes, Dyer.", " Kühn; Seidel, Lenz, Graf, Busch.",
     " Martin ; Petit, Diallo, Roux, Blanc ; Faure."],
)
def test_a_list_of_names_is_a_list_value(value: str) -> None:
    assert boilerplate._list_value(value)


@pytest.mark.parametrize(
    "value",
    [" We liked it a lot, it is light, it is quick to pitch, and it stays dry.",  # a verdict's sentence
     " Das Zelt ist leicht, stabil, günstig und schnell aufgebaut.",
     " red, green, blue.",  # too few items to tell from a sentence's
     " Kerr, Hale."],
)
def test_a_sentence_or_a_short_enumeration_is_no_list_value(value: str) -> None:
    assert not boilerplate._list_value(value)
