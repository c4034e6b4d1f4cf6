"""Line rules, run rules, header lines and dates found by the probe21 pages (tests/pages: Spanish regional news,
section fronts, Latin-American blogs, recipes and sports, Japanese, Korean, Italian, Polish, Dutch, Turkish,
Vietnamese, Swedish and Romanian pages).

- A recipe card's or blog's closing question about the page over a plea to rate or share it ("¿Te gustó esta
  receta? ¡Califícala!", "¿Te sirvió este post? ¡Compártelo con tu compa de viaje!" (since xfail9 a page-feedback
  question, tests/test_xfail9_fixes.py), "Vă place rețeta? Dați-i un
  like ...!"), and a plea to share a photo under the site's hashtag: kept as the article's last lines.
- "Related" headings the list lacked ("Vea también", "Lo último" over a section's newest headlines and summaries):
  the heading and its stories were kept under the article.
- A headline over a date row that opens with a lower-case month name ("noviembre 22, 2025 por Valeria
  Quintanilla"): the two lines were joined as one hard-wrapped paragraph, so the page had no title and no date.
- The same "Te puede interesar" link twice between an article's paragraphs, the second over its last paragraph:
  the run search ended at the second and dropped the paragraph.
- A Korean press release's list announced by words, not a colon ("주요 내용은 다음과 같다."): the run ended over
  the announcement and dropped the items and the paragraph under them.
- A bare author name over a numeric date that reads either way ("Catalina Fuentes" / "05/12/2025 - 18:20"): the
  name was kept as the first line of the article.

Every page here is synthetic.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_texts, line_rule, removed_pairs


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("¿Te gustó esta receta? ¡Califícala!", "es"),
        ("Vă place rețeta? Dați-i un like și distribuiți-o prietenilor!", "ro"),
        ("Hat dir das Rezept gefallen? Dann bewerte es!", "de"),
        ("Did you like this recipe? Rate it!", "en"),
        ("Ti è piaciuta questa ricetta?", "it"),
        ("Podoba ci się ten przepis?", "pl"),
        ("Gostou desta receita? Deixe sua avaliação!", "pt"),
        ("Comparte tu foto en Instagram con #CocinaDeLaAbuela", "es"),
        ("Share your photo on Instagram with #ourkitchen!", "en"),
    ],
)
def test_reader_verdict_and_hashtag_pleas_are_promos(line: str, language: str) -> None:
    assert line_rule(line, language) == "promo"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("¿Te gustó la película? A mí me pareció demasiado larga.", "es"),
        ("Did you like the ending?", "en"),
        ("Post a photo of the march with #strike on Twitter today, the organisers told their members.", "en"),
    ],
)
def test_questions_about_other_things_are_no_promos(line: str, language: str) -> None:
    assert line_rule(line, language) != "promo"


@pytest.mark.parametrize(
    ("heading", "language"),
    [("Vea también", "es"), ("Lo último", "es"), ("Le puede interesar", "es"), ("Vedi anche", "it"),
     ("Vezi și", "ro"), ("Bekijk ook", "nl"), ("Zobacz również", "pl"), ("Se även", "sv")],
)
def test_related_headings_in_more_languages(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "list-heading"


ES_BLOG = [
    "Andariega con Mochila", "Inicio", "Destinos", "Sobre mí",
    "Cómo subir a Hierve el Agua sin tour (y sin morir en el intento)",
    "noviembre 22, 2025 por Valeria Quintanilla",
    "Llegué a Oaxaca con la idea fija de conocer Hierve el Agua, esas cascadas petrificadas que salen en todas las "
    "fotos, pero sin pagar uno de los tours que te ofrecen en cada esquina del centro.",
    "Desde la terminal de segunda clase salen colectivos a Mitla cada veinte minutos. El viaje dura una hora y "
    "cuesta unos 35 pesos, y conviene pedirle al chofer que te deje en el crucero.",
    "En total gasté 210 pesos ida y vuelta, contra los 900 del tour, y lo único que perdí fue la parada en el árbol "
    "del Tule, que igual puedes visitar otro día por tu cuenta.",
    "Entradas populares", "Presupuesto real de 15 días por Chiapas", "Las 7 mejores playas de Bacalar",
]


def test_headline_over_a_lower_case_month_date_row_is_no_wrapped_paragraph() -> None:
    record = clean_lines(ES_BLOG)
    assert record["title"] == "Cómo subir a Hierve el Agua sin tour (y sin morir en el intento)"
    assert record["published"] == "2025-11-22"


def test_wrapped_sentence_ending_in_a_month_name_date_still_joins() -> None:
    # (a hard-wrapped paragraph whose last line is a date ends its sentence: no date row)
    record = clean_lines([
        "Inicio", "Noticias",
        "El ayuntamiento aprobó ayer el nuevo plan de movilidad que entrará en vigor, según el calendario publicado",
        "noviembre de 2026.",
        "La oposición votó en contra del plan y pidió un mes más de consulta pública antes de la votación final.",
    ])
    assert any("calendario publicado\nnoviembre de 2026." in p or "calendario publicado noviembre de 2026." in p
               for p in kept_texts(record))


ES_REGIONAL = [
    "Inicio", "Provincia", "Policiales", "Deportes",
    "Cortes de ruta y evacuados por la crecida del río Salado en el norte provincial",
    "1 de diciembre de 2025 - 09:15",
    "La crecida del río Salado obligó este lunes a evacuar a 140 familias de tres localidades del norte de la "
    "provincia, después de que el caudal superara en casi dos metros el nivel de alerta durante la madrugada.",
    "Según informó Defensa Civil provincial, las familias fueron trasladadas a escuelas y a un polideportivo "
    "municipal, donde reciben asistencia alimentaria y atención médica de los equipos del hospital zonal.",
    "Te puede interesar",
    "Alerta amarilla por tormentas fuertes para toda la región",
    "La ruta provincial 31 permanece cortada entre los kilómetros 44 y 61, donde el agua cubre la calzada en "
    "varios tramos, y Vialidad recomendó utilizar la ruta nacional como alternativa durante la noche.",
    "Los productores de la zona estiman que más de 12.000 hectáreas de cultivos quedaron bajo el agua y pidieron "
    "al gobierno provincial que declare la emergencia agropecuaria para acceder a créditos.",
    "Te puede interesar",
    "Qué hacer si tu casa se inunda: las recomendaciones de los bomberos",
    "El Servicio Meteorológico anticipó nuevas precipitaciones para el viernes y el sábado, con acumulados que "
    "podrían superar los 60 milímetros, por lo que las autoridades no descartan nuevas evacuaciones.",
    "Temas", "Río Salado", "Inundaciones",
    "Noticias relacionadas", "Vecinos denuncian que el terraplén no se terminó", "El gobernador recorrerá la zona",
    "© 2025 El Diario del Valle. Todos los derechos reservados.",
]


def test_repeated_inline_link_heading_keeps_the_last_paragraph_under_it() -> None:
    kept = kept_texts(clean_lines(ES_REGIONAL))
    assert any(p.startswith("El Servicio Meteorológico anticipó") for p in kept)
    assert any(p.startswith("Los productores de la zona") for p in kept)
    assert "Qué hacer si tu casa se inunda: las recomendaciones de los bomberos" not in kept
    assert "Te puede interesar" not in kept


KO_RELEASE = [
    "본문 바로가기", "알림·소식", "보도자료",
    "연안 양식장 적조 피해 막는다…올해부터 조기경보 체계 도입",
    "해양수산환경부는 여름철 적조로 인한 양식장 피해를 줄이기 위해 올해부터 인공위성과 무인 관측 부이를 활용한 적조 "
    "조기경보 체계를 도입한다고 14일 밝혔다.",
    "그동안 적조 발생 여부는 주로 현장 조사선의 채수 분석에 의존해 왔으며, 적조가 확인된 뒤 경보가 발령되기까지 평균 "
    "2일이 걸렸다. 새 체계가 도입되면 적조 징후를 발생 3일 전에 예측할 수 있을 것으로 기대된다.",
    "주요 내용은 다음과 같다.",
    "남해안 30곳에 실시간 수질 관측 부이 설치",
    "인공위성 영상 분석으로 적조 확산 경로 예측",
    "양식 어업인에게 문자메시지로 예보 발송",
    "해양수산환경부 관계자는 \"적조 피해는 한 번 발생하면 복구에 수년이 걸린다\"며 \"조기경보로 어업인들이 가두리를 "
    "옮기거나 먹이 공급을 줄이는 등 미리 대비할 수 있게 될 것\"이라고 말했다.",
    "첨부파일", "이전글", "다음글", "개인정보처리방침", "저작권정책",
]


def test_list_announced_by_words_keeps_its_items_and_the_paragraph_under_them() -> None:
    kept = [line.text for line in boilerplate_doc(KO_RELEASE, "ko").lines if line.removal is None]
    assert "주요 내용은 다음과 같다." in kept
    assert "인공위성 영상 분석으로 적조 확산 경로 예측" in kept
    assert KO_RELEASE[-6] in kept


def test_bare_name_over_an_either_way_numeric_date_is_the_byline() -> None:
    record = clean_lines([
        "Chile", "Regiones", "Mundo", "Deportes",
        "Hospital de Temuco suma un nuevo pabellón para cirugías oncológicas",
        "La obra, que costó 4.200 millones de pesos, permitirá reducir en un tercio la lista de espera regional.",
        "Catalina Fuentes",
        "05/12/2025 - 18:20",
        "El Hospital Regional de Temuco inauguró este viernes un nuevo pabellón dedicado exclusivamente a cirugías "
        "oncológicas, con capacidad para realizar hasta 1.800 intervenciones al año.",
        "El recinto cuenta con dos quirófanos, una sala de recuperación con ocho camas y equipamiento de imagenología "
        "que hasta ahora solo existía en Santiago y Concepción.",
        "Quiénes somos", "Política de privacidad",
    ])
    assert "Catalina Fuentes" not in kept_texts(record)
    assert ("metadata:byline", "Catalina Fuentes") in removed_pairs(record)


def test_cjk_label_rows_of_one_width_are_no_wrapped_paragraph() -> None:
    # (a notice's "label：value" rows: two of the same width were joined as one hard-wrapped paragraph)
    record = clean_lines([
        "ホーム", "イベント", "講座・講演会",
        "冬の古文書講座「江戸の商人の手紙を読む」参加者募集",
        "江戸時代に港町で商いをしていた商人たちの手紙を、くずし字の読み方から丁寧に解説する講座です。初めての方も歓迎します。",
        "講師は郷土史研究家の佐伯ゆかり氏。実際に当館が所蔵する手紙の写真を使い、一文字ずつ読み進めながら紹介します。",
        "日時：2026年1月17日（土曜日）午後2時から午後4時",
        "会場：みなと市立図書館 3階 多目的室",
        "対象：市内在住・在勤・在学の中学生以上",
        "定員：30名（申込多数の場合は抽選）",
        "プライバシーポリシー",
    ])
    kept = kept_texts(record)
    assert "会場：みなと市立図書館 3階 多目的室" in kept
    assert "対象：市内在住・在勤・在学の中学生以上" in kept
