"""`_prepare` against its definition (translate every non-ASCII text, then the r"\\1 " template): compiled, it
skips translate() for texts without a full-width character, and the template is a function."""

from __future__ import annotations

import random

from pagetexts import dev_dumps, own_pages

from cleaners import metadata


def prepare_oracle(text: str) -> str:
    if not text.isascii():
        text = text.translate(metadata._FULLWIDTH)
    text = metadata._DES_RE.sub(lambda m: "Dec" if m.group() == "Des" else "dec", text)  # "05 Des 2025": December
    # "發布日期：114-12-04": a Republic of China year
    text = metadata._ROC_YEAR_RE.sub(lambda m: " " * len(m.group(1)) + str(int(m.group(2)) + 1911), text)
    # "令和6年4月22日": a year of a Japanese era
    text = metadata._JA_ERA_YEAR_RE.sub(
        lambda m: " " * len(m.group(1)) + str((1 if m.group(2) == "元" else int(m.group(2))) + {"令和": 2018, "平成": 1988}[m.group(1)]),
        text,
    )
    # "ጥር 14 ቀን 2018 ዓ.ም.": an Ethiopian-calendar date, written as its Gregorian ISO date (titleD)
    text = metadata._ETHIOPIAN_DATE_RE.sub(metadata._gregorian_for_ethiopian, text)
    # "Publié le 03/12/25": a labelled two-digit year, written in full
    text = metadata._LABELLED_SHORT_YEAR_RE.sub(lambda m: m["label"] + m["dm"] + "20" + m["y"], text)
    # "Thu Dec  4 21:37:05 2025": an asctime stamp's year put before its time
    text = metadata._ASCTIME_RE.sub(metadata._year_before_time, text)
    return metadata._YEAR_TIME_RE.sub(r"\1 ", text)


def test_prepare_of_every_code_point() -> None:
    for code in range(0x80, 0x110000):
        ch = chr(code)
        for text in (ch, "2019" + ch + "4:29 AM", "２０１９年" + ch):
            assert metadata._prepare(text) == prepare_oracle(text), hex(code)


def test_prepare_on_pages_and_dates() -> None:
    paths = own_pages()
    paths += dev_dumps(60, required=False)
    texts = ["November 19, 20194:29 AM", "２０２５年５月２１日 １５：０９", "20194:29 and 201912:05 and 1999 9:00", "",
             "05 Des 2025 10:42", "5. des. 2025", "5 des 2000 salariés",
             "令和6年4月22日 06:30", "令和元年5月1日", "平成 31 年 4 月 30 日", "令和６年１２月３日"]
    for path in paths:
        texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    rng = random.Random(2)
    for _ in range(5000):
        texts.append("".join(rng.choice("0123456789:２０：／ é") for _ in range(rng.randint(0, 12))))
    for text in texts:
        assert metadata._prepare(text) == prepare_oracle(text), text
