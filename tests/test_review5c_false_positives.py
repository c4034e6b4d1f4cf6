"""Review of the xfail4 rules (ed8cf03..xfail4): inputs that proved a false positive (article text removed, a
language misread, a wrong title) or a false negative (boilerplate let through). All are fixed on this branch (each
fault's test fails on xfail4); the nearby cases that must not move are plain tests beside them.

- testimonial (0d553bb): a story's last line of dialogue in the present tense with a short quote ('"We'll see,"
  says Reilly.', '„Mal sehen“, sagt Müller.', '"Ya veremos", dice García.') was read as a reader's testimonial
  and cut off the story's tail. Now dialogue when a line above names the speaker.
- Malay (54377f8): an Indonesian text with words that are standard Indonesian too ("pejabat" an official,
  "bilik suara" a voting booth, "ialah", "percuma" in vain, "sila" a principle of Pancasila), or quoting a
  Malaysian minister, was detected as Malay; a Malay report fastText leaned Malay on came out Indonesian.
- comment headers (f76fc40): a correspondent's diary whose entries open with a place dateline ("Zhytomyr, 5 June
  2025, 21:10") read as one-line comment headers, and its entries went as comments.
- announcing sentence (c2e91a1): "Before you go, here are the other stories our readers are talking about this
  week:" announced a list of other stories' headlines, and the list and the teaser under it were kept.
- related box (5685f04): a related story's teaser under the box, on the article's topic, was kept as the
  article's last paragraph.
- wiki notes (66525ee): a market report's movers ("↑ Northsea Energy rose 6.2 per cent ...") were removed as an
  encyclopedia's notes, and the report's lead with them.
- about the author (be8509d): "Work with me" over a consultations blurb under the bio was read as a sibling
  section ("About the book"): the author box and the promotion were kept.
- consent line (54377f8, and the English rule it mirrors): an article's sentence reporting an app's terms
  ("Dengan mendaftar akaun dalam aplikasi itu, anda bersetuju untuk ...") was removed as a sign-up form's line.
- gallery page (e17fba3): a slider of other stories ("1 / 3", a teaser, "Read more") under a one-paragraph story
  was read as a gallery page, and the teasers were kept as its captions.
- title (ad9751f): "Trending: ferry, storm, elections, budget" under a menu trail with spaced slashes was a
  labelled headline and took the title.
"""

from __future__ import annotations

import pytest
from stages import clean_page as _clean
from stages import kept_paragraphs as _kept

from cleaners import detect_language

# --- testimonial (0d553bb): a story's closing line of dialogue in the present tense -------------------------------

STORY_EN = """Harbour Daily
News
Sport
Culture
Town council votes to close the old ferry pier
The town council voted on Tuesday night to close the old ferry pier at the end of the month, ending more than a century of crossings to the island.
Engineers found last year that the pier's timber piles had rotted well below the waterline, and the cost of repairing them was put at more than two million pounds.
Islanders say the closure will leave them with a single daily boat from the harbour, and several spoke against it at the meeting, which ran for almost four hours.
Tom Reilly, who has run the island shop for thirty years, said he did not know whether his business could survive the change.
{last}
First published on May 4, 2021 / 1:07 AM
© 2021 Harbour Daily. All rights reserved.
World
Sport"""

STORY_DE = """Hafenbote
Nachrichten
Sport
Kultur
Gemeinderat beschließt Schließung der alten Fähranlegestelle
Der Gemeinderat hat am Dienstagabend beschlossen, die alte Fähranlegestelle zum Monatsende zu schließen, nach mehr als hundert Jahren Fährbetrieb zur Insel.
Gutachter hatten im vergangenen Jahr festgestellt, dass die Holzpfähle tief unter der Wasserlinie verrottet sind; eine Reparatur würde mehr als zwei Millionen Euro kosten.
Die Inselbewohner befürchten, dass ihnen nur noch ein einziges Boot am Tag bleibt, und mehrere von ihnen sprachen sich in der fast vierstündigen Sitzung dagegen aus.
Thomas Müller, der seit dreißig Jahren den Inselladen führt, weiß nicht, ob sein Geschäft die Umstellung überleben wird.
{last}
Erstveröffentlichung am 4. Mai 2021
© 2021 Hafenbote. Alle Rechte vorbehalten.
Welt
Sport"""

