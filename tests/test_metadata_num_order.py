"""Numeric dates that read either way ("03/12/2025") in the date search (cleaners.metadata).

"03/12/2025" is 3 December or 12 March. The date search knows the page: it reads such a date the way
the page's own certain numeric dates are written ("25/11/2025" is day-first), else by the language's
convention (day-first everywhere but English and the year-first CJK languages), else, on an English
page, the way another date line of the page confirms ("December 3, 2025"). Negative cases: an English
page that says nothing keeps no date; a page that shows both orders settles nothing; a date inside an
article's sentence confirms nothing; year-first, certain and dotted dates read as before; every other
caller (parse_published, parse_date_line, the boilerplate and title searches) still drops the date.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc

from cleaners.config import Config
from cleaners.metadata import _find_dates, metadata_stage, parse_date_line, parse_published

ARTICLES: dict[str, list[str]] = {
    "pt": [
        "Prefeitura amplia horário dos ônibus noturnos",
        "A prefeitura anunciou nesta quarta-feira que as linhas noturnas de ônibus vão circular até as duas da "
        "manhã a partir do próximo mês, depois de um ano de testes em três bairros da zona norte da cidade.",
        "Segundo a secretaria de transportes, o número de passageiros depois da meia-noite dobrou desde o início "
        "do projeto, sobretudo entre trabalhadores de hospitais, restaurantes e do comércio do centro.",
        "As associações de moradores pediram que a mudança chegue também aos bairros da zona sul, onde muitos "
        "trabalhadores dependem de aplicativos caros para voltar para casa depois do expediente.",
    ],
    "fr": [
        "La mairie prolonge les bus de nuit",
        "La mairie a annoncé mercredi que les lignes de bus de nuit circuleront jusqu'à deux heures du matin à "
        "partir du mois prochain, après une année d'essai dans trois quartiers du nord de la ville.",
        "Selon le service des transports, le nombre de voyageurs après minuit a doublé depuis le début du projet, "
        "surtout parmi les employés des hôpitaux, des restaurants et des commerces du centre.",
        "Les associations de quartier demandent que le changement s'étende aussi aux quartiers du sud, où "
        "beaucoup de salariés paient des taxis très chers pour rentrer chez eux après le travail.",
    ],
    "de": [
        "Stadt verlängert die Nachtbusse",
        "Die Stadt hat am Mittwoch angekündigt, dass die Nachtbuslinien ab dem kommenden Monat bis zwei Uhr "
        "morgens fahren, nachdem sie ein Jahr lang in drei Stadtteilen im Norden getestet worden waren.",
        "Nach Angaben des Verkehrsamts hat sich die Zahl der Fahrgäste nach Mitternacht seit Beginn des Projekts "
        "verdoppelt, vor allem unter Beschäftigten von Krankenhäusern, Restaurants und Geschäften.",
        "Die Bürgervereine fordern, dass die Änderung auch für die Stadtteile im Süden gilt, wo viele "
        "Beschäftigte nach der Arbeit auf teure Taxis angewiesen sind, um nach Hause zu kommen.",
    ],
    "es": [
        "El ayuntamiento amplía los autobuses nocturnos",
        "El ayuntamiento anunció el miércoles que las líneas de autobús nocturno circularán hasta las dos de la "
        "madrugada a partir del mes que viene, después de un año de pruebas en tres barrios del norte.",
        "Según el área de transportes, el número de viajeros después de la medianoche se ha duplicado desde el "
        "inicio del proyecto, sobre todo entre trabajadores de hospitales, restaurantes y comercios.",
        "Las asociaciones vecinales piden que el cambio llegue también a los barrios del sur, donde muchos "
        "trabajadores pagan taxis muy caros para volver a casa después de la jornada.",
    ],
    "it": [
        "Il comune prolunga gli autobus notturni",
        "Il comune ha annunciato mercoledì che le linee di autobus notturni circoleranno fino alle due del "
        "mattino a partire dal mese prossimo, dopo un anno di prove in tre quartieri della zona nord.",
        "Secondo l'assessorato ai trasporti, il numero di passeggeri dopo la mezzanotte è raddoppiato dall'inizio "
        "del progetto, soprattutto tra i lavoratori di ospedali, ristoranti e negozi del centro.",
        "Le associazioni di quartiere chiedono che il cambiamento arrivi anche nei quartieri a sud, dove molti "
        "lavoratori pagano taxi molto cari per tornare a casa dopo il turno.",
    ],
    "ru": [
        "Мэрия продлевает ночные автобусы",
        "Мэрия объявила в среду, что ночные автобусные маршруты со следующего месяца будут работать до двух часов "
        "ночи, после года испытаний в трёх северных районах города.",
        "По данным департамента транспорта, число пассажиров после полуночи с начала проекта выросло вдвое, прежде "
        "всего среди работников больниц, ресторанов и магазинов в центре.",
        "Жители южных районов просят распространить изменения и на них, потому что многим после работы "
        "приходится ездить домой на дорогом такси.",
    ],
    "nl": [
        "Gemeente verlengt de nachtbussen",
        "De gemeente heeft woensdag bekendgemaakt dat de nachtbuslijnen vanaf volgende maand tot twee uur 's "
        "nachts rijden, na een jaar van proeven in drie wijken in het noorden van de stad.",
        "Volgens de dienst verkeer is het aantal reizigers na middernacht sinds het begin van het project "
        "verdubbeld, vooral onder medewerkers van ziekenhuizen, restaurants en winkels in het centrum.",
        "De wijkverenigingen vragen dat de verandering ook voor de wijken in het zuiden gaat gelden, waar veel "
        "werknemers na hun dienst dure taxi's nemen om thuis te komen.",
    ],
    "en": [
        "City Extends Night Bus Service",
        "The city said on Wednesday that its night bus routes will run until two in the morning from next "
        "month, after a year of trials in three districts in the north of the city.",
        "According to the transport department, the number of passengers after midnight has doubled since the "
        "start of the project, above all among hospital, restaurant and shop workers.",
        "Residents' groups in the south want the change to reach their districts too, where many workers pay "
        "for expensive taxis to get home after their shifts.",
    ],
    "zh": [
        "市政府延长夜间公交运营时间",
        "市政府星期三宣布，从下个月起，夜间公交线路将运营到凌晨两点，此前该项目已在城市北部的三个街区试行了一年，乘客反映良好。",
        "据交通部门介绍，自项目启动以来，午夜以后的乘客人数增加了一倍，主要是医院、餐馆和市中心商店的员工，他们下班时间较晚。",
        "南部街区的居民希望这一变化也能惠及他们，因为那里的许多工人下班后只能乘坐昂贵的出租车回家，每月花费不少。",
    ],
}
NAV = ["Home", "News", "Sport"]
# Between the article and the `extra` lines: beyond the lines the date search tries for the date itself.
FOOTER = ["Contact", "About us", "Jobs", "Advertise", "Privacy", "Terms of use"]
DAY_FIRST_LANGUAGES = ["pt", "fr", "de", "es", "it", "ru", "nl"]


def _published(
    language: str, date_line: str, extra: list[str] | None = None, config: Config | None = None, byline: bool = False
) -> str | None:
    """doc.published of a page: menu, title, (a byline,) `date_line`, the article, a footer, then `extra` lines
    (other articles' dates, comments: they may tell the page's order but are not its date)."""
    title, *body = ARTICLES[language]
    head = [title, "Por Ana Souza"] if byline else [title]
    doc = boilerplate_doc([*NAV, *head, date_line, *body, *FOOTER, *(extra or [])], language)
    return metadata_stage(doc, config or Config()).published


@pytest.mark.parametrize("language", DAY_FIRST_LANGUAGES)
@pytest.mark.parametrize("date_line", ["03/12/2025", "03/12/2025 14:32", "03-12-2025"])
def test_day_first_language_reads_the_day_first(language: str, date_line: str) -> None:
    assert _published(language, date_line) == "2025-12-03"


def test_portuguese_line_with_time_and_update_note() -> None:
    assert _published("pt", "03/12/2025 14h32 Atualizado há 2 horas", byline=True) == "2025-12-03"


def test_portuguese_loose_date_line_right_under_the_title() -> None:
    """"03/12/2025 14h32 Atualizado há 2 horas" (a date and words: no pure date line) right under the title is not
    a date line to the title scoring, which reads dates without the page (13/12/2025 would be); but the title
    over it, with the lead under it, is a headline over its dek (metadata._dek_below), so the title wins and
    the line is read as the date."""
    assert _published("pt", "03/12/2025 14h32 Atualizado há 2 horas") == "2025-12-03"


def test_time_without_a_zone_gives_the_date_only() -> None:
    """As for every date: no zone (and no default zone) is no point in time."""
    assert _published("pt", "03/12/2025 14h32") == "2025-12-03"
    tz = Config(published_default_tz="America/Sao_Paulo")
    assert _published("pt", "03/12/2025 14h32", config=tz) == "2025-12-03T14:32:00-03:00"


def test_english_page_that_says_nothing_keeps_no_date() -> None:
    assert _published("en", "03/12/2025") is None
    assert _published("en", "03-12-2025 2:32 PM") is None


def test_chinese_page_that_says_nothing_keeps_no_date() -> None:
    """Year-first languages have no day-month convention either."""
    assert _published("zh", "发表时间： 03/12/2025 - 14:32") is None


def _other_articles(*dates: str) -> list[str]:
    titles = ["Library opens on Sundays", "New bridge for cyclists", "School meals get cheaper"]
    return ["More stories", *[line for t, d in zip(titles, dates, strict=False) for line in (t, d)]]


def test_english_page_with_a_certain_day_first_date() -> None:
    assert _published("en", "03/12/2025", _other_articles("25/11/2025", "01/11/2025")) == "2025-12-03"


def test_english_page_with_a_certain_month_first_date() -> None:
    assert _published("en", "03/12/2025", _other_articles("11/25/2025")) == "2025-03-12"


def test_page_evidence_wins_over_the_language() -> None:
    """A Spanish page that writes 11/25/2025 elsewhere writes its dates month-first."""
    assert _published("es", "03/12/2025", _other_articles("11/25/2025")) == "2025-03-12"


def test_page_with_both_orders_settles_nothing() -> None:
    assert _published("pt", "03/12/2025", _other_articles("25/11/2025", "11/26/2025")) is None
    assert _published("en", "03/12/2025", _other_articles("25/11/2025", "11/26/2025")) is None


def test_dotted_dates_say_nothing_about_slashes() -> None:
    """Dotted dates are day-first wherever they are used: not evidence of a slash date's order."""
    assert _published("en", "03/12/2025", _other_articles("25.11.2025")) is None


