"""Line rules and dates found by the probe29 pages (tests/pages: a Q&A thread in Catalan, an Icelandic market wrap,
an Armenian university notice, a Basque journal's abstract page, ...).

- Icelandic month names ("13. febrúar 2025 kl. 17:05"): the date was not read.
- "Other news" / "read also" headings in Armenian, Georgian and Basque ("Այլ նորություններ", "ასევე წაიკითხეთ",
  "Zenbaki honetako beste artikulu batzuk"): the heading and the first headline under it were kept.
- A Q&A thread's byline card in ca / es / pt / fr / it / de / nl ("Preguntat fa 3 dies", "2 respostes", "Ordena
  per: Vots", "1.240 punts", "Respost fa 2 dies"): the card was no card, and the run search dropped the question
  above it and kept the answer's card lines.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import clean_lines, line_rule

from cleaners.metadata import parse_date_line


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("13. febrúar 2025 kl. 17:05", "2025-02-13"),
        ("2. apríl 2024", "2024-04-02"),
        ("Birt 5. maí 2025", "2025-05-05"),
        ("17. júní 2025", "2025-06-17"),
        ("1. ágúst 2023 kl. 08:00", "2023-08-01"),
        ("30. nóvember 2025", "2025-11-30"),
        ("9. október 2025", "2025-10-09"),
        ("21. júlí 2024", "2024-07-21"),
    ],
)
def test_icelandic_dates(line: str, iso: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.iso.startswith(iso)


@pytest.mark.parametrize(
    ("heading", "language"),
    [
        ("Այլ նորություններ", "hy"),
        ("Կարդացեք նաև", "hy"),
        ("Ամենաընթերցվածը", "hy"),
        ("ასევე წაიკითხეთ", "ka"),
        ("სხვა სიახლეები", "ka"),
        ("მსგავსი სტატიები", "ka"),
        ("Zenbaki honetako beste artikulu batzuk", "eu"),
        ("Albiste gehiago", "eu"),
    ],
)
def test_related_heading_in_hy_ka_eu(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "list-heading"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a minister promising other news, a reader asked to read the report too, "other articles" in a sentence
        ("Նախարարը խոստացավ, որ այլ նորություններ կհայտնի հաջորդ շաբաթ։", "hy"),
        ("Փորձագետները խորհուրդ են տալիս կարդալ նաև զեկույցի ամբողջական տարբերակը։", "hy"),
        ("მინისტრმა განაცხადა, რომ სხვა სიახლეები მომავალ კვირას იქნება ცნობილი.", "ka"),
        ("Aldizkariak beste artikulu batzuk ere argitaratu ditu gai honi buruz azken urteetan.", "eu"),
    ],
)
def test_related_phrase_inside_a_sentence_is_no_heading(text: str, language: str) -> None:
    assert line_rule(text, language) != "list-heading"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Preguntat fa 3 dies", "ca"),
        ("Respost fa 2 dies", "ca"),
        ("2 respostes", "ca"),
        ("Ordena per: Vots", "ca"),
        ("1.240 punts", "ca"),
        ("Respondida hace 2 horas", "es"),
        ("Preguntado hace un mes", "es"),
        ("3 respuestas", "es"),
        ("Ordenar por: Más votadas", "es"),
        ("Respondido há 5 dias", "pt"),
        ("356 pontos", "pt"),
        ("Répondu il y a 2 jours", "fr"),
        ("3 réponses", "fr"),
        ("Trier par : Votes", "fr"),
        ("Risposto 3 giorni fa", "it"),
        ("Beantwortet vor 4 Stunden", "de"),
        ("2 Antworten", "de"),
        ("Sortieren nach: Bewertung", "de"),
        ("2.104 Punkte", "de"),
        ("Beantwoord 2 dagen geleden", "nl"),
    ],
)
def test_qa_card_lines_in_more_languages(text: str, language: str) -> None:
    assert line_rule(text, language) == "qa-meta"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Respondido hace tres días por el ministro, el informe sigue sin publicarse.", "es"),
        ("Preguntado por la prensa, el alcalde no quiso dar detalles", "es"),
        ("Beantwortet wurde die Anfrage bis heute nicht.", "de"),
        ("Ordena per data els documents abans d'enviar-los.", "ca"),
        ("L'equip va sumar 12 punts a la primera part.", "ca"),
        ("Il a répondu il y a deux jours à la lettre du maire.", "fr"),
        ("Gefragt nach den Kosten, nannte sie 12 Millionen Euro.", "de"),
        ("3 respuestas a la crisis de la vivienda", "es"),
    ],
)
def test_prose_with_qa_card_words_is_no_card_line(text: str, language: str) -> None:
    assert line_rule(text, language) != "qa-meta"


CA_THREAD = [
    "Inici",
    "Fòrums",
    "Preguntes recents",
    "Fòrums › Hort urbà › Reg",
    "Com puc regar l'hort quan marxo de vacances dues setmanes?",
    "Preguntat fa 5 dies · Vist 210 vegades",
    "Tinc un hort petit al pati amb tomaqueres, pebroters i enciams. Aquest estiu marxo quinze dies i no tinc cap "
    "veí que me'l pugui regar, així que busco una solució senzilla i barata.",
    "He vist sistemes de goteig amb programador, però no sé si funcionen bé amb la pressió de l'aixeta de casa. "
    "Algú els ha provat?",
    "pere_v",
    "8 punts",
    "Respon",
    "2 respostes",
    "Ordena per: Vots",
    "Resposta acceptada",
    "Jo fa tres anys que faig servir un goteig amb programador connectat a l'aixeta del pati i funciona perfectament, "
    "fins i tot amb poca pressió. Només cal posar un filtre a l'entrada perquè no s'obturin els degoters.",
    "Abans de marxar, prova'l una setmana per ajustar el temps de reg. Jo rego deu minuts a primera hora i deu més al "
    "vespre quan fa molta calor, i encoixino la terra amb palla perquè no s'assequi.",
    "laia_hort",
    "960 punts",
    "Respost fa 4 dies",
    "Comenta",
    "Preguntes relacionades",
    "Quan s'han de sembrar les faves?",
    "© 2025 Fòrum",
]


def test_catalan_thread_keeps_the_question_over_the_card() -> None:
    record = clean_lines(CA_THREAD)
    body = "\n".join(p["text"] for p in record["paragraphs"])
    assert "Tinc un hort petit al pati" in body
    assert "He vist sistemes de goteig" in body
    assert "Jo fa tres anys que faig servir un goteig" in body
    assert "Abans de marxar, prova'l una setmana" in body
    for line in ("8 punts", "2 respostes", "Ordena per: Vots", "960 punts", "Respost fa 4 dies"):
        assert line not in body
