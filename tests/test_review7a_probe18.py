"""Review of the probe18 rules (review7a): where they fell short of the same furniture in other shapes and
languages, and where one reached into article text.

- A link to the previous or next post was only read in English: "Article précédent : ...", "Vorheriger Artikel",
  "Siguiente artículo", "上一篇：...", "前の記事", "이전 글" stayed in the text (the word with its noun makes one);
  nor with a plain theme's ASCII arrows ("<< Previous: ...", "Next: ... >>") or as "Prev post: ...".
- An image's controls were only read bare and in English: "[Enlarge this image]" with brackets or an icon before it
  was generic furniture (not transparent to the run search), "Agrandir l'image", "Bild vergrößern" were kept.
- A live page's entries stamped with their age were one live blog only in English ("1h ago"), not "il y a 1 h".
- A list heading right over an entry stamp ("Most read" / "2h ago" / headline / dek) was no end to the live blog
  search: a rail of teasers was read as a live blog and, its deks long, kept instead of a short article (with clock
  stamps as well as ages).
- A lone "--" under prose was read as a mail's signature delimiter even with a paragraph right under it: a
  plain-text essay that parts its sections with "--" lost every section after the first.

Every text here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule
from test_boilerplate_probe18_pages import ENTRIES, LEAD, NAV


@pytest.mark.parametrize(("text", "language"), [
    ("Article précédent : Les ponts de la vieille ville", "fr"),
    ("← Article précédent", "fr"),
    ("Vorheriger Artikel: Die Brücken der Altstadt", "de"),
    ("Nächster Beitrag »", "de"),
    ("Siguiente artículo: El mercado del sábado", "es"),
    ("Articolo successivo: Il mercato del sabato", "it"),
    ("Próximo artigo: O mercado de sábado", "pt"),
    ("Volgend artikel: De markt op zaterdag", "nl"),
    ("Poprzedni artykuł: Mosty starego miasta", "pl"),
    ("Следующая статья: Рынок по субботам", "ru"),
    ("上一篇：老城区的桥", "zh"),
    ("次の記事：土曜日の市場", "ja"),
    ("이전 글: 구시가지의 다리", "ko"),
])
def test_a_post_link_in_other_languages_is_removed(text: str, language: str) -> None:
    assert line_rule(text, language) == "post-nav"


def test_a_bare_next_article_word_goes_as_the_heading_of_its_link() -> None:
    """ "下一篇" alone heads the next article's headline on the line under it (a list heading, probe19); with the
    title on its own line it is a post-nav link (above). Either way it leaves the text."""
    assert line_rule("下一篇", "zh") in ("list-heading", "post-nav")


@pytest.mark.parametrize("text", [
    "<< Previous: How we moved the office without losing a single cable",
    "Next: Labels for every cable in the rack >>",
    "Prev post: How we moved the office without losing a single cable",
])
def test_a_post_link_with_ascii_arrows_or_a_short_word_is_removed(text: str) -> None:
    assert line_rule(text) == "post-nav"


@pytest.mark.parametrize(("text", "language"), [
    ("L'article suivant explique comment la ville a financé les ponts.", "fr"),
    ("Article suivant la publication du décret", "fr"),
    ("Entrada anterior a la guerra civil", "es"),
    ("上一篇文章中我们讨论了老城区的桥", "zh"),
    ("다음 글에서는 구시가지의 다리를 살펴본다", "ko"),
])
def test_a_sentence_or_headline_opening_with_those_words_is_no_post_link(text: str, language: str) -> None:
    assert line_rule(text, language) != "post-nav"


@pytest.mark.parametrize(("text", "language"), [
    ("[Enlarge this image]", "en"),
    ("⤢ Enlarge this image", "en"),
    ("Click image to enlarge", "en"),
    ("Show caption", "en"),
    ("Agrandir l'image", "fr"),
    ("Masquer la légende", "fr"),
    ("Bild vergrößern", "de"),
    ("Ampliar imagen", "es"),
    ("Увеличить изображение", "ru"),
    ("点击查看大图", "zh"),
    ("画像を拡大", "ja"),
])
def test_an_image_control_in_other_shapes_and_languages_is_one(text: str, language: str) -> None:
    assert line_rule(text, language) == "image-control"


@pytest.mark.parametrize(("text", "language"), [
    ("Ampliar imagen de marca en las redes sociales", "es"),
    ("Show caption contest winners announced", "en"),
])
def test_a_headline_opening_with_an_image_control_is_none(text: str, language: str) -> None:
    assert line_rule(text, language) != "image-control"


FR_NAV = ["Direct", "Monde", "Économie", "Se connecter", "Tempête de neige : coupures de courant et routes fermées"]
FR_LEAD = ("Plus de 180 000 foyers sont privés d'électricité dans trois départements après les pluies verglaçantes "
           "de la nuit, et la plupart des écoles ont annoncé leur fermeture.")
FR_ENTRIES = [
    ("il y a 1 h", "Le courant revient samedi, selon le distributeur",
     "Des équipes venues de six régions voisines aident à rétablir le courant, a indiqué un porte-parole du "
     "distributeur, et la plupart des clients devraient être rebranchés samedi soir."),
    ("il y a 2 h", "Le préfet déclenche le plan d'urgence",
     "Le préfet a déclenché le plan d'urgence, ce qui permet de mobiliser l'armée pour dégager les routes et "
     "rendre visite aux personnes âgées qui vivent seules."),
    ("il y a 3 h", "Des salles chauffées ouvertes dans 22 communes",
     "Les communes ont ouvert des salles chauffées dans des bibliothèques, des églises et des gymnases, et la "
     "plupart resteront ouvertes toute la nuit et accepteront les animaux tenus en laisse."),
]
FR_FOOTER = ["Charger plus", "À lire aussi", "Pourquoi la pluie verglaçante est plus dangereuse que la neige",
             "Comment protéger ses canalisations du gel", "© 2025 Agence de presse régionale"]


def test_entries_stamped_with_their_age_in_french_are_one_live_blog() -> None:
    """"il y a 1 h" over each entry: the stamps do not cut the entries apart."""
    page = [*FR_NAV, FR_LEAD, *(line for entry in FR_ENTRIES for line in entry), *FR_FOOTER]
    kept = [line.text for line in boilerplate_doc(page, "fr").lines if line.kept]
    for _, headline, prose in FR_ENTRIES:
        assert headline in kept and prose in kept
    assert not any(text in kept for text in ("il y a 1 h", "il y a 3 h"))


ESSAY = [
    "Notes on the parking plan",
    "The town council met on Tuesday evening to discuss the new parking plan, which would remove about forty spaces "
    "from the main square and turn it into a pedestrian zone for the summer months.",
    "Shop owners were divided: several said the change would bring more visitors on foot, while others feared that "
    "older customers who drive in from the villages would simply stay away.",
    "--",
    "A second meeting is planned for next month, when the council will present traffic counts from the trial weekend "
    "in June and the results of a survey of nearly a thousand residents.",
    "The mayor said she expected a vote before the end of the year, and that the plan could be changed if the survey "
    "showed strong opposition among people who live near the square.",
    "--",
    "Meanwhile, the bus company has offered to add an evening service on weekdays, paid for in part by the parking "
    "fees the town would no longer collect from the square itself.",
]


def test_a_dash_pair_between_an_essays_sections_is_no_signature_delimiter() -> None:
    """"--" between paragraphs of a plain-text essay: the sections under it are the essay's."""
    kept = [line.text for line in boilerplate_doc(ESSAY).lines if line.kept]
    assert all(text in kept for text in ESSAY[1:] if text != "--")