STORY_ES = """El Diario del Puerto
Noticias
Deportes
Cultura
El ayuntamiento aprueba el cierre del viejo muelle del transbordador
El pleno del ayuntamiento aprobó el martes por la noche cerrar el viejo muelle a final de mes, poniendo fin a más de un siglo de travesías hacia la isla.
Los técnicos comprobaron el año pasado que los pilotes de madera estaban podridos muy por debajo de la línea de flotación, y la reparación costaría más de dos millones de euros.
Los vecinos de la isla temen quedarse con un solo barco al día, y varios de ellos hablaron en contra durante una sesión de casi cuatro horas.
Juan García, que regenta la tienda de la isla desde hace treinta años, no sabe si su negocio sobrevivirá al cambio.
{last}
Publicado el 4 de mayo de 2021
© 2021 El Diario del Puerto. Todos los derechos reservados.
Mundo
Deportes"""


@pytest.mark.parametrize(("page", "last"), [
    (STORY_EN, '"We\'ll see," says Tom.'),
    (STORY_EN, '"We\'ll see," says Reilly.'),
    (STORY_EN, '"Not yet," says Reilly.'),
    (STORY_DE, "„Mal sehen“, sagt Müller."),
    (STORY_ES, '"Ya veremos", dice García.'),
], ids=["en-first-name", "en-surname", "en-not-yet", "de", "es"])
def test_a_storys_closing_quote_in_the_present_tense_is_kept(page: str, last: str) -> None:
    assert _kept(page.format(last=last))[-1] == last


def test_a_testimonial_by_a_stranger_after_the_story_stays_out() -> None:
    """Nobody in the story is called Sam: a reader's testimonial."""
    kept = _kept(STORY_EN.format(last='"Loved every page!" says Jane.\n"Five stars," writes Sam.'))
    assert '"Five stars," writes Sam.' not in kept


# --- Malay (54377f8): Indonesian texts read as Malay ---------------------------------------------------------------

ID_ELECTION = (
    "Komisi Pemilihan Umum kabupaten menyiapkan ratusan bilik suara baru untuk pemilu susulan di tiga kecamatan "
    "yang terdampak banjir bulan lalu. Ketua KPU setempat ialah mantan pejabat dinas pendidikan yang dilantik awal "
    "tahun ini. Ia meminta para pejabat desa membantu distribusi logistik. Menurut dia, upaya itu tidak akan "
    "percuma jika warga datang ke tempat pemungutan suara dengan tertib."
)
ID_PANCASILA = (
    "Sila kelima Pancasila berbunyi keadilan sosial bagi seluruh rakyat Indonesia. Maknanya ialah setiap warga "
    "negara berhak mendapat perlakuan yang adil. Para pejabat publik diharapkan memberi teladan dalam menjalankan "
    "nilai-nilai tersebut, termasuk dalam pelayanan di kantor pemerintahan. Guru di sekolah juga dapat mengajak "
    "murid berdiskusi agar pemahaman tentang sila ini tidak percuma."
)
ID_QUOTING_MALAYSIA = (
    "Menteri Sumber Manusia Malaysia menyatakan pemerintahnya akan meninjau ulang aturan bagi pekerja migran asal "
    "Indonesia. \"Kami ambil tindakan kerana ramai pekerja tidak mendapat gaji selepas kontrak tamat,\" katanya "
    "kepada wartawan di Kuala Lumpur. Ia menambahkan, pihak majikan yang melanggar aturan sahaja akan dikenai denda."
)


@pytest.mark.parametrize("text", [ID_ELECTION, ID_PANCASILA, ID_QUOTING_MALAYSIA], ids=["election", "pancasila",
                                                                                        "quote"])
@pytest.mark.parametrize("backend", ["fasttext", None])
def test_indonesian_with_shared_words_is_indonesian(text: str, backend: str | None) -> None:
    """'pejabat', 'bilik', 'ialah', 'percuma', 'sila' are standard Indonesian words too, and Malay words inside a
    quote are the quoted speaker's, not the page's."""
    assert detect_language(text, backend)[0] == "id"


