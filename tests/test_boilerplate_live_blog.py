"""A live blog's clock stamps ("18:40") between its entries do not cut it into pieces (live_entries_transparent).

Negatives: one stamp alone, and the times of a comment thread (a name above each, not prose) leave the
run search as it was.
"""

from __future__ import annotations

from stages import boilerplate_doc

NAV = ["Metro Ledger", "News", "Politics", "Sport", "Weather", "Key events", "2h ago River expected to peak tonight"]
ENTRIES = [
    ("18:40", "River expected to peak tonight",
     "The river will reach its highest level between ten and midnight at the quay, slightly below the record "
     "set in 2000, and residents of the low streets have been told to move to the leisure centre overnight."),
    ("17:55", "Train services suspended",
     "There will be no trains between the two towns for the rest of the day after water covered the tracks "
     "near the viaduct, and replacement buses are not running because the main road is closed as well."),
    ("16:30", "Second bridge closed",
     "Police have closed the old bridge in the town centre as a precaution, and engineers will inspect it in "
     "the morning once the water has fallen back below the arches."),
    ("15:10", "Schools shut across the valley",
     "Fourteen schools have closed early and will remain shut tomorrow, and the county council says parents "
     "will be told by text message when they reopen."),
]
LEAD = "Follow our live coverage as flooding hits the towns along the river, with updates from our reporters."
FOOTER = ["Share", "More on this story", "Why the valley floods so often", "© Metro Ledger Group 2024"]


def _page(entries: list[tuple[str, str, str]]) -> list[str]:
    return [*NAV, LEAD, *(line for entry in entries for line in entry), *FOOTER]


def test_first_and_last_entries_of_a_live_blog_are_kept() -> None:
    doc = boilerplate_doc(_page(ENTRIES))
    kept = [line.text for line in doc.lines if line.kept]
    for _, headline, prose in ENTRIES:
        assert headline in kept and prose in kept
    assert not any(line.kept for line in doc.lines if line.text in ("18:40", "15:10"))  # the stamps still go
    assert "Why the valley floods so often" not in kept


def test_a_lone_clock_time_is_no_live_blog() -> None:
    """One stamp between two prose paragraphs: nothing changes (it still splits off what follows it)."""
    page = [*NAV, LEAD, ENTRIES[0][2], ENTRIES[1][2], "18:40", ENTRIES[3][1], *FOOTER]
    doc = boilerplate_doc(page)
    assert not any(line.kept for line in doc.lines if line.text == ENTRIES[3][1])


def test_comment_times_under_names_stay_furniture() -> None:
    """A comment thread's times sit under a name: the comments do not join the article through them."""
    comments = []
    for name, (_, _, prose) in zip(["Mark Hill", "Lucy Dunn", "Sam Roe"], ENTRIES[1:], strict=True):
        comments += [name, "18:40", prose.replace("There will", "I think there will"), "Reply"]
    page = [*NAV, ENTRIES[0][1], ENTRIES[0][2], LEAD, "Comments", *comments, *FOOTER]
    doc = boilerplate_doc(page)
    assert not any(line.kept for line in doc.lines if line.text.startswith("I think there will"))


# --- an ad label or a "read also" link closing an entry (probe-eu: a live ticker's last entry was lost) ----------


def _entries_with(line_after: dict[int, str]) -> list[tuple[str, ...]]:
    return [(*entry, line_after[k]) if k in line_after else entry for k, entry in enumerate(ENTRIES)]


def test_an_entry_closed_by_an_ad_label_or_a_read_also_link_still_joins_the_next() -> None:
    """The last entry comes after a "Read also: ..." link under the third entry's prose: its stamp still
    scores 0 (and the link with it), and the last entry is kept; the link and the label are still removed."""
    link = "Read also: How to protect your home from flood water, a guide from the fire service"
    entries = _entries_with({1: "Advertisement", 2: link})
    doc = boilerplate_doc([*NAV, LEAD, *(line for entry in entries for line in entry), *FOOTER])
    kept = [line.text for line in doc.lines if line.kept]
    for _, headline, prose in ENTRIES:
        assert headline in kept and prose in kept
    assert link not in kept and "Advertisement" not in kept and "Why the valley floods so often" not in kept


