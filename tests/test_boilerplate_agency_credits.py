"""A photo's credit to a news or photo agency alone on its line, under the photo's caption ("PA Media", "AFP via
Getty Images", "Foto: dpa", "Crédit photo : AFP", "Фото: ТАСС"; boilerplate.mark_agency_credits), and a newsletter
sign-up form's fine print in several languages inside a story of short paragraphs (boilerplate.mark_signup_fine_print,
mark_signup_form_buttons, newsletter_boxes_transparent): the credit and the form go, the story goes on under the form.
Look-alikes stay: a sentence naming an agency, a list of sources, a credit naming a person between two long
paragraphs (the dev gold keeps those), a paragraph about newsletters. The stories are written for these tests."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.boilerplate import _agency_credit, _fine_print

HEAD = ["Home | News | Local", "Council opens a new swimming pool in the east of the town", "By Ann Porter", "4 March 2026"]
STORY = [
    "The council opened a new swimming pool on the east side of the town on Saturday morning.",
    "The pool replaces an older one that closed three years ago after its roof began to leak.",
    "Families queued from seven o'clock to be among the first to swim in the new building.",
    "The pool has six lanes, a learners' pool and a small gym for older residents.",
    "Council officers said the building uses half as much energy as the old one.",
    "Swimming lessons for children will start after the Easter holidays.",
    "The pool will open from six in the morning until ten at night on weekdays.",
    "Prices will match those at the council's other leisure centres.",
]
TAIL = ["Most Read", "Council tax rise confirmed for April", "Road closures planned for the marathon", "Privacy notice"]
CAPTION = "Swimmers try out the new pool on its opening morning"


def _record(lines: list[str]) -> dict:
    return clean_text("\n".join(lines), source="credit.txt").to_dict()


def _kept(lines: list[str]) -> list[str]:
    return [p["text"] for p in _record(lines)["paragraphs"]]


def _removed(lines: list[str]) -> dict[str, str]:
    return {r["text"]: r["rule"] for r in _record(lines)["removed"]}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PA Media", 1), ("Reuters", 1), ("AFP via Getty Images", 1), ("Getty Images", 1), ("EPA-EFE", 1),
        ("(Image: Getty)", 2), ("Foto: dpa", 2), ("Crédit photo : AFP", 2), ("Фото: ТАСС", 2),
        ("Foto: Reuters/John Doe", 2), ("Jane Smith/AFP via Getty Images", 2), ("(Image: Jane Smith / Reuters)", 2),
        ("Photograph: Jane Smith/Getty Images", 2),
        # no agency, or a sentence
        ("Foto: LA NACION", 0), ("(Image credit: All About Space)", 0), ("Reuters reported it first", 0),
        ("Getty Images said on Monday", 0), ("Photo: Jane Doe", 0), ("Sources: Reuters, AFP", 0),
    ],
)
def test_agency_credit_shape(text: str, kind: int) -> None:
    assert _agency_credit(text) == kind


@pytest.mark.parametrize(
    "credit",
    ["PA Media", "Reuters", "AFP via Getty Images", "Getty Images", "EPA-EFE", "(Image: Getty)", "Foto: dpa",
     "Crédit photo : AFP", "Jane Smith/Reuters", "(Image: Jane Smith / Reuters)"],
)
def test_agency_credit_under_caption_goes(credit: str) -> None:
    lines = HEAD + STORY[:3] + [CAPTION, credit] + STORY[3:] + TAIL
    removed = _removed(lines)
    assert removed.get(credit) in ("boilerplate:image-credit", "boilerplate:furniture")
    kept = "\n".join(_kept(lines))
    for paragraph in STORY:
        assert paragraph in kept


@pytest.mark.parametrize("credit", ["Reuters", "AFP via Getty Images", "PA Media"])
def test_bare_agency_between_paragraphs_goes(credit: str) -> None:
    lines = HEAD + STORY[:3] + [credit] + STORY[3:] + TAIL
    assert _removed(lines).get(credit) == "boilerplate:image-credit"


def test_named_credit_between_long_paragraphs_stays() -> None:
    # The article's own credit between two paragraphs (the dev gold keeps "Name/iStock/Getty Images" there).
    long_a = " ".join(STORY[:3])
    long_b = " ".join(STORY[3:6])
    lines = [*HEAD, long_a, "Jane Smith/iStock/Getty Images", long_b, *STORY[6:], *TAIL]
    assert "Jane Smith/iStock/Getty Images" in _kept(lines)


def test_agency_mentions_and_source_list_stay() -> None:
    mentions = [
        "Reuters, AFP and Getty Images supply most of the pictures the regional papers print, a survey found.",
        "Getty Images said on Monday that it had signed contracts with two hundred local photographers.",
    ]
    sources = ["The sources for this report:", "Reuters", "AFP", "The council's annual report"]
    lines = HEAD + STORY[:3] + mentions + STORY[3:5] + sources + STORY[5:] + TAIL
    kept = _kept(lines)
    for line in mentions:
        assert line in kept
    assert "Reuters" in kept and "AFP" in kept


# A sign-up form inside the story, its fine print in the page's language: (language, story, form).
FORMS = {
    "en": [
        "Sign up to our morning briefing", "Enter your email", "Sign up",
        "We will use your email address only for sending you newsletters.",
        "By signing up you agree to our Privacy Policy.", "You can unsubscribe at any time.",
    ],
    "de": [
        "Newsletter", "E-Mail-Adresse", "Jetzt anmelden",
        "Wir verwenden Ihre E-Mail-Adresse nur für den Versand unserer Newsletter.",
        "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu.", "Sie können sich jederzeit wieder abmelden.",
    ],
    "fr": [
        "Recevez notre newsletter", "Adresse e-mail", "Valider",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
        "Vous pouvez vous désabonner à tout moment.",
    ],
    "it": [
        "Iscriviti alla newsletter", "Indirizzo email", "Iscriviti",
        "Iscrivendoti accetti la nostra informativa sulla privacy.", "Puoi disiscriverti in qualsiasi momento.",
    ],
    "nl": [
        "Schrijf je in voor onze nieuwsbrief", "E-mailadres", "Aanmelden",
        "Door je aan te melden ga je akkoord met ons privacybeleid.", "Je kunt je op elk moment weer afmelden.",
    ],
}
STORIES = {
    "en": STORY,
    "de": [
        "Die Stadt hat am Samstag ein neues Hallenbad im Osten eröffnet.",
        "Das Bad ersetzt ein älteres, das vor drei Jahren wegen eines undichten Dachs schließen musste.",
        "Schon um sieben Uhr warteten Familien vor dem Eingang des neuen Bades.",
        "Das Bad hat sechs Bahnen, ein Lehrschwimmbecken und einen kleinen Fitnessraum.",
        "Nach Angaben der Stadt braucht das Gebäude nur halb so viel Energie wie das alte Bad.",
        "Schwimmkurse für Kinder beginnen nach den Osterferien im neuen Bad.",
        "Das Bad öffnet werktags von sechs Uhr morgens bis zehn Uhr abends.",
        "Die Preise entsprechen denen der anderen Bäder der Stadt.",
    ],
    "fr": [
        "La ville a inauguré samedi une nouvelle piscine dans le quartier est.",
        "La piscine remplace un ancien bassin fermé il y a trois ans à cause d'une fuite du toit.",
        "Des familles faisaient la queue dès sept heures pour nager dans la nouvelle piscine.",
        "La piscine compte six couloirs, un petit bassin et une salle de sport.",
        "Selon la ville, le bâtiment consomme deux fois moins d'énergie que l'ancienne piscine.",
        "Les cours de natation pour les enfants commenceront après les vacances de printemps.",
        "La piscine sera ouverte de six heures à vingt-deux heures en semaine.",
        "Les tarifs seront les mêmes que dans les autres piscines de la ville.",
    ],
    "it": [
        "Il comune ha inaugurato sabato una nuova piscina nel quartiere est della città.",
        "La piscina sostituisce una vecchia vasca chiusa tre anni fa per un tetto che perdeva acqua.",
        "Già dalle sette del mattino molte famiglie aspettavano davanti alla nuova piscina.",
        "La piscina ha sei corsie, una vasca per bambini e una piccola palestra.",
        "Secondo il comune, l'edificio consuma metà dell'energia della vecchia piscina.",
        "I corsi di nuoto per i bambini inizieranno dopo le vacanze di Pasqua.",
        "La piscina sarà aperta dalle sei alle ventidue nei giorni feriali.",
        "I prezzi saranno uguali a quelli delle altre piscine comunali della città.",
    ],
    "nl": [
        "De gemeente heeft zaterdag een nieuw zwembad geopend in de oostelijke wijk.",
        "Het zwembad vervangt een oud bad dat drie jaar geleden dichtging door een lekkend dak.",
        "Al om zeven uur stonden gezinnen in de rij voor het nieuwe zwembad.",
        "Het zwembad heeft zes banen, een instructiebad en een kleine sportzaal.",
        "Volgens de gemeente gebruikt het gebouw half zoveel energie als het oude zwembad.",
        "Zwemlessen voor kinderen beginnen na de voorjaarsvakantie in het nieuwe zwembad.",
        "Het zwembad is op werkdagen open van zes uur 's ochtends tot tien uur 's avonds.",
        "De prijzen zijn gelijk aan die van de andere zwembaden in de gemeente.",
    ],
}


@pytest.mark.parametrize("language", sorted(FORMS))
def test_signup_form_inside_short_story(language: str) -> None:
    story, form = STORIES[language], FORMS[language]
    lines = HEAD[:2] + story[:4] + form + story[4:] + TAIL
    kept = "\n".join(_kept(lines))
    for paragraph in story:
        assert paragraph in kept
    for line in form:
        assert line not in kept


@pytest.mark.parametrize(
    "text",
    [
        "We will use your email address only for sending you newsletters.",
        "Wir verwenden Ihre E-Mail-Adresse nur für den Versand unserer Newsletter.",
        "Vous pouvez vous désabonner à tout moment.",
        "Puedes darte de baja en cualquier momento.",
        "Você pode cancelar a inscrição a qualquer momento.",
        "Puoi disiscriverti in qualsiasi momento.",
        "Je kunt je op elk moment weer afmelden.",
        "Możesz zrezygnować z subskrypcji w każdej chwili.",
        "Du kan avsluta prenumerationen när som helst.",
    ],
)
def test_fine_print_phrases(text: str) -> None:
    assert _fine_print(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company said users could unsubscribe at any time.",
        "Regulators found the firm kept each customer's email address for two years.",
        "Die Firma speicherte die E-Mail-Adresse jedes Kunden zwei Jahre lang.",
    ],
)
def test_fine_print_look_alikes(text: str) -> None:
    assert not _fine_print(text)


def test_paragraph_about_newsletters_stays() -> None:
    about = [
        "Many swimming clubs now send newsletters by email, and members can unsubscribe whenever they like.",
        "The club's newsletter has four hundred readers and is written by volunteers.",
    ]
    lines = HEAD + STORY[:4] + about + STORY[4:] + TAIL
    kept = _kept(lines)
    for line in about:
        assert line in kept


def test_fine_print_sentence_without_form_stays() -> None:
    # "You can unsubscribe at any time." with no sign-up form over it is a sentence of the text (a how-to's step).
    line = "You can unsubscribe at any time from the settings page of the app."
    lines = HEAD + STORY[:4] + [line] + STORY[4:] + TAIL
    assert line in _kept(lines)