def test_malay_outside_quotes_is_still_malay() -> None:
    text = ("Kerajaan negeri akan membina sebuah hospital baharu selepas kajian selesai kerana tanah sudah tersedia. "
            "\"Kami mahu projek ini siap segera,\" kata menteri. Kenderaan tidak lagi terperangkap dalam kesesakan "
            "selepas jalan itu dibaiki, dan orang ramai boleh bertanya di kaunter sahaja.")
    assert detect_language(text)[0] == "ms"


# --- comment headers (f76fc40): a correspondent's diary with place datelines --------------------------------------

DIARY = """Harbour Daily
News
World
Culture
A reporter's diary from the road north
Our correspondent spent a week travelling north along the coast road with a convoy of aid trucks. These are the notes she wrote each evening, lightly edited.
The convoy carried flour, medicine and generators, and it was meant to take three days. It took seven, because of checkpoints, broken bridges and one long night spent waiting for fuel.
Each driver had made the trip before, some of them many times, and they knew which villages would have bread and which petrol stations would still take cards.
Our correspondent rode in the third truck, with a driver who had been a schoolteacher before the war and who still corrected her grammar when she spoke his language.
Kyiv{sep}4 June 2025, 09:30
We left before dawn, twelve trucks in a line, and the drivers said little. By noon we had passed the last of the city's suburbs and the road emptied out.
Zhytomyr{sep}5 June 2025, 21:10
A bridge was down, so the convoy turned west for a detour of sixty kilometres. The drivers slept in their cabs while the fuel truck caught up with us.
Rivne{sep}6 June 2025, 07:45
The morning was cold and bright. At the checkpoint a soldier asked each driver for papers and then waved us through with a tired smile.
Lutsk{sep}7 June 2025, 18:20
We reached the warehouse at last. The flour was unloaded in an hour, and the volunteers who had waited all week cheered as the first pallet came off.
© 2025 Harbour Daily. All rights reserved.
World
Sport"""


@pytest.mark.parametrize("sep", [", ", " · "], ids=["comma", "dot"])
def test_a_diary_with_place_datelines_is_kept(sep: str) -> None:
    """A place dateline 'Zhytomyr, 5 June 2025, 21:10' reads as a one-line comment header 'name, date' as well:
    such names make no unheaded comment thread unless one comes back (a reader answering another)."""
    kept = _kept(DIARY.format(sep=sep))
    assert any(p.startswith("We reached the warehouse at last.") for p in kept)
    assert any(p.startswith("A bridge was down") for p in kept)


# --- announcing sentence (c2e91a1): a sentence announcing other stories ---------------------------------------------

FLOOD = """Harbour Daily
News
World
Culture
Flood waters begin to recede in the valley towns
The river fell by almost a metre overnight, and residents of the lower town were allowed back into their homes for the first time since Sunday to collect belongings.
Council workers spent the morning clearing mud and debris from the main street, and the bridge to the station reopened to pedestrians shortly after ten o'clock.
The environment agency said the flood warnings for the upper valley would stay in place until at least Thursday, as more rain is forecast for the weekend.
Insurers have set up a temporary office in the town hall, where residents can register claims and get advice on drying out their homes before repairs begin.
Before you go, here are the other stories our readers are talking about this week:
Mayor defends new parking charges in the old town
Ferry company announces winter timetable
School choir wins regional competition
The mayor said on Monday that the new charges would fund repairs to the harbour wall, which was damaged in last winter's storms and has been closed to walkers since March.
© 2025 Harbour Daily. All rights reserved.
World"""


def test_a_sentence_announcing_other_stories_keeps_no_headlines() -> None:
    """A one-sentence paragraph ending with a colon announces a list of short items: headlines of other stories
    (items of five words and more, sentence case) are none."""
    kept = _kept(FLOOD)
    assert "Ferry company announces winter timetable" not in kept
    assert not any(p.startswith("The mayor said on Monday") for p in kept)


# --- related box (5685f04): a related story's teaser on the article's topic -----------------------------------------

