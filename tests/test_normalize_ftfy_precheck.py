"""normalize's ftfy pre-check (_MAYBE_BAD_PATTERN) against ftfy's own heuristic.

normalize calls ftfy only on suspect lines where _MAYBE_BAD fires. That is output-neutral if
(1) ftfy returns a line unchanged when `ftfy.badness.is_bad` is False, and (2) _MAYBE_BAD fires
wherever ftfy's BADNESS_RE does. (2) is checked exhaustively: every alternative of BADNESS_RE is
expanded into every string it matches (classes of more than a few hundred characters, \\w or
[^A-Za-z], are sampled: in those alternatives another character already decides). (1) and the
whole claim are also checked on random strings and on the dev pages' suspect lines.
"""

from __future__ import annotations

import itertools
import re
import re._constants as sre_c
import re._parser as sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import normalize
from cleaners.normalize import _encode, _ftfy_config, _maybe_bad, _mojibake_lines

ftfy = pytest.importorskip("ftfy")
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad  # noqa: E402
from pagetexts import dev_dumps  # noqa: E402

_BMP = [chr(cp) for cp in range(0x10000)]
# Stand-ins for the big classes (\w, \s, [^A-Za-z], .): one character of each kind.
_SAMPLES = " \t\n\xa0aZz0_.,!?'\"-éüßžжЖαΩ中ア€©»“…\u2003\u0301"
_BIG = 400


def _class_chars(items: list) -> set[str]:
    negate = False
    chars: set[str] = set()
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            chars.add(chr(av))
        elif op is sre_c.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre_c.CATEGORY:
            probe = {sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_DIGIT: r"\d"}[av]
            chars.update(ch for ch in _BMP if re.match(probe, ch))
        else:  # pragma: no cover
            raise AssertionError(f"unexpected class item {op}")
    if negate:
        return {ch for ch in _BMP if ch not in chars}
    return chars


def _element_choices(op, av) -> list[str]:
    """The strings one element of a branch can match (big classes sampled)."""
    if op is sre_c.LITERAL:
        return [chr(av)]
    if op is sre_c.IN:
        chars = _class_chars(av)
    elif op is sre_c.ANY:
        chars = set(_BMP) - {"\n"}
    elif op is sre_c.AT:
        return [""]
    elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        lo, hi, sub = av
        assert (lo, hi) == (0, 1) and len(sub) == 1
        return ["", *_element_choices(*sub[0])]
    else:  # pragma: no cover
        raise AssertionError(f"unexpected element {op}")
    if len(chars) > _BIG:
        chars = {ch for ch in _SAMPLES if ch in chars}
    return sorted(chars)


def _branches() -> list[list]:
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert len(parsed) == 1 and parsed[0][0] is sre_c.BRANCH
    return [list(branch) for branch in parsed[0][1][1]]


def test_every_badness_match_fires_the_precheck() -> None:
    maybe_bad = _maybe_bad().search
    branches = _branches()
    assert len(branches) > 30
    checked = 0
    for branch in branches:
        choices = [_element_choices(op, av) for op, av in branch]
        size = 1
        for c in choices:
            size *= len(c)
        assert size < 300_000, branch
        for parts in itertools.product(*choices):
            s = "".join(parts)
            assert BADNESS_RE.search(s), (branch, s)
            assert maybe_bad(s), (ascii(s), branch)
            checked += 1
    assert checked > 50_000


def test_precheck_sets_are_ftfys() -> None:
    """The character sets spelled out in normalize are ftfy's categories (no more, no less)."""

    def chars(cls: str) -> set[str]:
        return {ch for ch in _BMP if re.match(f"[{cls}]", ch)}

    cats = {name: chars(value) for name, value in MOJIBAKE_CATEGORIES.items()}
    assert chars(normalize._LOWER_ACCENTED) == cats["lower_accented"]
    assert chars(normalize._UPPER_ACCENTED) == cats["upper_accented"]
    assert chars(normalize._LOWER_COMMON) == cats["lower_common"]
    assert chars(normalize._START_PUNCT) == cats["start_punctuation"]
    assert chars(normalize._END_PUNCT) == cats["end_punctuation"]
    anywhere = set().union(*(cats[k] for k in ("c1", "bad", "currency", "numeric", "law", "box")))
    assert chars(normalize._BAD_ANYWHERE) == anywhere | set("ŒœÂÃÎÐ×ØÙ°‚Ђ")


_ALPHABET = sorted(
    set("".join(_SAMPLES))
    | {ch for value in MOJIBAKE_CATEGORIES.values() for ch in _BMP if re.match(f"[{value}]", ch)}
    | set("ВГРСΒΓΞΟвβāÄâóàäê√≈‚ЂŒœ")
)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), min_size=1, max_size=12))
def test_ftfy_changes_only_lines_the_precheck_flags(s: str) -> None:
    config = _ftfy_config()
    if not is_bad(s):
        assert ftfy.fix_encoding(s, config) == s
    if not _maybe_bad().search(s):
        assert not is_bad(s)
        assert ftfy.fix_encoding(s, config) == s


def test_dev_suspect_lines() -> None:
    """On the dev pages' suspect lines, the precheck's 'no' is ftfy's 'unchanged'."""
    config = _ftfy_config()
    seen = 0
    for path in dev_dumps():
        text = path.read_text("utf-8", errors="replace")
        lines = text.split("\n")
        for i in _mojibake_lines(_encode(text)):
            seen += 1
            if not _maybe_bad().search(lines[i]):
                assert ftfy.fix_encoding(lines[i], config) == lines[i]
    if not seen:
        pytest.skip("no dev pages with suspect lines")
