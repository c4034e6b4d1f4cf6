"""quality's typed _cjk_symbol_count (compiled) against its definition, len(_CJK_SYMBOLS.findall(data)).

Uncompiled, _cjk_symbol_count is the definition itself and the tests pass trivially.
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pagetexts import dev_dumps

from cleaners.quality import _CJK_SYMBOLS, _cjk_symbol_count

_PAGES = Path(__file__).resolve().parent / "pages"
_INTERESTING = [0x00, 0x20, 0x80, 0x81, 0x88, 0x89, 0x8C, 0x9A, 0x9B, 0x9F, 0xA0, 0xBC, 0xE3, 0xEF, 0xFF]


def _definition(data: bytes) -> int:
    return len(_CJK_SYMBOLS.findall(data))


def test_every_short_byte_string_of_the_interesting_bytes() -> None:
    for size in range(5):
        for combo in product(_INTERESTING, repeat=size):
            data = bytes(combo)
            assert _cjk_symbol_count(data) == _definition(data), data


def test_pages_and_edge_texts() -> None:
    texts = [p.read_text("utf-8", errors="replace") for p in dev_dumps(required=False) + sorted(_PAGES.glob("*.txt"))]
    texts += ["", "。", "、，", "（注）：！？", "\u3000\u303f", "İß\U0001f600\ud800", "\uff01" * 3]
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        assert _cjk_symbol_count(data) == _definition(data)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=40) | st.text(alphabet="a 。、，（）！？：；\u3000\uff5e中", max_size=30).map(str.encode))
def test_random_bytes(data: bytes) -> None:
    assert _cjk_symbol_count(data) == _definition(data)