def test_a_link_over_a_comment_time_does_not_make_the_thread_an_entry() -> None:
    """Under a link, the line above must still be prose: a name over the link leaves the time furniture."""
    comments = []
    for name, (_, _, prose) in zip(["Mark Hill", "Lucy Dunn", "Sam Roe"], ENTRIES[1:], strict=True):
        comments += [name, "Advertisement", "18:40", prose.replace("There will", "I think there will"), "Reply"]
    page = [*NAV, ENTRIES[0][1], ENTRIES[0][2], LEAD, "Comments", *comments, *FOOTER]
    doc = boilerplate_doc(page)
    assert not any(line.kept for line in doc.lines if line.text.startswith("I think there will"))


# --- a German ticker's stamps ("16:42 Uhr") and an ad of two lines between entries (probe9) -----------------------


def test_stamps_with_a_clock_word_and_a_two_line_ad_do_not_cut_the_ticker() -> None:
    """"16:42 Uhr" is read as a feed item (a clock over a one-word headline); alone on its line it is an entry's
    stamp all the same. An ad between two entries is its label and its line (an app promotion): the stamp under
    it still joins the entries, and the last entries are kept; the ad is still removed."""
    promo = "Jetzt Wetter-App laden und Unwetterwarnungen direkt aufs Handy bekommen"
    entries: list[tuple[str, ...]] = [(stamp + " Uhr", headline, prose) for stamp, headline, prose in ENTRIES]
    entries[1] = (*entries[1], "Anzeige", promo)
    doc = boilerplate_doc([*NAV, LEAD, *(line for entry in entries for line in entry), *FOOTER])
    kept = [line.text for line in doc.lines if line.kept]
    for _, headline, prose in ENTRIES:
        assert headline in kept and prose in kept
    assert promo not in kept and "Anzeige" not in kept and "18:40 Uhr" not in kept


def test_a_feed_of_time_stamped_headlines_stays_furniture() -> None:
    """A feed item with a headline after its clock ("14:32 Minister resigns over ...") is no bare stamp."""
    feed = ["18:40 River expected to peak tonight", "17:55 Train services suspended", "16:30 Second bridge closed"]
    page = [*NAV, LEAD, ENTRIES[0][2], *feed, ENTRIES[1][2], *FOOTER]
    doc = boilerplate_doc(page)
    assert not any(line.kept for line in doc.lines if line.text in feed)


def test_a_two_line_ad_over_a_comment_time_does_not_make_the_thread_an_entry() -> None:
    """Above an ad of two lines, the line must still be prose: a name over it leaves the time furniture."""
    comments = []
    for name, (_, _, prose) in zip(["Mark Hill", "Lucy Dunn", "Sam Roe"], ENTRIES[1:], strict=True):
        comments += [name, "Anzeige", "Download our app for live scores", "18:40 Uhr",
                     prose.replace("There will", "I think there will"), "Reply"]
    page = [*NAV, ENTRIES[0][1], ENTRIES[0][2], LEAD, "Comments", *comments, *FOOTER]
    doc = boilerplate_doc(page)
    assert not any(line.kept for line in doc.lines if line.text.startswith("I think there will"))


# --- French stamps written with an "h" ("11h47") (probe12: a live page's entries were all lost but one) -----------


def _french(stamp: str) -> str:
    return stamp.replace(":", "h")


def test_stamps_written_with_an_h_do_not_cut_the_live_blog() -> None:
    """"11h47" is the French (and Brazilian) clock: bare on its line between entries it is a stamp as "11:47" is."""
    entries = [(_french(stamp), headline, prose) for stamp, headline, prose in ENTRIES]
    doc = boilerplate_doc([*NAV, LEAD, *(line for entry in entries for line in entry), *FOOTER])
    kept = [line.text for line in doc.lines if line.kept]
    for _, headline, prose in ENTRIES:
        assert headline in kept and prose in kept
    assert "18h40" not in kept and "15h10" not in kept and "Why the valley floods so often" not in kept


