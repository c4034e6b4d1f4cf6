"""Ingredient and parts lists inside an article (boilerplate._quantity_row in sandwich_discount).

A recipe's "Ingredients" list ("2 lemons", "3 tbsp olive oil", "500 g Mehl") sits between the introduction
and the method: its rows are content, not a menu. After the article, short numbered lines in lower case
("3 reasons rents keep rising") may be headlines of other stories, and stay out.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

from cleaners.boilerplate import _quantity_row, line_features

RECIPES = {
    "en": (
        ["This lemon garlic chicken is one of those dinners I come back to again and again. It takes about thirty "
         "minutes from start to finish, and most of that time the chicken is simply roasting in the oven.",
         "The secret is a quick marinade of lemon juice, garlic and olive oil, which keeps the meat juicy and "
         "gives the skin a lovely golden colour."],
        ["Ingredients", "4 chicken thighs, skin on", "2 lemons", "4 cloves garlic, minced", "3 tbsp olive oil",
         "1 tsp dried thyme", "Salt and pepper", "Instructions", "Preheat the oven to 200°C (400°F).",
         "Mix the lemon juice, garlic, olive oil and thyme in a bowl.",
         "Roast for 25–30 minutes until the skin is golden and the juices run clear."],
        "You can use chicken breasts instead, but reduce the cooking time by about five minutes and check them.",
    ),
    "de": (
        ["Dieser Apfelkuchen ist schnell gemacht und gelingt auch Anfängern, denn der Teig wird einfach in einer "
         "Schüssel verrührt und braucht keine Ruhezeit im Kühlschrank.",
         "Am besten schmeckt er mit säuerlichen Äpfeln, die beim Backen ihre Form behalten und nicht zu Mus werden."],
        ["Zutaten", "500 g Mehl", "250 g Butter", "2 EL Zucker", "3 Eier", "4 säuerliche Äpfel", "Zubereitung",
         "Den Ofen auf 180 Grad vorheizen.", "Mehl, Butter, Zucker und Eier zu einem glatten Teig verrühren.",
         "Die Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen."],
        "Der Kuchen hält sich in einer Dose zwei bis drei Tage frisch und lässt sich auch gut einfrieren.",
    ),
    "fr": (
        ["Cette soupe de potiron est parfaite pour les soirées d'automne : elle se prépare en trente minutes et "
         "se conserve très bien au réfrigérateur pendant deux ou trois jours.",
         "Le secret est de faire revenir les oignons longtemps, jusqu'à ce qu'ils soient bien dorés et sucrés."],
        ["Ingrédients", "1 kg de potiron", "2 oignons", "1 l de bouillon de légumes", "20 cl de crème",
         "Préparation", "Éplucher le potiron et le couper en cubes.", "Faire revenir les oignons dans un peu d'huile.",
         "Ajouter le potiron et le bouillon, puis laisser cuire vingt minutes."],
        "Vous pouvez remplacer la crème par du lait de coco pour une version plus légère et parfumée.",
    ),
}


@pytest.mark.parametrize("language", sorted(RECIPES))
def test_ingredient_list_between_intro_and_notes_is_kept(language: str) -> None:
    intro, recipe, notes = RECIPES[language]
    page = ["Home", "Recipes", "About", "Contact", *intro, *recipe, notes, "Privacy policy", "© 2024 Example"]
    doc = boilerplate_doc(page, language)
    assert set(intro) | set(recipe) | {notes} <= _kept(doc)


@pytest.mark.parametrize("text", ["2 lemons", "3 tbsp olive oil", "500 g Mehl", "2 EL Zucker", "1/2 cup sugar",
                                  "20 cl de crème", "4 cloves garlic, minced"])
def test_quantity_rows(text: str) -> None:
    assert _quantity_row(text, line_features(text, "en"))


@pytest.mark.parametrize("text", ["5 Best Hotels", "3 Kommentare", "12:30 pm", "2024 Olympic Games",
                                  "10 things you need to know about the new budget"])
def test_no_quantity_rows(text: str) -> None:
    assert not _quantity_row(text, line_features(text, "en"))


def test_numbered_headlines_after_the_article_stay_out() -> None:
    intro, _recipe, notes = RECIPES["en"]
    heads = ["3 reasons rents keep rising", "7 cheap cities to live in", "2 new bridges for the city"]
    doc = boilerplate_doc(["Home", "News", *intro, notes, *heads], "en")
    assert set(intro) | {notes} <= _kept(doc)
    assert not set(heads) & _kept(doc)
