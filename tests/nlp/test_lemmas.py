"""The lemma component gives exactly spaCy's rule lemmatizer's lemmas."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from polybius.nlp.lemmas import Lemmas
from polybius.settings import Settings

TEXTS = [
    "Gunmen killed five soldiers in an ambush near Gao on Monday; the army said they were shot.",
    "He gets what he got, does he not? She was better, the best, and they were being driven.",
    "Militants stormed the bases, shelled towns, detained 40 and took hostages; mice fled.",
    "   leading spaces\n\nHEADLINE IN CAPITALS: ATTACKS KILLED SOLDIERS\n\t tab",
    "",
    "x",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(Settings().spacy_model)


def _before_lemmatizer(nlp, texts):
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[:names.index("lemmatizer")]):
        return [d.to_bytes() for d in nlp.pipe(texts)]


def test_same_lemmas_as_spacys_lemmatizer_twice_over(stock):
    spacys = stock.get_pipe("lemmatizer")
    ours = Lemmas(spacys)
    for _round in range(2):   # the second time from what it has remembered
        for data in _before_lemmatizer(stock, TEXTS):
            want = spacys(Doc(stock.vocab).from_bytes(data))
            got = ours(Doc(stock.vocab).from_bytes(data))
            assert [t.lemma_ for t in got] == [t.lemma_ for t in want]
    assert ours.known


def test_a_lemma_set_before_it_is_kept(stock):
    doc = Doc(stock.vocab).from_bytes(_before_lemmatizer(stock, ["They were shot."])[0])
    doc[2].lemma_ = "kept"
    out = Lemmas(stock.get_pipe("lemmatizer"))(doc)
    assert [t.lemma_ for t in out] == ["they", "be", "kept", "."]


def test_only_a_rule_lemmatizer_is_taken():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError):
        Lemmas(nlp.add_pipe("lemmatizer", config={"mode": "lookup"}))
