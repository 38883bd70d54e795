"""Parse only some token ranges of a tokenized article and keep the whole article's Doc.

``cut`` copies the chosen ranges into one short Doc (a line break between ranges, so
no sentence runs from one into the next); after the pipeline has run over it, ``paste``
writes tags, lemmas, the parse and entities back onto the article's Doc. Tokens outside
the ranges keep their text and offsets but have no annotation; each gap between ranges
becomes one flat sentence, so ``doc.sents`` still covers the whole text.

Entities and the parse may come from two cuts: the entity recognizer of the small
pipelines has its own token vectors and reads nothing the tagger or parser sets, so it
can run alone over the whole article (resolution counts its entities for the article's
countries and main place) while tagger and parser run only over the sentences extraction
reads, with a margin of context either side (``MARGIN``, checked in ``paste``). The
recognizer is half the small pipeline's time, tagger, parser and lemmas the other half.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy

from polybius.nlp import wrapped
from polybius.nlp.spacy_pipeline import NORM, Doc

_PARSE = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
_ENTS = ["ENT_IOB", "ENT_TYPE"]
_ATTRS = _PARSE + _ENTS
_HEAD, _DEP, _IOB = _ATTRS.index("HEAD"), _ATTRS.index("DEP"), _ATTRS.index("ENT_IOB")
_I, _O, _B = 1, 2, 3   # spaCy's ENT_IOB codes

Ranges = list[tuple[int, int]]
# Tokens of context parsed either side of a range narrower than the entities' (not kept):
# the small pipelines' token vectors read 4 tokens either side, and the parser decides
# where a sentence ends from the words after it.
MARGIN = 8


@dataclass
class Cut:
    doc: Doc              # the article's tokenized Doc
    part: Doc             # the ranges, to be parsed
    where: numpy.ndarray  # index in ``doc`` of each token of ``part``, -1 for a separator
    keep: numpy.ndarray | None = None   # tokens of ``part`` whose parse is kept (None: all)


@dataclass(frozen=True)
class Plan:
    """What to run over an article: entities over ``entities``, tags and the parse over
    ``parse`` (within them); None for either: the whole article. ``margin`` tokens either
    side of each parse range are parsed too, and only kept when the parser ends the
    range's sentences where the range does (see ``paste``)."""
    entities: Ranges | None
    parse: Ranges | None
    margin: int = 0


def cut(doc: Doc, ranges: Ranges, margin: int = 0) -> Cut:
    """``ranges`` of ``doc`` as one Doc; with ``margin``, that many tokens either side of
    each range come along as context and are marked not to be kept."""
    core = None
    if margin:
        core = numpy.zeros(len(doc), dtype=bool)
        for a, b in ranges:
            core[a:b] = True
        padded: Ranges = []
        for a, b in ranges:
            a, b = max(0, a - margin), min(len(doc), b + margin)
            if padded and a <= padded[-1][1]:
                padded[-1] = (padded[-1][0], b)
            else:
                padded.append((a, b))
        ranges = padded
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
    at = numpy.array(where, dtype=numpy.int64)
    keep = None if core is None else (at >= 0) & core[numpy.maximum(at, 0)]
    part = Doc(doc.vocab, words=words, spaces=spaces)
    # which line breaks continue a sentence is the article's matter, not the part's (whose
    # joins between ranges would read as a hard-wrapped text): copied over by offset
    soft = wrapped.soft_breaks(doc.text)
    part.user_data[wrapped.SOFT_KEY] = frozenset(
        part[i].idx + part[i].text.index("\n") for i in numpy.flatnonzero(at >= 0).tolist()
        if "\n" in part[i].text and doc[int(at[i])].idx + doc[int(at[i])].text.index("\n") in soft) \
        if soft else frozenset()
    # the tokenizer's own norms ("Aug." -> "august"), which the models read
    norms = part.to_array([NORM])
    norms[at >= 0] = doc.to_array([NORM])[at[at >= 0]]
    part.from_array([NORM], norms)
    return Cut(doc, part, at, keep)


def whole(doc: Doc) -> Cut:
    """The whole article as its own part: the recognizer runs on the article's Doc
    itself (no copy; ``paste`` reads its entities before writing the parse back)."""
    return Cut(doc, doc, numpy.arange(len(doc), dtype=numpy.int64))