def test_comment_times_with_an_h_under_names_stay_furniture() -> None:
    """A comment thread's "18h40" under each name is no entry stamp: the comments stay out."""
    comments = []
    for name, (_, _, prose) in zip(["Marc Hilaire", "Lucie Dunand", "Samuel Roy"], ENTRIES[1:], strict=True):
        comments += [name, "18h40", prose.replace("There will", "I think there will"), "Reply"]
    page = [*NAV, ENTRIES[0][1], ENTRIES[0][2], LEAD, "Comments", *comments, *FOOTER]
    doc = boilerplate_doc(page)
    assert not any(line.kept for line in doc.lines if line.text.startswith("I think there will"))


def test_an_hour_count_is_no_stamp() -> None:
    """"48h" or "12h30 de marche" is no bare clock: the pattern needs two digits of minutes after the "h" and
    nothing after them."""
    from cleaners.boilerplate import _ENTRY_CLOCK_RE

    assert _ENTRY_CLOCK_RE.fullmatch("11h47") and _ENTRY_CLOCK_RE.fullmatch("9h05")
    for text in ("48h", "12h30 de marche", "1h5", "11h47 Tempête sur la côte"):
        assert not _ENTRY_CLOCK_RE.fullmatch(text), text


# --- stamps written as a clause ("Posted at 17:02") (probe18: a live commentary kept them and lost its last entry) --


def test_stamps_written_as_a_clause_do_not_cut_the_live_blog() -> None:
    """"Posted at 18:40" over each entry is the same stamp as a bare "18:40": removed, and the entries stay one run."""
    entries = [(f"Posted at {stamp}", headline, prose) for stamp, headline, prose in ENTRIES]
    doc = boilerplate_doc([*NAV, LEAD, *(line for entry in entries for line in entry), *FOOTER])
    kept = [line.text for line in doc.lines if line.kept]
    for _, headline, prose in ENTRIES:
        assert headline in kept and prose in kept
    assert not any(text.startswith("Posted at") for text in kept)


def test_a_clause_stamp_is_a_clock_time_and_nothing_else() -> None:
    """A verb of posting, "at" and a clock time: a sentence or a date after the verb is no stamp."""
    from cleaners.patterns import POSTED_CLOCK_RE

    for text in ("Posted at 17:02", "Updated at 6.40pm", "Publié à 11h47", "Aktualisiert um 16:42 Uhr"):
        assert POSTED_CLOCK_RE.match(text), text
    for text in ("Posted at 17:02 by Tom", "Posted 4 December 2025", "Posted at the gate", "Updated at 1748"):
        assert not POSTED_CLOCK_RE.match(text), text


# --- a pinned summary and its key points over the first entry (probe18: both were cut off) ----------------------

SUMMARY = ("The river has burst its banks in four places overnight, and about two thousand homes in the low streets "
           "have been told to leave before the evening high tide, the county council said this morning.")
KEY_POINTS = ["Key points", "Evacuation: 2,000 homes in the low streets", "Trains: no services between the towns",
              "Schools: fourteen closed until Monday"]


def test_a_pinned_summary_and_its_key_points_join_the_entries() -> None:
    entries = [(f"{n}h ago", headline, prose) for n, (_, headline, prose) in enumerate(ENTRIES, start=1)]
    page = [*NAV[:5], "Flood live: river bursts its banks", "Pinned", SUMMARY, *KEY_POINTS,
            *(line for entry in entries for line in entry), *FOOTER]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    assert SUMMARY in kept and set(KEY_POINTS[1:]) <= set(kept)
    assert ENTRIES[0][1] in kept and ENTRIES[0][2] in kept


def test_a_menu_between_a_paragraph_and_the_first_entry_is_no_key_points() -> None:
    """Items of a word or two ("Latest", "Map") over the first stamp: no key points, and the menu stays out."""
    entries = [(f"{n}h ago", headline, prose) for n, (_, headline, prose) in enumerate(ENTRIES, start=1)]
    page = [*NAV[:5], SUMMARY, "Latest", "Map", "Video", *(line for entry in entries for line in entry), *FOOTER]
    kept = [line.text for line in boilerplate_doc(page).lines if line.kept]
    assert "Map" not in kept and "Video" not in kept
