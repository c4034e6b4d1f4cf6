"""A headline that ends by naming a social network is no call to action (boilerplate._network_mention).

"... on Facebook" closing a short line is a link to the site's page there ("Like us on Facebook", "The Courier on
Facebook"); a longer line with no call of its own only names the network, as a headline may."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import classify, furniture_rule, line_features


def _rule(text: str) -> str | None:
    f = line_features(text, "en")
    f.cls = classify(f)
    found = furniture_rule(text, "body", f)
    return None if found is None else found[0]


@pytest.mark.parametrize("text", [
    "Half the Village Now Sells Its Vegetables on Facebook",
    "Why the town's oldest bakery now takes its orders only on Instagram",
    "Every recipe the family cooked this winter is now on Pinterest",
])
def test_a_headline_naming_a_network_is_kept(text: str) -> None:
    assert _rule(text) is None


@pytest.mark.parametrize("text", [
    "Like us on Facebook", "Follow us on Instagram", "The Valley Courier on Facebook",
    "Find the Valley Courier on Facebook", "Follow us on Twitter @valleycourier and on Facebook.",
    "Follow the Valley Courier and its reporters on Instagram",  # a call before the network: more words, still one
])
def test_links_and_calls_naming_a_network_stay_promo(text: str) -> None:
    assert _rule(text) in ("promo", "furniture")


def test_a_share_button_naming_a_network_stays_furniture() -> None:
    assert _rule("Share on Pinterest") == "furniture"
