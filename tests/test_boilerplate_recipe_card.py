"""A recipe card between the story of a recipe and its steps (boilerplate.sandwich_discount).

The card's labels ("Ingredients", "Zutaten", "Instructions") and its rows that open with a number count as
content between two paragraphs, so the run search crosses the card to the steps under it. A row is a quantity
row (_quantity_row) only in lower case and up to six words; under a recipe label, "1 Ei", "1 Päckchen Hefe"
and "1 lemon, or about 1/4 cup lemon juice" are rows as well.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

STORY = {
    "en": [
        "Every autumn I make a few jars of this pear jam to give away. It takes an afternoon, and the kitchen "
        "smells of cinnamon for days afterwards, which is reason enough to make it.",
        "Use pears that are ripe but still firm: soft ones turn to mush before the jam has set.",
    ],
    "de": [
        "Wenn im Herbst die ersten Äpfel vom Baum fallen, backe ich jedes Jahr diesen Kuchen. Das Rezept stammt "
        "von meiner Großmutter, die ihn sonntags für die ganze Familie gebacken hat.",
        "Am besten eignen sich säuerliche Sorten. Süße Äpfel werden beim Backen schnell matschig.",
    ],
    "hi": [
        "सुबह के नाश्ते में कुछ हल्का और पौष्टिक चाहिए तो मूंग दाल का चीला एक अच्छा विकल्प है। इसमें प्रोटीन भरपूर "
        "होता है और इसे बनाने में ज्यादा समय भी नहीं लगता।",
        "हमारे घर में यह चीला हर रविवार बनता है। बच्चे इसे हरी चटनी के साथ खाना पसंद करते हैं।",
    ],
    "cs": [
        "Bramboračka patří k nejoblíbenějším českým polévkám. Tahle verze se sušenými houbami a majoránkou se u "
        "nás vaří každý podzim, když se vrátíme z lesa.",
        "Polévka je hustá a sytá, takže s kouskem chleba klidně nahradí hlavní jídlo.",
    ],
}
CARD = {
    "en": ["Spiced Pear Jam", "Print", "Ingredients", "8-9 ripe pears, cored and peeled",
           "1 lemon, or about 1/4 cup lemon juice", "6 tbsp fruit pectin powder", "1 tsp cinnamon",
           "1 jar of honey, or 1 1/2 cups", "Salt", "Instructions"],
    "de": ["Apfelkuchen vom Blech", "Drucken", "Zutaten", "500 g Mehl", "1 Päckchen Trockenhefe", "1 Ei",
           "1,5 kg säuerliche Äpfel, geschält und in Spalten geschnitten", "Für die Streusel", "200 g kalte Butter",
           "Zubereitung"],
    # (rows that open with a word: "आधा चम्मच जीरा", half a spoon of cumin; "sůl a pepř", salt and pepper)
    "hi": ["तैयारी का समय: 4 घंटे", "सामग्री", "1 कप धुली मूंग दाल", "1 इंच अदरक का टुकड़ा", "2 हरी मिर्च",
           "आधा चम्मच जीरा", "स्वादानुसार नमक", "2 चम्मच तेल", "विधि"],
    "cs": ["Suroviny", "500 g brambor", "1 mrkev", "1 petržel", "kousek celeru", "hrst sušených hub",
           "2 lžíce hladké mouky", "sůl a pepř", "Postup"],
}
STEPS = {
    "en": [
        "1. Fill the canner with water and set it to simmer. Add the empty jars to sterilize them.",
        "2. Core, peel and cube the pears and put them in a pot with the lemon juice and spices.",
        "3. Spoon the jam into the jars, put the lids on and boil them for ten minutes.",
    ],
    "de": [
        "1. Mehl, Hefe und Ei zu einem glatten Teig verkneten. Zugedeckt eine Stunde gehen lassen.",
        "2. Den Teig auf einem gefetteten Blech ausrollen und dicht mit den Apfelspalten belegen.",
        "3. Im vorgeheizten Ofen bei 180 Grad etwa 40 Minuten backen, bis die Streusel goldbraun sind.",
    ],
    "hi": [
        "दाल को अच्छी तरह धोकर चार घंटे के लिए पानी में भिगो दें, ताकि वह नरम हो जाए और आसानी से पिस सके।",
        "भीगी दाल का पानी निकालकर उसमें अदरक, हरी मिर्च और थोड़ा पानी डालकर पीस लें। घोल न ज्यादा गाढ़ा हो और न "
        "ज्यादा पतला।",
        "तवा गरम करके उस पर थोड़ा तेल फैलाएं और एक कलछी घोल डालकर गोल फैला दें। दोनों तरफ से सुनहरा होने तक सेकें।",
    ],
    "cs": [
        "Sušené houby namočíme asi na půl hodiny do vlažné vody.",
        "Kořenovou zeleninu a brambory oloupeme a nakrájíme na kostičky. Dáme vařit do osolené vody.",
        "Vaříme, dokud nejsou brambory měkké. Nakonec přidáme prolisovaný česnek a majoránku.",
    ],
}
TAIL = ["You may also like", "Plum cake like grandma made", "Quick cherry loaf", "Comments (4)"]


def _kept(lines: list[str], language: str) -> set[str]:
    doc = boilerplate_doc(lines, language)
    return {line.text for line in doc.lines if line.removal is None}


@pytest.mark.parametrize("language", sorted(CARD))
def test_the_steps_under_a_recipe_card_after_the_story_are_kept(language: str) -> None:
    kept = _kept(["Home", "Recipes", "Desserts", *STORY[language], *CARD[language], *STEPS[language], *TAIL],
                 language)
    assert set(STORY[language]) | set(STEPS[language]) <= kept
    assert "Quick cherry loaf" not in kept


def test_numbered_rows_without_a_recipe_label_are_no_ingredients() -> None:
    """Short lines opening with a number between two paragraphs are no card without its label: counters and
    headlines ("3 Comments", "5 Things to Do This Weekend") keep their cost."""
    gap = ["Spiced Pear Jam", "Print", "Share", "3 Comments", "12 Shares", "5 Things to Do This Weekend",
           "2 Pinterest Boards", "Save", "Email", "Subscribe"]
    kept = _kept(["Home", "Recipes", *STORY["en"], *gap, *STEPS["en"], *TAIL], "en")
    assert set(STORY["en"]) <= kept
    assert not {"3 Comments", "12 Shares", "5 Things to Do This Weekend"} & kept
