"""Decide before parsing whether an article can hold an event at all.

Parsing is nearly all of polybius's time, and most of a real feed is sport, business,
weather and culture. Three screens, all exact: an article they turn away could not have
yielded an event after a full parse either.

- The article-level topic gate (``topic.off_topic``) reads only the raw text, so it
  runs before the parse instead of after it.
- Extraction starts only from a token whose lemma (or text) is a trigger of
  ``triggers.yaml``. The lemmatizer's own tables, read backwards
  (``spacy_pipeline.lemma_forms``), list every spelling that can carry such a lemma
  ("shot", "shooting", "shoots" for shoot); a trigger that needs a particle, an object
  or a neighbour ("took ... into custody", "opened fire") also needs one of their
  spellings somewhere in the article. The text is tokenized for this test (the same
  tokens the parser then gets, so nothing is tokenized twice), and an article with no
  such token is not parsed.
- An article whose trigger words are all of accusations, denials or threats
  (``verbal_event_types``) can only have events of those types; with hardly any strong
  conflict word it is a political quarrel (``topic.quarrel``), whose events the
  extractor would drop, so it is not parsed.

The screens are built from the lexicon when the pipeline loads, so edits to
``triggers.yaml`` and ``cues.yaml`` move them along. ``requires_intel_actor`` is not
screened (its test reads the parse), which only lets more articles through.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy

from polybius.extract import topic
from polybius.extract.lexicon import Lexicon, Trigger
from polybius.nlp import spacy_pipeline, wrapped

NO_TRIGGER = "no trigger word"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Screen:
    """The verdict on one article: ``reason`` why it is not parsed (a topic name, "no
    conflict words", "no trigger word"), or None and ``doc``, what to parse."""
    reason: str | None
    doc: Any = None


@dataclass(frozen=True)
class _Need:
    """What one trigger entry needs in the text: one of its own spellings, and one
    spelling from each of its constraint lists."""
    forms: frozenset[str]
    also: tuple[frozenset[str], ...]
    event_type: str
    party_preps: frozenset[str] = frozenset()   # `names_party`: a capitalised word after one of these


class Prefilter:
    """Built once per pipeline from its lexicon and its spaCy ``Language``."""

    def __init__(self, lex: Lexicon, nlp: Any):
        self.lex, self.nlp = lex, nlp
        self.warnings: list[str] = []   # what the screen could not bound, said once at load
        self.needs = _needs(lex, nlp, self.warnings)   # None: the lemmatizer cannot be read backwards
        for message in self.warnings:
            log.warning("prefilter: %s", message)
        self.forms = frozenset().union(*(n.forms for n in self.needs)) if self.needs else None
        self._form_ids = spacy_pipeline.string_ids(self.forms) if self.forms else None

    def screen(self, text: str) -> Screen:
        reason = topic.off_topic(text, self.lex)
        if reason:
            return Screen(reason)
        doc = spacy_pipeline.tokenize(self.nlp, text)
        if self.needs is None:
            return Screen(None, doc)
        words = {t.lower_ for t in doc}
        types = set()   # of the triggers whose words are there, when all are verbal so far
        for need in self.needs:
            if not need.forms.isdisjoint(words) and all(not a.isdisjoint(words) for a in need.also) \
                    and (not need.party_preps or _name_after(doc, need.party_preps)):
                if need.event_type not in self.lex.verbal_event_types:
                    return Screen(None, doc)
                types.add(need.event_type)
        if not types:
            return Screen(NO_TRIGGER)
        if topic.quarrel(types, text, self.lex):
            return Screen(topic.QUARREL)
        return Screen(None, doc)

    def ranges(self, doc, context: int) -> list[tuple[int, int]] | None:
        """The token ranges of ``doc`` worth parsing (see ``ranges``)."""
        return ranges(doc, self._form_ids, context=context) if self.forms else None


def _needs(lex: Lexicon, nlp: Any, warnings: list[str]) -> list[_Need] | None:
    """What each trigger entry needs in the text, or None (every article is parsed) when a
    trigger's own spellings cannot be listed; each such gap is added to ``warnings``."""
    needs = []
    for lemma, entries in lex.triggers.items():
        forms = spacy_pipeline.lemma_forms(nlp, [lemma])
        if forms is None:
            warnings.append(f"the spellings of trigger {lemma!r} cannot be listed from the lemmatizer; "
                            "the screen is off and every article is parsed")
            return None
        for trig in entries:
            needs.append(_Need(forms, _constraints(trig, nlp, warnings), trig.event_type, trig.names_party))
    return needs


def _name_after(doc, preps: frozenset[str]) -> bool:
    """A capitalised word right after one of ``preps`` (or after it and "the"): the party a
    `names_party` trigger points at ("point to the X", "the work of X"); "the end of the
    month" names none."""
    for t in doc[:-1]:
        if t.lower_ in preps:
            nxt = t.nbor(1)
            if nxt.lower_ == "the" and nxt.i + 1 < len(doc):
                nxt = nxt.nbor(1)
            if nxt.text[:1].isupper():
                return True
    return False


def _constraints(trig: Trigger, nlp: Any, warnings: list[str]) -> tuple[frozenset[str], ...]:
    """Spellings the trigger's constraints need: the particle itself (matched on the
    token's text), any form of an object or neighbour lemma (matched on lemma or text).
    A constraint whose spellings cannot be listed is left out (the entry then needs only
    its own spellings and its other constraints: the screen lets more through, never
    less), and said in ``warnings``; it no longer switches the whole screen off."""
    out = []
    if trig.prt:
        out.append(frozenset({trig.prt.lower()}))
    for what, lemmas in (("requires_dobj", trig.requires_dobj), ("requires_near", trig.requires_near)):
        if lemmas:
            forms = spacy_pipeline.lemma_forms(nlp, lemmas)
            if forms is None:
                warnings.append(f"the spellings of {what} {sorted(lemmas)} of trigger {trig.lemma!r} cannot be "
                                "listed; that constraint is not screened")
                continue
            out.append(forms)
    return tuple(out)


_ENDS = spacy_pipeline.string_ids([".", "!", "?"])
_CLOSERS = spacy_pipeline.string_ids(['"', "'", "\u201d", "\u2019", ")"])


def sentences(doc, cols: spacy_pipeline.Columns | None = None) -> list[tuple[int, int]]:
    """Token ranges of the sentences of a tokenized text, by punctuation and line breaks
    (the parser's own split needs the parse): a sentence ends at a line break (not
    inside a sentence of a hard-wrapped text, ``nlp.wrapped``), or at
    ".", "!" or "?" (with the closing quotes or brackets written straight after it) not
    followed by another such mark. A quote after a space ('said. "We') opens the next."""
    c = cols if cols is not None else spacy_pipeline.columns(doc)
    n = len(c.orth)
    if not n:
        return []
    stop = numpy.isin(c.orth, _ENDS)
    closes = numpy.isin(c.orth, _CLOSERS)
    closes[1:] &= ~c.ws[:-1]
    closes[0] = False
    # a full stop, or a closer straight after one
    mark = stop.copy()
    mark[1:] |= closes[1:] & stop[:-1]
    more = numpy.zeros(n, dtype=bool)   # the next token continues the run of marks
    more[:-1] = closes[1:] | stop[1:]
    end = mark & ~more
    soft = wrapped.soft_breaks(doc.text)   # a hard-wrapped page: a break inside a sentence
    for i in numpy.flatnonzero(c.space).tolist():
        if "\n" in doc[i].text and not spacy_pipeline.soft_break(doc[i], soft):
            end[i] = True
    cuts = (numpy.flatnonzero(end) + 1).tolist()
    if not cuts or cuts[-1] < n:
        cuts.append(n)
    return list(zip([0] + cuts[:-1], cuts))


def ranges(doc, forms, lead: int = 2, context: int = 0,
           max_share: float = 0.8) -> list[tuple[int, int]] | None:
    """The token ranges worth parsing: the first ``lead`` sentences (headline and lead),
    every sentence holding a trigger spelling (``forms``: lower-case words, or their
    ``string_ids``) and ``context`` sentences either side; None when that is nearly the
    whole text (``max_share`` of its tokens)."""
    c = spacy_pipeline.columns(doc)
    ids = forms if isinstance(forms, numpy.ndarray) else spacy_pipeline.string_ids(forms)
    # running counts: trigger spellings and non-space tokens up to each token
    hits = numpy.concatenate(([0], numpy.cumsum(numpy.isin(c.lower, ids))))
    words = numpy.concatenate(([0], numpy.cumsum(~c.space)))
    sents = [(a, b) for a, b in sentences(doc, c) if words[b] > words[a]]
    keep = [k < lead or hits[b] > hits[a] for k, (a, b) in enumerate(sents)]
    if context:
        found = [k for k, on in enumerate(keep) if on]
        for k in found:
            for j in range(max(0, k - context), min(len(sents), k + context + 1)):
                keep[j] = True
    out: list[tuple[int, int]] = []
    for (a, b), on in zip(sents, keep):
        if not on:
            continue
        if out and words[a] == words[out[-1][1]]:
            out[-1] = (out[-1][0], b)   # adjacent: one range
        else:
            out.append((a, b))
    if sum(b - a for a, b in out) >= max_share * len(doc):
        return None
    return out
