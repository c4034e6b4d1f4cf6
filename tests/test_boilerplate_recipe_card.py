"""A recipe blog's card under the story (name, servings, times, an ingredients label over rows, a method label over
the steps) is taken by the tail whole (boilerplate._recipe_card_end, xfail15; from tests/pages:
bg_blog_retsepta_istoriya_kym_retseptata, mr_pakkruti_blog_aathvani_sahitya_kruti). The blog's "more recipes" list
and the comments under the card still go.
"""

from __future__ import annotations

from cleaners import clean_text

EN_RECIPE_BLOG = """Grandma's Kitchen Notes
Home
Recipes
Soups
Desserts
About
Home » Recipes » Main dishes
Stuffed peppers like in the village
Published on 14 September 2025 by Rose
Jump to recipe
Print
Every autumn, when the markets fill up with roasted red peppers, I remember the summers at my grandmother's house and the smell of peppers frying in her little kitchen.
Grandma never measured anything. The cheese was "as much as it takes", the eggs "depending on the peppers", and somehow it always came out right.
The secret is in two things: the peppers must be well roasted and left to sweat under a lid, and the filling must not be too wet.
This post may contain affiliate links.
Stuffed peppers
Servings: 4
Prep time: 40 min
Ingredients
8 roasted red peppers
250 g white cheese
3 eggs
4 tbsp flour
oil for frying
Method
Peel the peppers and carefully remove the seeds, keeping the stems.
Mash the cheese and mix it with one egg.
Fill the peppers with the filling.
Roll them in flour and beaten egg and fry them in hot oil until golden.
Rate this recipe
Comments (12)
Maria
15 September 2025
Just like my grandmother's! Thank you for the recipe.
Reply
More recipes
Bean stew in a clay pot
Cold cucumber soup with walnuts
Subscribe to new recipes by email
"""


def _body(page: str) -> str:
    record = clean_text(page.encode(), source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs)


def test_the_card_steps_stay_under_the_story() -> None:
    body = _body(EN_RECIPE_BLOG)
    assert "Every autumn, when the markets fill up" in body
    assert "Peel the peppers and carefully remove the seeds" in body
    assert "Roll them in flour and beaten egg" in body
    # The rating prompt, the comments and the blog's list of more recipes still go.
    for gone in ("Rate this recipe", "Just like my grandmother's", "More recipes", "Bean stew in a clay pot",
                 "Subscribe to new recipes"):
        assert gone not in body, gone


def test_a_card_without_its_method_label_is_not_taken_whole() -> None:
    # No second label: no card of this shape; the sentences under the rows are no steps it vouches for.
    page = EN_RECIPE_BLOG.replace("Method\n", "Other recipes from the village\n")
    body = _body(page)
    assert "Every autumn, when the markets fill up" in body
    assert "More recipes" not in body and "Bean stew in a clay pot" not in body
