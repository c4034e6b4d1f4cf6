"""Boilerplate that qualA's narrowed rules let through (reviewH), each with the article text the narrowing must keep.

- A promo written as a clause in the third person ("Members who log in can read the full archive without ads",
  "Quem assina a newsletter recebe ...") names a pitch's word (readers, members, now, free, archive ...) or a
  newsletter by its capitalised name: no clause of its own (boilerplate._cta_inside_clause).
- A site's footer that quotes its own notice ("All content on this site is protected: "© 2026 ..."") names the site,
  its content or the company: no quote of a sentence (boilerplate._notice_quoted_in_prose).
- A "Discussion" heading under an "Introduction" whose comments show their text first and a signature under it
  ("Pete Harlow · 14 May 2026", "Reply") is a comments thread (boilerplate._comment_signatures_under).
- A box of short sentences next to an article (one-line comments, benefits, testimonials, FAQ answers, live
  one-liners) is no story of one sentence a line: the article's prose outweighs it (boilerplate.sentence_runs_scored).
- A step-numbered pitch ("2. Subscribe now and save 50%.", "Tap Subscribe to unlock every story.") is no how-to's
  step (boilerplate._ui_step, _opens_step_with_cta).

Every text here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_texts, line_rule

from cleaners import boilerplate


# --- calls to action written as a clause ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Local reporting like this is only possible when readers subscribe to the paper", "en"),
        ("Members who log in can read the full archive without ads", "en"),
        ("Readers can sign up for the free Morning Brief newsletter at any time", "en"),
        ("To keep reading this story please subscribe to the digital edition", "en"),
        ("Jetzt kostenlos registrieren und alle Artikel des Tages lesen", "de"),
        ("Wer den Newsletter abonniert, bekommt jeden Morgen die wichtigsten Nachrichten", "de"),
        ("As melhores histórias chegam toda manhã para quem se inscreve na newsletter do jornal", "pt"),
        ("Assinantes podem fazer login para ler todo o acervo do jornal", "pt"),
        ("Quem assina a newsletter recebe as principais notícias toda manhã", "pt"),
        ("The Morning newsletter brings the five biggest stories before breakfast", "en"),
    ],
)
def test_pitch_written_as_a_clause_is_a_promo(text: str, language: str) -> None:
    assert not boilerplate._cta_inside_clause(text)
    assert line_rule(text, language) == "promo"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Why the humble email newsletter refuses to die", "en"),
        ("Why The Humble Email Newsletter Refuses To Die", "en"),  # title case: the capital is no newsletter's name
        ("How one village newsletter outlived three newspapers", "en"),
        ("How a village newsletter won over its readers", "en"),  # the readers after the phrase: no subject
        ("The old Sign in button was moved to the account page.", "en"),
        ("Das gedruckte Newsletter-Heft der Gemeinde erscheint seit 1980 jeden Monat.", "de"),
        ("Wie der Newsletter der Gemeinde seine Leser fand", "de"),
    ],
)
def test_phrase_inside_a_headline_or_sentence_stays_text(text: str, language: str) -> None:
    assert boilerplate._cta_inside_clause(text)
    assert line_rule(text, language) != "promo"


# --- a site's footer quoting its own notice ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('All content on this site is protected: "© 2026 Example Media. All rights reserved."', "en"),
        ('Example Media Ltd, registered in England. "Copyright 2026. All rights reserved."', "en"),
        ("Text and images on this site are “© 2026 Example Media. All rights reserved.”", "en"),
        ('Unless stated otherwise, all material is "© Example Media 2026, All Rights Reserved".', "en"),
        ("Alle Inhalte dieser Website sind urheberrechtlich geschützt „© 2026 Beispiel Verlag. Alle Rechte vorbehalten.“", "de"),
        ("Les contenus du site sont soumis à la mention «Tous droits réservés» sauf mention contraire.", "fr"),
    ],
)
def test_site_footer_quoting_its_notice_is_a_notice(text: str, language: str) -> None:
    assert not boilerplate._notice_quoted_in_prose(text)
    assert line_rule(text, language) == "copyright"


@pytest.mark.parametrize(
    "text",
    [
        '4. Clause 5 provided: "All rights reserved by the Licensor not expressly granted herein."',
        "The reader sent her a screenshot with the caption “Copyright © 2014. All rights reserved.”",
    ],
)
def test_notice_a_sentence_quotes_stays_text(text: str) -> None:
    assert boilerplate._notice_quoted_in_prose(text)
    assert line_rule(text) != "copyright"


# --- a comments thread headed "Discussion" under a post's "Introduction" -------------------------------------
POST = [
    "Building a rain barrel from an old food drum",
    "",
    "Introduction",
    "",
    "Last spring I finally got around to a project I had been putting off for years: collecting the rain from the "
    "shed roof.",
    "",
    "A food-grade drum costs very little second hand, and the fittings come to less than a pizza. The whole job took "
    "one Saturday afternoon.",
    "",
    "After two storms the barrel was full, and the tomatoes have not had tap water since the middle of June.",
]
SIGNED_BELOW = [
    "Discussion",
    "I did the same thing last year with a blue drum from a pickle factory, and it worked well all summer long.",
    "Pete Harlow · 14 May 2026",
    "Did you put a mesh over the inlet? Mine filled up with leaves in autumn and the tap clogged twice.",
    "Sandra K. · 15 May 2026",
]


@pytest.mark.parametrize("signature", ["Pete Harlow · 14 May 2026", "Reply", "15 May 2026 at 20:02"])
def test_discussion_with_signatures_under_its_comments_is_a_thread(signature: str) -> None:
    thread = [signature if line.startswith("Pete Harlow") else line for line in SIGNED_BELOW]
    kept = kept_texts(clean_lines(POST + thread))
    assert any(t.startswith("After two storms") for t in kept)
    assert "Discussion" not in kept
    assert not any(t.startswith("I did the same thing") or t.startswith("Did you put a mesh") for t in kept)


def test_discussion_of_a_paper_under_its_introduction_stays() -> None:
    page = [
        "Rainwater use in small allotment gardens",
        "",
        "Introduction",
        "",
        "Allotment gardens use large volumes of mains water in summer, and few studies measure how much of it rain "
        "barrels could replace.",
        "",
        "Discussion",
        "",
        "The barrels replaced about a third of the mains water in an average summer, more on plots with large sheds.",
        "",
        "Plots with two barrels did not save twice as much, because the second barrel was rarely full in July.",
    ]
    kept = kept_texts(clean_lines(page))
    assert "Discussion" in kept
    assert any(t.startswith("Plots with two barrels") for t in kept)


# --- boxes of short sentences next to an article -------------------------------------------------------------
ARTICLE = [
    "Council approves new cycle bridge over the river",
    "",
    "The city council approved plans on Wednesday for a cycle and foot bridge over the river, linking the station "
    "quarter with the housing estates on the north bank.",
    "",
    "The bridge will be 140 metres long and is expected to cost 18 million, most of it paid by a national grant for "
    "sustainable transport.",
    "",
    "Residents on the north bank have asked for a crossing for more than a decade. At present the nearest bridge is "
    "two kilometres downstream and carries four lanes of traffic.",
    "",
    "Construction is due to start next spring and take about eighteen months, the council said.",
]
BOXES = {
    "one-line comments": ["Great article!", "Thanks for sharing.", "I agree completely.", "About time this happened.",
                          "Well said, as always.", "This is good news for the town.", "Can't wait to use it."],
    "benefits": ["Why join?", "Support local reporting.", "Read without limits.", "Get the weekend edition early.",
                 "Join events with the reporters.", "Cancel at any time.", "No ads on any page."],
    "testimonials": ["What readers say", "Best local news I have read in years.", "I read it every single morning.",
                     "Always accurate and fair.", "Worth every penny.", "My whole family reads it now.",
                     "The weekend edition is a treat."],
    "features": ["Product features", "Folds flat in seconds.", "Weighs only nine kilos.", "Fits in any car boot.",
                 "Comes with a rain cover.", "Washable seat fabric.", "Two years of warranty included."],
    "faq": ["FAQ", "When will it open?", "It should open in late 2027.", "Will cars be allowed?",
            "No, it is for bikes and walkers only.", "Who pays for it?", "Mostly a national grant.",
            "Is there lighting?", "Yes, the deck is lit at night."],
}


@pytest.mark.parametrize("box", sorted(BOXES))
def test_box_of_short_sentences_next_to_an_article_is_no_story(box: str) -> None:
    lines = BOXES[box]
    doc = boilerplate_doc(ARTICLE + lines)
    assert not any(line.notes.get("story_line") for line in doc.lines)
    kept = kept_texts(clean_lines(ARTICLE + lines))
    assert any(t.startswith("Construction is due to start") for t in kept)
    assert not any(t in lines for t in kept)


def test_story_of_short_sentences_with_a_lead_still_scores() -> None:
    """A lead paragraph over a story of one sentence a line: the sentences outweigh it."""
    story = [
        "I started walking to work in January.", "It takes 45 minutes.", "The bus takes 20.", "At first I hated it.",
        "Then I started to notice things.", "The baker waves.", "The river is different every morning.",
        "I lost four kilos.", "I slept better.", "I never once regretted it.",
    ]
    lead = ("A year ago I gave up the bus for the walk along the river, and I kept a notebook of what changed in the "
            "twelve months that followed.")
    doc = boilerplate_doc(["What I learned walking to work", "", lead, "", *story])
    assert [line.text for line in doc.lines if line.notes.get("story_line")][-len(story):] == story


# --- step-numbered pitches -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2. Subscribe now and save 50%.",
        "1. Subscribe to the newsletter today.",
        "2. Sign up for free in under a minute.",
        "3. Log in and read without limits.",
        "Tap Subscribe to unlock every story.",
        "Click Sign up and get the first month free.",
        "Press Subscribe for unlimited reading.",
        "2. Sign up for a free trial of the premium plan.",
    ],
)
def test_step_numbered_pitch_is_a_promo(text: str) -> None:
    assert not boilerplate._ui_step(text)
    assert line_rule(text) == "promo"


@pytest.mark.parametrize(
    "text",
    [
        "1. Log in to the admin dashboard.",
        "Step 2: Sign in with the administrator account.",
        "Click Subscribe next to the feed name.",
        "3. Sign in with the account you created in step one and open the settings page.",
    ],
)
def test_how_to_step_stays_text(text: str) -> None:
    assert line_rule(text) != "promo"
