"""Known shortfalls fixed by xfail11 (entries of tests/test_pages.py's XFAIL): a polite share plea without an
exclamation mark in ja / zh / ko, a financial page's labelled risk note ("不构成投资建议"), the site's offer of its
news on a messaging app ("Receba as notícias ... no seu WhatsApp"), a serial's back-number list heading ("この連載の
記事一覧") and an author-profile heading ("筆者プロフィール"), the Spanish "Seguí leyendo" over a link between an
interview's turns, and "date of publication" labels in many languages ("Fecha de publicación: 12/02/2024").
Each with article lines that look alike and must stay."""

from __future__ import annotations

import pytest
from stages import boilerplate_doc, line_rule

from cleaners.document import Document
from cleaners.metadata import _parse_date_line, parse_date_line


def _kept(doc: Document) -> list[str]:
    return [line.text for line in doc.kept_lines()]


def _rules(doc: Document) -> dict[str, str]:
    return {line.text: line.removal.rule for line in doc.lines if line.removal is not None}


# --- a polite share plea in ja / zh / ko -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("この記事が役に立ったらシェアしてください", "ja"),
    ("よかったらシェアしてね", "ja"),
    ("参考になったらSNSでシェアしていただけると嬉しいです。", "ja"),
    ("觉得有用的话，欢迎分享给更多朋友", "zh"),
    ("如果喜欢这篇文章，请分享给你的朋友吧", "zh"),
    ("覺得這篇文章有幫助，記得分享給身邊的朋友", "zh"),
    ("如果对你有帮助，请分享给更多的朋友", "zh"),
    ("이 글이 도움이 되셨다면 공유해 주세요", "ko"),
])
def test_a_polite_share_plea_is_promo(text: str, language: str) -> None:
    assert line_rule(text, language) == "promo"


@pytest.mark.parametrize(("text", "language"), [
    ("「シェアしてください」と呼びかけた投稿が広がった。", "ja"),
    ("警察は行方不明の男性について、この情報を拡散してくださいと呼びかけている。", "ja"),
    ("他觉得分享给朋友很重要。", "zh"),
    ("记者在文章中呼吁大家分享经验，共同应对困难。", "zh"),
    # a report of someone's appeal: a blog named in the sentence, a quoted request (review11b)
    ("市の公式ブログでは、迷子の犬の写真を載せて拡散をお願いします", "ja"),
    ("投稿した女性は「見かけたら連絡を。拡散お願いします」", "ja"),
    ("如果发现走失的孩子，请转发给更多的人", "zh"),  # an appeal: no page nor liking named (review11b)
    ("如果有人看到他，请转发给身边的朋友", "zh"),
    ("이 기사가 유익했다는 독자들이 많아 공유가 늘었다.", "ko"),
])
def test_a_sentence_about_sharing_is_no_share_plea(text: str, language: str) -> None:
    assert line_rule(text, language) != "promo"


# --- a labelled risk note: the page is no investment advice ------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("风险提示：本文内容仅供参考，不构成任何投资建议。投资者据此操作，风险自担。", "zh"),
    ("本文不构成投资建议。", "zh"),
    ("免責聲明：本文僅供參考，不構成投資建議。", "zh"),
    ("免責事項：本記事は投資勧誘を目的としたものではありません。", "ja"),
    ("본 기사는 투자 권유를 목적으로 작성된 것이 아닙니다.", "ko"),
    ("Disclaimer: This article does not constitute investment advice.", "en"),
    ("Dieser Artikel stellt keine Anlageberatung dar.", "de"),
    ("Este artículo no constituye una recomendación de inversión.", "es"),
    ("Aviso: este conteúdo não constitui recomendação de investimento.", "pt"),
    ("Avertissement : cet article ne constitue pas un conseil en investissement.", "fr"),
    ("Данный материал не является индивидуальной инвестиционной рекомендацией.", "ru"),
    # it / nl / pl / tr (review11b)
    ("Questo articolo non costituisce una raccomandazione di investimento.", "it"),
    ("Disclaimer: dit artikel vormt geen beleggingsadvies.", "nl"),
    ("Dit artikel is geen beleggingsadvies.", "nl"),
    ("Ten artykuł nie stanowi rekomendacji inwestycyjnej.", "pl"),
    ("Zastrzeżenie: artykuł nie stanowi porady inwestycyjnej.", "pl"),
    ("Bu içerik yatırım tavsiyesi değildir.", "tr"),
    ("Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir.", "tr"),
    ("Note: This article does not constitute investment advice.", "en"),
    ("This article is not investment advice, and readers should consult a licensed adviser.", "en"),
])
def test_an_investment_risk_note_is_a_disclaimer(text: str, language: str) -> None:
    assert line_rule(text, language) == "disclaimer"


