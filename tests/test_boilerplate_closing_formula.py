"""The formula that closes an official notice or a letter, alone on the line under the last paragraph ("特此通告。",
"以上", "Sincerely,", "Mit freundlichen Grüßen"), ends the article's tail (boilerplate._closing_formula_end in
extend_tail): it is the text's own last line, kept with it. The same words elsewhere (a sentence that opens with
them, a line after the related links) do not carry the tail.

From tests/pages: zh_county_notice_closing_signature and de_verein_rundschreiben_gruss.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

MENU = ["Home", "News", "Services", "Contact"]
FOOTER = ["Back to the list", "Related notices", "Road works on the ring road from Monday", "Privacy | Terms"]

PARAGRAPHS = {
    "en": [
        "The annual general meeting of the association will take place on Friday, 13 March, at 7.30 pm in the main hall of the community centre on Mill Street.",
        "The agenda includes the board's report, the treasurer's report for the past year, the approval of the accounts and the election of a new secretary.",
        "Motions for the agenda must reach the board in writing by 27 February, so that they can be sent to all members in good time before the meeting.",
    ],
    "ja": [
        "当社は、本日開催の取締役会において、本社事務所を下記のとおり移転することを決議いたしましたので、お知らせいたします。",
        "新本社は最寄り駅から徒歩五分の場所にあり、営業部門と開発部門を同じフロアに集約することで、業務の効率化を図ります。",
        "なお、本件による当期の業績への影響は軽微であり、業績予想の修正はございません。今後の営業活動に変更はありません。",
    ],
    "fr": [
        "Nous avons le plaisir de vous informer que la mairie sera fermée le lundi 2 juin en raison de travaux de rénovation du hall d'accueil.",
        "Pendant cette journée, les demandes urgentes d'état civil pourront être adressées par courrier électronique au service concerné, qui y répondra dans les meilleurs délais.",
        "Les horaires habituels d'ouverture reprendront dès le mardi 3 juin à huit heures trente. Nous vous remercions de votre compréhension.",
    ],
    "ru": [
        "Уважаемые жильцы, сообщаем, что в понедельник с десяти до шестнадцати часов в доме будет отключена горячая вода в связи с плановым ремонтом.",
        "Просим заранее сделать необходимый запас воды и не оставлять открытыми краны, чтобы избежать протечек после возобновления подачи воды.",
        "Работы будут проводиться бригадой управляющей компании, по всем вопросам можно обращаться к диспетчеру по телефону, указанному на стенде.",
    ],
    "ko": [
        "우리 회사는 오늘 열린 이사회에서 본사 사무실을 아래와 같이 이전하기로 결의하였음을 알려 드립니다. 새 사무실은 역에서 도보로 오 분 거리에 있습니다.",
        "이번 이전으로 영업 부문과 개발 부문을 같은 층에 모아 업무 효율을 높이고, 고객 상담 공간도 두 배로 넓힐 예정입니다.",
        "이전에 따른 올해 실적에 대한 영향은 크지 않으며, 기존 전화번호와 이메일 주소는 그대로 사용하실 수 있습니다.",
    ],
}
FORMULAS = {"en": "Sincerely,", "ja": "以上", "fr": "Cordialement,", "ru": "С уважением,", "ko": "이상"}
TITLES = {
    "en": "Notice of the annual general meeting",
    "ja": "本社移転に関するお知らせ",
    "fr": "Fermeture exceptionnelle de la mairie",
    "ru": "Объявление об отключении горячей воды",
    "ko": "본사 이전에 관한 안내",
}


def _page(lang: str, closing: list[str], footer: list[str] = FOOTER) -> bytes:
    return "\n".join([*MENU, TITLES[lang], *PARAGRAPHS[lang], *closing, *footer, ""]).encode()


def _kept(page: bytes) -> list[str]:
    record = clean_text(page, source="page.txt")
    return [p["text"] for p in record.paragraphs]


@pytest.mark.parametrize("lang", sorted(FORMULAS))
def test_the_closing_formula_under_the_last_paragraph_is_kept(lang: str) -> None:
    kept = _kept(_page(lang, [FORMULAS[lang]]))
    assert kept[-1] == FORMULAS[lang]
    assert PARAGRAPHS[lang][-1] in kept
    assert "Related notices" not in kept and "Privacy | Terms" not in kept


@pytest.mark.parametrize(
    "formula", ["特此通告。", "特此公告", "此致", "Yours faithfully,", "Mit freundlichen Grüßen", "Atentamente,"]
)
def test_other_formulas_close_the_text(formula: str) -> None:
    assert _kept(_page("en", [formula]))[-1] == formula


@pytest.mark.parametrize(
    "formula",
    [
        "Saludos cordiales,",  # es
        "Un cordial saludo.",
        "Com os melhores cumprimentos,",  # pt
        "Cumprimentos,",
        "Distinti saluti.",  # it
        "In fede,",
        "Z poważaniem",  # pl
        "Z wyrazami szacunku,",
        "Met vriendelijke groet,",  # nl
        "Hoogachtend,",
        "Saygılarımla,",  # tr
        "Saygılarımızla.",
        "敬具",  # ja
        "以上です。",
        "이상입니다.",  # ko
        "끝.",
        "此致敬礼！",  # zh
        "Viele Grüße",  # de
        "Freundliche Grüße,",
        "Kind regards,",  # en
        "Bien à vous,",  # fr
    ],
)
def test_formulas_of_more_languages_close_the_text(formula: str) -> None:
    assert _kept(_page("en", [formula]))[-1] == formula


def test_a_letter_quoted_inside_the_article_does_not_end_it() -> None:
    """A letter the article quotes, its formula and signature over more of the article's paragraphs: the article
    goes on under them."""
    letter = [
        "In a letter sent to the board last week, the club's chairwoman wrote that the members could not travel to the next town twice a week.",
        "Sincerely,",
        "Anna Berg",
    ]
    after = [
        "The board will answer the letter at its next meeting, and the members have been invited to attend and to put their questions to the treasurer in person.",
        "Until then the hall stays open on its usual days, and the caretaker will keep the key for anyone who needs to collect equipment stored there.",
        "A decision on next year's fees is expected in April, once the accounts for the past year have been approved by the members at the general meeting.",
    ]
    kept = _kept(_page("en", [*letter, *after]))
    assert "Sincerely," in kept and after[-1] in kept


def test_the_tail_stops_at_the_formula() -> None:
    """The lines under the formula (the signature, a menu) are no part of the tail it ends."""
    kept = _kept(_page("en", ["Sincerely,", "Back to top", "Jobs"], footer=["Privacy | Terms"]))
    assert kept[-1] == "Sincerely,"


@pytest.mark.parametrize(
    "line",
    [
        "Sincerely, the organisers",  # more than the formula
        "Sincerely held views",  # a teaser that opens with the word
        "以上就是本期的全部内容",  # "that is all for this issue": more than "以上"
        "Cordialement vôtre, la rédaction",
    ],
)
def test_lines_that_only_open_with_the_words_do_not_extend_the_tail(line: str) -> None:
    kept = _kept(_page("en", [line]))
    assert line not in kept
    assert kept[-1] == PARAGRAPHS["en"][-1]


def test_a_formula_after_the_related_links_stays_out() -> None:
    """Only the line where the tail stops: a formula below other lines the tail does not take is none of its."""
    kept = _kept(_page("en", ["Related notices", "Road works on the ring road from Monday", "Sincerely,"], footer=["Privacy | Terms"]))
    assert "Sincerely," not in kept