BRIDGE = """The Valley Courier
News
Sport
Business
Bridge repairs close the river crossing for six weeks
By Sam Green
4 March 2025
Engineers will close the old river bridge from Monday for six weeks while corroded steel bearings under the main span are replaced, the county council said.
Drivers will be sent on a diversion through the northern bypass, which adds about fifteen minutes to a journey into the town centre at busy times.
The council said the bearings had worn far faster than expected and that inspectors had found cracks in two of them during the routine survey last autumn.
Related stories
County's ageing bridges need urgent work, report says
Bypass roadworks delayed until summer
Engineers warned the county last year that a dozen of its older crossings had worn steel bearings and cracked supports, and a report published in January put the cost of repairs at four million pounds.
Tags: bridge, roads, council
© 2025 The Valley Courier
Most read
Privacy
"""


def test_a_related_storys_teaser_on_the_same_topic_goes_with_the_box() -> None:
    """A related story's teaser on the same topic shares 3+ longer words with the article, and two with its own
    headline in the box ('county', 'report'): it goes with the box."""
    kept = _kept(BRIDGE)
    assert not any(p.startswith("Engineers warned the county last year") for p in kept)


def test_one_line_comment_headers_with_a_returning_name_are_comments() -> None:
    """The same shape with a name that comes back (a reader answers another): a thread."""
    page = DIARY.format(sep=" · ").replace("© 2025", "Lutsk · 8 June 2025, 10:05\nThank you for reading these "
                                         "notes every evening, it was good to know where the convoy was each day.\n© 2025")
    for place, name in [("Zhytomyr", "Oleh"), ("Rivne", "Anna"), ("Lutsk · 7", "Petro · 7"), ("Lutsk · 8", "Oleh · 8")]:
        page = page.replace(place, name)
    rules = {r["text"]: r["rule"] for r in _clean(page)["removed"]}
    assert rules.get("Oleh · 8 June 2025, 10:05") == "boilerplate:comments"


# --- wiki notes (66525ee): a market report's movers with arrows ------------------------------------------------------

MARKET = """Market Daily
Markets
Stocks
Shares close higher as oil prices climb
European shares closed higher on Wednesday, led by energy companies, as oil prices rose for a third day on worries about supply from the Middle East.
The benchmark index gained 0.8 per cent, its best day in two weeks, while the currency was little changed against the dollar in late trading.
Biggest movers
↑ Northsea Energy rose 6.2 per cent after it raised its dividend
↑ Baltic Shipping gained 4.1 per cent on a new contract
↓ Alpine Retail fell 3.5 per cent after a profit warning
Analysts said the gains in energy stocks could last into next week if crude stays above 90 dollars a barrel, though many expect a pause after the recent run.
Traders will watch Thursday's inflation figures closely for signs of when the central bank might begin to cut interest rates.
© 2025 Market Daily"""


def test_a_market_reports_movers_with_arrows_are_no_wiki_notes() -> None:
    """Two lines opening with '↑' and a letter were an encyclopedia's notes: the movers went with their heading,
    and the report's first two paragraphs were cut off above them. Movers cite no year, and prose follows them."""
    record = _clean(MARKET)
    kept = [p["text"] for p in record["paragraphs"]]
    assert "↑ Northsea Energy rose 6.2 per cent after it raised its dividend" in kept
    assert any(p.startswith("European shares closed higher") for p in kept)
    assert record["title"] == "Shares close higher as oil prices climb"


# --- about the author (be8509d): an author box over the writer's own promotion ---------------------------------------

BLOG = """Garden Notes
Home
Blog
About
How I finally beat the slugs this spring
Every spring the slugs eat the first lettuces within a week of planting, and this year I decided to try every remedy the readers of this blog had suggested over the years.
The copper tape worked on the raised beds but not in the open ground, where the slugs simply came up through the soil and climbed the stems from below.
In the end the simplest remedy won: I watered in the morning instead of the evening, so the soil was dry by the time the slugs came out at night.
About the author
Anna Weller has grown vegetables on a small allotment in the north of England for twenty years and writes about what works, what fails and what the slugs eat first.
Work with me
I offer one-to-one garden consultations and talks for gardening clubs across the region. Get in touch through the contact page to check my availability and rates.
© 2025 Garden Notes. All rights reserved.
Privacy"""


