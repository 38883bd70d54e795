"""Page chrome: captions, teasers, bylines and headlines that are not the story.

Returns the character ranges of lines to leave uncoded. Headline-like lines (short,
no closing punctuation) are reported separately: they usually repeat the lead, so
their events are only kept when the body yields none.
"""
from __future__ import annotations

import re

from polybius.extract.lexicon import Lexicon
from polybius.extract.parse_words import parse_words
from polybius.nlp.wrapped import soft_breaks as _soft_breaks
from polybius.resolve.datelines import PAGE_DATE_HEAD

# A sentence ends with a stop, or with a quote closing a quoted sentence ("... he said."'); a
# headline may end with a quoted phrase ("... as 'assassination attempt'").
_END_PUNCT = re.compile(r"([.!?:;)]|[.!?,][\"'”’])\s*$")
# a sentence's stop after a lower-case word, then only a credit of one to three
# capitalised words to the line's end ("... in May. AP", "... said. (Reuters)")
_CREDITED = re.compile(r"(?<![\w.])[a-z]+[.!?]\s+\(?[A-Z][\w/-]*\)?(?:\s+\(?[A-Z][\w/-]*\)?){0,2}$")


def line_ranges(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line), line.strip()
        start += len(line)


#: A page's foot of this many headline-like lines or more is a list of other stories.
FOOT_LINES = 3


def chrome_ranges(text: str, lex: Lexicon, title: str | None = None) -> tuple[list, list]:
    """(chrome, headlines): lists of (start, end) character ranges."""
    chrome, headlines = [], []
    norm_title = (title or "").strip().lower()
    soft = _soft_breaks(text)   # a hard-wrapped page: its short lines are a paragraph's
    for start, end, line in line_ranges(text):
        if not line:
            continue
        bare = PAGE_DATE_HEAD.sub("", line)   # the page's own date is not part of a caption
        found = next((m for p in lex.chrome for m in [p.search(bare)] if m), None)
        if found:
            chrome.append((start + _caption_start(text[start:end], found), end))
        elif norm_title and line.lower() == norm_title:
            headlines.append((start, end))
        elif _headline_like(text, start, end, line, soft):
            headlines.append((start, end))
    return chrome, headlines


def _headline_like(text: str, start: int, end: int, line: str, soft) -> bool:
    """A short line with no closing stop that does not run on into the next line."""
    return len(line.split()) <= 20 and not _END_PUNCT.search(line) \
        and not (start - 1 in soft or _break_at(text, start, end) in soft)


def story_end(text: str) -> int:
    """Where the story ends: before the page's foot when its last ``FOOT_LINES`` lines or
    more are all headline-like (the related stories, menus and links a page lists after
    the article: "Minister tells House a team will visit", "Leave a Reply"), else the
    text's end. Their places and countries are other news's, not the story's. A last
    line cut off mid-sentence and a sentence closed by a credit are the story's."""
    soft = _soft_breaks(text)
    foot, lines = len(text), 0
    for start, end, line in reversed(list(line_ranges(text))):
        if not line:
            continue
        if not _headline_like(text, start, end, line, soft) or _credited(line) \
                or (lines == 0 and _cut_off(line)):
            break
        foot, lines = start, lines + 1
    if lines < FOOT_LINES or not text[:foot].strip():
        return len(text)
    return foot


def _cut_off(line: str) -> bool:
    """The page's last line stops mid-sentence: on a word no headline or menu ends on
    (``open_ends``: "soldiers found a car crashed against the") or on a comma. The page
    cut its story off there; a teaser cut off above it is still a teaser."""
    return line[-1] == "," and line[:-1].rstrip()[-1:].isalnum() \
        or line.split()[-1].lower() in parse_words().open_ends


def _credited(line: str) -> bool:
    """A sentence closed by an agency's credit ("a ferry sank in May. AP"): the story's
    prose, though the credit leaves the line without a closing stop."""
    return bool(_CREDITED.search(line))


def _break_at(text: str, start: int, end: int) -> int:
    """The offset of the line break that closes the line ``text[start:end]`` (or -1)."""
    i = text.rfind("\n", start, end)
    return i


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+")


def _caption_start(raw: str, found: re.Match) -> int:
    """Where the caption starts in a line that ``found`` marks as chrome: the whole line,
    unless a photo credit closes a paragraph the page glued its caption to ("... police
    said. Protesters run from tear gas in Imphal. (AFP)"): then only the sentence before
    the credit is the caption, and the paragraph's own sentences stay news."""
    if found.start() == 0:
        return 0
    credit = raw.rfind(found.group(0).strip())
    head = raw[:credit].rstrip() if credit > 0 else ""
    ends = [m.end() for m in _SENTENCE_END.finditer(head[:-1])] if head[-1:] in ".!?" else []
    return ends[-1] if ends else 0


def inside(offset: int, ranges) -> bool:
    return any(s <= offset < e for s, e in ranges)