@pytest.mark.parametrize(("text", "language"), [
    ("He said his videos do not constitute investment advice, but regulators disagreed.", "en"),
    ("The information in the filing does not constitute investment advice, the regulator said on Tuesday.", "en"),
    ("该博主称：“我的视频不构成投资建议。”", "zh"),
    ("分析师指出，这份报告不构成投资建议，但市场反应强烈。", "zh"),
    ("Der Anwalt betonte, die Videos stellten keine Anlageberatung dar.", "de"),
    # a general label over a report of a regulator's rule (review11b)
    ("Note: the regulator's new rule says such posts do not constitute investment advice unless the adviser is paid.", "en"),
    ("Important: Under the new rule, an influencer must state that the content is not investment advice.", "en"),
    ("Nota: según la nueva norma, estos vídeos no constituyen asesoramiento financiero si no hay pago.", "es"),
    ("本文所述的监管新规要求，所有荐股内容必须注明不构成投资建议。", "zh"),
    ("本文提到的博主多次声称不构成投资建议，但仍收取会员费。", "zh"),
    ("Uwaga: według nowych przepisów takie filmy nie stanowią porady inwestycyjnej.", "pl"),
    # the note's words with a speaker after them: a report of a claim (review11b)
    ("This article is not investment advice, the regulator argued in its complaint against the publisher.", "en"),
    ("Bu içerik yatırım tavsiyesi değildir, dedi SPK başkanı.", "tr"),
    ("Dit artikel is geen beleggingsadvies, benadrukt de toezichthouder in een reactie.", "nl"),
    ("Este artículo no constituye una recomendación de inversión, aseguró el abogado del autor.", "es"),
])
def test_a_report_quoting_the_disclaimer_is_no_disclaimer(text: str, language: str) -> None:
    assert line_rule(text, language) != "disclaimer"


def test_the_risk_note_under_a_financial_report_is_removed() -> None:
    paras = [
        "4月28日晚间，南湖电器发布2024年第一季度报告。报告期内，公司实现营业收入86.4亿元，同比增长18.2%。",
        "分地区看，海外市场是一季度增长的主要来源。公司在东南亚和中东的销售额大幅增加，海外收入占比首次超过四成。",
        "不过，毛利率同比下降了1.3个百分点。公司在业绩说明会上解释称，主要原因是海运费用上涨以及部分原材料价格回升。",
        "有分析人士认为，海外市场的扩张在短期内仍能支撑收入增长，但汇率波动和贸易壁垒可能带来不确定性。",
    ]
    note = "风险提示：本文内容仅供参考，不构成任何投资建议。投资者据此操作，风险自担。"
    doc = boilerplate_doc(["财经观察", "要闻", "股票", "基金", *paras, note, "相关新闻", "一季度家电出口额同比增长一成"], "zh")
    kept = _kept(doc)
    assert note not in kept, _rules(doc)
    assert set(paras) <= set(kept), _rules(doc)


# --- the site's news offered on a messaging app ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Receba as notícias do Portal Serra Verde no seu WhatsApp", "pt"),
    ("Receba notícias no WhatsApp", "pt"),
    ("Recibí las noticias de El Diario en tu WhatsApp", "es"),
    ("Recibe las noticias más importantes en Telegram", "es"),
    ("Get our news on WhatsApp", "en"),
    ("Recevez l'actualité de votre région sur WhatsApp", "fr"),
    ("Ricevi le notizie su Telegram", "it"),
    ("Get our news on WhatsApp and Telegram", "en"),
    ("Получайте новости в Telegram", "ru"),
])
def test_an_offer_of_the_news_on_a_messaging_app_is_promo(text: str, language: str) -> None:
    assert line_rule(text, language) == "promo"