def test_an_author_box_over_the_writers_promotion_still_ends_the_article() -> None:
    """'Work with me' over prose under the bio was taken for a sibling section of the article ('About the book'):
    the box lost its article-end rule and the bio and the promotion were kept. A sibling says the same with one
    word swapped."""
    kept = _kept(BLOG)
    assert not any(p.startswith("Anna Weller has grown") for p in kept)
    assert not any(p.startswith("I offer one-to-one") for p in kept)
    assert any(p.startswith("In the end the simplest remedy won") for p in kept)


def test_sibling_heading() -> None:
    from cleaners.boilerplate import _sibling_heading

    assert _sibling_heading("About the author", "About the book")
    assert _sibling_heading("Despre autor", "Despre carte")
    assert _sibling_heading("लेखक के बारे में", "पुस्तक के बारे में")
    assert _sibling_heading("Σχετικά με τον συγγραφέα", "Σχετικά με το βιβλίο")
    assert not _sibling_heading("About the author", "Work with us")
    assert not _sibling_heading("About the author", "About our sponsors")
    assert not _sibling_heading("About the author", "Work with me")
    assert not _sibling_heading("About the author", "More from the author")


# --- consent line (54377f8, and the English it mirrors): an article reporting an app's terms ------------------------

APP_MS = """Berita Harian Pantai
Berita
Sukan
Aplikasi pengangkutan baharu kumpul data lokasi pengguna
Sebuah aplikasi pengangkutan yang dilancarkan bulan lalu mengumpul data lokasi pengguna walaupun aplikasi itu tidak digunakan, menurut kajian sebuah kumpulan pengguna.
{consent}
Kumpulan pengguna itu menggesa kerajaan supaya mewajibkan syarikat memaparkan syarat seperti itu dengan jelas sebelum pengguna mendaftar, kerana ramai tidak membacanya.
Syarikat berkenaan berkata ia mematuhi undang-undang perlindungan data dan pengguna boleh mematikan perkongsian lokasi selepas mendaftar.
© 2025 Berita Harian Pantai"""
APP_EN = """Coast Daily
News
Sport
New transport app collects users' location data
A transport app launched last month collects its users' location data even when the app is not in use, according to a study by a consumer group.
{consent}
The consumer group wants the government to make companies show such conditions clearly before people sign up, because most users never read them.
The company said it complies with data protection law and that users can switch off location sharing after they have registered.
© 2025 Coast Daily"""
CONSENT_MS = ("Dengan mendaftar akaun dalam aplikasi itu, anda bersetuju untuk berkongsi lokasi anda dengan syarikat rakan "
              "kongsi, satu syarat yang tersembunyi di halaman ketujuh terma perkhidmatan.")
CONSENT_EN = ("By signing up for an account in the app, you agree to share your location with partner companies, a "
              "condition hidden on the seventh page of the terms of service.")


@pytest.mark.parametrize(("page", "consent"), [(APP_MS, CONSENT_MS), (APP_EN, CONSENT_EN)], ids=["ms", "en"])
def test_an_articles_sentence_quoting_an_apps_terms_is_kept(page: str, consent: str) -> None:
    """The sign-up form's consent line ('Dengan mengklik ..., anda bersetuju', 'By clicking ..., you agree') as a
    paragraph between two paragraphs of prose is the article's."""
    assert consent in _kept(page.format(consent=consent))


@pytest.mark.parametrize(("page", "line"), [
    (APP_MS, "Dengan mengklik Langgan, anda bersetuju dengan Terma Penggunaan dan Dasar Privasi kami."),
    (APP_EN, "By clicking Subscribe, you agree to our Terms of Use and Privacy Policy."),
], ids=["ms", "en"])
def test_a_forms_consent_line_still_goes(page: str, line: str) -> None:
    kept = _kept(page.format(consent="Sign up for our newsletter\n" + line + "\nEmail address\nSubscribe"))
    assert line not in kept


# --- gallery page (e17fba3): a slider of other stories under a one-paragraph story ---------------------------------

TEASERS = [
    "Council approves the budget for a new library in the old town after a debate that lasted five hours.",
    "The ferry company announced on Monday that its winter timetable will start two weeks earlier than last year.",
    "A school choir from the valley won the regional competition with a programme of folk songs from the islands.",
]
SLIDER = (
    "Harbour Daily\nNews\nSport\nFerry pier to close at the end of the month\n"
    "The town council voted on Tuesday night to close the old ferry pier at the end of the month, ending more than a "
    "century of crossings to the island, after engineers found its timber piles had rotted.\n"
    + "".join(f"{k} / 3\n{t}\nRead more\n" for k, t in enumerate(TEASERS, 1))
    + "© 2025 Harbour Daily\nPrivacy\n"
)


