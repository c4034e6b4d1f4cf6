"""MinHash signatures and LSH banding in numpy.

Why our own instead of datasketch: datasketch needs the shingles as Python bytes objects (a
Python call per shingle to build them) and hashes each with SHA-1; here words and n-grams are
hashed from code points with vectorized prefix sums (no Python call per word) and all
permutations are applied in one uint32 matrix operation. `scripts/bench_dedup.py --compare-datasketch` measures both (see
docs/corpus.md for the figures).

Everything here is deterministic across processes, machines and numpy versions (no Python
`hash`, no numpy random streams): signatures and band keys are persisted in the catalog and
compared with those of later runs, so the permutations must never change. Changing
PERMUTATION_SEED, the shingle definition or the hash mixing invalidates the catalog's LSH index.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

import numpy as np
import xxhash

PERMUTATION_SEED = 0x636F72707573  # "corpus"
MAX_HASH = np.uint32(0xFFFFFFFF)
_ROLL = np.uint64(0x9E3779B97F4A7C15)  # odd multiplier of the rolling n-gram hash
_CHUNK = 4096  # shingles permuted at once: bounds the (num_perm x chunk) uint32 temporary to 2 MB

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK ideographs):
# word n-grams do not work there (a whole sentence is one "word"), so each character is a token.
_NO_SPACE_RANGES = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF),
)
_SCRIPT_SAMPLE = 4000  # characters looked at by cjk_share


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer, vectorized: spreads every input bit over the 64 output bits."""
    x = x.astype(np.uint64, copy=True)
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def _h64(text: str) -> int:
    return xxhash.xxh64_intdigest(text.encode("utf-8"), seed=PERMUTATION_SEED)


