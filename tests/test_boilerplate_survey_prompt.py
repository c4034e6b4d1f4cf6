"""Probe26: the invitation of a site-survey box ("Help us improve our website", "Can you answer a quick question
about your visit today?") under a health page's last section was kept (en_medicine_patient_leaflet_sections).
patterns.SITE_SURVEY_RE, the whole line; article sentences about improving things or about surveys stay."""

from __future__ import annotations

from functools import partial

import pytest
from stages import line_rule

from cleaners import clean_text

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(("text", "language"), [
    ("Help us improve our website", "en"),
    ("Can you answer a quick question about your visit today?", "en"),
    ("Answer a quick question", "en"),
    ("Take our short survey", "en"),
    ("Helfen Sie uns, unsere Website zu verbessern", "de"),
    ("Nehmen Sie an unserer kurzen Umfrage teil", "de"),
    ("Aidez-nous à améliorer notre site", "fr"),
    ("Répondez à notre court questionnaire", "fr"),
    ("Ayúdanos a mejorar nuestra web", "es"),
    ("Ajude-nos a melhorar o nosso site", "pt"),
    ("Aiutaci a migliorare il nostro sito", "it"),
    ("Помогите нам улучшить сайт", "ru"),
    ("サイト改善のためのアンケートにご協力ください", "ja"),
    ("帮助我们改进网站", "zh"),
    ("웹사이트 개선을 위한 설문", "ko"),
    ("Take our short survey.", "en"),
    ("Help us improve our website (it takes two minutes)", "en"),
])
def test_a_site_survey_invitation_is_removed(text: str, language: str) -> None:
    assert _line_rule(text, language) == "survey-prompt"


@pytest.mark.parametrize(("text", "language"), [
    ("Help us improve our streets: the council wants to hear from cyclists about the new lanes, which opened last "
     "month.", "en"),
    ("The survey found that a quick question from a doctor can change how patients take their medicine.", "en"),
    ("Residents can help us improve our parks by reporting broken benches, the mayor said.", "en"),
    ("Die Umfrage zeigt, dass die Stadt ihre Website verbessern muss, um ältere Menschen zu erreichen.", "de"),
    ("Aidez-nous à améliorer notre site : c'est ce que demande la mairie dans un courrier envoyé à tous les "
     "habitants du quartier cette semaine.", "fr"),
    ("La encuesta de la universidad muestra que el 40 % de los estudiantes quiere mejorar la web.", "es"),
    # (review11a) sentences that open with an invitation's words and go on: a clause after a comma, or a long
    # one before the full stop
    ("Take a quick survey of the room and you will see few hands raised.", "en"),
    ("Take our short survey, the campaign urged voters in a text message sent on Sunday.", "en"),
    ("アンケートにご協力いただいた市民のうち、7割が賛成と答えた。", "ja"),
    ("홈페이지 개선을 위한 설문 결과, 응답자의 70%가 검색 기능에 불만을 나타냈다.", "ko"),
    ("帮助我们改进网站的用户，将获得平台发放的积分奖励。", "zh"),
    ("Répondez à un court questionnaire en ligne pour connaître votre profil d'investisseur.", "fr"),
    ("Пройдите опрос в приложении, чтобы записаться к врачу.", "ru"),
    ("Responde a una breve encuesta y recibirás un descuento en tu próxima compra.", "es"),
    ("Responda a uma breve pesquisa, e o aplicativo sugere o melhor plano.", "pt"),
])
def test_article_sentences_about_surveys_stay(text: str, language: str) -> None:
    assert _line_rule(text, language) != "survey-prompt"


def test_a_survey_box_under_a_guide_leaves_the_guide() -> None:
    page = (
        "Health A to Z\nMedicines A to Z\nLive well\nServices near you\n"
        "Home > Medicines A to Z > Paracetamol for adults\nParacetamol for adults\nPage last reviewed: 4 February 2025\n"
        "Paracetamol is a common painkiller used to treat aches and pain. It can also be used to reduce a high "
        "temperature, and it is available in tablets, capsules and liquid.\n"
        "Most adults can take paracetamol safely. Check with a pharmacist first if you have liver or kidney "
        "problems, or if you regularly drink more than the recommended amount of alcohol.\n"
        "Help us improve our website\nCan you answer a quick question about your visit today?\nAnswer a quick question\n"
        "Other useful pages\nIbuprofen for adults\nNaproxen\nContact us\nCookies\n"
    )
    record = clean_text(page.encode(), source="guide.txt").data
    kept = " ".join(p["text"] for p in record["paragraphs"])
    assert "Most adults can take paracetamol safely" in kept
    assert "Help us improve" not in kept and "quick question" not in kept
