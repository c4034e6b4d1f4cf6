"""Image captions inside an article (rule "boilerplate:image-caption", boilerplate.image_captions_transparent).

A caption is marked as one by a screen-reader label that opens it ("Image caption ...", "Media caption...",
"Pie de foto ...") or by the image credit glued to its end with no space ("... sought treatmentCredit: EPA"):
a text dump runs the caption and credit spans together; a credit set off by a space counts with a capitalized
"Credit:" or after a bar ("... | Foto: Reuters"). The caption and the credit line next to it sit
between paragraphs: they are removed, and the article goes on after them.
"""

from __future__ import annotations

from functools import partial

import pytest
from stages import boilerplate_doc, line_rule

from cleaners.patterns import IMAGE_CAPTION_RE

_line_rule = partial(line_rule, classified=False)


@pytest.mark.parametrize(("text", "language"), [
    ("Image caption Firefighters worked through the night to contain the blaze near the harbour", "en"),
    ("Media captionWho is the new harbour master?", "en"),
    ("Photo caption: The old ferry terminal, closed since 2019", "en"),
    ("Caption: Volunteers sort donations in the school gym", "en"),
    ("Pie de foto El alcalde visitó la zona afectada el martes por la mañana", "es"),
    ("Légende image Les pompiers sont intervenus pendant toute la nuit", "fr"),
    ("Bildunterschrift: Die Feuerwehr war die ganze Nacht im Einsatz", "de"),
    ("Residents were moved to a sports hall on the edge of the townCredit: Getty - Contributor", "en"),
    ("The mayor did not answer questions. He left by a side door.Credit...Jane Roe for The Daily Ledger", "en"),
    ("Die Feuerwehr war bis zum Morgen im EinsatzFoto: dpa", "de"),
    ("Fuente de la imagen, Archivo", "es"),
    ("A man walks past an armoured vehicle parked on a street in the capital on Thursday Credit: STR/AFP", "en"),
    ("Spokojený kapitán po vítězství na hřišti soupeře. | Foto: Reuters", "cs"),
    ("Los vecinos fueron trasladados al polideportivo municipalCrédito: EFE", "es"),
])
def test_a_labelled_caption_or_one_with_its_credit_glued_on_is_an_image_caption(text: str, language: str) -> None:
    assert IMAGE_CAPTION_RE.search(text)
    assert _line_rule(text, language) == "image-caption"


@pytest.mark.parametrize("text", [
    "Image captions are now written by software at many picture desks, the agency said.",
    "Image caption generation has improved a lot in recent years.",
    "The credit card: a short history of plastic money",
    "She opened iPhoto: the old albums were still there.",
    "Official caption contests drew hundreds of entries from readers.",
    "Image source code is published under a free licence.",
    "Car Show Photos: Power Authority Vintage Car Show",
    "Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: Raspberry Pi Foundation",
    "Photo: Jane Roe",  # a credit alone is the image-credit furniture rule's line, not a caption
    "The council gave the photographers credit: their pictures changed the debate.",
])
def test_sentences_about_captions_and_credits_are_no_image_caption(text: str) -> None:
    assert _line_rule(text) != "image-caption"


BODY = [
    "The harbour authority said on Tuesday that the old ferry terminal would be demolished next spring, after "
    "engineers found that its foundations had been damaged by decades of salt water and heavy traffic.",
    "The building has been closed to the public since 2019. A temporary terminal on the northern quay has "
    "handled passengers since then, and the authority says it will stay in use until the new one opens.",
]
AFTER = [
    "Local businesses welcomed the decision but asked for the works to be scheduled outside the tourist season.",
    "The new terminal is expected to open in two years.",
]


@pytest.mark.parametrize("caption", [
    "Image caption The old ferry terminal has been closed to the public since 2019",
    "The old ferry terminal has been closed to the public since 2019Credit: Harbour Authority",
])
def test_the_article_goes_on_after_a_caption_and_its_credit(caption: str) -> None:
    """Credit and caption are two furniture lines in a row: without the rule's transparency, the run search
    ended the article above them and the last paragraphs were lost."""
    lines = ["Home", "News", "Old ferry terminal to be demolished", *BODY, "Image copyright Harbour Authority",
             caption, *AFTER, "Most read", "Storm warning for the coast", "Bus fares to rise in March"]
    doc = boilerplate_doc(lines, "en")
    kept = {line.text for line in doc.lines if line.removal is None}
    assert set(BODY) | set(AFTER) <= kept
    assert caption not in kept
    assert "Storm warning for the coast" not in kept



# A CJK news photo's caption: the photographer's credit in brackets closes it (boilerplate._cjk_photo_caption).
@pytest.mark.parametrize(("text", "language"), [
    ("仕込み蔵で麹の状態を確かめる杜氏の森田さん（11月17日、記者撮影）", "ja"),
    ("完成した新しい校舎の前で記念撮影する児童たち（写真提供：青葉市教育委員会）", "ja"),
    ("市民在新建成的口袋公园里散步（记者 张三 摄）", "zh"),
    ("志願者在展館內為遊客講解（本報記者 李四 攝）", "zh"),
    ("市民在夜市排队购买小吃（摄影：张三）", "zh"),  # (mends3) 摄影 before a colon, or closing after a name
    ("市民在夜市排队购买小吃（张三 摄影）", "zh"),
])
def test_a_cjk_caption_with_its_bracketed_credit_at_its_end_is_an_image_caption(text: str, language: str) -> None:
    assert _line_rule(text, language) == "image-caption"


@pytest.mark.parametrize(("text", "language"), [
    # a sentence of the article ends with "。", whatever its brackets say
    ("森田さんは動画の撮影にも立ち会った（撮影は社員が担当）。", "ja"),
    ("写真展は来月まで開かれる（入場無料）", "ja"),
    ("活动吸引了众多摄影爱好者参加。", "zh"),
    # (mends3) 摄影 as the topic in brackets, not a credit after a name and a space or before a colon
    ("学习拍照的基本技巧（手机摄影）", "zh"),
    ("二、逆光人像（手机摄影入门）", "zh"),
    ("（图片来源：资料图）", "zh"),  # a credit alone: the image-credit rule's line
])
def test_cjk_sentences_and_brackets_without_a_photo_credit_are_no_image_caption(text: str, language: str) -> None:
    assert _line_rule(text, language) != "image-caption"