@pytest.mark.parametrize(("text", "language"), [
    ("Receba as notícias com cautela, alertam os especialistas em desinformação.", "pt"),
    ("Muitos leitores pedem que o jornal os receba as notícias no WhatsApp, disse a editora.", "pt"),
    ("Recibe las noticias del frente con angustia, contó su madre.", "es"),
    # the app named, in a sentence that reports the advice (review11b)
    ("Receba as notícias pelo Telegram, orientou a prefeitura aos moradores das áreas alagadas.", "pt"),
    ("Получайте новости из официальных источников, а не из Telegram-каналов, призвал министр.", "ru"),
    ("Ricevi le notizie su WhatsApp? Secondo il sondaggio, un italiano su tre le legge così.", "it"),
    ("Recibe las noticias por WhatsApp, aconsejó el ministerio a los turistas.", "es"),
])
def test_a_sentence_about_receiving_news_is_kept(text: str, language: str) -> None:
    assert line_rule(text, language) != "promo"


# --- a serial's back-number list and the author-profile heading --------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("この連載の記事一覧", "ja"), ("バックナンバー", "ja"), ("往期回顾", "zh"), ("연재 목록", "ko"),
    ("Other articles in this series", "en"), ("Dans la même série", "fr"), ("Más de esta serie", "es"),
    ("Weitere Teile der Serie", "de"), ("Другие статьи цикла", "ru"),
])
def test_a_serial_back_number_heading_is_a_list_heading(text: str, language: str) -> None:
    assert line_rule(text, language) == "list-heading"


@pytest.mark.parametrize(("text", "language"), [
    ("Dans la même série de mesures, le gouvernement a annoncé une baisse des taxes sur le carburant.", "fr"),
    ("More in this series of experiments failed than the team had expected, the report says.", "en"),
    ("このシリーズの記事一覧を見ると、最初の回は十年前に書かれていたことが分かる。", "ja"),
])
def test_a_sentence_naming_a_series_is_no_list_heading(text: str, language: str) -> None:
    assert line_rule(text, language) != "list-heading"


@pytest.mark.parametrize(("text", "language"), [
    ("筆者プロフィール", "ja"), ("執筆者紹介", "ja"), ("作者简介", "zh"), ("關於作者", "zh"), ("필자 소개", "ko"),
])
def test_an_author_profile_heading_ends_the_article(text: str, language: str) -> None:
    assert line_rule(text, language) == "article-end"


@pytest.mark.parametrize(("text", "language"), [
    ("筆者プロフィールの書き方について、編集部に聞いた。", "ja"),
    ("作者简介里写着他曾在工厂工作十年。", "zh"),
    ("필자 소개를 읽고 나서 책을 샀다는 독자도 많다.", "ko"),
])
def test_a_sentence_about_an_author_is_no_article_end(text: str, language: str) -> None:
    assert line_rule(text, language) != "article-end"


@pytest.mark.parametrize(("text", "language"), [("著者プロフィール", "ja"), ("著者紹介", "ja"), ("저자 소개", "ko")])
def test_a_book_authors_profile_heading_is_no_article_end(text: str, language: str) -> None:
    """著者 / 저자 name a book's writer: an interview's or a book page's box about them sits mid-page (review11b)."""
    assert line_rule(text, language) != "article-end"


def test_the_book_authors_profile_box_mid_interview_keeps_the_interview() -> None:
    lead = [
        "「継ぐ人がいないので、あと数年で工場を閉めるつもりだ」。取材で訪れる町工場で、この言葉を聞く機会が増えた。",
        "中小企業庁の資料によれば、経営者の平均年齢は年々上がり続けている。一方で、黒字のまま廃業する会社も多い。",
        "こうした工場を、外部の若い経営者が買い取って引き継ぐ例が出てきた。いわゆるスモールM&Aである。",
    ]
    box = ["著者プロフィール", "岡部 俊介（おかべ・しゅんすけ）", "1975年生まれ。金属加工会社の営業職を経て独立。"]
    more = [
        "――本を書こうと思ったきっかけは何ですか。",
        "父が亡くなったとき、工場をどうするか誰も決められなかったんです。その経験を同じ立場の人に伝えたかった。",
        "――読者からの反響はいかがでしたか。",
        "思っていた以上に多くの手紙をいただきました。特に後継者のいない経営者の方からの声が多かったですね。",
    ]
    doc = boilerplate_doc(["特集", "マネー", *lead, *box, *more, "おすすめ記事", "利用規約"], "ja")
    kept = _kept(doc)
    assert set(lead) | set(more) <= set(kept), _rules(doc)