@cache
def permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the permutations x -> (a*x + b) mod 2^32 of 32-bit shingle hashes (a odd: a bijection).

    The inputs are already well-mixed hashes, so these cheap permutations estimate Jaccard as well
    as 64-bit multiply-shift (measured: bias < 0.003, spread = the sqrt(J(1-J)/k) of theory) at a
    third of the cost. Derived from xxh64 of the permutation number: the same everywhere, forever.
    """
    a = np.array([(_h64(f"a{i}") & 0xFFFFFFFF) | 1 for i in range(num_perm)], dtype=np.uint32)
    b = np.array([_h64(f"b{i}") & 0xFFFFFFFF for i in range(num_perm)], dtype=np.uint32)
    return a, b


@cache
def _word_table() -> np.ndarray:
    """Word characters of the BMP: letters, marks and digits (marks too: Indic vowel signs are inside words)."""
    return np.array(
        [i == 0x5F or unicodedata.category(chr(i))[0] in "LMN" for i in range(0x10000)], dtype=bool
    )


@cache
def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """_ROLL^i and _ROLL^-i mod 2^64 for i < n (n rounded up to a power of two, so few sizes are cached)."""
    p = np.full(n, _ROLL, dtype=np.uint64)
    p[0] = 1
    inv = np.full(n, np.uint64(pow(int(_ROLL), -1, 1 << 64)), dtype=np.uint64)
    inv[0] = 1
    return np.cumprod(p), np.cumprod(inv)


def _pow_tables(n: int) -> tuple[np.ndarray, np.ndarray]:
    size = 1 << max(10, int(n).bit_length())
    if size > 1 << 22:  # a huge document: not cached
        return _powers.__wrapped__(size)
    return _powers(size)


def cjk_share(texts: Sequence[str]) -> float:
    """Share of the letters (first few thousand characters) in scripts written without spaces."""
    sample = "\n".join(texts)[:_SCRIPT_SAMPLE]
    cps = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    words = cps[_is_word(cps)]
    return float(_no_space(words).mean()) if len(words) else 0.0


def _is_word(cps: np.ndarray) -> np.ndarray:
    is_word = np.ones(len(cps), dtype=bool)
    bmp = cps < 0x10000
    is_word[bmp] = _word_table()[cps[bmp]]
    return is_word


def _run_starts(changes: np.ndarray) -> np.ndarray:
    """Start positions of runs, given `changes[i]` = element i+1 starts a new run."""
    out = np.flatnonzero(changes)
    out += 1
    return np.concatenate((np.zeros(1, dtype=out.dtype), out))


def _run_lengths(starts: np.ndarray, total: int) -> np.ndarray:
    out = np.empty(len(starts), dtype=np.int64)
    np.subtract(starts[1:], starts[:-1], out=out[:-1])
    out[-1] = total - starts[-1]
    return out


def _windows(units: np.ndarray, unit_para: np.ndarray, n: int) -> np.ndarray:
    """Hashes of every n consecutive units inside one paragraph; a shorter paragraph is one window.

    Polynomial hashes from prefix sums: hash[s, e) = (H[e] - H[s]) * ROLL^-s (mod 2^64), so every
    window costs O(1) whatever n, all vectorized.
    """
    m = len(units)
    pw, inv = _pow_tables(m + 1)
    prefix = np.zeros(m + 1, dtype=np.uint64)
    np.cumsum(units * pw[:m], out=prefix[1:])
    # Paragraph runs: first unit and length of each paragraph that has units.
    starts = _run_starts(unit_para[1:] != unit_para[:-1])
    lengths = _run_lengths(starts, m)
    s = np.arange(max(m - n + 1, 0))
    s = s[unit_para[s] == unit_para[s + n - 1]] if len(s) else s
    short = lengths < n
    s_all = np.concatenate([s, starts[short]])
    e_all = np.concatenate([s + n, starts[short] + lengths[short]])
    return (prefix[e_all] - prefix[s_all]) * inv[s_all]


def _no_space(cps: np.ndarray) -> np.ndarray:
    out = np.zeros(len(cps), dtype=bool)
    for lo, hi in _NO_SPACE_RANGES:
        out |= (cps >= lo) & (cps <= hi)
    return out


def shingles(paragraphs: Sequence[str], n: int = 5) -> np.ndarray:
    """Distinct 32-bit shingle hashes of a document: n consecutive tokens inside one paragraph.

    Tokens are runs of letters, marks and digits (casefolded), except that each character of a
    script written without spaces (Chinese, Japanese kana, Thai, ...) is a token of its own, as in
    the dev-set scorer: word n-grams for English, character n-grams for Chinese, both in a mixed
    page, with no per-document mode to get wrong. Shingles never cross a paragraph boundary, so
    reordered paragraphs give the same set; a paragraph shorter than n tokens is one shingle.
    Vectorized over code points: no Python call per word.
    """
    if not paragraphs:
        return np.zeros(0, dtype=np.uint64)
    text = "\n".join(paragraphs).casefold()
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    idx = np.flatnonzero(_is_word(cps))
    if not len(idx):
        return np.zeros(0, dtype=np.uint64)
    single = _no_space(cps[idx])
    breaks = idx[1:] != idx[:-1] + 1
    breaks |= single[1:]
    breaks |= single[:-1]
    tok_starts = _run_starts(breaks)  # positions in idx
    tok_len = _run_lengths(tok_starts, len(idx))
    first_char = idx[tok_starts]
    pos_in_tok = idx - np.repeat(first_char, tok_len)
    pw, _inv = _pow_tables(int(pos_in_tok.max()) + 1)
    vals = cps[idx].astype(np.uint64) * pw[pos_in_tok]
    units = mix64(np.add.reduceat(vals, tok_starts) ^ tok_len.astype(np.uint64))
    unit_para = np.cumsum(cps == 0x0A)[first_char]
    out = np.sort(mix64(_windows(units, unit_para, n)) >> np.uint64(32))
    keep = np.empty(len(out), dtype=bool)
    keep[0] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    return out[keep]


def signature(shingle_hashes: np.ndarray, num_perm: int = 128) -> np.ndarray:
    """MinHash signature (uint32[num_perm]); all MAX_HASH when there are no shingles."""
    sig = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    if shingle_hashes.size == 0:
        return sig
    a, b = permutations(num_perm)
    a, b = a[:, None], b[:, None]
    x32 = shingle_hashes.astype(np.uint32)
    buf = np.empty((num_perm, min(_CHUNK, len(x32))), dtype=np.uint32)
    for i in range(0, len(x32), _CHUNK):
        x = x32[None, i : i + _CHUNK]
        v = buf[:, : x.shape[1]]
        np.multiply(a, x, out=v)
        v += b
        np.minimum(sig, v.min(axis=1), out=sig)
    return sig


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray | float:
    """Estimated Jaccard similarity: the share of equal signature entries (rows of sig_b may be many)."""
    return (np.asarray(sig_b) == np.asarray(sig_a)).mean(axis=-1)


def lsh_params(threshold: float, num_perm: int, target: float = 0.95) -> tuple[int, int]:
    """(bands, rows): the most rows per band (fewest false candidates) that still makes a pair at
    exactly `threshold` a candidate with probability >= `target`.

    Candidates are verified against the full signature, so a false candidate only costs a
    comparison while a missed one is a missed duplicate: recall comes first. For 0.8 and 128
    permutations this gives 18 bands of 7 rows (P(candidate) = 0.986 at J=0.8, 0.13 at J=0.5);
    datasketch's equal-weight optimum (9 x 13) finds only 40 % of pairs at J=0.8.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"near-duplicate threshold must be in (0, 1], not {threshold}")
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if bands < 1:
            break
        if 1.0 - (1.0 - threshold**rows) ** bands >= target:
            best = (bands, rows)
    return best


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per (document, band): equal keys <=> equal band (up to 2^-64 collisions)."""
    sig = np.asarray(signatures, dtype=np.uint64).reshape(len(signatures), -1)
    n = len(sig)
    out = np.empty((n, bands), dtype=np.uint64)
    for j in range(bands):
        h = np.full(n, _h64(f"band{j}"), dtype=np.uint64)
        for k in range(rows):
            h = mix64(h ^ sig[:, j * rows + k])
        out[:, j] = h
    return out
