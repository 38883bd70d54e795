"""Is an article about political violence, its policing or unrest at all?

Most of a real feed is sport, business, weather and culture, and their language is full
of attacks, strikes, raids and blasts. Judging each sentence alone lets a match report
become a bombing; the article as a whole tells. Two checks, both from ``cues.yaml``:

- an article-length text with no conflict word at all (``conflict_anchors``) is not coded;
- an article with several words of one everyday topic (``topics``) and hardly any strong
  conflict words (``strong_anchors``) is about that topic and is not coded;
- an article with words of a rehearsal (``rehearsal_words``: "mock drill", "simulated",
  "scenario") tells a drill or an exercise, whatever violence it stages, and is not coded;
- an article whose only events would be accusations, denials or threats
  (``verbal_event_types``) and that has hardly any strong conflict words is a political
  quarrel (``quarrel``), not political violence.

A text shorter than ``topic_min_chars`` (a sentence, a brief) is too short to have a
topic and is always coded.
"""
from __future__ import annotations

import threading

from typing import Collection

from polybius.extract.lexicon import Lexicon

QUARREL = "accusations only"
REHEARSAL = "drill or exercise"


def _distinct(pattern, text: str, enough: int, key=str.casefold) -> int:
    """Distinct words of ``pattern`` in ``text``, counted up to ``enough``; ``key`` says
    which spellings are one word."""
    seen: set[str] = set()
    for m in pattern.finditer(text):
        seen.add(key(m.group(0)))
        if len(seen) >= enough:
            break
    return len(seen)


def _stem(word: str) -> str:
    """A plural counted with its singular ("drill" and "drills" are one word of a drill)."""
    return word.casefold().removesuffix("s")


# The last verdicts, by text: the screen before parsing and the extractor after it ask
# about the same article (a batch apart), and each answer costs several passes of
# regular expressions over the text. At most 64 texts of up to 100,000 characters.
_VERDICTS: dict[str, tuple[Lexicon, str | None]] = {}
_REMEMBERED, _LONGEST = 64, 100_000
_LOCK = threading.Lock()


def off_topic(text: str, lex: Lexicon) -> str | None:
    """Why the article is not conflict news (a topic name or "no conflict words"), or
    None when it may be."""
    if len(text) < lex.topic_min_chars:
        return None
    known = _VERDICTS.get(text)
    if known is not None and known[0] is lex:
        return known[1]
    verdict = _verdict(text, lex)
    if len(text) <= _LONGEST:
        with _LOCK:   # the API may code articles from several threads
            while len(_VERDICTS) >= _REMEMBERED:
                del _VERDICTS[next(iter(_VERDICTS))]   # the oldest
            _VERDICTS[text] = (lex, verdict)
    return verdict


def _verdict(text: str, lex: Lexicon) -> str | None:
    if not lex.conflict_anchor.search(text):
        return "no conflict words"
    if lex.rehearsal is not None and \
            _distinct(lex.rehearsal, text, lex.rehearsal_min_words, key=_stem) >= lex.rehearsal_min_words:
        return REHEARSAL   # however many bombs and hostages a drill names, none is real
    if _distinct(lex.strong_anchor, text, lex.topic_min_strong) >= lex.topic_min_strong:
        return None
    for name, pattern in lex.topics.items():
        if _distinct(pattern, text, lex.topic_min_words) >= lex.topic_min_words:
            return name
    return None


def quarrel(event_types: Collection[str], text: str, lex: Lexicon) -> bool:
    """Would every event of ``text`` be of ``event_types``, all of them accusations,
    denials or threats (``verbal_event_types``), in an article long enough to have a
    topic and with fewer than ``topic_min_strong`` strong conflict words?"""
    if not event_types or len(text) < lex.topic_min_chars or not lex.verbal_event_types.issuperset(event_types):
        return False
    return _distinct(lex.strong_anchor, text, lex.topic_min_strong) < lex.topic_min_strong
