"""Line rules found by the probe27 pages: a health page's "does not replace a doctor" note, a bare view counter,
a review's vote counters, a Vietnamese byline."""

from __future__ import annotations

import pytest
from stages import line_removal

from cleaners.metadata import parse_byline
from cleaners.patterns import MEDICAL_DISCLAIMER

# One note per language, as health sites print them under the article.
MEDICAL_NOTES = [
    ("en", "This article is for informational purposes only and does not replace professional medical advice."),
    ("es", "Este contenido es meramente informativo y no sustituye el consejo de un profesional sanitario."),
    ("fr", "Les informations de cet article ne remplacent pas une consultation médicale."),
    ("de", "Dieser Artikel ersetzt keine ärztliche Beratung."),
    ("pt", "Este conteúdo é informativo e não substitui a consulta com um médico."),
    ("it", "Le informazioni contenute in questo articolo non sostituiscono il parere del medico."),
    ("nl", "De informatie in dit artikel vervangt geen advies van een arts."),
    ("pl", "Artykuł ma charakter informacyjny i nie zastępuje porady lekarskiej."),
    ("ru", "Статья носит ознакомительный характер и не заменяет консультацию врача."),
    ("uk", "Матеріал має інформаційний характер і не замінює консультації лікаря."),
    ("tr", "Bu içerik bilgilendirme amaçlıdır, doktor tavsiyesi yerine geçmez."),
    ("id", "Informasi dalam artikel ini tidak menggantikan konsultasi dengan dokter."),
    ("vi", "Thông tin trong bài viết chỉ mang tính tham khảo, không thay thế cho chẩn đoán của bác sĩ."),
    ("ar", "المعلومات الواردة في هذا المقال لا تغني عن استشارة الطبيب."),
    ("hi", "यह लेख सामान्य जानकारी के लिए है, यह डॉक्टर की सलाह का विकल्प नहीं है।"),
    ("ko", "본 콘텐츠는 일반적인 건강 정보로, 개인의 진단이나 치료를 대신할 수 없습니다."),
    ("ja", "この記事の情報は医師の診断に代わるものではありません。"),
    ("zh", "免责声明：本文内容仅供健康科普参考，不能作为诊断和治疗的依据，如有不适请及时就医。"),
]

# Article sentences that say some other thing does not replace a doctor, or that the article replaces nothing medical.
MEDICAL_LOOKALIKES = [
    ("en", "The app does not replace a visit to the doctor, experts warned on Tuesday."),
    ("en", "The information does not replace the old tax forms, the agency said."),
    ("es", "La telemedicina no sustituye la consulta médica presencial, advierten los expertos."),
    ("es", "Este artículo no sustituye al anterior reglamento, que seguirá vigente hasta junio."),
    ("fr", "Le robot ne remplace pas le médecin, selon l'étude publiée lundi par l'hôpital."),
    ("de", "Die neue Software ersetzt keine Ärztin, sagt die Ministerin bei der Vorstellung."),
    ("ru", "Новый закон не заменяет консультацию врача, заявили в министерстве здравоохранения."),
    ("zh", "这款应用仅供参考，不能代替医生的诊断，专家在发布会上表示。"),
]

# A health story's sentences that hold the whole disclaimer (subject, "does not replace", doctor) but report what a
# study, an expert or an official said, or quote it: MEDICAL_DISCLAIMER matches them, MEDICAL_DISCLAIMER_REPORTED_RE
# keeps them (review11c).
MEDICAL_REPORTED = [
    ("en", "The information the chatbot gave does not replace a doctor's diagnosis, the researchers warned."),
    ("en", "\"This content is not a substitute for medical advice,\" the app's terms say, but few users read them."),
    ("en", "The study found that the information from symptom checkers does not replace medical advice."),
    ("es", "Según el estudio, la información de las aplicaciones no sustituye el diagnóstico médico."),
    ("fr", "« Les informations fournies par ces applications ne remplacent pas un diagnostic médical », rappelle le ministère."),
    ("de", "Die Informationen aus der App ersetzen keinen Arztbesuch, betonte die Ärztekammer am Dienstag."),
    ("ja", "専門家は「アプリの情報は医師の診断に代わるものではありません」と指摘した。"),
    ("zh", "研究人员指出，这些信息仅供参考，不能代替医生的诊断，患者应及时就医。"),
    ("ko", "전문가들은 앱이 제공하는 정보가 의사의 진단을 대신할 수 없다고 강조했다."),
    ("ru", "По словам министра, информация в приложении не заменяет консультацию врача."),
]


@pytest.mark.parametrize(("language", "text"), MEDICAL_REPORTED)
def test_reported_disclaimer_sentence_stays(language: str, text: str) -> None:
    assert MEDICAL_DISCLAIMER.regex.search(text)  # the phrase regex alone takes it: the guard keeps it
    found = line_removal(text, language)
    assert found is None or found[0] != "disclaimer", found


@pytest.mark.parametrize(("language", "text"), MEDICAL_NOTES)
def test_medical_disclaimer_is_removed(language: str, text: str) -> None:
    found = line_removal(text, language)
    assert found is not None and found[0] == "disclaimer", found


@pytest.mark.parametrize(("language", "text"), MEDICAL_LOOKALIKES)
def test_sentence_about_replacing_a_doctor_stays(language: str, text: str) -> None:
    found = line_removal(text, language)
    assert found is None or found[0] != "disclaimer", found


@pytest.mark.parametrize(
    ("language", "text"),
    [("vi", "3.452 lượt xem"), ("en", "1,284 views"), ("ru", "2 340 просмотров"), ("de", "812 Aufrufe"),
     ("zh", "1234次浏览"), ("pt", "5.210 visualizações"), ("tr", "812 görüntülenme")],
)
def test_view_counter_line_is_removed(language: str, text: str) -> None:
    found = line_removal(text, language)
    assert found is not None and found[0] == "counters", found


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "1,284 views on the future of the city were collected."), ("vi", "3 lượt xem xét hồ sơ"),
     ("de", "812 Aufrufe zum Streik"), ("en", "12 reads of the poem")],
)
def test_counter_word_in_a_phrase_stays(language: str, text: str) -> None:
    found = line_removal(text, language)
    assert found is None or found[0] != "counters", found


@pytest.mark.parametrize("text", ["有用 326", "没用 12", "回应 45", "沒用 3", "回應 7"])
def test_review_vote_counters_are_removed(text: str) -> None:
    found = line_removal(text, "zh")
    assert found is not None and found[0] == "timestamp", found


@pytest.mark.parametrize("text", ["有用的建议", "回应关切 2025", "没用完的预算 300 万元"])
def test_vote_words_in_text_stay(text: str) -> None:
    found = line_removal(text, "zh")
    assert found is None or found[0] != "timestamp", found


def test_vietnamese_byline() -> None:
    assert parse_byline("Đăng bởi Minh Anh") == "Minh Anh"
    assert parse_byline("Viết bởi Trần Văn Nam") == "Trần Văn Nam"
    # a sentence with the same words is no byline
    assert parse_byline("Đăng bởi một người dùng ẩn danh trên diễn đàn vào tối qua.") is None