def test_chinese_page_with_a_certain_day_first_list() -> None:
    assert _published("zh", "发表时间： 06/02/2022 - 13:48", _other_articles("13/02/2022", "31/01/2022")) == "2022-02-06"


@pytest.mark.parametrize(
    ("confirming", "expected"),
    [("Published December 3, 2025", "2025-12-03"), ("Posted March 12, 2025", "2025-03-12"), ("2025-12-03", "2025-12-03")],
)
def test_english_page_with_the_same_date_written_another_way(confirming: str, expected: str) -> None:
    assert _published("en", "03/12/2025", ["Share this article", confirming]) == expected


def test_both_readings_confirmed_or_only_in_a_sentence_settle_nothing() -> None:
    assert _published("en", "03/12/2025", ["December 3, 2025", "March 12, 2025"]) is None
    sentence = (
        "The council will vote on the plan on December 3, 2025, after a public hearing in the town hall, and "
        "residents can send their comments until the end of November."
    )
    assert _published("en", "03/12/2025", [sentence]) is None


@pytest.mark.parametrize("language", ["en", "pt"])
@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("2025/03/12", "2025-03-12"),  # year first: month then day, everywhere
        ("2025-03-12", "2025-03-12"),
        ("12/12/2025", "2025-12-12"),  # the same number twice
        ("13/05/2025", "2025-05-13"),  # 13 cannot be a month
        ("05/13/2025", "2025-05-13"),
        ("03.12.2025", "2025-12-03"),  # dotted: day-first
    ],
)
def test_other_dates_read_as_before(language: str, date_line: str, expected: str) -> None:
    assert _published(language, date_line) == expected


def test_other_callers_still_drop_the_ambiguous_date() -> None:
    """Outside the date search nothing knows the page: the boilerplate and title searches see no date."""
    assert parse_published("03/12/2025") is None
    assert parse_date_line("03/12/2025 14h32") is None
    assert parse_date_line("03/12/2025 14h32", "UTC") is None
    assert _find_dates("03/12/2025") == []
