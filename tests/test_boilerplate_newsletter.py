"""A newsletter sign-up box or an app promotion inside the article (cleaners.boilerplate): its lines are removed,
and it does not cut the article in two. Negatives: sentences about e-mail, inboxes, signing up or apps are text,
and a box after the article still ends it."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule


@pytest.mark.parametrize(("text", "language"), [
    ("The best of the Dispatch, delivered to your inbox every morning", "en"),
    ("Get the week's top stories sent straight to your inbox.", "en"),
    ("Email address", "en"),
    ("Enter your email*", "en"),
    ("Please enter a valid email address", "en"),
    ("By subscribing you agree to our Terms of Use and Privacy Policy. You can unsubscribe at any time.", "en"),
    ("By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.", "en"),
    ("Thank you for signing up!", "en"),
    ("Thanks for subscribing!", "en"),
    ("Thanks for reading Field Notes! Subscribe for free to receive new posts and support my work.", "en"),
    ("Thank you for reading. Subscribe to get the next issue.", "en"),
    ("Adresse e-mail", "fr"),
    ("En vous inscrivant, vous acceptez nos conditions générales d'utilisation.", "fr"),
    ("Merci pour votre inscription !", "fr"),
    ("E-Mail-Adresse", "de"),
    ("Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.", "de"),
    ("Vielen Dank für Ihre Anmeldung!", "de"),
    ("Correo electrónico", "es"),
    ("Al suscribirte, aceptas nuestra política de privacidad.", "es"),
    ("Gracias por suscribirte", "es"),
    ("Ao se inscrever, você concorda com a nossa política de privacidade.", "pt"),
    ("Obrigado por se inscrever!", "pt"),
    ('Dengan mengklik "Siarkan Jawapan Anda", anda bersetuju dengan terma perkhidmatan dan dasar privasi kami.', "ms"),
    ("Dengan mendaftar, Anda menyetujui syarat layanan dan kebijakan privasi kami.", "id"),
])
def test_lines_of_a_sign_up_box_are_furniture(text: str, language: str) -> None:
    assert line_rule(text, language) == "newsletter"


@pytest.mark.parametrize(("text", "language"), [
    ("Phishing messages that land in your inbox often copy the logo of a bank or a delivery company.", "en"),
    ("The council said residents could register by email until the end of the month.", "en"),
    ("By signing up early, families secured places for the summer camp before prices rose.", "en"),
    ("Thanks for the memories, the coach told supporters after his final game.", "en"),
    ("Thanks for reading this far. Subscribers will find the full tables in the appendix below.", "en"),
    ("Email scams rose by a third last year, the regulator said.", "en"),
    ("Les inscriptions pour le marathon ouvrent lundi et se font uniquement par courrier électronique.", "fr"),
    ("Die Anmeldung für den Kurs ist ab Montag per E-Mail möglich, teilte die Volkshochschule mit.", "de"),
    ("Dengan mendaftar awal, peserta mendapat potongan harga untuk kursus musim cuti sekolah.", "ms"),
])
def test_sentences_about_mail_or_signing_up_are_text(text: str, language: str) -> None:
    assert line_rule(text, language) != "newsletter"


BEFORE = [
    "A retreating glacier in the northern mountains has uncovered the stumps of a forest that grew there roughly "
    "five thousand years ago, giving scientists a rare look at how far the ice pulled back.",
    "The stumps, mostly pine and birch, were found last summer by a hiking group who noticed wood poking out of "
    "gravel at the edge of the ice. Radiocarbon dating placed them between 4,800 and 5,300 years old.",
]
AFTER = [
    "\"The forest tells us the glacier was at least this small once before,\" said a glaciologist who analysed "
    "the samples, adding that it had not been this small for five millennia.",
    "The team plans to return this summer to map the full extent of the exposed forest floor and collect soil "
    "samples that may contain pollen and insect remains.",
    "The site was likely to be covered by meltwater streams and debris within a decade, leaving a short window "
    "for study, the researchers said.",
]
BOX = [
    "Sign up for our daily newsletter",
    "The best of the Dispatch, delivered to your inbox every morning",
    "Email address",
    "Sign up",
    "By subscribing you agree to our Terms of Use and Privacy Policy. You can unsubscribe at any time.",
    "Thank you for signing up!",
]
MENU = ["Home", "News", "Climate", "Culture"]
FOOTER = ["About us", "Privacy policy", "© 2024 Northern Dispatch"]


def test_a_sign_up_box_between_paragraphs_does_not_cut_the_article() -> None:
    doc = boilerplate_doc(MENU + BEFORE + BOX + AFTER + FOOTER, "en")
    assert [line.text for line in doc.kept_lines()] == BEFORE + AFTER


def test_a_sign_up_box_after_the_article_still_ends_it() -> None:
    teasers = ["Heatwave warning issued for southern regions", "Why the price of olive oil is finally falling",
               "The quiet revival of the night train"]
    doc = boilerplate_doc(MENU + BEFORE + AFTER + BOX + teasers + FOOTER, "en")
    assert [line.text for line in doc.kept_lines()] == BEFORE + AFTER


@pytest.mark.parametrize("text", [
    "DOWNLOAD THE FREE CHANNEL 9 WEATHER APP FOR LIVE RADAR",
    "CLICK HERE TO GET THE CHANNEL 9 NEWS APP",
    "Get our app",
    "Download the Harbor Ledger app for breaking news alerts.",
])
def test_an_app_promotion_is_furniture(text: str) -> None:
    assert line_rule(text) == "app-promo"


@pytest.mark.parametrize("text", [
    "Get the most out of your phone's camera app by cleaning the lens before every shot.",
    "Download speeds in the county lag far behind the national average, the report found.",
    "Install the update before Friday, the bank told customers who use its older banking app on tablets.",
])
def test_a_sentence_about_apps_is_no_app_promotion(text: str) -> None:
    assert line_rule(text) != "app-promo"


def test_an_app_promotion_before_a_short_last_paragraph_does_not_cut_it_off() -> None:
    last = "The council is expected to take up the proposal again on November 12."
    doc = boilerplate_doc(MENU + BEFORE + AFTER + ["DOWNLOAD THE FREE CHANNEL 9 WEATHER APP FOR LIVE RADAR", last]
                          + FOOTER, "en")
    assert [line.text for line in doc.kept_lines()] == BEFORE + AFTER + [last]


def test_new_box_rules_are_furniture_for_the_title_search() -> None:
    from cleaners.metadata import _furniture_rule

    for rule in ("boilerplate:app-promo", "boilerplate:newsletter", "boilerplate:gallery"):
        assert _furniture_rule(rule), rule


# --- a sponsor block between a newsletter's paragraphs (xfail7: probe18's sponsor block was kept) ---------------

SPONSOR_PITCH = ("Tired of guessing where your money goes? Budgetly links all your accounts in one place and shows "
                 "you what you spent last month. Readers of this newsletter get three months free.")


def test_a_sponsor_block_between_paragraphs_goes_and_the_article_stays() -> None:
    page = ["Weekly Ledger", "Archive", "Why bread got cheaper", *BEFORE, "A MESSAGE FROM OUR SPONSOR", SPONSOR_PITCH,
            "Try Budgetly free", *AFTER, "Subscribe", "Comments"]
    doc = boilerplate_doc(page)
    kept = [line.text for line in doc.lines if line.removal is None]
    assert set(BEFORE) | set(AFTER) <= set(kept)
    assert not {"A MESSAGE FROM OUR SPONSOR", SPONSOR_PITCH, "Try Budgetly free"} & set(kept)


def test_a_sponsor_heading_over_prose_without_a_button_stays() -> None:
    """"Our sponsors" over a paragraph and then more paragraphs (a club's report thanking them): no block."""
    thanks = ("The club thanks the bakery on the square and the garage on the ring road, who paid for the new kit "
              "and the minibus that takes the youth teams to their away games.")
    page = ["Club News", "Season report", *BEFORE, "Our sponsors", thanks, *AFTER, "Contact"]
    doc = boilerplate_doc(page)
    assert thanks in [line.text for line in doc.lines if line.removal is None]
