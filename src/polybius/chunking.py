"""Long texts in pieces: spaCy's parse time and memory grow faster than the length of
one text (200,000 characters in one piece took 18 s and 820 MB; in 20,000-character
pieces 11 s and 280 MB), so ``Pipeline.process_many`` parses articles longer than
``Settings.chunk_chars`` piece by piece and puts the events back at their offsets in
the full text. Every front end (ingest, the API, ``polybius extract``, Spark) gets this
through the one pipeline.
"""
from __future__ import annotations

import dataclasses

from polybius.records import Article, Event


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` pieces of at most ``max_chars``, cut at a blank line, else a
    line break, else a sentence end, else a space, else hard."""
    pieces, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(mark)
            if cut > max_chars // 2:
                break
        cut = cut + 1 if cut > max_chars // 2 else max_chars
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def pieces_of(article: Article, max_chars: int) -> list[tuple[int, Article]]:
    """``(offset, article piece)``: the article itself when it is short enough, else
    copies named ``<id>#part<n>`` holding one piece of the text each."""
    parts = split_text(article.text, max_chars)
    if len(parts) == 1:
        return [(0, article)]
    return [(offset, dataclasses.replace(article, id=f"{article.id}#part{n}", text=piece))
            for n, (offset, piece) in enumerate(parts)]


def rejoin(article: Article, pieces: list[tuple[int, Article]], found: list[list[Event]]) -> list[Event]:
    """The events of all pieces, pointing at ``article`` with offsets into its text."""
    if len(pieces) == 1 and pieces[0][1] is article:
        return found[0]
    ref = article.ref()
    out: list[Event] = []
    for (offset, _), events in zip(pieces, found, strict=True):
        for ev in events:
            ev.article = ref
            shifted: set[int] = set()
            for span in [ev.evidence, *ev.mentions]:
                if span is not None and id(span) not in shifted:
                    shifted.add(id(span))
                    span.start += offset
                    span.end += offset
            out.append(ev)
    return out