def _edges_agree(c: Cut) -> bool:
    """Does the parse of the part start a sentence at each edge between a kept run and
    its margin (at the first word after the edge: spaCy leaves a line break with the
    sentence before it)? Otherwise the parser read the margin and a kept sentence as
    one, and a parse with more context could differ."""
    from spacy.attrs import IS_SPACE, SENT_START

    keep, where = c.keep, c.where
    rows = c.part.to_array([SENT_START, IS_SPACE])
    starts, space = rows[:, 0] == 1, rows[:, 1] == 1
    for e in (numpy.flatnonzero(keep[1:] != keep[:-1]) + 1).tolist():
        if where[e - 1] < 0:
            continue   # a separator, not margin, before the edge
        while e < len(where) and where[e] >= 0 and space[e]:
            e += 1
        if e < len(where) and where[e] >= 0 and not starts[e]:
            return False
    return True


def paste(c: Cut, named: Cut | None = None) -> Doc | None:
    """The article's Doc with the parsed part's annotation (entities from ``named`` when
    given, else from the same part), or None when the parse of the part does not map
    back (a head outside its range)."""
    doc, n = c.doc, len(c.doc)
    part = c.part.to_array(_ATTRS).astype(numpy.int64)
    keep = c.where >= 0 if c.keep is None else c.keep
    if c.keep is not None and not _edges_agree(c):
        return None
    rows = numpy.flatnonzero(keep)
    target = c.where[rows]
    head_rows = rows + part[rows, _HEAD]
    if not keep[head_rows].all():
        return None
    heads = c.where[head_rows]   # absolute head in the part -> in the doc
    out = numpy.zeros((n, len(_ATTRS)), dtype=numpy.int64)
    out[:, _IOB] = _O
    out[target] = part[rows]
    out[target, _HEAD] = heads - target
    parsed = numpy.zeros(n, dtype=bool)
    parsed[target] = True
    named_at = parsed
    if named is not None:
        ents = named.part.to_array(_ENTS).astype(numpy.int64)
        erows = numpy.flatnonzero(named.where >= 0)
        out[:, _IOB] = _O
        out[:, _IOB + 1] = 0
        out[named.where[erows], _IOB:] = ents[erows]
        named_at = numpy.zeros(n, dtype=bool)
        named_at[named.where[erows]] = True
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
    # an entity the recognizer ran across a gap starts again after it
    starts = numpy.flatnonzero(out[:, _IOB] == _I)
    prev = numpy.maximum(starts - 1, 0)
    broken = starts[(starts == 0) | ~named_at[prev] | (out[prev, _IOB] == _O)]
    out[broken, _IOB] = _B
    doc.from_array(_ATTRS, out.astype(numpy.uint64))
    return doc


def parse_parts(nlp: Any, docs: list[Doc], plan_of: Callable[[Doc], Plan], parser: Any,
                batch_size: int) -> list[Doc]:
    """Parse each tokenized article as ``plan_of(doc)`` says, in ``parser.parse_many``
    batches: one with the whole pipeline (whole articles, parts parsed with their own
    entities), one without the recognizer and one with only the recognizer (and the
    line breaks, which end sentences); one Doc per article, in order."""
    groups: dict[str, list[Doc]] = {"all": [], "parse": [], "ents": []}
    jobs = []
    for doc in docs:
        plan = plan_of(doc)
        if plan.parse == plan.entities or "ner" not in nlp.pipe_names:
            if plan.entities is None:
                groups["all"].append(doc)
                jobs.append((None, None))
                continue
            c, e = cut(doc, plan.entities), None
            groups["all"].append(c.part)
        else:
            c = cut(doc, plan.parse if plan.parse is not None else [(0, len(doc))], plan.margin)
            e = cut(doc, plan.entities) if plan.entities is not None else whole(doc)
            groups["parse"].append(c.part)
            groups["ents"].append(e.part)
        jobs.append((c, e))
    ents_only = [n for n in nlp.pipe_names if n not in ("ner", "polybius_line_breaks")]
    done = {
        "all": iter(parser.parse_many(nlp, groups["all"], batch_size)),
        "parse": iter(parser.parse_many(nlp, groups["parse"], batch_size, disable=["ner"])),
        "ents": iter(parser.parse_many(nlp, groups["ents"], batch_size, disable=ents_only)),
    }
    out = []
    for c, e in jobs:
        if c is None:
            out.append(next(done["all"]))
            continue
        if e is None:
            c.part = next(done["all"])
        else:
            c.part, e.part = next(done["parse"]), next(done["ents"])
        pasted = paste(c, e)   # None: fall back to parsing the whole article
        out.append(pasted if pasted is not None else parser.parse(nlp, c.doc.text))
    return out
