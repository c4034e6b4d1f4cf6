"""probe25: a Chinese self-media article's closing line "本文为作者独立观点，不代表<site>立场" (the author's own view, not
the site's position; the site by its name rather than 本站/平台) is the opinion disclaimer the other languages' forms
already are; reporting and article sentences that deny a position are not."""

from __future__ import annotations

import pytest

from cleaners import clean_text, patterns


@pytest.mark.parametrize(
    "text",
    [
        "本文为作者独立观点，不代表极客前沿立场。",
        "本文系作者个人观点，不代表晨风财经的观点。",
        "本文為作者獨立觀點，不代表本週科技立場。",
        "以上内容为作者独立观点，不代表本站立场",
    ],
)
def test_an_authors_own_view_not_the_sites_position_is_a_disclaimer(text: str) -> None:
    assert patterns.is_opinion_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        # reporting: someone said so (quoted, or a verb of saying)
        "发言人表示，这只是专家的个人观点，不代表政府立场。",
        "他在声明中称：“这是我的个人观点，不代表公司立场。”",
        # article sentences without the pair
        "作者在书中提出了许多独立观点，引起了学界的讨论。",
        "这一结果并不代表市场已经见底，投资者仍需谨慎。",
        # other languages' article sentences
        "Die Autorin vertritt in ihrem Buch eine unabhängige Sicht auf die Stadtplanung.",
        "El autor defiende un punto de vista propio sobre la reforma fiscal.",
        "著者は独自の観点から地方の産業を論じている。",
    ],
)
def test_reported_denials_and_article_sentences_are_no_disclaimer(text: str) -> None:
    assert not patterns.is_opinion_disclaimer(text)


def test_the_disclaimer_under_a_self_media_article_is_removed() -> None:
    page = (
        "手机端大模型的三个难题\n"
        "过去半年，几乎所有手机厂商都在发布会上提到了端侧大模型，把模型直接放在手机里运行，响应更快。\n"
        "但在实际使用中，体验并没有宣传的那么好，内存、发热和能力三个问题都还没有解决。\n"
        "在我看来，端侧大模型的方向没有错，但用户真正离不开它，可能还需要两三年。\n"
        "本文为作者独立观点，不代表极客前沿立场。\n"
    )
    record = clean_text(page)
    assert "在我看来" in record.text
    assert "不代表极客前沿立场" not in record.text
    assert any("不代表极客前沿立场" in r["text"] for r in record.data["removed"])
