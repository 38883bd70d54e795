"""Page chrome: captions, teasers, bylines and headlines that are not the story.

Returns the character ranges of lines to leave uncoded. Headline-like lines (short,
no closing punctuation) are reported separately: they usually repeat the lead, so
their events are only kept when the body yields none.
"""
from __future__ import annotations

import re

from polybius.extract.lexicon import Lexicon
from polybius.resolve.datelines import PAGE_DATE_HEAD

# A sentence ends with a stop, or with a quote closing a quoted sentence ("... he said."'); a
# headline may end with a quoted phrase ("... as 'assassination attempt'").
_END_PUNCT = re.compile(r"([.!?:;)]|[.!?,][\"'”’])\s*$")


def line_ranges(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line), line.strip()
        start += len(line)


def chrome_ranges(text: str, lex: Lexicon, title: str | None = None) -> tuple[list, list]:
    """(chrome, headlines): lists of (start, end) character ranges."""
    chrome, headlines = [], []
    norm_title = (title or "").strip().lower()
    for start, end, line in line_ranges(text):
        if not line:
            continue
        bare = PAGE_DATE_HEAD.sub("", line)   # the page's own date is not part of a caption
        if any(p.search(bare) for p in lex.chrome):
            chrome.append((start, end))
        elif norm_title and line.lower() == norm_title:
            headlines.append((start, end))
        elif len(line.split()) <= 20 and not _END_PUNCT.search(line):
            headlines.append((start, end))
    return chrome, headlines


def inside(offset: int, ranges) -> bool:
    return any(s <= offset < e for s, e in ranges)
