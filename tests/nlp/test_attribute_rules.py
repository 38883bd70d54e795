"""The array version of spaCy's attribute ruler sets exactly what spaCy's own sets."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from polybius.nlp.attribute_rules import AttributeRules, Unsupported
from polybius.settings import Settings

TEXTS = [
    "Gunmen killed five soldiers in an ambush near Gao on Monday, the army said.",
    "Y'all gonna let's go, ain't it? I gotta c'm on.  \n\n There is a bomb. But he did. It is.",
    "Police detained 40 people and said they had seized weapons; none of them were hurt.",
    "He gets what he got, does he not? You saw it and I saw you. What did they do to us?",
    "   leading spaces\n\nHEADLINE IN CAPITALS\n\t tab",
    "",
    "x",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(Settings().spacy_model)


def _before_ruler(nlp, texts):
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("attribute_ruler")]):
        return [d.to_bytes() for d in nlp.pipe(texts)]


def _attrs(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_same_attributes_as_spacys_ruler(stock):
    ruler = stock.get_pipe("attribute_ruler")
    fast = AttributeRules(ruler)
    for data in _before_ruler(stock, TEXTS):
        want = ruler(Doc(stock.vocab).from_bytes(data))
        got = fast(Doc(stock.vocab).from_bytes(data))
        assert _attrs(got) == _attrs(want)


def test_polybius_pipeline_matches_spacys_pipeline():
    from polybius.nlp.spacy_pipeline import load

    ours = load(Settings().spacy_model)
    stock = spacy.load(Settings().spacy_model)   # with polybius's one other component
    stock.add_pipe("polybius_line_breaks", before="parser")
    assert "polybius_attribute_rules" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    for a, b in zip(ours.pipe(TEXTS), stock.pipe(TEXTS)):
        assert _attrs(a) == _attrs(b)
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]


def test_a_pattern_it_cannot_evaluate_is_refused():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "x", "OP": "+"}]], {"LEMMA": "y"})
    with pytest.raises(Unsupported):
        AttributeRules(ruler)
