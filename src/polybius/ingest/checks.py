"""Is a text fit to be an article? The checks every reader and ``POST /articles`` apply
before extraction, so junk never reaches the store and each refusal has a kind.

A lone UTF-16 surrogate (``"\\ud83d"`` in JSON) is not Unicode: it cannot be hashed,
stored or sent back, so the input is refused (kind ``decode``) rather than altered.
NUL and other control characters mean binary data (``binary``); a text with fewer than
``MIN_LETTERS`` letters ("Home", "<<<<>>>>") is not news (``no_text``).
"""
from __future__ import annotations

import re

MIN_LETTERS = 20
#: Control characters other than tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LETTER = re.compile(r"[^\W\d_]")


def surrogate_problem(value: str) -> str | None:
    """The reason a string holds a lone surrogate, or None."""
    m = _SURROGATE.search(value)
    if m is None:
        return None
    return (f"lone UTF-16 surrogate \\u{ord(m.group()):04x} at character {m.start()}: "
            f"not valid Unicode (a broken emoji or escape?)")


def text_problem(text: str) -> tuple[str, str] | None:
    """``(kind, reason)`` when ``text`` cannot be an article, else None."""
    why = surrogate_problem(text)
    if why:
        return "decode", "text holds a " + why
    if "\x00" in text:
        return "binary", "text holds NUL characters: binary data, not text"
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max(2, len(text[:100_000]) // 100):
        return "binary", f"text holds {controls} control characters: binary data, not text"
    letters = 0
    for _ in _LETTER.finditer(text):
        letters += 1
        if letters >= MIN_LETTERS:
            return None
    return "no_text", (f"too little text for a news article: {letters} letters "
                       f"(at least {MIN_LETTERS} needed)")
