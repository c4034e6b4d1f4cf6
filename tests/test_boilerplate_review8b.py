"""Review of the probe21 rules (closing reader questions, hashtag pleas, lists announced in words).

- A closing question to the reader is about the page ("Did you like this recipe?", "¿Te gustó la receta?"): with the
  definite article and more words after the noun it asks about something else ("Did you enjoy the story as a child?"
  in an interview, "¿Te gustó la nota que te escribió tu padre?"), no promo.
- The same closing questions and hashtag pleas in ru, ja, zh, ko, sv, tr.
- A hashtag plea and a handle prompt are one rule (the site's social-media account or tag), one id and reason.
- A line announcing its list in words without its full stop ("다음과 같다", "如下", "以下の通り") announces it too.
- "See also", "other news" and "the latest" headings in more languages; the same words as an article's subheading over
  prose, an "as follows" sentence inside prose, a name and date signing the article at its end: left alone (guards).
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, clean_lines, kept_texts, line_rule, removed_pairs

from cleaners.boilerplate import BODY, classify, furniture_rule, line_features


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Did you enjoy the story as a child?", "en"),
        ("Did you like the guide you had in Rome?", "en"),
        ("¿Te gustó la nota que te escribió tu padre?", "es"),
        ("Ti è piaciuta la guida che ti hanno dato?", "it"),
        ("¿Le gustó el artículo 3 de la nueva ley?", "es"),
        ("Gostou do artigo do jornal sobre você?", "pt"),
    ],
)
def test_questions_about_a_thing_named_with_the_article_are_no_promos(line: str, language: str) -> None:
    assert line_rule(line, language) != "promo"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("¿Te gustó la receta?", "es"),
        ("Did you like the recipe? Rate it!", "en"),
        ("Hat dir das Rezept gefallen?", "de"),
        ("Вам понравился этот рецепт?", "ru"),
        ("Понравилась статья? Поделитесь с друзьями!", "ru"),
        ("この記事はいかがでしたか？", "ja"),
        ("今回のレシピはいかがでしたか？", "ja"),
        ("喜欢这篇文章吗？", "zh"),
        ("這道食譜你喜歡嗎？", "zh"),
        ("이 레시피 마음에 드셨나요?", "ko"),
        ("Gillade du receptet?", "sv"),
        ("Tarifi beğendiniz mi?", "tr"),
    ],
)
def test_closing_reader_questions_in_more_languages(line: str, language: str) -> None:
    assert line_rule(line, language) == "promo"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Поделитесь фото в Instagram с хэштегом #нашакухня", "ru"),
        ("Dela din bild på Instagram med #vårtkök", "sv"),
        ("Instagramで #わが家のごはん をつけて投稿してね！", "ja"),
        ("인스타그램에 #우리집밥상 해시태그를 달아 공유해 주세요!", "ko"),
    ],
)
def test_hashtag_pleas_in_more_languages(line: str, language: str) -> None:
    assert line_rule(line, language) == "promo"


def test_hashtag_plea_and_handle_prompt_are_one_rule() -> None:
    def reason(text: str) -> str:
        f = line_features(text, "es")
        f.cls = classify(f)
        found = furniture_rule(text, BODY, f)
        assert found is not None
        return found[1]

    assert reason("Comparte tu foto en Instagram con #CocinaDeLaAbuela") == reason("Síguenos en Instagram @lacocina")


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Instagram ने #MeToo अभियान पर रिपोर्ट जारी की", "hi"),
        ("Post a photo of the march with #strike on Twitter today, the organisers told their members.", "en"),
        ("Die Polizei teilte auf Instagram ein Foto mit #Hochwasser", "de"),
    ],
)
def test_lines_naming_a_hashtag_without_a_plea_are_no_promos(line: str, language: str) -> None:
    assert line_rule(line, language) != "promo"


KO_RELEASE_NO_STOP = [
    "본문 바로가기", "알림·소식", "보도자료",
    "연안 양식장 적조 피해 막는다…올해부터 조기경보 체계 도입",
    "해양수산환경부는 여름철 적조로 인한 양식장 피해를 줄이기 위해 올해부터 인공위성과 무인 관측 부이를 활용한 적조 "
    "조기경보 체계를 도입한다고 14일 밝혔다.",
    "그동안 적조 발생 여부는 주로 현장 조사선의 채수 분석에 의존해 왔으며, 적조가 확인된 뒤 경보가 발령되기까지 평균 "
    "2일이 걸렸다. 새 체계가 도입되면 적조 징후를 발생 3일 전에 예측할 수 있을 것으로 기대된다.",
    "주요 내용은 다음과 같다",
    "남해안 30곳에 실시간 수질 관측 부이 설치",
    "인공위성 영상 분석으로 적조 확산 경로 예측",
    "양식 어업인에게 문자메시지로 예보 발송",
    "해양수산환경부 관계자는 \"적조 피해는 한 번 발생하면 복구에 수년이 걸린다\"며 \"조기경보로 어업인들이 가두리를 "
    "옮기거나 먹이 공급을 줄이는 등 미리 대비할 수 있게 될 것\"이라고 말했다.",
    "첨부파일", "이전글", "다음글", "개인정보처리방침", "저작권정책",
]


def test_list_announced_in_words_without_its_full_stop() -> None:
    kept = [line.text for line in boilerplate_doc(KO_RELEASE_NO_STOP, "ko").lines if line.removal is None]
    assert "인공위성 영상 분석으로 적조 확산 경로 예측" in kept
    assert KO_RELEASE_NO_STOP[-6] in kept


@pytest.mark.parametrize(
    ("heading", "language"),
    [("Siehe auch", "de"), ("Lesen Sie auch", "de"), ("Weitere Nachrichten", "de"), ("Das Neueste", "de"),
     ("Autres actualités", "fr"), ("Dernières actualités", "fr"), ("The Latest", "en"), ("Ultime notizie", "it"),
     ("Zie ook", "nl"), ("Het laatste nieuws", "nl"), ("Outras notícias", "pt"), ("O mais recente", "pt"),
     ("Najnowsze", "pl"), ("Последнее", "ru"), ("最新ニュース", "ja"), ("関連リンク", "ja"), ("最新消息", "zh"),
     ("另请参阅", "zh"), ("최신 뉴스", "ko"), ("다른 뉴스", "ko")],
)
def test_see_also_and_latest_headings_in_more_languages(heading: str, language: str) -> None:
    assert line_rule(heading, language) == "list-heading"


_PROSE = {
    "es": [
        "El ayuntamiento aprobó ayer el nuevo plan de movilidad urbana que entrará en vigor en enero, con carriles "
        "bici en todas las avenidas principales.",
        "La oposición votó en contra del plan y pidió un mes más de consulta pública antes de la votación final, algo "
        "que el alcalde descartó.",
        "Los comerciantes del centro temen que el cierre al tráfico de varias calles reduzca sus ventas durante las "
        "fiestas de fin de año.",
        "El alcalde respondió que los estudios de otras ciudades muestran lo contrario y que el comercio de "
        "proximidad saldrá ganando con más peatones.",
    ],
    "de": [
        "Der Stadtrat hat gestern den neuen Verkehrsplan beschlossen, der im Januar in Kraft tritt und Radwege auf "
        "allen Hauptstraßen vorsieht.",
        "Die Opposition stimmte dagegen und verlangte einen weiteren Monat öffentlicher Beratung vor der endgültigen "
        "Abstimmung, was der Bürgermeister ablehnte.",
        "Die Händler in der Innenstadt fürchten, dass die Sperrung mehrerer Straßen ihren Umsatz in der "
        "Weihnachtszeit deutlich verringern wird.",
        "Der Bürgermeister entgegnete, Studien aus anderen Städten zeigten das Gegenteil, und der Handel vor Ort "
        "werde von mehr Fußgängern profitieren.",
    ],
}


@pytest.mark.parametrize(("heading", "language"), [("Lo último", "es"), ("Vea también", "es"), ("Siehe auch", "de"),
                                                   ("Das Neueste", "de")])
def test_related_heading_words_as_a_subheading_over_prose_keep_the_prose(heading: str, language: str) -> None:
    p1, p2, p3, p4 = _PROSE[language]
    kept = kept_texts(clean_lines(["Inicio", "Noticias", "Nuevo plan de movilidad", p1, p2, heading, p3, p4,
                                   "Aviso legal"]))
    assert p3 in kept and p4 in kept


def test_as_follows_sentence_inside_prose_keeps_the_paragraphs_round_it() -> None:
    # (a sentence that ends "as follows." over a normal paragraph, no list: the paragraphs stay)
    paragraphs = [
        "The council approved the new transport plan yesterday after a long debate that ran late into the evening "
        "and drew a large crowd.",
        "The mayor described the main changes as follows.",
        "Bus lanes will be added on every main road, and the fares for children and pensioners will be cut by half "
        "from the first of January.",
        "Opposition members said the plan was rushed and asked for another month of public consultation before the "
        "final vote takes place.",
    ]
    kept = kept_texts(clean_lines(["Home", "News", "Council approves transport plan", *paragraphs, "Privacy policy"]))
    assert all(p in kept for p in paragraphs)


def test_name_and_date_signing_the_article_at_its_end_are_no_header_byline() -> None:
    # (the bare-name byline looks at the header: a signature under the last paragraph is no author of the header)
    p1, p2, p3, _ = _PROSE["es"]
    record = clean_lines(["Inicio", "Noticias", "Nuevo plan de movilidad para la ciudad", "12 de noviembre de 2025",
                          p1, p2, p3, "Catalina Fuentes", "05/12/2025", "Aviso legal"])
    assert ("metadata:byline", "Catalina Fuentes") not in removed_pairs(record)
    assert p3 in kept_texts(record)
