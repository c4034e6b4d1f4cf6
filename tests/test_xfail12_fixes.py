"""Known shortfalls fixed by xfail12 (entries of tests/test_pages.py's XFAIL): a notice's "hereby announced" closing
formula in Turkish ("İlan olunur."), a lead paragraph ending in a colon over the numbered items the run starts with,
a review's pros and cons lists under its specs table, numbered rows under a short heading after the last paragraph
("Setlist" over "1. ..."), a headline over a rating row and a venue row over its standfirst, a job ad's row of facts
("Utrecht · 24-32 uur per week") as no title, a reviewer's byline with a role that reads as a sentence, an inline
"read also" link with a list-announcing sentence under its paragraph, and a sentence announcing a short list of
names that ends the article, a row of links to sibling pages inside the run ("Other candidates in this race: A |
B"), and a plea to share the page after a condition, without an exclamation mark, in en / de / fr / es / pt / it /
nl, a headline over a standfirst too long for a dek and a little short of LONG_STANDFIRST_CHARS with the byline
under it, and an organiser's credit row ("Organised by <name> on behalf of <group>") as no title. Each with lines that look alike and must not be taken."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_line_texts, line_rule

from cleaners.boilerplate import (
    _announced_names_end,
    _sibling_links_row,
    classify,
    extend_to_list_lead,
    line_features,
)
from cleaners.metadata import _facts_row, _organiser_row, parse_byline

MENU = ["Home", "News", "Sport", "Culture", "Opinion", "Contact"]
FOOTER = ["About us", "Privacy policy", "Terms of use", "© 2025 Example Media"]
P = [
    "The council met on Tuesday evening to discuss the plans for the new library, which has been delayed twice.",
    "Residents who attended the meeting said they were pleased with the design but worried about the rising costs.",
    "The final decision is expected next month, after the planning committee has reviewed the updated budget.",
]


def _kept(lines: list[str], language: str = "en") -> list[str]:
    return kept_line_texts(boilerplate_doc(lines, language))


# --- a notice's closing formula "İlan olunur." --------------------------------------------------------------------

TR = [
    "Belediyemiz tarafından park çevre düzenlemesi yapım işi, 4734 sayılı Kamu İhale Kanunu'nun 19. maddesine göre "
    "açık ihale usulü ile ihale edilecektir.",
    "İşin kapsamında yürüyüş yollarının yenilenmesi, çocuk oyun alanının genişletilmesi ve aydınlatma direklerinin "
    "değiştirilmesi yer almaktadır.",
    "İhale, 9 Aralık 2025 Salı günü saat 10.30'da belediye hizmet binası meclis toplantı salonunda yapılacaktır.",
]


@pytest.mark.parametrize("closing", ["İlan olunur.", "Kamuoyuna saygıyla duyurulur.", "Duyurulur.", "Tebliğ olunur."])
def test_a_turkish_notice_keeps_its_closing_formula(closing: str) -> None:
    kept = _kept(["Ana Sayfa", "Kurumsal", "Duyurular", *TR, closing, "Ekler", "Paylaş", "Diğer Duyurular"], "tr")
    assert closing in kept
    assert "Diğer Duyurular" not in kept


@pytest.mark.parametrize("line", ["İlan olunan ihaleler", "Duyurular", "İlan olunur ve ilgililere duyurulur ki"])
def test_lines_like_the_formula_do_not_extend_the_article(line: str) -> None:
    kept = _kept(["Ana Sayfa", "Kurumsal", "Duyurular", *TR, line, "Ekler", "Paylaş"], "tr")
    assert line not in kept[3:]


# --- a lead ending in a colon over the numbered items ---------------------------------------------------------------

ZH_LEAD = "为缓解城区中心路段停车难问题，经县人民政府同意，决定对城区部分路段临时停车泊位进行调整。现将有关事项公告如下："
ZH_ITEMS = [
    "一、在新华路东侧增设临时停车泊位六十个，每日七时至二十一时允许停放小型车辆，其余时段禁止停放。",
    "二、取消人民路两侧临时停车泊位，该路段全天禁止停车，设置临时上下客区，停留时间不得超过三分钟。",
    "三、调整后的停车泊位实行限时免费停放，单次停放时间不得超过两小时，超时停放的车辆将依照有关规定予以处理。",
]


def test_a_lead_ending_in_a_colon_over_numbered_items_is_kept() -> None:
    kept = _kept(["首页", "政务公开", "政策文件", "办事服务", "字号：大 中 小", ZH_LEAD, *ZH_ITEMS, "相关链接"], "zh")
    assert ZH_LEAD in kept
    assert "字号：大 中 小" not in kept


def test_an_english_lead_with_a_colon_over_numbered_items_is_kept() -> None:
    lead = "The council has approved the new parking rules for the town centre. The main changes are as follows:"
    items = [
        "1. Thirty new parking spaces will be added on the east side of Market Street, open from seven to nine.",
        "2. Parking on both sides of Church Road will end, and a drop-off zone will be marked outside the surgery.",
        "3. Stays in the new spaces will be free for two hours, and longer stays will be fined under the rules.",
    ]
    kept = _kept([*MENU, lead, *items, *FOOTER])
    assert lead in kept


@pytest.mark.parametrize("line", [
    "Newsletter: sign up for our weekly digest and get the best stories in your inbox:",  # no sentence end inside
    "Short heading:",
])
def test_a_colon_line_without_a_sentence_before_it_stays_out(line: str) -> None:
    items = [
        "1. Thirty new parking spaces will be added on the east side of Market Street, open from seven to nine.",
        "2. Parking on both sides of Church Road will end, and a drop-off zone will be marked outside the surgery.",
        "3. Stays in the new spaces will be free for two hours, and longer stays will be fined under the rules.",
    ]
    assert line not in _kept([*MENU, line, *items, *FOOTER])


def _list_lead_start(lines: list[str], first_item: int, language: str = "zh") -> int:
    doc = boilerplate_doc(lines, language)
    feats = [line_features(line.text, language) for line in doc.lines]
    for f in feats:
        f.cls = classify(f)
    return extend_to_list_lead(doc.lines, feats, first_item)


def test_the_run_extends_over_the_lead_of_its_numbered_items() -> None:
    assert _list_lead_start(["首页", ZH_LEAD, *ZH_ITEMS], 2) == 1


@pytest.mark.parametrize(("lead", "items"), [
    (ZH_LEAD, ["在新华路东侧增设临时停车泊位六十个，每日七时至二十一时允许停放小型车辆。", *ZH_ITEMS[1:]]),  # unnumbered
    ("为缓解城区中心路段停车难问题，经县人民政府同意，决定对城区部分路段临时停车泊位进行调整，现将有关事项公告如下：",
     ZH_ITEMS),  # no sentence end before the colon
    ("相关阅读：", ZH_ITEMS),  # a short heading
])
def test_the_run_does_not_extend_over_other_lines(lead: str, items: list[str]) -> None:
    assert _list_lead_start(["首页", lead, *items], 2) == 2


# --- pros and cons lists under a specs table ----------------------------------------------------------------------

ID = [
    "Laptop tipis seri X14 hadir untuk pengguna yang sering bekerja di luar kantor. Bobotnya hanya sekitar 1,2 "
    "kilogram, sehingga mudah dibawa ke mana saja.",
    "Layarnya berukuran 14 inci dengan panel OLED yang menampilkan warna tajam. Saat dipakai menonton film, hasilnya "
    "sangat memuaskan, meski pantulan cahaya cukup terasa.",
    "Sayangnya, pilihan port cukup terbatas. Hanya ada dua port USB-C dan satu colokan audio, sehingga pengguna perlu "
    "membawa adaptor tambahan.",
]
SPECS = ["Spesifikasi", "Prosesor: 8 inti, hingga 4,8 GHz", "RAM: 16 GB", "Penyimpanan: 512 GB SSD", "Berat: 1,2 kg"]


def test_pros_and_cons_under_a_specs_table_are_kept() -> None:
    pros_cons = ["Kelebihan", "Bodi ringan dan kokoh", "Daya tahan baterai panjang", "Kekurangan",
                 "Port sangat terbatas", "Harganya relatif mahal di kelasnya"]
    kept = _kept(["Beranda", "Berita", "Ulasan", "Tips & Trik", *ID, *SPECS, *pros_cons, "Baca Juga:",
                  "Lima laptop terbaik untuk mahasiswa tahun ini", "Cara merawat baterai laptop agar awet"], "id")
    for item in pros_cons:
        assert item in kept
    assert "Lima laptop terbaik untuk mahasiswa tahun ini" not in kept


def test_pros_and_cons_right_under_the_text_are_kept_in_english() -> None:
    pros_cons = ["Pros", "Very quiet", "Long battery life", "Cons", "Weak on carpet", "Loud dock"]
    kept = _kept([*MENU, *P, *pros_cons, "Related", "Best vacuums of the year", "How to clean a rug", *FOOTER])
    assert "Weak on carpet" in kept


def test_a_pros_heading_without_a_cons_list_does_not_extend_the_article() -> None:
    kept = _kept([*MENU, *P, "Pros", "Very quiet", "Long battery life", "Trending", "Subscribe", *FOOTER])
    assert "Very quiet" not in kept


# --- numbered rows under a short heading after the last paragraph -------------------------------------------------

SETLIST = ["Setlist", "1. Low Lights", "2. Paper Boats", "3. The Orchard in Winter", "4. Harbour Wall", "5. Kestrel"]


def test_a_setlist_under_the_last_paragraph_is_kept() -> None:
    kept = _kept([*MENU, *P, *SETLIST, "Explore more on these topics", "Music", "Live reviews", *FOOTER])
    for row in SETLIST:
        assert row in kept


@pytest.mark.parametrize(("heading", "rows", "language"), [
    ("Titelliste", ["1. Morgenlicht", "2. Papierboote", "3. Hafenmauer"], "de"),
    ("Liste des titres", ["1. Lumières basses", "2. Bateaux de papier", "3. Le mur du port"], "fr"),
])
def test_numbered_name_rows_are_kept_in_other_languages(heading: str, rows: list[str], language: str) -> None:
    paragraphs = {
        "de": ["Der Abend begann leise, mit einem Lied über den Hafen, und die Band spielte so ruhig, dass man jedes "
               "Wort verstand.", "Erst bei der Zugabe drehte die Band auf und spielte eine lange Version ihres "
               "bekanntesten Liedes, die über acht Minuten dauerte."],
        "fr": ["La soirée a commencé doucement, avec une chanson sur le port, et le groupe jouait si calmement qu'on "
               "entendait chaque mot.", "Ce n'est qu'au rappel que le groupe a haussé le ton, avec une longue version "
               "de sa chanson la plus connue qui a duré huit minutes."],
    }[language]
    kept = _kept(["Start", "Musik", "Kultur", "Kontakt", *paragraphs, heading, *rows, "Impressum", "Datenschutz"],
                 language)
    assert rows[-1] in kept


def test_a_numbered_list_of_headlines_after_the_article_stays_out() -> None:
    ranking = [
        "Top stories",
        "1. Festival line-up announced for the summer with three new stages",
        "2. Ten albums you need to hear this month, from folk to techno",
        "3. The singer who recorded an album inside a lighthouse on the coast",
    ]
    kept = _kept([*MENU, *P, *ranking, *FOOTER])
    assert not any(row in kept for row in ranking[1:])


def test_rows_numbered_out_of_order_stay_out() -> None:
    rows = ["Chart", "3. Low Lights", "7. Paper Boats", "9. Harbour Wall"]
    kept = _kept([*MENU, *P, *rows, *FOOTER])
    assert "7. Paper Boats" not in kept


# --- a headline over a rating row and a venue row, then its standfirst ----------------------------------------------

REVIEW_BODY = [
    "There is a moment, about halfway through, when Marlow Vane stops playing and simply lets the room sing the second "
    "verse of her homecoming song back at her. It is a hometown crowd, and she knows it.",
    "For most of the night, though, this is a show built on restraint. The band plays so quietly at times that you "
    "can hear the hum of the hall's old radiators.",
]


def test_a_review_headline_over_rating_and_venue_rows_is_the_title() -> None:
    headline = "Marlow Vane review – a homecoming show full of quiet thunder"
    record = clean_lines([
        *MENU, "Music / Live reviews", headline, "★★★★☆", "Civic Hall, Eastport",
        "The songwriter's first hometown gig in six years is a masterclass in restraint, with the loudest moments "
        "saved for the very end",
        "Theo Ashdown", "Sun 18 May 2025 11.04 BST", "Share", *REVIEW_BODY, *FOOTER,
    ])
    assert record["title"] == headline


# --- a job ad's row of facts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Utrecht · 24-32 uur per week", "London · Full-time · £40,000", "Berlin · 40 Stunden", "Lyon · 35 h par semaine",
])
def test_a_row_of_facts_is_recognised(text: str) -> None:
    assert _facts_row(text)


@pytest.mark.parametrize("text", [
    "Marlow Vane review – a homecoming show full of quiet thunder",
    "Tour of the Highlands · Stage five",  # no quantity
    "Ten things to know about the new tram line · Our guide to the changes",
    "Utrecht breidt de wijkzorg uit met 24 nieuwe teams",
])
def test_headlines_are_no_row_of_facts(text: str) -> None:
    assert not _facts_row(text)


def test_a_job_title_beats_the_place_and_hours_row() -> None:
    record = clean_lines([
        "Vacatures", "Bedrijven", "Salariswijzer", "Inloggen", "Vacatures › Zorg › Verpleegkundige",
        "Wijkverpleegkundige (24-32 uur)", "Thuiszorg Voorbeeld", "Utrecht · 24-32 uur per week",
        "Geplaatst op 24 november 2025", "Solliciteer direct", "Vacature opslaan",
        "Als wijkverpleegkundige werk je in een klein, zelfstandig team dat zorg levert aan ouderen en chronisch "
        "zieken in twee Utrechtse wijken. Je bent het eerste aanspreekpunt voor cliënten.",
        "Je stelt de zorgvraag van nieuwe cliënten vast, maakt samen met hen een zorgplan en bewaakt de kwaliteit "
        "van de zorg die het team levert.",
        "Privacyverklaring", "Cookie-instellingen",
    ])
    assert record["title"] == "Wijkverpleegkundige (24-32 uur)"


# --- a reviewer's byline with its role ----------------------------------------------------------------------------

ES_BODY = [
    "Dormir mal de forma continuada afecta al estado de ánimo, a la concentración y, a largo plazo, a la salud "
    "cardiovascular. La buena noticia es que muchos problemas mejoran con cambios sencillos.",
    "Acostarse y levantarse a la misma hora todos los días, incluidos los fines de semana, ayuda a estabilizar el "
    "reloj biológico. Los especialistas recomiendan no variar el horario.",
]


@pytest.mark.parametrize("byline", [
    "Revisado médicamente por la Dra. Ana Gómez, especialista en neurología",
    "Medically reviewed by Dr. Jane Doe, consultant neurologist at the city hospital",
])
def test_a_reviewer_byline_with_its_role_leaves_the_body(byline: str) -> None:
    record = clean_lines(["Inicio", "Salud", "Nutrición", "Bienestar", "Buscar", "Inicio / Salud / Sueño",
                          "Cómo mejorar la higiene del sueño: siete hábitos que funcionan", "Escrito por Marta Ruiz",
                          byline, "Última actualización: 30 de octubre de 2025", *ES_BODY, "Privacidad"])
    assert byline not in record["text"]


@pytest.mark.parametrize("lead", [
    "Por la mañana, los vecinos del barrio se reunieron en la plaza para protestar contra el cierre del centro.",
    "By the end of the year, the council expects to have finished the first phase of the new tram line works.",
])
def test_a_lead_opening_like_a_byline_stays(lead: str) -> None:
    assert parse_byline(lead) is None
    record = clean_lines([*MENU, "Council finishes first phase of the tram works", "12 March 2025", lead, *P,
                          *FOOTER])
    assert lead in record["text"]


# --- an inline "read also" link with a list under the paragraph that follows it ----------------------------------

PT = [
    "A Prefeitura vai ampliar, a partir da próxima segunda-feira, o horário de funcionamento de oito postos de saúde "
    "para aplicar a vacina contra a dengue.",
    "Para receber a vacina, é preciso levar documento de identidade, cartão do SUS e a caderneta de vacinação. "
    "Menores de idade devem estar acompanhados dos pais.",
    "A cidade registrou 1.870 casos confirmados de dengue desde janeiro, quase o triplo do mesmo período do ano "
    "passado. Dois óbitos estão em investigação.",
]
PT_AFTER = [
    "A secretária de Saúde pediu que os moradores também eliminem os focos do mosquito. \"A vacina é uma ferramenta "
    "importante, mas não substitui o cuidado com a água parada\", disse.",
    "Veja a lista dos postos com horário ampliado:",
    "UBS Centro", "UBS Jardim das Flores", "UBS Vila Nova",
]


def test_the_article_goes_on_under_an_inline_link_to_its_closing_list() -> None:
    kept = _kept(["Notícias", "Cidades", "Política", "Economia", *PT, "LEIA TAMBÉM",
                  "Chuvas devem continuar até o fim da semana, diz meteorologia", *PT_AFTER, "Compartilhe:",
                  "Facebook", "WhatsApp"], "pt")
    for line in PT_AFTER:
        assert line in kept
    assert "Chuvas devem continuar até o fim da semana, diz meteorologia" not in kept


def test_a_teaser_card_after_the_article_stays_out() -> None:
    # One summary under the headline, then the site's links: a lone teaser card, no article going on.
    kept = _kept(["Notícias", "Cidades", "Política", "Economia", *PT, "LEIA TAMBÉM",
                  "Chuvas devem continuar até o fim da semana, diz meteorologia",
                  "A previsão indica chuva forte em toda a região até domingo, com risco de alagamentos.",
                  "Compartilhe:", "Facebook", "WhatsApp"], "pt")
    assert "A previsão indica chuva forte em toda a região até domingo, com risco de alagamentos." not in kept


def _names_end(lines: list[str], language: str = "en") -> int:
    doc = boilerplate_doc(lines, language)
    feats = [line_features(line.text, language) for line in doc.lines]
    for f in feats:
        f.cls = classify(f)
    return _announced_names_end(doc.lines, feats, 0)


def test_a_sentence_over_names_ends_with_them() -> None:
    assert _names_end(["Veja a lista dos postos com horário ampliado:", "UBS Centro", "UBS Vila Nova", "Compartilhe:"],
                      "pt") == 3


@pytest.mark.parametrize(("lines", "language"), [
    (["Here are the stories our readers are talking about today:",
      "Festival line-up announced for the summer with three new stages",
      "Ten albums you need to hear this month, from folk to techno"], "en"),
    (["Diese Artikel könnten Sie auch interessieren:", "Stadtrat beschließt neue Parkregeln für die Innenstadt ab Montag",
      "Bauarbeiten an der Brücke dauern bis zum Herbst"], "de"),
    (["Veja a lista dos postos com horário ampliado:", "UBS Centro"], "pt"),  # one row: no list
    (["Siga-nos:", "Facebook", "Instagram"], "pt"),  # a box's heading, no sentence
])
def test_a_sentence_over_headlines_is_no_list_of_names(lines: list[str], language: str) -> None:
    assert _names_end(lines, language) == 0


def test_a_closing_list_of_names_is_kept_in_english() -> None:
    rows = ["Central Library", "Northside Library", "Harbour Road Library"]
    kept = _kept([*MENU, *P, "The extended opening hours apply at these branches:", *rows, "Share this:", "Facebook",
                  *FOOTER])
    for row in rows:
        assert row in kept


# --- a row of links to the sibling pages --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Other candidates in this race: Martin Kessler | Jun Park",
    "Weitere Kandidaten im Wahlkreis: Anna Berger | Paul Schmidt | Lea Wolf",
    "Autres épisodes de la série : Le Port | La Tempête",
    "Otros candidatos: María López | Juan Pérez",
])
def test_a_row_of_sibling_links_is_recognised(text: str) -> None:
    assert _sibling_links_row(text)


@pytest.mark.parametrize("text", [
    "Other candidates said: we need more teachers | and smaller classes",  # clauses, not names
    "More than 40 people came: Martin Kessler | Jun Park",  # no label of other pages
    "Other candidates in this race: Martin Kessler",  # one name
    "Candidates: Martin Kessler | Jun Park",  # no "other"
])
def test_rows_that_are_no_sibling_links(text: str) -> None:
    assert not _sibling_links_row(text)


def test_the_sibling_row_goes_and_the_guide_intro_stays() -> None:
    intro = ("We sent the same five questions to every candidate for the school board. Answers are printed as "
             "submitted, edited only for length.")
    record = clean_lines([
        "News", "Elections 2025", "Schools", "City Hall", "Opinion", "Voter Guide 2025 / School Board District 3",
        "Candidate questionnaire: Teresa Okafor", intro, "Other candidates in this race: Martin Kessler | Jun Park",
        "Age: 47", "Occupation: Pediatric nurse", "Why are you running for the school board?",
        "I have two children at Hollis Middle, and I have spent the last four years as PTA treasurer watching the "
        "district make decisions about our schools without asking the families who live with them.",
        "What is the biggest challenge facing the district?",
        "Chronic absence. One in five of our students missed more than 18 days last year, and behind those numbers "
        "are kids with asthma and kids caring for younger siblings.",
        *FOOTER,
    ])
    assert intro in record["text"]
    assert "Other candidates in this race" not in record["text"]


# --- a plea to share the page after a condition -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("If you found this article helpful, please share it", "en"),
    ("If you enjoyed this post, share it with your friends.", "en"),
    ("Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn bitte", "de"),
    ("Si cet article vous a plu, partagez-le", "fr"),
    ("Si te ha gustado este artículo, compártelo", "es"),
    ("Se gostou deste artigo, compartilhe", "pt"),
    ("Se ti è piaciuto questo articolo, condividilo", "it"),
    ("Als je dit artikel nuttig vond, deel het dan", "nl"),
])
def test_a_conditional_share_plea_is_promo(text: str, language: str) -> None:
    assert line_rule(text, language) == "promo"


@pytest.mark.parametrize(("text", "language"), [
    ("If this article is right, the council will have to share the costs with the county.", "en"),
    ("She said that if readers liked this article, they should share it.", "en"),
    ("If you share this article, the costs of the survey will be split between the two councils.", "en"),
    ("Wenn dieser Artikel stimmt, teilen sich Bund und Länder die Kosten für den Ausbau der Strecke.", "de"),
    ("Si este artículo se aprueba, las comunidades compartirán los costes del nuevo hospital.", "es"),
    ("Si cet article de loi est adopté, les communes partageront les frais.", "fr"),
])
def test_sentences_about_sharing_are_no_share_plea(text: str, language: str) -> None:
    assert line_rule(text, language) != "promo"


# --- a headline over a standfirst of 90 to 100 characters, the byline under it ------------------------------------

def test_the_headline_over_a_mid_length_standfirst_is_the_title() -> None:
    headline = "Postmortem: the 47-minute checkout outage on September 12"
    record = clean_lines([
        "Blog", "Open Source", "Careers", "Events", "Search", "Back to all posts", "Infrastructure", headline,
        "How a routine certificate rotation and a retry storm took down payments, and what we are changing",
        "Ines Carvalho, Staff Engineer", "Sep 19, 2025", "·", "9 min read", "Share on X", "Share on LinkedIn",
        "On September 12, between 14:03 and 14:50 UTC, most customers could not complete checkout. Around 71% of "
        "payment attempts failed with a timeout error after a certificate rotation went wrong.",
        "A scheduled rotation of the TLS certificate used between our checkout service and the internal payments "
        "gateway deployed a certificate whose chain was missing an intermediate.",
        *FOOTER,
    ])
    assert record["title"] == headline


def test_a_dek_of_the_headline_s_length_is_still_no_title() -> None:
    # A dek about the headline's length (DEK_RATIO) under it: the headline is the title, as before.
    headline = "Council approves the new tram line through the old town"
    record = clean_lines([
        *MENU, headline, "The first trams will run in 2027, two years later than planned",
        "Jane Doe, City Reporter", "Sep 19, 2025", "Share",
        "The council approved the new tram line on Tuesday evening after a debate that lasted more than four hours "
        "and ended in a narrow vote.", *P, *FOOTER,
    ])
    assert record["title"] == headline


# --- an organiser's credit row ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Organised by Priya Castellano on behalf of Millbrook Community Pantry",
    "Organized by Friends of Riverside Park",
    "Hosted by Jane Doe",
    "Organisiert von Anna Berger für den Tafelverein",
    "Organisé par Claire Martin",
    "Organizado por la Asociación de Vecinos",
    "Organizzato da Marco Rossi",
    "Georganiseerd door Sanne de Vries",
])
def test_an_organiser_row_is_recognised(text: str) -> None:
    assert _organiser_row(text)


@pytest.mark.parametrize("text", [
    "Help rebuild the Millbrook Community Pantry after the flood",
    "Hosted by the city for the first time, the festival drew 20,000 visitors",  # lower-case after the label
    "Run by volunteers",  # no name
    "Created by accident: how a lab mistake became a billion-dollar drug",
])
def test_headlines_are_no_organiser_row(text: str) -> None:
    # ("Created by accident: ..." has a lower-case word after the label: no name)
    assert not _organiser_row(text)


def test_the_campaign_name_beats_the_organiser_row() -> None:
    headline = "Help rebuild the Millbrook Community Pantry after the flood"
    record = clean_lines([
        "Start a fundraiser", "Discover", "How it works", "Sign in", headline, "£18,420 raised of £25,000 goal",
        "612 donations", "Donate now", "Share", "Organised by Priya Castellano on behalf of Millbrook Community Pantry",
        "Created 2 September 2025 · Community",
        "On the night of 28 August the river came over the wall behind Tanner Street and filled the basement of the "
        "hall where the Millbrook Community Pantry kept everything.",
        "We are a volunteer-run pantry. We have no paid staff and no building of our own, and we have run on "
        "donations from the supermarket down the road.",
        *FOOTER,
    ])
    assert record["title"] == headline
