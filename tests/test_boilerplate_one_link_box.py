"""A read-also box of one link inside the article (boilerplate._lone_link_inline).

"Lee también" / "Související" on a line of its own over a single headline, with the article's prose above and
under it: the heading and the headline go, and the box no longer cuts the article in two (the paragraphs above it
were lost to the run search). A lone teaser card after the article (headline over one summary) is left alone.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_texts as _kept

LEAD = {
    "es": ["El pleno del Ayuntamiento aprobó este miércoles, con los votos del equipo de gobierno, el cierre al "
           "tráfico del casco antiguo los sábados y domingos a partir de septiembre.",
           "La restricción se aplicará entre las diez de la mañana y las nueve de la noche y afectará a 34 calles "
           "del centro histórico."],
    "cs": ["Krajský úřad představil ve středu plán, podle kterého by do konce roku 2026 měly být opraveny všechny "
           "mosty na krajských silnicích, které jsou nyní v havarijním stavu.",
           "Kraj na opravy vyčlení zhruba 1,2 miliardy korun, část peněz chce získat z evropských fondů."],
}
BOX = {
    "es": ["Lee también", "Los comerciantes del centro piden más aparcamiento en las afueras"],
    "cs": ["Související", "Silničáři letos opravili o třetinu méně kilometrů silnic"],
}
REST = {
    "es": ["La concejala de Movilidad defendió que la medida devuelve la calle a los vecinos y recordó que el ruido "
           "en el centro supera desde hace años los límites recomendados.",
           "La asociación de comerciantes, en cambio, teme que la medida reduzca las ventas y ha pedido lanzaderas "
           "gratuitas desde los aparcamientos disuasorios."],
    "cs": ["Podle správy silnic je na krajských silnicích přes 900 mostů. Zhruba pětina z nich je ve špatném nebo "
           "velmi špatném stavu, většinou kvůli zatékání vody.",
           "Starostové dotčených obcí plán vítají, upozorňují ale, že některé objízdné trasy vedou přes silnice, "
           "které samy potřebují opravu."],
}
HEADER = ["Portada", "Sociedad", "Nacional", "Cierre al tráfico del casco antiguo", "14/06/2023"]


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_one_link_box_inside_the_article_goes_and_the_article_stays(lang: str) -> None:
    doc = boilerplate_doc([*HEADER, *LEAD[lang], *BOX[lang], *REST[lang], "Aviso legal"], lang)
    kept = _kept(doc)
    assert all(p in kept for p in LEAD[lang] + REST[lang])
    assert not set(BOX[lang]) & set(kept)
    rules = {line.text: line.removal.rule for line in doc.lines if line.removal}
    assert rules[BOX[lang][1]] == "boilerplate:list"


def test_a_lone_teaser_card_after_the_article_is_no_one_link_box() -> None:
    """Headline and one summary under "Lee también", then the footer: no article paragraphs under it."""
    lang = "es"
    doc = boilerplate_doc([*HEADER, *LEAD[lang], *REST[lang], *BOX[lang], LEAD[lang][0], "Aviso legal"], lang)
    assert "in_list" not in doc.lines[len(HEADER) + 5].notes

