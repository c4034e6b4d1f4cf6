"""A site's rules for reader comments at the head of its comment section (patterns.COMMENT_POLICY_RE, rule
"comment-policy", a hard break). Negatives: an article reporting a site's moderation, prose about comments."""

from __future__ import annotations

import pytest
from stages import line_removal


def _rule(text: str, language: str) -> tuple[str, bool] | None:
    found = line_removal(text, language)
    return (found[0], found[2]) if found else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "As you comment, please be respectful of other commenters and other viewpoints. We reserve the right to "
            "remove any comment we deem to be defamatory, rude or off-topic. See our full terms of use here.",
            "en",
        ),
        ("Comments are moderated and will appear once approved by an editor.", "en"),
        (
            "Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas "
            "de ellos pueden ser pasibles de sanciones legales.",
            "es",
        ),
        (
            "Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.",
            "pt",
        ),
        (
            "Les commentaires publiés sont sous la seule responsabilité de leurs auteurs. Nous nous réservons le droit "
            "de supprimer tout commentaire injurieux.",
            "fr",
        ),
        ("Wir behalten uns vor, Kommentare zu löschen, die gegen unsere Netiquette verstoßen.", "de"),
        ("网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。", "zh"),
    ],
)
def test_a_comment_policy_ends_the_article(text: str, language: str) -> None:
    assert _rule(text, language) == ("comment-policy", True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The newspaper said it reserves the right to remove comments that break its rules, a policy critics "
            "called vague.",
            "en",
        ),
        ("Readers left more than 400 comments under the mayor's post within an hour.", "en"),
        (
            "El diario anunció que los comentarios dejarán de publicarse sin moderación a partir de enero.",
            "es",
        ),
        ("A plataforma diz que os comentários ofensivos serão removidos automaticamente.", "pt"),
        ("评论区里，不少网友对这项新规表示支持，也有人担心执行难度。", "zh"),
    ],
)
def test_prose_about_comments_is_no_policy(text: str, language: str) -> None:
    found = _rule(text, language)
    assert found is None or found[0] != "comment-policy"
