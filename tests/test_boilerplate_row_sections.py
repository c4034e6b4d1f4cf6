"""A job posting's sections of rows under its paragraphs ("Requirements", "What we offer") and the closing
paragraph on how to apply under them stay with the article (boilerplate._row_sections_end, taken by extend_tail);
its terms-of-employment row is no title (metadata._job_terms_row). From tests/pages:
hu_allashirdetes_feladatok_elvarasok_jelentkezes, tl_trabaho_bakante_kwalipikasyon_mag_apply (xfail15).
"""

from __future__ import annotations

from cleaners import clean_text
from cleaners.metadata import _job_terms_row

EN_JOB = """JobsBoard Example
Find jobs
Companies
Career advice
Sign in
Home > Jobs > Logistics > Leeds
Warehouse Team Leader (night shift)
Northgate Distribution Ltd
Leeds, West Yorkshire
Full-time · Permanent
£32,000 – £36,000 a year
Save
Apply now
We are looking for an experienced team leader to run the night shift at our Leeds distribution centre, where a team of twenty pickers and drivers keeps our grocery customers supplied.
You will plan the shift's work, keep stock records accurate and make sure that everyone on the floor works safely and goes home on time.
Requirements
At least two years leading a team in a warehouse
Experience with a warehouse management system
Forklift licence or willingness to get one
What we offer
Night shift allowance and annual bonus
Free parking and a staff canteen
Twenty-eight days of paid holiday
To apply, send us your CV and a short cover letter through the button below. We will invite shortlisted candidates to an interview within two weeks.
Apply now
Similar jobs
Shift Manager – Bradford
Stock Controller – Wakefield
Set up a job alert
Terms
Privacy
"""

# The top of a news page: the masthead, the menu, a story's headline, byline and first two paragraphs.
EN_NEWS_TOP = """The Example Courier
News
Sport
Business
Bridge repairs to close the river crossing for three weeks
By Jane Doe
The old river crossing will close for three weeks from Monday while engineers replace the worn joints and resurface the deck, the council said on Friday.
Buses will be diverted over the new bridge, adding about ten minutes to journeys into the town centre, and a temporary footbridge will open next to the crossing.
"""

# A page whose footer has columns of links under short headings, then the site's paragraph about itself: the footer
# links are single words, no rows of a section, so the tail stops at the article's end as before.
EN_NEWS_FOOTER = EN_NEWS_TOP + """The council said the work had been planned for the quietest weeks of the year, after schools break up for the summer holidays.
Sections
News
Sport
Business
Company
About
Careers
Advertise
The Example Courier is an independent local newspaper that has covered the town and the valley since the year it was founded by two printers.
"""


def _run(page: str) -> tuple[str, str | None]:
    record = clean_text(page.encode(), source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs), record["title"]


def test_the_how_to_apply_paragraph_stays_under_the_rows() -> None:
    body, title = _run(EN_JOB)
    assert "We are looking for an experienced team leader" in body
    assert "Forklift licence or willingness to get one" in body
    assert "To apply, send us your CV" in body
    # The apply button under it and the job board's list of other jobs still go.
    assert "Apply now" not in body and "Shift Manager – Bradford" not in body and "Similar jobs" not in body
    assert title == "Warehouse Team Leader (night shift)"


def test_a_footer_of_link_columns_and_the_site_blurb_stay_out() -> None:
    body, _ = _run(EN_NEWS_FOOTER)
    assert "after schools break up" in body
    assert "independent local newspaper" not in body and "Careers" not in body


EN_NEWS_BOXES = EN_NEWS_TOP + """Opinion
Why Our Town Needs a Second Bridge
The Hidden Cost of Free Parking
Letters on the New Cycle Lane
Travel
Ten Quiet Beaches Along the Coast
A Weekend in the Hill Villages
The valley's hill villages are at their best in early autumn, when the walking paths are dry and the harvest festivals fill the squares every weekend.
"""


def test_boxes_of_headlines_over_another_story_stay_out() -> None:
    # Two short headings over rows, then a paragraph, as in a job posting; the rows are headlines, capitalized
    # word for word, and the paragraph is another story's summary.
    body, _ = _run(EN_NEWS_BOXES)
    assert "a temporary footbridge" in body
    assert "Hidden Cost of Free Parking" not in body and "harvest festivals" not in body


def test_job_terms_rows() -> None:
    for text in ["Full-time · Permanent", "Teljes munkaidő · Határozatlan idejű", "Bristol, UK · Hybrid · Full-time",
                 "Lindenau | Vollzeit | unbefristet", "Madrid · Jornada completa"]:
        assert _job_terms_row(text), text
    for text in ["Part-time work is rising across the region", "Full-time", "Remote · Working from the coast is "
                 "the new normal for many families.", "Leeds · Manchester · York"]:
        assert not _job_terms_row(text), text
