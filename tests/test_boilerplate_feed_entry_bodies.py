"""A news feed after the article ("Happening now": time, headline, time, headline ...) whose newest entry the page
shows opened, its paragraphs under its headline and the next entry's time under them: the paragraphs are another
story's, items of the feed (boilerplate.feed_entry_bodies). Without the rule they bridge the feed's penalty and
the run search takes them, or takes them in place of the article.

From tests/pages: en_news_feed_opened_entry_after_article.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

ARTICLE = {
    "en": [
        "Ferry service between the harbour and the three outer islands will run through the winter for the first time, after the regional council agreed on Tuesday to cover the operator's losses.",
        "Until now the last crossing of the season has left in late October, leaving the islands' four hundred year-round residents to rely on a small water taxi that cannot sail in rough weather.",
        "Under the new contract the ferry will make two return crossings a day from November to March, one in the early morning and one in the late afternoon, timed to meet the buses.",
        "The council expects the winter service to cost about 1.2 million a year, a third of which should be covered by fares. The contract runs for three years and will be reviewed.",
    ],
    "de": [
        "Die Fähre zu den drei Inseln vor der Küste fährt in diesem Jahr zum ersten Mal auch im Winter, nachdem der Kreistag am Dienstag beschlossen hat, die Verluste des Betreibers zu übernehmen.",
        "Bisher legte die letzte Fähre der Saison Ende Oktober ab, danach waren die rund vierhundert Inselbewohner auf ein kleines Wassertaxi angewiesen, das bei Sturm nicht fahren kann.",
        "Nach dem neuen Vertrag fährt die Fähre von November bis März zweimal täglich hin und zurück, früh am Morgen und am späten Nachmittag, abgestimmt auf die Busse am Hafen.",
        "Der Kreis rechnet mit Kosten von etwa 1,2 Millionen Euro im Jahr, ein Drittel davon soll durch Fahrkarten gedeckt werden. Der Vertrag läuft drei Jahre und wird nach dem ersten Winter überprüft.",
    ],
}
FEED = {
    "en": ("Related", "Happening now", ["2 minutes ago", "6 minutes ago", "14 minutes ago", "31 minutes ago"]),
    "de": ("Mehr zum Thema", "Gerade passiert", ["Vor 2 Minuten", "Vor 6 Minuten", "Vor 14 Minuten", "Vor 31 Minuten"]),
}
ENTRY = {
    "en": [
        "A regional bakery chain plans to open forty new shops next year and hire about six hundred staff, most of them in towns that lost their last bakery during the past decade.",
        "The company said rising demand for fresh bread in smaller towns had made the expansion possible, and that each new shop would bake on site rather than receive deliveries.",
        "Its chief executive said the chain would also train apprentices in every new shop, with the first intake of about eighty young bakers expected in the spring.",
        "The expansion will be paid for out of the company's own profits and a loan from a regional development bank, which has agreed to lend it twelve million over five years.",
        "The first of the new shops are due to open in March in three market towns in the north of the region, where the company already runs a training kitchen and a warehouse.",
        "Unions welcomed the plan but said they would watch closely whether the new jobs would be full-time, after complaints last year about short contracts at some existing shops.",
    ],
    "de": [
        "Eine Bäckereikette aus der Region will im kommenden Jahr vierzig neue Filialen eröffnen und rund sechshundert Menschen einstellen, vor allem in Orten, die ihre letzte Bäckerei verloren haben.",
        "Die Nachfrage nach frischem Brot in kleinen Städten sei stark gestiegen, teilte das Unternehmen mit, jede neue Filiale solle selbst backen und nicht aus einer Zentrale beliefert werden.",
        "Die Geschäftsführerin kündigte an, in jeder neuen Filiale auch Lehrlinge auszubilden, der erste Jahrgang mit etwa achtzig jungen Bäckern soll im Frühjahr beginnen.",
        "Bezahlt wird die Erweiterung aus eigenen Gewinnen und mit einem Kredit einer Förderbank, die dem Unternehmen zwölf Millionen Euro über fünf Jahre zu einem günstigen Zins leiht.",
        "Die ersten neuen Filialen sollen im März in drei Kleinstädten im Norden des Landkreises öffnen, wo die Kette bereits eine Lehrküche und ein kleines Lager betreibt.",
        "Die Gewerkschaft begrüßte den Plan, will aber genau darauf achten, ob die neuen Stellen Vollzeitstellen werden, nachdem es im vergangenen Jahr Klagen über kurze Verträge gab.",
    ],
}
HEADLINES = {
    "en": ["Harbour car park to close for resurfacing", "Island school gets a new roof after storm damage",
           "Lantern parade draws record crowd to the old town", "Bakery chain to open forty new shops",
           "Port workers vote to accept new pay offer", "Rowing club celebrates its centenary with a regatta"],
    "de": ["Hafenparkplatz wird neu asphaltiert", "Inselschule bekommt nach Sturmschaden ein neues Dach",
           "Laternenumzug lockt so viele Besucher wie nie in die Altstadt", "Bäckereikette eröffnet vierzig neue Filialen",
           "Hafenarbeiter nehmen neues Tarifangebot an", "Ruderverein feiert hundertjähriges Bestehen mit einer Regatta"],
}
TITLE = {"en": "Ferry service to the islands will run all winter", "de": "Inselfähre fährt erstmals den ganzen Winter"}


def _page(lang: str, entry_time: bool = True, feed_first: bool = False) -> bytes:
    related, feed, times = FEED[lang]
    h = HEADLINES[lang]
    feed_lines = [
        related, h[0], h[1], feed, times[0], h[2], times[1], h[3], *ENTRY[lang], "Source: wire services",
        *([times[2]] if entry_time else []), h[4], times[3], h[5],
    ]
    article = [TITLE[lang], *ARTICLE[lang]]
    body = [*feed_lines, *article] if feed_first else [*article, "Facebook", "WhatsApp", *feed_lines]
    return "\n".join(["News", "Local", "Sport", "Business", *body, "Contact us", "Privacy policy", ""]).encode()


def _kept(page: bytes) -> str:
    return "\n".join(p["text"] for p in clean_text(page, source="page.txt").paragraphs)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_opened_feed_entry_after_the_article_is_removed(lang: str) -> None:
    kept = _kept(_page(lang))
    for paragraph in ARTICLE[lang]:
        assert paragraph in kept
    for paragraph in ENTRY[lang]:
        assert paragraph not in kept


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_feed_above_the_article_leaves_the_article_whole(lang: str) -> None:
    """A feed at the top of the page: no article above its heading, so the prose under its items is not taken
    for an entry's (here the page's own article follows the feed)."""
    kept = _kept(_page(lang, feed_first=True))
    for paragraph in ARTICLE[lang]:
        assert paragraph in kept


def test_a_live_page_keeps_its_timed_entries() -> None:
    """Timed entries with no list heading over them are the page's own live updates."""
    lines = ["News", "Sport", "Storm live: ferries cancelled and roads closed across the coast"]
    for n, paragraph in enumerate(ENTRY["en"][:4] + ARTICLE["en"][:2]):
        lines += [f"{5 + 7 * n} minutes ago", f"Update {n + 1}: what we know so far", paragraph]
    lines += ["Contact us", "Privacy policy", ""]
    kept = _kept("\n".join(lines).encode())
    for paragraph in ENTRY["en"][:4]:
        assert paragraph in kept