def test_a_slider_of_other_stories_is_no_gallery_page() -> None:
    """Counters over a sentence in every slide under a one-paragraph lead read as a gallery page, whose captions
    are kept: each slide's 'Read more' shows another story's teaser."""
    kept = _kept(SLIDER)
    assert TEASERS[1] not in kept and TEASERS[2] not in kept
    assert any(p.startswith("The town council voted") for p in kept)


# --- title (ad9751f): a labelled list of topics under a menu trail ----------------------------------------------------

PIER = """Harbour Daily
Home / News / Sport / Weather / Culture
Trending: ferry, storm, elections, budget
Town council votes to close the old ferry pier
By Sam Green
4 March 2025
The town council voted on Tuesday night to close the old ferry pier at the end of the month, ending more than a century of crossings to the island.
Engineers found last year that the pier's timber piles had rotted well below the waterline, and the cost of repairing them was put at more than two million pounds.
Islanders say the closure will leave them with a single daily boat from the harbour, and several spoke against it at the meeting, which ran for almost four hours.
© 2021 Harbour Daily. All rights reserved."""


def test_a_labelled_topic_list_under_the_trail_is_no_title() -> None:
    """A one-word label over three words or more under a trail was a labelled headline ('Review: ...'): a list of
    topics between commas is none."""
    assert _clean(PIER)["title"] == "Town council votes to close the old ferry pier"


@pytest.mark.parametrize(("text", "headline"), [
    ("Review: wireless headphones North Wind Q7", True),
    ("Тема: Не работает Wi-Fi после обновления, помогите", True),
    ("Review: Paris, Texas, remastered at last", True),
    ("Trending: ferry, storm, elections, budget", False),
    ("Temas: inundaciones, temporal, elecciones municipales", False),
])
def test_labelled_headline(text: str, headline: bool) -> None:
    from cleaners.metadata import _labelled_headline

    assert _labelled_headline(text) is headline


# --- Malay (54377f8): a Malay report fastText leans Malay on came out Indonesian -------------------------------------

MS_THEFT = (
    "Polis sedang menyiasat satu kes kecurian di sebuah kedai emas di pusat bandar semalam. Menurut ketua polis "
    "daerah, suspek melarikan diri dengan sebuah kereta selepas memecahkan cermin pintu kedai itu. Orang ramai yang "
    "mempunyai maklumat diminta menghubungi balai polis berhampiran."
)
MS_FLOOD_AID = (
    "Kerajaan negeri mengumumkan bantuan tunai kepada mangsa banjir di tiga daerah. Pegawai dari pejabat daerah akan "
    "melawat setiap rumah untuk mengesahkan permohonan. Bantuan itu dijangka diagihkan dalam tempoh dua minggu."
)


@pytest.mark.parametrize("text", [MS_THEFT, MS_FLOOD_AID], ids=["theft", "flood-aid"])
def test_malay_reports_are_malay(text: str) -> None:
    """The spellings were read only when fastText put Indonesian first: a text it leans Malay on (not decisively)
    was averaged with langdetect, which knows no Malay, and came out Indonesian. 'menyiasat', 'kecurian',
    'dijangka', 'diagihkan', 'tempoh' are Malay's."""
    assert detect_language(text)[0] == "ms"


@pytest.mark.parametrize(("page", "line"), [
    (APP_EN, "By clicking Subscribe, you agree to receive marketing emails from us and our partners, and you can "
             "unsubscribe at any time using the link in every email."),
    (APP_MS, "Dengan mendaftar, anda bersetuju untuk menerima e-mel pemasaran daripada kami dan rakan kongsi kami, dan "
             "anda boleh berhenti melanggan pada bila-bila masa."),
], ids=["en", "ms"])
def test_a_forms_long_consent_line_between_paragraphs_still_goes(page: str, line: str) -> None:
    """A form flattened into the article leaves its consent line between two paragraphs: a click or 'our'/'kami'
    terms are the page's own form's."""
    assert line not in _kept(page.format(consent=line))
