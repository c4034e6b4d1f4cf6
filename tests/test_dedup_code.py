"""Repeated lines of code samples are not duplicate paragraphs (cleaners.dedup.dedup_stage, "dedup:exact").

A tutorial repeats a query or a function in several samples as it grows ("WITH series AS (", "return
total;"): each copy belongs to its sample, and the samples are the article. A repeated paragraph, a menu
repeated inside the article, or a code-like line that is not inside a code sample still goes.
Tutorials in English, German and Japanese.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.config import Config
from cleaners.dedup import MIN_KEY_CHARS, _sample_anchor, dedup_stage, hash_key
from cleaners.document import Document
from cleaners.segment import segment_stage

SAMPLE_1 = [
    "WITH series AS (",
    "SELECT * FROM unnest(array[2, 3, 5, 2, 3, 12]) AS n",
    "),",
    "bounds AS (",
    "SELECT avg(n) - stddev(n) AS lower_bound,",
    "avg(n) + stddev(n) AS upper_bound",
    "FROM series",
    ")",
]
SAMPLE_2 = [
    "function totalPrice(items) {",
    "let total = 0;",
    "for (const item of items) {",
    "total += item.price * item.quantity;",
    "}",
    "return total;",
    "}",
]

PROSE = {
    "en": [
        "Standard deviation is the square root of the variance, which tells us how far the values are spread "
        "out from their mean, and it is the tool we will use to find the outliers in our data.",
        "Now that we have a reasonable range, we can mark every value outside of it as an anomaly and look at "
        "the rows the query returns to see whether the result makes sense.",
        "The same query grows with every step of this tutorial, so the next sample repeats the first part "
        "and adds a new condition at the end.",
        "The function below adds up the prices of the items in a shopping cart, and the next version of it "
        "will also apply a discount to the total before it is returned.",
    ],
    "de": [
        "Die Standardabweichung ist die Quadratwurzel der Varianz und zeigt, wie weit die Werte um ihren "
        "Mittelwert streuen; mit ihr finden wir die Ausreißer in unseren Daten.",
        "Mit einem sinnvollen Bereich können wir nun jeden Wert außerhalb davon als Anomalie markieren und "
        "prüfen, ob das Ergebnis der Abfrage plausibel ist.",
        "Die Abfrage wächst mit jedem Schritt dieser Anleitung, deshalb wiederholt das nächste Beispiel den "
        "ersten Teil und ergänzt am Ende eine neue Bedingung.",
        "Die folgende Funktion addiert die Preise der Artikel im Warenkorb, und die nächste Fassung zieht vor "
        "der Rückgabe noch einen Rabatt von der Summe ab.",
    ],
    "ja": [
        "標準偏差は分散の平方根で、値が平均からどれだけ散らばっているかを示します。これを使ってデータの外れ値を見つけます。",
        "妥当な範囲が決まったので、その外側にある値をすべて異常として扱い、クエリの結果が正しいかどうかを確かめます。",
        "このチュートリアルではクエリが段階ごとに大きくなるので、次の例は最初の部分を繰り返し、最後に新しい条件を加えます。",
        "次の関数は買い物かごの商品の価格を合計します。次の版では、合計を返す前に割引も適用します。",
    ],
}


def _dedup(lines: list[str]) -> Document:
    doc = Document(source="t", text="\n\n".join(lines))
    segment_stage(doc, Config())
    return dedup_stage(doc, Config())


def _tutorial(language: str) -> list[str]:
    p = PROSE[language]
    # Each sample is one block (its lines one under the other); the second copy of each adds a line.
    return [p[0], "\n".join(SAMPLE_1), p[1], p[2], "\n".join([*SAMPLE_1, "SELECT * FROM bounds"]), p[3],
            "\n".join(SAMPLE_2), p[3][:40] + " (with a discount):", "\n".join([*SAMPLE_2[:5], "total *= 0.9;",
                                                                             *SAMPLE_2[5:]])]


def _removed(doc: Document) -> list[str]:
    return [line.text for line in doc.lines if line.removal is not None]


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_repeated_code_lines_of_samples_are_kept(language: str) -> None:
    doc = _dedup(_tutorial(language))
    assert not [t for t in _removed(doc) if t in SAMPLE_1 or t in SAMPLE_2], _removed(doc)
    for text in ("WITH series AS (", "SELECT avg(n) - stddev(n) AS lower_bound,", "let total = 0;"):
        assert [line.text for line in doc.kept_lines()].count(text) == 2


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_repeated_prose_still_goes(language: str) -> None:
    p = PROSE[language]
    doc = _dedup([*_tutorial(language), p[1]])
    assert doc.lines[-1].text == p[1]
    assert doc.lines[-1].removal is not None and doc.lines[-1].removal.rule == "dedup:exact"


def test_menu_repeated_inside_the_article_still_goes() -> None:
    """A menu of links with counts (parentheses: code-like characters) repeated under the article."""
    menu = ["Comments (12)", "Share on social (3)", "Related tutorials (8)", "Printable version (PDF)"]
    doc = _dedup([*menu, *_tutorial("en"), *menu])
    removed = _removed(doc)
    assert removed == [t for t in menu if len(hash_key(t)) >= MIN_KEY_CHARS], removed


def test_code_like_line_outside_a_sample_still_goes() -> None:
    """A code-like line repeated as a paragraph of its own, between prose, is a plain duplicate."""
    p = PROSE["en"]
    line = "Use total = price * quantity; for every item."
    doc = _dedup([p[0], line, p[1], p[2], line, p[3]])
    assert _removed(doc) == [line]


# A terminal session and a query's result table: their lines repeat (the same output after each command, the same
# rows in each result), none of them code for sure. Tutorials in French, Spanish and Korean.
SESSION = [
    "$ pip install requests",
    "Collecting requests",
    "Downloading requests-2.31.0-py3-none-any.whl (62 kB)",
    "Successfully installed requests-2.31.0",
    "$ pip install requests[socks]",
    "Requirement already satisfied: requests in ./venv/lib/python3.12/site-packages",
    "Collecting PySocks!=1.5.7,>=1.5.6",
    "Successfully installed PySocks-1.7.1",
]
SESSION_2 = [
    "$ pip install -r requirements.txt",
    "Requirement already satisfied: requests in ./venv/lib/python3.12/site-packages",
    "Collecting requests",
    "Successfully installed requests-2.31.0",
]
RESULT = [
    " ville    │ région              │ ventes",
    "──────────┼─────────────────────┼────────",
    " Lyon     │ Auvergne-Rhône-Alpes │    120",
    " Nantes   │ Pays de la Loire     │     95",
]
RESULT_2 = [*RESULT, " Rennes   │ Bretagne             │     61"]

SESSION_PROSE = {
    "fr": [
        "Un environnement virtuel isole les paquets de chaque projet, si bien que la mise à jour d'une "
        "bibliothèque pour un projet ne casse pas les autres programmes installés sur la machine.",
        "La deuxième commande installe une option du même paquet : pip vérifie d'abord ce qui est déjà "
        "présent dans l'environnement, puis ne télécharge que ce qui manque.",
        "Dans un nouveau projet, on liste plutôt les dépendances dans un fichier et on les installe en une "
        "seule fois, ce qui permet à toute l'équipe de travailler avec les mêmes versions.",
        "La requête suivante regroupe les ventes par ville, et la version d'après ajoute le rang de chaque "
        "ville, calculé par une fonction de fenêtre sur le même résultat.",
    ],
    "es": [
        "Un entorno virtual aísla los paquetes de cada proyecto, de modo que actualizar una biblioteca para "
        "un proyecto no rompe los demás programas instalados en el equipo.",
        "El segundo comando instala una opción del mismo paquete: pip comprueba primero lo que ya está en el "
        "entorno y solo descarga lo que falta.",
        "En un proyecto nuevo conviene listar las dependencias en un archivo e instalarlas de una vez, así "
        "todo el equipo trabaja con las mismas versiones.",
        "La consulta siguiente agrupa las ventas por ciudad, y la versión posterior añade el puesto de cada "
        "ciudad, calculado con una función de ventana sobre el mismo resultado.",
    ],
    "ko": [
        "가상 환경은 프로젝트마다 패키지를 따로 두기 때문에, 한 프로젝트의 라이브러리를 업데이트해도 컴퓨터에 설치된 다른 프로그램이 망가지지 않습니다.",
        "두 번째 명령은 같은 패키지의 옵션을 설치합니다. pip는 먼저 환경에 이미 있는 것을 확인하고 빠진 것만 내려받습니다.",
        "새 프로젝트에서는 의존성을 파일에 적어 두고 한 번에 설치하는 편이 좋습니다. 그러면 팀 전체가 같은 버전으로 작업합니다.",
        "다음 쿼리는 도시별로 판매량을 묶고, 그다음 버전은 같은 결과에 윈도 함수로 계산한 각 도시의 순위를 더합니다.",
    ],
}


def _session_tutorial(language: str) -> list[str]:
    p = SESSION_PROSE[language]
    return [
        p[0],
        "\n".join(SESSION),
        p[1],
        p[2],
        "\n".join(SESSION_2),
        p[3],
        "\n".join(RESULT),
        "\n".join(RESULT_2),
    ]


@pytest.mark.parametrize("language", ["fr", "es", "ko"])
def test_repeated_output_of_a_terminal_session_is_kept(language: str) -> None:
    doc = _dedup(_session_tutorial(language))
    kept = [line.text for line in doc.kept_lines()]
    assert not [t for t in _removed(doc) if t in SESSION + SESSION_2 + RESULT + RESULT_2], _removed(doc)
    assert kept.count("Requirement already satisfied: requests in ./venv/lib/python3.12/site-packages") == 2
    assert kept.count("Successfully installed requests-2.31.0") == 2
    assert kept.count("Lyon     │ Auvergne-Rhône-Alpes │    120") == 2


def test_repeated_rows_of_query_results_are_kept() -> None:
    p = SESSION_PROSE["es"]
    doc = _dedup([p[3], "\n".join(RESULT), p[0], "\n".join(RESULT)])
    assert _removed(doc) == []


@pytest.mark.parametrize("language", ["fr", "es", "ko"])
def test_a_sentence_under_a_session_still_goes(language: str) -> None:
    """A sentence repeated right under a session (no blank line between) ends like prose: a duplicate."""
    p = SESSION_PROSE[language]
    sentence = {
        "fr": "Et voilà, c'est installé.",
        "es": "Y ya está instalado.",
        "ko": "이제 필요한 패키지가 모두 설치되었습니다.",
    }[language]
    doc = _dedup([p[0], "\n".join([*SESSION, sentence]), p[1], "\n".join([*SESSION_2, sentence])])
    assert _removed(doc) == [sentence]


def test_a_repeated_line_in_a_block_without_a_sample_still_goes() -> None:
    """Short lines one under the other with no command, code or table row among them: a menu repeated."""
    menu = ["Tous les tutoriels", "Environnements virtuels", "Gestion des paquets", "Bases de données"]
    p = SESSION_PROSE["fr"]
    doc = _dedup(
        [p[0], "\n".join(menu), p[1], "\n".join(SESSION), p[2], "\n".join(SESSION_2), "\n".join(menu)]
    )
    assert _removed(doc) == [t for t in menu if len(hash_key(t)) >= MIN_KEY_CHARS]


def test_a_repeated_line_a_blank_line_away_from_the_session_still_goes() -> None:
    """A caption after a session, as a block of its own (a blank line between), is no line of the sample."""
    caption = "Sortie de la commande pip"
    p = SESSION_PROSE["fr"]
    doc = _dedup([p[0], "\n".join(SESSION), caption, p[1], "\n".join(SESSION_2), caption])
    assert _removed(doc) == [caption]


def test_probe_page_keeps_the_repeated_lines_of_its_sessions_and_results() -> None:
    """tests/pages/fr_tutoriel_terminal_psql.txt: pip's output and psql's rows, each repeated by the next sample."""
    raw = (Path(__file__).resolve().parent / "pages" / "fr_tutoriel_terminal_psql.txt").read_bytes()
    record = clean_text(raw, source="fr_tutoriel_terminal_psql.txt")
    kept = [p["text"] for p in record.paragraphs]
    for text in (
        "Requirement already satisfied: psycopg in ./venv/lib/python3.12/site-packages (3.1.18)",
        "$ pip install psycopg",
        "ville │ total",
        "Lyon │ 12 480",
        "Nantes │ 9 515",
    ):
        assert kept.count(text) == 2, (text, kept.count(text))
    assert not [r for r in record["removed"] if r["rule"].startswith("dedup")]


# An API's documentation repeats the same HTTP headers in each example (Portuguese).
HTTP_PROSE = [
    "Para ler um item, envie um pedido GET com o identificador no caminho e o token de acesso no cabeçalho "
    "de autorização; o servidor responde com o item em JSON.",
    "Para apagar o mesmo item, use o verbo DELETE com os mesmos cabeçalhos. Se o item já não existir, a "
    "resposta tem o código 404 em vez de 204.",
]
HEADERS = ["Host: api.exemplo.com.br", "Authorization: Bearer 8f3a9c2e71d04b6a", "Accept-Language: pt-BR"]
HTTP_GET = ["GET /v2/itens/7 HTTP/1.1", *HEADERS]
HTTP_DELETE = ["DELETE /v2/itens/7 HTTP/1.1", *HEADERS, "", "HTTP/1.1 204 No Content", "Accept-Language: pt-BR"]


def test_repeated_headers_of_http_examples_are_kept() -> None:
    doc = _dedup([HTTP_PROSE[0], "\n".join(HTTP_GET), HTTP_PROSE[1], "\n".join(HTTP_DELETE)])
    assert _removed(doc) == []
    kept = [line.text for line in doc.kept_lines()]
    assert kept.count("Host: api.exemplo.com.br") == 2 and kept.count("Accept-Language: pt-BR") == 3


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("$ hg push ../public", True),
        ("OPTIONS /storage/drinks/ HTTP/1.1", True),
        ("HTTP/2 404", True),
        ("3 │ -0.43259045634870009448 │ f", True),
        ("Os pedidos usam HTTP/1.1 e respondem em JSON", False),
        ("updating to branch default", False),
        ("# Instalação", False),
    ],
)
def test_sample_anchor(text: str, anchor: bool) -> None:
    assert _sample_anchor(text) is anchor


def test_a_cleaned_text_keeps_its_samples_again() -> None:
    """A record's text has a blank line after every paragraph: its blank lines part no blocks, and cleaning it
    again keeps the session's repeated output as the first cleaning did (idempotence)."""
    first = _dedup(_session_tutorial("fr"))
    text = "\n\n".join(line.text for line in first.kept_lines())
    again = _dedup([text])
    assert [line.text for line in again.kept_lines()] == [line.text for line in first.kept_lines()]