def test_the_back_number_list_and_profile_box_after_a_column_are_removed() -> None:
    paras = [
        "「継ぐ人がいないので、あと数年で工場を閉めるつもりだ」。取材で訪れる町工場で、この言葉を聞く機会が増えた。",
        "中小企業庁の資料によれば、経営者の平均年齢は年々上がり続けている。一方で、黒字のまま廃業する会社も多い。",
        "こうした工場を、外部の若い経営者が買い取って引き継ぐ例が出てきた。いわゆるスモールM&Aである。",
        "工場を「閉じる」か「継ぐ」かの二択ではなく、「売る」という三つ目の道がある。そのことを知ってほしい。",
    ]
    tail = ["この連載の記事一覧", "第11回　値上げを言い出せない下請けの悩み", "第10回　若手が辞めない工場は何が違うのか",
            "筆者プロフィール", "岡部 俊介（おかべ・しゅんすけ）",
            "1975年生まれ。金属加工会社の営業職を経て独立。中小製造業の事業承継を中心に支援している。"]
    doc = boilerplate_doc(["風見鶏", "特集", "マネー", "キャリア", *paras, "（次回は12月14日公開予定です）", *tail,
                           "この記事はいかがでしたか？", "おすすめ記事", "運営会社", "利用規約"], "ja")
    kept = _kept(doc)
    assert not set(tail) & set(kept), _rules(doc)
    assert set(paras) <= set(kept), _rules(doc)


# --- "Seguí leyendo" over a link between an interview's turns ----------------------------------------------------

@pytest.mark.parametrize("text", ["Seguí leyendo", "Sigue leyendo", "Siga leyendo", "Seguí leyendo:"])
def test_the_spanish_keep_reading_heading_alone_is_a_list_heading(text: str) -> None:
    assert line_rule(text, "es") == "list-heading"


@pytest.mark.parametrize("text", [
    "Sigue leyendo tras la publicidad",  # an ad slot's label: the article goes on under it (furniture)
    "Sigue leyendo con atención los mensajes de su hijo",
    "Seguí leyendo el expediente",
])
def test_the_keep_reading_words_with_others_are_no_list_heading(text: str) -> None:
    assert line_rule(text, "es") != "list-heading"


def test_a_keep_reading_link_between_interview_turns_is_removed() -> None:
    turns = [
        "Graciela Ortiz dirige desde hace once años la biblioteca popular del barrio, fundada en 1912. En los "
        "últimos dos años la cantidad de socios pasó de 480 a más de 900.",
        "—¿A qué atribuye el aumento de socios?",
        "—Hay varias razones. Después de la pandemia mucha gente empezó a buscar lugares donde estar sin gastar "
        "plata. Y la biblioteca es eso: un lugar tranquilo, con calefacción en invierno y wifi gratis.",
        "—¿Quiénes son los nuevos socios?",
        "—Sobre todo estudiantes universitarios y jubilados. Los estudiantes vienen a la tarde a estudiar en grupo, "
        "y los jubilados a la mañana, a leer el diario y a los talleres de memoria.",
    ]
    more = [
        "—¿Qué actividades ofrecen para chicos?",
        "—Tenemos un taller de cuentos los sábados y uno de historieta los miércoles. Este año queremos sumar un "
        "club de ajedrez, porque nos lo pidieron muchas familias.",
        "—¿Cuál es el principal problema hoy?",
        "—El edificio. El techo de la sala grande tiene filtraciones y cuando llueve fuerte tenemos que tapar los "
        "estantes con nylon. Presentamos un proyecto y estamos esperando la respuesta.",
    ]
    link = ["Seguí leyendo", "Reabren la sala de lectura del museo provincial"]
    doc = boilerplate_doc(["El Diario", "Política", "Sociedad", *turns, *link, *more, "Temas", "Contacto"], "es")
    kept = _kept(doc)
    assert not set(link) & set(kept), _rules(doc)
    assert set(turns) | set(more) <= set(kept), _rules(doc)


