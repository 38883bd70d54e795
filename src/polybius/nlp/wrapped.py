"""Hard-wrapped text: a page whose paragraphs were cut into short lines ("Gunmen killed
a National\\nPolice Reservist in a raid ...", mail and blog copies of wire stories).

A line break ends a sentence everywhere else (headlines, captions and datelines sit on
lines of their own), but in such a text most breaks fall inside a sentence, and a
sentence cut there loses its verb, its figure or its object ("said the group is likely
to have carried out the" | "attack."). A text is hard-wrapped when at least
``MIN_SOFT`` of its single line breaks, and a quarter of them, continue a sentence for
certain: no closing mark before the break and a lower-case word after it. In such a
text every single line break after a line with no closing mark and before a word joins
its lines, but for the text's first break after a line in title case (a headline,
unless a lower-case word goes on after it); a blank line always ends a paragraph. A
line that goes on into the next is no headline either (``mentions.chrome``).
"""
from __future__ import annotations

import re

MIN_SOFT = 3
SOFT_KEY = "polybius_soft_breaks"   # Doc.user_data: the soft breaks of a part cut from an article
_CLOSING = ".!?:;\"”’')]|-–—"
_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks of ``text`` that do not end a sentence (none unless the
    text is hard-wrapped)."""
    breaks = [m.start() for m in _BREAK.finditer(text)]
    if len(breaks) < MIN_SOFT:
        return frozenset()

    def before(i: int) -> str:
        j = i - 1
        while j >= 0 and text[j] in " \t\r":
            j -= 1
        return text[j] if j >= 0 else ""

    def after(i: int) -> str:
        j = i + 1
        while j < len(text) and text[j] in " \t\r":
            j += 1
        return text[j] if j < len(text) else ""

    open_before = [i for i in breaks if before(i) and before(i) not in _CLOSING]
    sure = [i for i in open_before if after(i).islower()]
    if len(sure) < MIN_SOFT or 4 * len(sure) < len(breaks):
        return frozenset()
    first = breaks[0]
    return frozenset(i for i in open_before
                     if after(i).isalnum() and (i != first or after(i).islower() or not _title_case(text[:first])))


def _title_case(line: str) -> bool:
    """A headline's capitals: most of its words open with one ("Gunmen Kill Four in
    Raid"), unlike a wrapped sentence's first line ("Gunmen struck and killed a")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and 2 * sum(w[0].isupper() for w in words) > len(words)
