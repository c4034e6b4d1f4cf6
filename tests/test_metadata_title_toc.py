"""Probe26: a table of contents over the body ("On this page" over the sections' headings, an FAQ's questions)
is no title, nor is the body's first section heading that repeats its first entry (metadata._toc_lines); and a
notice's title with a colon ("Public notice: ...") under a "You are here: ..." trail is no row of a table of
fields (metadata._table_row_above).

From tests/pages: en_admissions_faq_deadlines took its last question for the title and removed that question from
the body as a copy of it; en_medicine_patient_leaflet_sections took its first section heading; both lost the date
next to the real title. en_planning_application_public_notice had no title. Synthetic text.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

# (title, date line, "on this page" label, [(heading, paragraph)], language)
GUIDES = [
    (
        "Residents' parking: frequently asked questions",
        "Last updated: 9 September 2025",
        "On this page",
        [
            ("Who can apply for a permit?", "Anyone who lives in a controlled parking zone and owns or keeps a car "
             "at their address can apply for a residents' permit. Businesses apply for a different permit."),
            ("What documents do I need?", "You need proof of your address dated within the last three months and "
             "the registration document of the vehicle, or a lease agreement if the car is a company car."),
            ("How much does a permit cost?", "A permit costs between 80 and 240 a year, depending on the vehicle's "
             "emissions. Electric vehicles pay the lowest rate, and a second car in the household pays more."),
            ("How long does it take?", "Most applications are decided within ten working days. You can park with "
             "a temporary permit, printed at home, while your application is being checked."),
        ],
        "en",
        "2025-09-09",
    ),
    (
        "Anwohnerparkausweis beantragen",
        "Stand: 09.09.2025",
        "Auf dieser Seite",
        [
            ("Wer kann einen Ausweis beantragen?", "Alle, die in einer Bewohnerparkzone wohnen und dort ein Auto "
             "angemeldet haben, können einen Bewohnerparkausweis beantragen. Firmen stellen einen anderen Antrag."),
            ("Welche Unterlagen brauche ich?", "Sie brauchen eine Meldebescheinigung, die nicht älter als drei "
             "Monate ist, und die Zulassungsbescheinigung des Fahrzeugs oder den Leasingvertrag bei Firmenwagen."),
            ("Was kostet der Ausweis?", "Der Ausweis kostet je nach Fahrzeug zwischen 80 und 240 Euro im Jahr. "
             "Elektroautos zahlen den niedrigsten Satz, ein zweites Auto im Haushalt zahlt mehr."),
            ("Wie lange dauert die Bearbeitung?", "Die meisten Anträge werden innerhalb von zehn Arbeitstagen "
             "entschieden. Bis dahin können Sie mit einem vorläufigen Ausweis parken, den Sie selbst ausdrucken."),
        ],
        "de",
        "2025-09-09",
    ),
    (
        "Stationnement résidentiel : questions fréquentes",
        "Mis à jour le 9 septembre 2025",
        "Sur cette page",
        [
            ("Qui peut faire la demande ?", "Toute personne qui habite dans une zone de stationnement résidentiel "
             "et qui y possède une voiture peut demander une carte. Les entreprises font une autre demande."),
            ("Quels documents fournir ?", "Il faut un justificatif de domicile de moins de trois mois et le "
             "certificat d'immatriculation du véhicule, ou le contrat de location pour une voiture de société."),
            ("Combien coûte la carte ?", "La carte coûte entre 80 et 240 euros par an selon les émissions du "
             "véhicule. Les voitures électriques paient le tarif le plus bas, une deuxième voiture paie plus."),
            ("Quel est le délai ?", "La plupart des demandes sont traitées en dix jours ouvrés. En attendant, "
             "vous pouvez stationner avec une carte provisoire que vous imprimez vous-même."),
        ],
        "fr",
        "2025-09-09",
    ),
]


def _guide_page(title: str, date: str, label: str, sections: list, numbered: bool = False) -> str:
    heads = [f"{k}. {h}" if numbered else h for k, (h, _) in enumerate(sections, 1)]
    toc = "\n".join(heads)
    body = "\n".join(f"{h}\n{p}" for h, (_, p) in zip(heads, sections, strict=True))
    return (
        "City Council\nHome\nParking\nWaste\nHousing\nCouncil tax\nContact\n"
        f"Home > Parking > Permits\n{title}\n{date}\n{label}\n{toc}\n{body}\n"
        "Was this page helpful?\nYes\nNo\nRelated pages\nVisitor permits\nParking fines\n"
        "Accessibility\nPrivacy\nCookies\n"
    )


@pytest.mark.parametrize("numbered", [False, True])
@pytest.mark.parametrize(("title", "date", "label", "sections", "language", "iso"), GUIDES)
def test_a_table_of_contents_is_no_title(title, date, label, sections, language, iso, numbered) -> None:
    record = clean_text(_guide_page(title, date, label, sections, numbered).encode(), source="guide.txt").data
    assert record["title"] == title
    assert record["published"] == iso
    kept = [p["text"] for p in record["paragraphs"]]
    for k, (heading, paragraph) in enumerate(sections, 1):
        assert paragraph in kept
        # every section keeps its heading in the body (none taken for the title or its copy)
        assert (f"{k}. {heading}" if numbered else heading) in kept


def test_a_headline_repeated_by_a_sticky_header_is_still_the_title() -> None:
    # The header's lines repeated in a row (a sticky header) have no prose between their copies: no table of
    # contents, and the headline stays the title.
    page = (
        "Home\nNews\nSport\nWeather\n"
        "Harbour ferry returns after winter repairs\nBy Ana Ruiz\nMarch 3, 2025\n"
        "Harbour ferry returns after winter repairs\nBy Ana Ruiz\nMarch 3, 2025\n"
        "The harbour ferry is back in service this week after three months of repairs to its hull and engines, "
        "the port authority said on Monday.\n"
        "Crossings will run every half hour from seven in the morning until nine at night, as they did before "
        "the winter, and fares are unchanged.\n"
        "Most read\nCouncil approves new school\nStorm warning for the coast\n"
    )
    record = clean_text(page.encode(), source="news.txt").data
    assert record["title"] == "Harbour ferry returns after winter repairs"


def test_a_list_of_other_stories_repeated_in_the_footer_leaves_the_title() -> None:
    # Teaser headlines over the body and again in the footer, without the body's prose between their copies.
    teasers = "Council approves new school\nStorm warning for the coast\nLibrary opens on Sundays\n"
    page = (
        "Home\nNews\n" + "Top stories\n" + teasers
        + "Harbour ferry returns after winter repairs\nMarch 3, 2025\n"
        "The harbour ferry is back in service this week after three months of repairs to its hull and engines, "
        "the port authority said on Monday.\n"
        "Crossings will run every half hour from seven in the morning until nine at night, as they did before "
        "the winter, and fares are unchanged.\n"
        "More stories\n" + teasers + "Privacy\n"
    )
    record = clean_text(page.encode(), source="news.txt").data
    assert record["title"] == "Harbour ferry returns after winter repairs"


NOTICE = (
    "Borough Council\nBins and recycling\nCouncil tax\nPlanning\nParking\nHousing\n"
    "{trail}\n"
    "{title}\n"
    "Notice published: 22 April 2025\n"
    "Comments close: 13 May 2025\n"
    "The Council has received a planning application for the demolition of the existing depot buildings and the "
    "erection of 38 homes, with associated parking and a new vehicle access from the lane.\n"
    "The site lies within a conservation area, and the application is therefore also advertised as development "
    "affecting the character and appearance of a conservation area.\n"
    "Anyone who wishes to comment on the application should do so in writing before the closing date.\n"
    "Report a problem with this page\nContact the council\nAccessibility\nCookies\n"
)


@pytest.mark.parametrize(
    ("trail", "title"),
    [
        ("You are here: Home > Planning > Public notices", "Public notice: planning application for 38 homes at the former depot"),
        ("Sie sind hier: Startseite > Bauen > Bekanntmachungen", "Bekanntmachung: Bauantrag für 38 Wohnungen auf dem alten Betriebshof"),
        ("Vous êtes ici : Accueil > Urbanisme > Avis", "Avis public : demande de permis pour 38 logements sur l'ancien dépôt"),
        # (review11a: trails whose label was missing from patterns.BREADCRUMB_LABELS; no title before)
        ("Está aquí: Inicio > Urbanismo > Avisos", "Public notice: planning application for 38 homes at the former depot"),
        ("Você está em: Início > Urbanismo", "Public notice: planning application for 38 homes at the former depot"),
        ("Du bist hier: Startseite > Bauen", "Public notice: planning application for 38 homes at the former depot"),
        ("Вы находитесь: Главная > Новости", "Public notice: planning application for 38 homes at the former depot"),
        ("현재위치: 홈 > 공고", "Public notice: planning application for 38 homes at the former depot"),
    ],
)
def test_a_notice_title_with_a_colon_under_a_trail_is_the_title(trail: str, title: str) -> None:
    record = clean_text(NOTICE.format(trail=trail, title=title).encode(), source="notice.txt").data
    assert record["title"] == title


def test_rows_of_a_field_table_under_a_trail_are_still_no_title() -> None:
    # The trail does not count as a row, but the rows under it still make a table: its first row ("Reference:
    # ...") is no title when its value is no headline.
    page = NOTICE.format(trail="You are here: Home > Planning", title="Planning application for 38 homes at the depot")
    page = page.replace("Notice published:", "Reference: 25/01873/FUL\nNotice published:")
    record = clean_text(page.encode(), source="notice.txt").data
    assert record["title"] == "Planning application for 38 homes at the depot"


# (title, date, [(heading, paragraph)]): a headline printed over the contents and again over its date (review11a).
REPRINTED = [
    ("How to start commuting by bike", "9 September 2025", [
        ("What you need", "A commuting bike does not need to be expensive, but lights, a good lock and a helmet are "
         "worth buying before the first ride to work."),
        ("Choosing a route", "Quiet streets with bike lanes are usually slower on the map but faster in practice, "
         "because you spend less time waiting at busy junctions."),
        ("Riding in the rain", "Mudguards and a light rain jacket make most wet days bearable, and on the worst days "
         "there is no shame in taking the train instead."),
    ]),
    ("Mit dem Rad zur Arbeit: so gelingt der Einstieg", "09.09.2025", [
        ("Was Sie brauchen", "Ein Pendlerrad muss nicht teuer sein, aber Licht, ein gutes Schloss und ein Helm "
         "gehören vor der ersten Fahrt zur Arbeit dazu."),
        ("Die richtige Strecke", "Ruhige Straßen mit Radwegen sind auf der Karte oft länger, in der Praxis aber "
         "schneller, weil man an großen Kreuzungen weniger wartet."),
        ("Fahren bei Regen", "Schutzbleche und eine leichte Regenjacke machen die meisten nassen Tage erträglich, "
         "und an den schlimmsten Tagen darf man auch die Bahn nehmen."),
    ]),
    ("自転車通勤の始め方ガイド", "2025年9月9日", [
        ("必要な道具", "通勤用の自転車は、まずはクロスバイクがおすすめで、ライトと鍵、ヘルメットも必ず用意しておきたい。"),
        ("ルートの選び方", "交通量の多い幹線道路を避けて、自転車レーンのある裏道を選ぶと、朝の通勤がずっと安全で快適になる。"),
        ("雨の日の対策", "雨の日は無理をせず電車を使うのも一つの方法だが、レインウェアがあれば小雨程度なら問題なく走れる。"),
    ]),
    ("骑自行车上班入门指南", "2025年9月9日", [
        ("需要的装备", "上班用的自行车，建议先选择一辆城市自行车，同时一定要准备好车灯、车锁和头盔，保证骑行安全。"),
        ("如何选择路线", "尽量避开车流量大的主干道，选择有自行车道的小路，早上的通勤会变得更加安全，也更加舒适。"),
        ("雨天怎么办", "下雨天不必勉强骑车，也可以改坐地铁，但如果准备了雨衣，小雨的时候骑车其实也没有什么问题。"),
    ]),
    ("자전거 출퇴근 시작 가이드", "2025년 9월 9일", [
        ("필요한 장비", "출퇴근용 자전거로는 먼저 하이브리드 자전거를 추천하며, 전조등과 자물쇠, 헬멧도 꼭 준비해야 한다."),
        ("경로 선택 방법", "차량이 많은 간선도로를 피하고 자전거 도로가 있는 골목길을 고르면 아침 출근길이 훨씬 안전해진다."),
        ("비 오는 날 대책", "비 오는 날에는 무리하지 말고 지하철을 이용하는 것도 방법이지만, 우비가 있으면 가랑비 정도는 괜찮다."),
    ]),
]


@pytest.mark.parametrize(("title", "date", "sections"), REPRINTED)
def test_a_headline_over_the_contents_and_again_over_its_date_is_the_title(title, date, sections) -> None:
    # The headline, the contents' entries right under it, then the headline again over its date and the sections:
    # the headline's two copies have the intro between them and the first entry's copy, like an entry's, but the
    # copy below sits over the date (the header printed again), so the headline is no entry and stays the title.
    # (Before review11a the headline was taken for an entry of the contents and the page had no title.)
    heads = [h for h, _ in sections]
    body = "\n".join(f"{h}\n{p}" for h, p in sections)
    page = (
        "Home\nNews\n" + f"{title}\n" + "\n".join(heads) + f"\n{title}\n{date}\n"
        f"{sections[-1][1][:60]} {sections[0][1][40:]}\n{body}\nPrivacy\n"
    )
    record = clean_text(page.encode(), source="guide.txt").data
    assert record["title"] == title
    assert record["published"] == "2025-09-09"
    kept = [p["text"] for p in record["paragraphs"]]
    for heading, paragraph in sections:
        assert heading in kept
        assert paragraph in kept
