"""What the probe31 pages showed: an Italian consent banner, a wiki's licence footer in Japanese and Korean, Albanian
and Macedonian month names, a post's tag row with its label in South Slavic languages and Albanian, a listing's map
link, and a paper's affiliation and author rows under its title. Each with prose that looks like it and stays."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.metadata import _title_shaped, parse_date_line
from cleaners.patterns import COOKIE_NOTICE_RE, FURNITURE_RE, LEGAL_NOTICE_RE


@pytest.mark.parametrize("text", [
    "Questo sito utilizza cookie tecnici e di terze parti. Accetta | Rifiuta | Personalizza",
    "Utilizziamo i cookie per migliorare la tua esperienza di navigazione.",
    "Usiamo cookie di profilazione: chiudendo questo banner acconsenti.",
])
def test_italian_consent_banner(text: str) -> None:
    assert COOKIE_NOTICE_RE.search(text)


@pytest.mark.parametrize("text", [
    "I ricercatori utilizzano i cookie dei browser per studiare le abitudini di chi naviga.",
    "La ricetta dei cookie al burro di arachidi richiede un'ora di riposo in frigorifero.",
])
def test_italian_prose_about_cookies(text: str) -> None:
    assert not COOKIE_NOTICE_RE.search(text)


@pytest.mark.parametrize("text", [
    "テキストはクリエイティブ・コモンズ 表示-継承ライセンスのもとで利用できます。",
    "텍스트는 크리에이티브 커먼즈 저작자표시-동일조건변경허락 라이선스에 따라 사용할 수 있습니다.",
])
def test_licence_footer_in_japanese_and_korean(text: str) -> None:
    assert LEGAL_NOTICE_RE.search(text)


@pytest.mark.parametrize(("text", "iso"), [
    ("Publikuar: 12 shkurt 2026, 14:35", "2026-02-12"),
    ("Përditësuar: 3 dhjetor 2025", "2025-12-03"),
    ("16 јуни 2026", "2026-06-16"),
])
def test_albanian_and_macedonian_months(text: str, iso: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.iso.startswith(iso)


@pytest.mark.parametrize("text", [
    "Ознаки: време, снег, прогноза", "Етикети: избори, парламент", "Oznake: izbori, sabor", "Etiketa: gjykata, ligj",
    "Bekijk op de kaart", "View on map", "Voir sur la carte", "Auf der Karte anzeigen",
])
def test_tag_rows_and_map_links_are_furniture(text: str) -> None:
    assert FURNITURE_RE.regex.match(text)


@pytest.mark.parametrize("text", [
    "Ознаки на мозочен удар", "Oznake na karti", "Kartat e vjetra të qytetit",
])
def test_headings_with_the_label_words_are_not(text: str) -> None:
    assert not FURNITURE_RE.regex.match(text)


@pytest.mark.parametrize("text", [
    "² Conservatoire régional des espaces naturels",
    "† These authors contributed equally",
    "Camille Berthier¹, Julien Moreau², Inès Haddad¹",
    "Ana Ruiz¹*, Li Wei², Tom Berg³",
])
def test_affiliation_and_author_rows_are_no_title(text: str) -> None:
    assert not _title_shaped(text)


@pytest.mark.parametrize("text", [
    "Le prix du m² grimpe de 5 % dans les grandes villes",
    "Wohnungen unter 50 m², Häuser über 200 m²: was der Markt hergibt",
])
def test_titles_with_units_stay_title_shaped(text: str) -> None:
    assert _title_shaped(text)


def test_italian_page_consent_banner_goes_and_notices_stay() -> None:
    nav = ["Home", "La parrocchia", "Orari delle messe", "Oratorio", "Contatti", "Cerca"]
    paras = [
        "Domenica le sante messe seguono l'orario festivo: ore 8.00, 10.00 e 11.30 in chiesa parrocchiale.",
        "Ogni venerdì di Quaresima alle ore 15.00 si tiene la Via Crucis in chiesa, animata dai ragazzi.",
        "La raccolta di generi alimentari per le famiglie in difficoltà prosegue fino al 15 marzo in fondo alla chiesa.",
        "Le iscrizioni al campo estivo dei ragazzi delle medie sono aperte in segreteria fino a esaurimento dei posti.",
    ]
    page = "\n".join(nav + ["Avvisi della settimana", "Pubblicato il 28 febbraio 2026", *paras,
                            "Questo sito utilizza cookie tecnici e di terze parti. Accetta | Rifiuta",
                            "Privacy | Cookie policy"])
    record = clean_text(page.encode(), source="x.txt")
    body = "\n".join(p["text"] for p in record["paragraphs"])
    assert "Questo sito utilizza cookie" not in body
    for p in paras:
        assert p in body
