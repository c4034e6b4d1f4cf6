"""The shared-scan bits in front of furniture_rule's exact substring gates (the investment disclaimer's keys, the CJK
share plea's verbs, the comment policy's words for comments) never rule out a line the exact gate passes: a line
that holds a key holds it lower-cased and folded, which is what the scan looks for. Checked over every probe-page
line, the dev dumps' lines, case-folding edge characters and generated strings; and furniture_rule with the bits
gives what the exact gates alone give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import PAGES, dev_dumps, nonblank_lines

from cleaners import boilerplate, patterns

PROBE_LINES = nonblank_lines(sorted(PAGES.glob("*.txt")))
# Gate keys run into case-folding edge characters: dotted/dotless i, long s, sharp s, ligatures, final sigma,
# full-width letters, combining marks, Kelvin sign.
_EDGES = "İıſßﬁﬀςΣＩＮＶＥＳＴ\u0307\u0301K"
_SAMPLES = [
    "本文不构成投资建议。", "本サイトは投資助言ではありません", "이 글은 투자 권유가 아닙니다", "Nicht als Anlageberatung gedacht.",
    "This is not INVESTMENT ADVICE.", "Dies ist keine FINANZBERATUNG", "İnvestment advice it is not", "Yatırım tavsiyesi değildir.",
    "Не является инвестиционной рекомендацией", "Ce n'est pas un conseil en investissement", "No es asesoramiento de inversión",
    "Dit is geen financieel advies", "To nie jest porada inwestycyjna", "Ingen investeringsrådgivning (elegg)",
    "この記事が役に立ったらシェアしてください！", "觉得有用请分享给朋友吧", "도움이 되셨다면 공유 부탁드립니다", "拡散希望", "轉發",
    "We reserve the right to remove any COMMENT.", "Los comentarios son responsabilidad de sus autores.",
    "Os comentários são de responsabilidade de seus autores.", "网友评论仅供其表达个人看法", "網友評論僅代表個人",
    "ſhare", "İNVEST", "ﬁnance", "ΣΊΣΥΦΟΣ invest", "ＩＮＶＥＳＴ", "inve\u0307st", "nvers", "conversation",
]


def _holds_a_key(keys: tuple[str, ...]):  # noqa: ANN202
    """The gate "the line holds one of the keys as they are": what each exact gate passes, or more (compiled, the
    cfunc gates are not visible to Python: tests/test_perf_gates_m.py holds them to this in the source run)."""

    def gate(text: str) -> bool:
        return any(key in text for key in keys)

    gate.__name__ = f"holds_one_of_{len(keys)}_keys"
    return gate


# (gate, its bit, its keys); a gate hidden by the compiled build is stood for by the keys (_holds_a_key).
_GATES = [
    (getattr(boilerplate, "_may_be_investment_disclaimer", None) or _holds_a_key(patterns.INVESTMENT_DISCLAIMER_KEYS),
     patterns.INVESTMENT_DISCLAIMER_KEYS_BIT, patterns.INVESTMENT_DISCLAIMER_KEYS),
    (getattr(boilerplate, "_may_be_cjk_share_plea", None) or _holds_a_key(patterns.SHARE_PLEA_CJK_KEYS),
     patterns.SHARE_PLEA_CJK_KEYS_BIT, patterns.SHARE_PLEA_CJK_KEYS),
    (boilerplate._may_be_comment_policy, patterns.COMMENT_POLICY_KEYS_BIT, patterns.COMMENT_POLICY_KEYS),
]


def _check(text: str) -> None:
    hits = patterns.phrase_hits(text)
    for gate, bit, _ in _GATES:
        if gate(text):
            assert hits & bit, (gate.__name__, text)


def test_each_key_passes_its_gate_and_sets_its_bit() -> None:
    for gate, bit, keys in _GATES:
        for key in keys:
            assert gate(key) or (key == "nvers" and gate(key + "é")), (gate.__name__, key)
            assert patterns.phrase_hits(key) & bit, key
            assert patterns.phrase_hits(f"x {key.upper()} y") & bit, key


def test_bits_cover_the_gates_on_samples_and_probe_lines() -> None:
    for text in _SAMPLES + PROBE_LINES:
        _check(text)


def test_each_exact_gate_passes_only_lines_holding_its_keys() -> None:
    """What _holds_a_key stands for: an exact gate passes a line only when it holds one of its keys as they are."""
    for gate, _, keys in _GATES:
        for text in _SAMPLES + PROBE_LINES:
            if gate(text):
                assert any(key in text for key in keys), (gate.__name__, text)


def test_bits_cover_the_gates_on_dev_lines() -> None:
    for text in nonblank_lines(dev_dumps()):
        _check(text)


def test_bits_are_their_own() -> None:
    bits = [bit for _, bit, _ in _GATES]
    assert len(set(bits)) == len(bits)
    assert all(bit and bit & (bit - 1) == 0 for bit in bits)
    for rx in vars(patterns).values():
        if isinstance(rx, patterns.PhraseRegex):
            assert rx.bit not in bits


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*patterns.INVESTMENT_DISCLAIMER_KEYS, *patterns.SHARE_PLEA_CJK_KEYS,
                                 *patterns.COMMENT_POLICY_KEYS, *_EDGES, "a", " ", "。", "é"]), max_size=8))
def test_bits_cover_the_gates_on_generated_text(parts: list[str]) -> None:
    _check("".join(parts))


def test_furniture_rule_keeps_its_answers() -> None:
    """The rule's answers on lines that the gates pass (and some prose that holds their keys) are the exact gates'."""
    kept = [
        "Investors cheered the results, and analysts said the financial outlook looked strong for the coming year.",
        "Los comentarios de los lectores fueron muy variados durante toda la semana pasada, según el diario.",
        "記者が取材した内容をシェアします。",
    ]
    removed = [
        "Disclaimer: This article does not constitute investment advice.",
        "本文仅供参考，不构成投资建议。",
        "この記事が役に立ったらシェアしてください！",
        "We reserve the right to remove any comment that is abusive or off topic, at our sole discretion.",
    ]
    for text in kept:
        f = boilerplate.line_features(text, "")
        rule = boilerplate.furniture_rule(text, boilerplate.BODY, f)
        assert rule is None or rule[0] not in ("disclaimer", "promo", "comment-policy"), (text, rule)
    for text in removed:
        f = boilerplate.line_features(text, "")
        assert boilerplate.furniture_rule(text, boilerplate.BODY, f) is not None, text