def test_dashes_over_an_essays_headed_sections_are_no_signature_delimiters() -> None:
    """"--" over a section's heading, twice: a mail has one signature delimiter, an essay parts its sections."""
    page = [*ESSAY[:4], "Part two: the survey", *ESSAY[4:7], "Part three", ESSAY[7]]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    assert all(text in kept for text in ESSAY[1:] if text != "--")


def test_a_most_read_rail_stamped_with_ages_stays_out_of_the_article() -> None:
    """A "most read" heading over age-stamped teasers under the article: its list heading ends the article, the
    stamps do not join the teasers to it."""
    rail = ["Les plus lus"]
    for hours, (_, headline, prose) in enumerate(FR_ENTRIES, start=1):
        rail += [f"il y a {hours} h", headline, "Selon la préfecture, " + prose[0].lower() + prose[1:]]
    page = [*FR_NAV, FR_LEAD, FR_ENTRIES[0][2], FR_ENTRIES[1][2], *rail, "© 2025 Agence de presse régionale"]
    kept = [line.text for line in boilerplate_doc(page, "fr").lines if line.kept]
    assert FR_ENTRIES[1][2] in kept
    assert not any(text.startswith("Selon la préfecture") for text in kept)


@pytest.mark.parametrize("stamp", ["{}h ago", "1{}:20 BST"])
def test_a_most_read_rail_under_a_short_article_does_not_take_its_place(stamp: str) -> None:
    """"Most read" right over a stamp, then teasers with long deks: read as a live blog, the rail outweighed the
    article's three paragraphs and was kept instead of them."""
    rail = ["Most read"]
    for hours, (_, headline, prose) in enumerate(ENTRIES, start=1):
        dek = "According to a statement released by the county on Tuesday morning, " + prose[0].lower() + prose[1:]
        rail += [stamp.format(hours), headline, dek]
    page = [*NAV, LEAD, ENTRIES[0][2], ENTRIES[1][2], *rail, "© 2025 National Wire Service"]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    assert LEAD in kept and ENTRIES[1][2] in kept
    assert not any(text.startswith("According to a statement") for text in kept)
