"""spaCy's attribute ruler, applied with array operations: the same output, a fraction
of the time.

The English pipelines' ``attribute_ruler`` maps every token's tag to its part of speech
and morphology and fixes a few lemmas, by running a ``Matcher`` over ~180 one- and
two-token patterns and setting each match through a ``Span``: about a fifth of the
small pipeline's parse time. The patterns only test ``TAG``, ``LOWER``, ``DEP`` and
``IS_SPACE`` (a value, ``IN``, ``NOT_IN`` or ``REGEX``), so each is a boolean mask over
the doc's arrays; masks are computed on the doc as the ruler found it and applied in
pattern order (a later pattern wins), as the ruler does. ``AttributeRules`` refuses a
ruler with any other kind of pattern (``Unsupported``), and the pipeline then keeps
spaCy's own.
"""
from __future__ import annotations

import re
from typing import Any

import numpy

_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_SET = ("TAG", "POS", "MORPH", "LEMMA", "DEP")


class Unsupported(ValueError):
    """The ruler has a pattern this module does not evaluate."""


class AttributeRules:
    """Built from a loaded ``AttributeRuler``; called like a pipeline component."""

    def __init__(self, ruler: Any):
        from spacy.attrs import IDS

        self.vocab = ruler.vocab
        names = {IDS[name]: name for name in _SET}
        self.rules: list[tuple[list[list], int, dict[str, int]]] = []
        for k, entry in enumerate(ruler.patterns):
            attrs = {}
            for attr_id, value in ruler.attrs[k].items():
                if attr_id not in names:
                    raise Unsupported(f"pattern {k} sets attribute {attr_id}")
                attrs[names[attr_id]] = int(value)
            for pattern in entry["patterns"]:
                self.rules.append(([self._spec(tok) for tok in pattern], int(entry["index"]), attrs))

    def _spec(self, tok: dict) -> list:
        spec = []
        for key, value in tok.items():
            if key not in _TESTED:
                raise Unsupported(f"a pattern tests {key}")
            if key == "IS_SPACE":
                if not isinstance(value, bool):
                    raise Unsupported("IS_SPACE with an operator")
                spec.append((key, "==", int(value)))
            elif isinstance(value, str):
                spec.append((key, "==", self._hash(value)))
            elif isinstance(value, dict) and len(value) == 1:
                op, arg = next(iter(value.items()))
                if op in ("IN", "NOT_IN"):
                    spec.append((key, op, numpy.array([self._hash(v) for v in arg], dtype=numpy.uint64)))
                elif op == "REGEX":
                    spec.append((key, op, re.compile(arg)))
                else:
                    raise Unsupported(f"operator {op}")
            else:
                raise Unsupported(f"value {value!r}")
        return spec

    def _hash(self, text: str) -> int:
        return self.vocab.strings.add(text) if text else 0

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        tested = dict(zip(_TESTED, doc.to_array(list(_TESTED)).T))
        cols = dict(zip(_SET, doc.to_array(list(_SET)).T.copy()))
        strings = self.vocab.strings
        regex_cache: dict = {}
        changed_dep: list[int] = []
        for spec, index, attrs in self.rules:
            masks = [self._mask(s, tested, strings, regex_cache, n) for s in spec]
            width = len(masks)
            if width > n:
                continue
            hit = masks[0][:n - width + 1].copy()
            for j in range(1, width):
                hit &= masks[j][j:n - width + 1 + j]
            starts = numpy.flatnonzero(hit)
            if not len(starts):
                continue
            targets = starts + (index if index >= 0 else width + index)
            for name, value in attrs.items():
                cols[name][targets] = value
            if "DEP" in attrs:
                changed_dep.extend(targets.tolist())
        doc.from_array(["TAG", "POS", "MORPH", "LEMMA"],
                       numpy.stack([cols[a] for a in ("TAG", "POS", "MORPH", "LEMMA")], axis=1))
        for i in changed_dep:   # rare (whitespace tokens): the dependency label alone
            doc[i].dep = int(cols["DEP"][i])
        return doc

    @staticmethod
    def _mask(spec, tested, strings, regex_cache, n) -> numpy.ndarray:
        mask = numpy.ones(n, dtype=bool)
        for key, op, arg in spec:
            col = tested[key]
            if op == "==":
                mask &= col == arg
            elif op == "IN":
                mask &= numpy.isin(col, arg)
            elif op == "NOT_IN":
                mask &= ~numpy.isin(col, arg)
            else:
                key_ = (arg.pattern, key)
                if key_ not in regex_cache:
                    regex_cache[key_] = numpy.array([bool(arg.search(strings[int(h)])) if h else False
                                                     for h in col], dtype=bool)
                mask &= regex_cache[key_]
        return mask
