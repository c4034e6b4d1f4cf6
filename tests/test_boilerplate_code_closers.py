"""A code block's closing brackets (cleaners.boilerplate.code_closers_kept): a "}" or "})" line under code is code,
not a separator line. Negatives: a line of brackets or symbols under prose stays a separator."""

from __future__ import annotations

from stages import boilerplate_doc

PROSE = [
    "Network calls fail for boring reasons: a load balancer restarts, a DNS lookup times out, a database is "
    "briefly busy. A small retry helper handles most of these.",
    "The helper below takes the number of attempts, a base delay and the function to call, and doubles the delay "
    "after each failure.",
]
CODE = [
    "func Retry(attempts int, fn func() error) (err error) {",
    "    for i := 0; i < attempts; i++ {",
    "        if err = fn(); err == nil {",
    "            return nil",
    "        }",
    "    }",
    "    return err",
    "}",
]
AFTER = [
    "Call it with a closure that wraps the request. If the request succeeds on the second try, the caller never "
    "sees the first error at all.",
    "Keep the number of attempts small for calls a user is waiting on, and add jitter if many clients retry at "
    "the same time.",
]
MENU = ["Home", "Articles", "About"]
FOOTER = ["Share this post", "© 2025 DevNotes"]


def _removed(doc) -> dict[str, str]:
    return {r.text.strip(): r.rule for r in doc.removals()}


def test_closing_braces_under_code_are_kept() -> None:
    doc = boilerplate_doc(MENU + PROSE + CODE + AFTER + FOOTER, "en")
    kept = [line.text.strip() for line in doc.kept_lines()]
    assert kept.count("}") == 3
    assert "boilerplate:separator" not in _removed(doc).values()


def test_a_closing_paren_and_brace_under_code_is_kept() -> None:
    code = ["fetchItems(url).catch((err) => {", "  console.warn(err.message);", "});"]
    doc = boilerplate_doc(MENU + PROSE + code + AFTER + FOOTER, "en")
    assert "});" in [line.text.strip() for line in doc.kept_lines()]


def test_a_bracket_rule_under_prose_is_a_separator() -> None:
    doc = boilerplate_doc(MENU + PROSE + ["}}}}}}"] + AFTER + FOOTER, "en")
    assert _removed(doc).get("}}}}}}") == "boilerplate:separator"


def test_a_symbol_rule_under_code_is_a_separator() -> None:
    doc = boilerplate_doc(MENU + PROSE + CODE + ["* * *"] + AFTER + FOOTER, "en")
    assert _removed(doc).get("* * *") == "boilerplate:separator"
