"""A headline listed under "Up next" or "Related" between the title and the body is not the title
(cleaners.metadata): a video block's playlist sits right above the byline and the first paragraph,
closer to them than the real headline. Negative: when no line outside such lists looks like a title,
a list item may still be taken (the list may have swallowed the headline itself).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.metadata import metadata_stage

BODY_EN = [
    "Small drones have begun carrying blood samples and medicines between a hospital on the mainland and four "
    "clinics on outlying islands, cutting a journey that used to take most of a day to about forty minutes.",
    "The health authority said the service had completed 230 flights in its first month without a failed "
    "delivery, although high winds grounded the aircraft on six days.",
    "Nurses on the islands previously had to wait for the twice-daily ferry to send samples for testing, which "
    "meant patients could wait two or three days for results.",
]
PAGE_EN = ["Home", "News", "Technology", "Drone deliveries of medicine begin in remote island clinics",
           "Published", "12 February 2024", "Share", "Now playing",
           "Watch: The drone lands at a clinic on the outer islands", "2:31", "Up next",
           "How the batteries survive salt air", "1:48", "Island doctors on waiting for the ferry", "3:05",
           "By Rafael Quintero", "Technology reporter", *BODY_EN, "Terms of Use", "Privacy Policy"]
BODY_FR = [
    "De petits drones transportent désormais des échantillons de sang et des médicaments entre l'hôpital du "
    "continent et quatre dispensaires des îles, un trajet qui prenait presque une journée entière.",
    "Selon l'agence régionale de santé, le service a effectué 230 vols au cours de son premier mois sans "
    "aucune livraison manquée, même si le vent a cloué les appareils au sol six jours.",
    "Les infirmières des îles devaient auparavant attendre le ferry pour envoyer les prélèvements, et les "
    "patients patientaient parfois deux ou trois jours avant d'avoir leurs résultats.",
]
PAGE_FR = ["Accueil", "Actualités", "Technologie", "Des drones livrent des médicaments aux dispensaires des îles",
           "Publié le 12 février 2024", "Partager", "En ce moment", "Vidéo : le drone se pose devant le dispensaire",
           "2:31", "Lire aussi", "Comment les batteries résistent à l'air salin", "1:48",
           "Les médecins des îles face à l'attente du ferry", "3:05", "Par Rafael Quintero", *BODY_FR,
           "Mentions légales", "Confidentialité"]


@pytest.mark.parametrize(("page", "title", "item"), [
    (PAGE_EN, PAGE_EN[3], "Island doctors on waiting for the ferry"),
    (PAGE_FR, PAGE_FR[3], "Les médecins des îles face à l'attente du ferry"),
])
def test_a_playlist_item_between_title_and_body_is_not_the_title(page: list[str], title: str, item: str) -> None:
    language = "en" if page is PAGE_EN else "fr"
    doc = boilerplate_doc(page, language)
    item_line = next(line for line in doc.lines if line.text == item)
    assert item_line.removal is not None and item_line.removal.rule == "boilerplate:list"  # the precondition
    doc = metadata_stage(doc, Config())
    assert doc.title == title


def test_a_list_item_is_still_the_title_when_nothing_else_looks_like_one() -> None:
    page = ["Trending", "Markets rally as rate fears ease", "Weather", "Sport",
            "Drone deliveries of medicine begin in remote island clinics", *BODY_EN]
    doc = boilerplate_doc(page, "en")
    title_line = next(line for line in doc.lines if line.text == page[4])
    if title_line.removal is None or title_line.removal.rule != "boilerplate:list":
        pytest.skip("the list did not swallow the headline: nothing to test")
    doc = metadata_stage(doc, Config())
    assert doc.title == page[4]
