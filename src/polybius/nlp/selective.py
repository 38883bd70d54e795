"""Parse only some token ranges of a tokenized article and keep the whole article's Doc.

``cut`` copies the chosen ranges into one short Doc (a line break between ranges, so
no sentence runs from one into the next); after the pipeline has run over it, ``paste``
writes tags, lemmas, the parse and entities back onto the article's Doc. Tokens outside
the ranges keep their text and offsets but have no annotation; each gap between ranges
becomes one flat sentence, so ``doc.sents`` still covers the whole text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy

from polybius.nlp.spacy_pipeline import Doc

_ATTRS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
_HEAD, _DEP, _IOB = _ATTRS.index("HEAD"), _ATTRS.index("DEP"), _ATTRS.index("ENT_IOB")
_I, _O, _B = 1, 2, 3   # spaCy's ENT_IOB codes


@dataclass
class Cut:
    doc: Doc              # the article's tokenized Doc
    part: Doc             # the ranges, to be parsed
    where: numpy.ndarray  # index in ``doc`` of each token of ``part``, -1 for a separator


def cut(doc: Doc, ranges: list[tuple[int, int]]) -> Cut:
    words, spaces, where = [], [], []
    for k, (start, end) in enumerate(ranges):
        if k:
            words.append("\n")
            spaces.append(False)
            where.append(-1)
        for tok in doc[start:end]:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            where.append(tok.i)
    return Cut(doc, Doc(doc.vocab, words=words, spaces=spaces), numpy.array(where, dtype=numpy.int64))


def paste(c: Cut) -> Doc | None:
    """The article's Doc with the parsed part's annotation, or None when the parse of the
    part does not map back (a head outside its range)."""
    doc, n = c.doc, len(c.doc)
    part = c.part.to_array(_ATTRS).astype(numpy.int64)
    rows = numpy.flatnonzero(c.where >= 0)
    target = c.where[rows]
    heads = c.where[rows + part[rows, _HEAD]]   # absolute head in the part -> in the doc
    if (heads < 0).any():
        return None
    out = numpy.zeros((n, len(_ATTRS)), dtype=numpy.int64)
    out[:, _IOB] = _O
    out[target] = part[rows]
    out[target, _HEAD] = heads - target
    parsed = numpy.zeros(n, dtype=bool)
    parsed[target] = True
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    i = 0
    while i < n:   # each gap: one flat sentence headed by its first token
        if parsed[i]:
            i += 1
            continue
        j = i
        while j < n and not parsed[j]:
            j += 1
        out[i, _DEP] = root
        out[i + 1:j, _DEP] = dep
        out[i + 1:j, _HEAD] = i - numpy.arange(i + 1, j)
        i = j
    # an entity the parse of the part ran across a gap starts again after it
    starts = numpy.flatnonzero(out[:, _IOB] == _I)
    prev = starts - 1
    broken = starts[(prev < 0) | ~parsed[numpy.maximum(prev, 0)] | (out[numpy.maximum(prev, 0), _IOB] == _O)]
    out[broken, _IOB] = _B
    doc.from_array(_ATTRS, out.astype(numpy.uint64))
    return doc


def parse_parts(nlp: Any, docs: list[Doc], ranges_of: Callable[[Doc], list[tuple[int, int]] | None],
                parser: Any, batch_size: int) -> list[Doc]:
    """Parse each tokenized article only in ``ranges_of(doc)`` (all of it when None), in
    ``parser.parse_many`` batches; one Doc per article, in order."""
    cuts = [cut(doc, r) if (r := ranges_of(doc)) else None for doc in docs]
    parsed = parser.parse_many(nlp, [c.part if c else d for c, d in zip(cuts, docs)], batch_size)
    out = []
    for c, doc, part in zip(cuts, docs, parsed):
        if c is None:
            out.append(part)
            continue
        c.part = part
        pasted = paste(c)   # None: fall back to parsing the whole article
        out.append(pasted if pasted is not None else parser.parse(nlp, doc.text))
    return out