# --- "date of publication" labels ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fecha de publicación: 21/02/2024", "Fecha de publicación: 21 de febrero de 2024",
    "Data de publicação: 21/02/2024", "Date de publication : 21/02/2024", "Date of publication: 21/02/2024",
    "Data di pubblicazione: 21/02/2024", "Дата публикации: 21.02.2024", "Datum zveřejnění: 21. 2. 2024",
    "Data publikacji: 21.02.2024",
])
def test_a_date_of_publication_label_makes_a_pure_date_line(text: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.tier == "pure" and parsed.iso == "2024-02-21"


@pytest.mark.parametrize("text", [
    "Fecha de modificación: 21/02/2024", "Data aktualizacji: 21.02.2024", "Datum aktualizace: 21. 2. 2024",
    "Fecha de actualización: 21/02/2024", "Дата обновления: 21.02.2024",
])
def test_a_date_of_update_label_is_an_update(text: str) -> None:
    """The "date of ..." labels of an update date the page's revision, not its publication (review11b)."""
    parsed = parse_date_line(text)
    assert parsed is not None and parsed.tier == "pure" and parsed.updated and parsed.iso == "2024-02-21"


@pytest.mark.parametrize("text", ["Fecha de publicación: 21/02/2024", "Data publikacji: 21.02.2024",
                                  "Datum zveřejnění: 21. 2. 2024", "Date of publication: 21/02/2024"])
def test_a_date_of_publication_label_is_no_update(text: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is not None and not parsed.updated


def test_an_ambiguous_labelled_date_in_english_waits_for_the_pages_order() -> None:
    """English writes "03/12/2024" either way: the label settles nothing, the page's order does (review11b)."""
    assert _parse_date_line("Date of publication: 03/12/2024", None) is None
    assert _parse_date_line("Date of publication: 03/12/2024", None, "mdy").iso == "2024-03-12"
    assert _parse_date_line("Date of publication: 03/12/2024", None, "dmy").iso == "2024-12-03"


def test_an_ambiguous_labelled_date_is_pure_in_the_pages_order() -> None:
    parsed = _parse_date_line("Fecha de publicación: 12/02/2024", None, "dmy")
    assert parsed is not None and parsed.tier == "pure" and parsed.iso == "2024-02-12"


@pytest.mark.parametrize("text", [
    "La fecha de publicación del decreto fue el 21/02/2024, según el boletín oficial.",
    "A data de publicação do edital foi 21/02/2024 e o prazo termina em março.",
    "Date of publication of the report was 21 February 2024, the agency said.",
])
def test_a_sentence_giving_a_publication_date_is_no_pure_date_line(text: str) -> None:
    parsed = parse_date_line(text)
    assert parsed is None or parsed.tier != "pure"


# --- a photo caption with its gallery's count ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Výlov rybníka sledovaly tisíce lidí. (12 fotografií)", "cs"),
    ("The flooded high street on Sunday morning. (8 photos)", "en"),
    ("Die Feuerwehr im Einsatz am Hafen (15 Bilder)", "de"),
    ("Los vecinos limpian el barro de las calles. (24 fotos)", "es"),
    ("Powódź w centrum miasta (10 zdjęć)", "pl"),
    ("雪の中で行われた開会式（写真12枚）", "ja"),
    ("暴雨过后的街道（组图共8张）", "zh"),
])
def test_a_caption_with_its_gallery_count_is_removed(text: str, language: str) -> None:
    assert line_rule(text, language) == "image-caption"


@pytest.mark.parametrize(("text", "language"), [
    ("Na výstavě je k vidění 120 fotografií z let 1950 až 1990.", "cs"),
    ("The exhibition shows 40 photos (taken between 1950 and 1990).", "en"),
    ("持ち物：タオル（3枚）", "ja"),
])
def test_a_sentence_counting_photos_is_no_gallery_caption(text: str, language: str) -> None:
    assert line_rule(text, language) != "image-caption"
