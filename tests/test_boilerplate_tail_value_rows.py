"""An event page's ticket prices under its description ("Eintritt" over "Erwachsene 24 €", "Ermäßigt 16 €"),
rows without a colon, go with the tail when the table also has labelled rows ("Dauer: 2 Std."), and the access
note under its heading after them is the page's last section (boilerplate._value_row in _tail_table_end and
_closing_section). A shop widget's products under an article ("Linen shirt £45") have no labelled rows.

From tests/pages: en_event_listing_when_where, whose price rows and access note were cut off.
"""

from __future__ import annotations

from cleaners import clean_text

DE_EVENT = """Kulturhaus am Fluss
Programm
Tickets
Besuch planen
Warenkorb (0)
Programm › Theater
Der zerbrochne Krug: Eine Komödie in neuer Inszenierung
Freitag, 14. November 2025, 19:30 Uhr
Großer Saal
Tickets kaufen
Zum Kalender hinzufügen
Das Ensemble des Kulturhauses bringt Kleists Komödie über den Dorfrichter Adam in einer neuen, schnellen Fassung auf die Bühne, mit Live-Musik und einem Bühnenbild aus alten Holzmöbeln.
Regisseurin Lea Hartmann verlegt die Handlung in ein Amtszimmer der fünfziger Jahre, in dem der Richter sich immer tiefer in seine eigenen Lügen verstrickt.
Die Vorstellung dauert etwa zwei Stunden mit einer Pause. Die Bar im Foyer öffnet eine Stunde vor Beginn.
Eintritt
Erwachsene 24 €
Ermäßigt 16 €
Schüler 9 €
Dauer: 2 Std. (mit Pause)
Altersempfehlung: ab 12 Jahren
Barrierefreiheit
Der Große Saal ist stufenlos erreichbar und hat Plätze für Rollstühle. Eine Höranlage steht an der Kasse bereit.
Tickets kaufen
Newsletter abonnieren
Das könnte Sie auch interessieren
Jazz im Foyer
Kulturhaus am Fluss, Uferstraße 3
Impressum
Datenschutz
"""

SHOP_WIDGET = """The Style Desk
Fashion
Beauty
Travel
Home
Home > Fashion > Summer
Why linen is the fabric of the summer, and how to wear it
By Ana Ruiz
12 June 2025
Linen has come back into fashion this summer, and not only because of the heat. The fabric breathes, dries quickly and softens with every wash, which makes it the most practical choice for a season of travel.
Designers have moved away from the stiff, crumpled suits of the past towards relaxed shirts and wide trousers that look better the more they are worn, in earthy colours that go with everything.
The easiest way to start is with one good shirt, worn open over a T-shirt or tucked into jeans, before moving on to trousers or a dress once you know how the fabric falls.
Shop the story
Linen shirt £45
Leather sandals £80
Straw hat £25
More from Fashion
Privacy
"""


def _body(page: str) -> str:
    record = clean_text(page.encode(), source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs)


def test_ticket_prices_and_the_access_note_are_kept() -> None:
    body = _body(DE_EVENT)
    for kept in ("Erwachsene 24 €", "Ermäßigt 16 €", "Schüler 9 €", "Altersempfehlung: ab 12 Jahren",
                 "Der Große Saal ist stufenlos erreichbar"):
        assert kept in body, kept
    for removed in ("Newsletter abonnieren", "Jazz im Foyer", "Impressum"):
        assert removed not in body, removed


def test_a_shop_widgets_products_under_an_article_stay_out() -> None:
    body = _body(SHOP_WIDGET)
    assert "The easiest way to start is with one good shirt" in body
    assert "Shop the story" not in body and "Linen shirt £45" not in body and "Straw hat £25" not in body


# (mends2, after review2) A value row is a name and a price at its end: no headline with a figure, no offer.
def test_a_value_row_is_a_name_and_its_price() -> None:
    from cleaners.boilerplate import _priced_name

    for row in ["Adults £18", "Concessions £14", "Under 26 £8", "Ermäßigt 8 €", "Estudiantes 5 EUR"]:
        assert _priced_name(row), row
    for row in ["Rent rises 12% in 2025", "Mayor quits after 3 years", "Top 5 brunch spots", "Hotels from £49",
                "Flights ab 29 €", "Open daily 9am to 5pm"]:
        assert not _priced_name(row), row


# (mends3, after review3) A unit after the price and 'from' after a ticket's group are a ticket row's; an offer's
# 'from' after anything else, or a price per night, is still no row.
def test_a_value_row_may_have_a_unit_or_a_from_price_band() -> None:
    from cleaners.boilerplate import _priced_name

    for row in ["Adults £18 per person", "Concessions £14 each", "Students from £12", "Kinder 6 € pro Person"]:
        assert _priced_name(row), row
    for row in ["Hotels from £49 per person", "Rooms from £80 per night", "Flights from £29 each",
                "Save £20 per person"]:
        assert not _priced_name(row), row
