"""spaCy's rule lemmatizer, asked once per spelling, part of speech and morphology.

spaCy's ``Lemmatizer`` visits every token as a Python object and sets its lemma one at a
time (a tenth of the small pipeline's time on news). Its answer depends only on the
token's text, part of speech and morphology, so ``Lemmas`` reads those as one array,
asks spaCy's own lemmatizer for each combination it has not met yet, and writes all
lemmas back in one ``from_array``: the same lemmas, without a Python object per token.
A lemma already set (by the attribute rules) is kept, as spaCy keeps it.
"""
from __future__ import annotations

from typing import Any

import numpy

_MAX_KNOWN = 500_000   # combinations remembered; then forgotten and learnt again


class Lemmas:
    """Built from a loaded rule-mode ``Lemmatizer``; called like a pipeline component."""

    def __init__(self, lemmatizer: Any):
        if getattr(lemmatizer, "mode", None) != "rule":
            raise ValueError("only a rule lemmatizer answers from text, part of speech and morphology")
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        todo = numpy.arange(len(doc)) if self.lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0)
        if len(self.known) > _MAX_KNOWN:
            self.known.clear()
        known, strings, lemmatize = self.known, doc.vocab.strings, self.lemmatizer.lemmatize
        for i, key in zip(todo.tolist(), map(tuple, rows[todo, :3].tolist())):
            lemma = known.get(key)
            if lemma is None:
                lemma = known[key] = strings.add(lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc
