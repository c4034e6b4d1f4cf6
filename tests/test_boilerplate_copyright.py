"""A photo or syndication credit glued to the article's first paragraph is not a copyright notice.

A text dump runs an image credit ("© Provided by <publisher> <photographer>") into the paragraph under the
image; the copyright rule (boilerplate.furniture_rule, id "copyright") used to remove the whole paragraph.
Legal footers, long or short, with a year or without, still go.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import line_rule as _rule

CREDITED = [
    ("© Provided by Harbour Daily Inc Jane Smith/Harbour Daily The harbour ferry between the old town and the "
     "fish market will run on batteries from next summer, the transport company said on Tuesday after two "
     "years of trials. It is the first electric ferry on the coast, so what's not to like?", "en"),
    ("© Fourni par Le Journal du Port Marie Dupont Le bac entre la vieille ville et le marché aux poissons "
     "fonctionnera avec des batteries dès l'été prochain, a annoncé mardi la compagnie de transport après deux "
     "années d'essais. C'est le premier bac électrique de la côte.", "fr"),
    ("© Bereitgestellt von Hafenblatt GmbH Anna Becker Die Hafenfähre zwischen der Altstadt und dem Fischmarkt "
     "soll ab dem nächsten Sommer mit Batterien fahren, teilte die Verkehrsgesellschaft am Dienstag nach zwei "
     "Jahren mit Probefahrten mit. Es ist die erste elektrische Fähre an der Küste.", "de"),
    ("ⓒ Proporcionado por Diario del Puerto El transbordador entre el casco antiguo y el mercado de pescado "
     "funcionará con baterías a partir del próximo verano, informó el martes la compañía de transporte tras dos "
     "años de pruebas. Es el primer transbordador eléctrico de la costa.", "es"),
]

FOOTERS = [
    ("© 2026 Harbour Daily. All rights reserved.", "en"),
    ("© Harbour Daily Group Limited 2026", "en"),
    ("© Harbour Daily Ltd. Reproduction of material from any of our pages without written permission is "
     "strictly prohibited. This material may not be published, broadcast, rewritten or redistributed in any "
     "form without the permission of the publisher.", "en"),
    ("© 2005 - 2026 Harbour Health Media. Our website services, content, and products are for informational "
     "purposes only. Harbour Health Media does not provide medical advice, diagnosis, or treatment.", "en"),
    ("©Harbour Group Newspapers Limited in England No. 679215 Registered office: 1 Quay Street, Harbourtown, "
     "HT1 9GF. The names of our titles are registered trademarks or trade names of Harbour Group Newspapers "
     "Limited and may not be used without permission.", "en"),
    # A long first sentence, but a year next to the mark, or a second legal phrase:
    ("© 2026 Harbour Health Media and the licensors who provide the articles, photographs and videos on this "
     "site for personal use only and never for any commercial purpose. Contact us for licences.", "en"),
    ("© Harbour Daily and the licensors who provide the articles, photographs and videos on this site for "
     "personal use only, all rights reserved. Contact the publisher for licences and reprints.", "en"),
    ("© Le Journal du Port | Fréquentation certifiée | Conditions générales de vente | Mentions légales | "
     "Qui sommes-nous ? | Charte du groupe | Publicité | Index | Aide : web - abonnements - journal", "fr"),
    ("© Hafenblatt GmbH. Alle Rechte vorbehalten. Die Vervielfältigung der Inhalte dieser Seite in jeglicher "
     "Form ist ohne schriftliche Genehmigung des Verlags nicht gestattet und wird verfolgt.", "de"),
    ("© 2026 港口日报 版权所有，未经许可不得转载。本网站所有内容均受著作权法保护，任何单位和个人不得以任何形式复制。", "zh"),
]


@pytest.mark.parametrize(("text", "language"), CREDITED)
def test_credit_glued_to_a_paragraph_is_not_copyright(text: str, language: str) -> None:
    assert _rule(text, language) is None


@pytest.mark.parametrize(("text", "language"), FOOTERS)
def test_legal_footers_are_still_copyright(text: str, language: str) -> None:
    assert _rule(text, language) == "copyright"


BODY_EN = [
    "The new vessel carries up to 120 passengers and charges at the fish market pier while people get on and "
    "off, which takes about eight minutes and is enough for the short crossing back to the old town.",
    "Residents along the quay had complained for years about the noise and the smell of the diesel engines, "
    "especially in the early morning when the first boats leave before six and the water is still calm.",
    "The company said the electric boat would cost more to buy but less to run, and that it expected the "
    "difference to be paid back within nine years if the price of electricity stays where it is today.",
]


def test_stage_keeps_the_credited_paragraph_and_drops_the_footer() -> None:
    lede = CREDITED[0][0]
    footer = "© 2026 Harbour Daily. All rights reserved."
    page = ["Home", "News", "Harbour Ferry Switches to Electric Power", lede, *BODY_EN, "Share this article",
            "Privacy policy", footer]
    doc = boilerplate_doc(page, "en")
    by_text = {line.text: line for line in doc.lines}
    assert by_text[lede].removal is None, by_text[lede].removal
    assert by_text[footer].removal is not None and by_text[footer].removal.rule == "boilerplate:copyright"
