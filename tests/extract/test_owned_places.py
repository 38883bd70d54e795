"""Possessive place names: "in X's Y neighbourhood", "X province's Y district" (where),
and a possessive ending that is not part of a name. The parse is built by hand where
the small tagger's reading of a sentence decides the case."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import polybius
from polybius.extract.mentions.arguments import places_in
from polybius.records import Place
from polybius.resolve.places import Gazetteer
from polybius.resolve.unknown_places import read_name
from polybius.settings import Settings


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, rows, ents):
    """``rows``: (word, head index, dep, pos, tag) per token; ``ents``: IOB tags."""
    words, heads, deps, pos, tags = (list(c) for c in zip(*rows))
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
               lemmas=[w.lower() for w in words])


def _places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    events = polybius.extract(text, published="2025-05-07")
    assert events, "the text tells an event"
    return [(e.location.name, e.location.country, e.location.precision) if e.location else (None, None, None)
            for e in events]


def test_an_entity_the_tagger_starts_at_a_possessive_ending_is_read_without_it(vocab):
    doc = _doc(vocab, [("Gunmen", 1, "nsubj", "NOUN", "NNS"), ("raided", 1, "ROOT", "VERB", "VBD"),
                       ("farms", 1, "dobj", "NOUN", "NNS"), ("in", 2, "prep", "ADP", "IN"),
                       ("Niger", 7, "poss", "PROPN", "NNP"), ("’s", 4, "case", "PART", "POS"),
                       ("Tahoua", 7, "compound", "PROPN", "NNP"), ("region", 3, "pobj", "NOUN", "NN")],
               ["O", "O", "O", "O", "O", "B-GPE", "I-GPE", "O"])
    assert places_in([t for t in doc if t.text != "Niger"]) == ["Tahoua region"]


def test_the_owner_of_a_neighbourhood_is_where_even_as_an_organisation(vocab):
    doc = _doc(vocab, [("Bombers", 1, "nsubj", "NOUN", "NNS"), ("hit", 1, "ROOT", "VERB", "VBD"),
                       ("a", 3, "det", "DET", "DT"), ("bus", 1, "dobj", "NOUN", "NN"),
                       ("in", 3, "prep", "ADP", "IN"), ("Quetta", 9, "poss", "PROPN", "NNP"),
                       ("’s", 5, "case", "PART", "POS"), ("busy", 9, "amod", "ADJ", "JJ"),
                       ("Jinnah", 9, "compound", "PROPN", "NNP"), ("neighbourhood", 4, "pobj", "NOUN", "NN")],
               ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "B-ORG", "O"])
    assert places_in(list(doc)) == ["Quetta"]
    # the owner of a body ("Quetta's council") is who, not where
    body = _doc(vocab, [("Bombers", 1, "nsubj", "NOUN", "NNS"), ("hit", 1, "ROOT", "VERB", "VBD"),
                        ("Quetta", 4, "poss", "PROPN", "NNP"), ("’s", 2, "case", "PART", "POS"),
                        ("council", 1, "dobj", "NOUN", "NN")],
                ["O", "O", "B-ORG", "O", "O"])
    assert places_in(list(body)) == []


def test_a_known_part_wins_over_the_town_that_owns_it():
    from polybius.resolve.resolver import _owned_part_first
    town = Place(text="Mosul", name="Mosul", country="IRQ", precision="city")
    part = Place(text="Hay al-Zahra", name="Hay al-Zahra", country="IRQ", precision="admin2")
    sentence = "A bomb killed two men in Mosul's Hay al-Zahra district on Friday."
    assert _owned_part_first([town, part], sentence) == [part]
    # written without the possessive, both stay (the most specific then wins)
    assert _owned_part_first([town, part], "Bombs hit Mosul and Hay al-Zahra.") == [town, part]


def test_a_district_the_gazetteer_lacks_is_finer_than_the_province_that_owns_it():
    places = _places("Militants killed a soldier in Bannu on Monday. Five soldiers died on Friday "
                     "when militants ambushed their patrol in Khyber Pakhtunkhwa’s Qirrabad district, "
                     "officials said.")
    assert places[-1] == ("Qirrabad", "PAK", "admin2")


def test_a_trailing_possessive_is_no_part_of_a_name_read_as_written():
    data = Gazetteer.load(Settings()).data
    assert read_name("Qirrabad Township's", data, frozenset()) == ("Qirrabad", "admin2")
    assert read_name("Qirrabad Upazila’s", data, frozenset()) == ("Qirrabad", "admin2")


def test_the_town_that_owns_a_named_site_is_where(vocab):
    # "Gunmen shot two guards at Lahore’s Ravi Textile Mill."
    doc = _doc(vocab, [("Gunmen", 1, "nsubj", "NOUN", "NNS"), ("shot", 1, "ROOT", "VERB", "VBD"),
                       ("two", 3, "nummod", "NUM", "CD"), ("guards", 1, "dobj", "NOUN", "NNS"),
                       ("at", 1, "prep", "ADP", "IN"), ("Lahore", 9, "poss", "PROPN", "NNP"),
                       ("’s", 5, "case", "PART", "POS"), ("Ravi", 9, "compound", "PROPN", "NNP"),
                       ("Textile", 9, "compound", "PROPN", "NNP"), ("Mill", 4, "pobj", "PROPN", "NNP")],
               ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
    assert places_in(list(doc)) == ["Lahore"]
    # "Militants stormed the library of Quetta's Iqbal College."
    part = _doc(vocab, [("Militants", 1, "nsubj", "NOUN", "NNS"), ("stormed", 1, "ROOT", "VERB", "VBD"),
                        ("the", 3, "det", "DET", "DT"), ("library", 1, "dobj", "NOUN", "NN"),
                        ("of", 3, "prep", "ADP", "IN"), ("Quetta", 8, "poss", "PROPN", "NNP"),
                        ("'s", 5, "case", "PART", "POS"), ("Iqbal", 8, "compound", "PROPN", "NNP"),
                        ("College", 4, "pobj", "PROPN", "NNP")],
                ["O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG", "I-ORG"])
    assert places_in(list(part)) == ["Quetta"]


def test_a_hospital_or_a_country_owning_a_site_is_not_where(vocab):
    # "Two men died at Lahore’s Mayo Hospital": where the wounded went, not the scene
    care = _doc(vocab, [("Two", 1, "nummod", "NUM", "CD"), ("men", 2, "nsubj", "NOUN", "NNS"),
                        ("died", 2, "ROOT", "VERB", "VBD"), ("at", 2, "prep", "ADP", "IN"),
                        ("Lahore", 7, "poss", "PROPN", "NNP"), ("’s", 4, "case", "PART", "POS"),
                        ("Mayo", 7, "compound", "PROPN", "NNP"), ("Hospital", 3, "pobj", "PROPN", "NNP")],
                ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"])
    assert places_in(list(care)) == []
    # "Police questioned him at Kenya's Interior Ministry": a country owns a body, not a site
    body = _doc(vocab, [("Police", 1, "nsubj", "NOUN", "NNS"), ("questioned", 1, "ROOT", "VERB", "VBD"),
                        ("him", 1, "dobj", "PRON", "PRP"), ("at", 1, "prep", "ADP", "IN"),
                        ("Kenya", 7, "poss", "PROPN", "NNP"), ("'s", 4, "case", "PART", "POS"),
                        ("Interior", 7, "compound", "PROPN", "NNP"), ("Ministry", 3, "pobj", "PROPN", "NNP")],
                ["O", "O", "O", "O", "B-ORG", "O", "B-ORG", "I-ORG"])
    assert places_in(list(body)) == []


def test_a_place_inside_the_owners_words_yields_to_the_town_it_owns():
    from polybius.resolve.resolver import _owned_part_first
    split = Place(text="Kohat", name="Kohat", country="PAK", precision="city")   # the tagger's "Kohat" of "Kohat and Hangu's"
    town = Place(text="Doaba", name="Doaba", country="PAK", precision="city")
    sentence = "A blast wounded three men in Kohat and Hangu's Doaba on Friday."
    assert _owned_part_first([split, town], sentence) == [town]
    # two towns listed, with no possessive, both stay
    assert _owned_part_first([split, town], "Blasts hit Kohat and Doaba on Friday.") == [split, town]


def test_a_name_the_tagger_runs_through_a_possessive_is_cut_at_it(vocab):
    # "at Lahore’s Data Ganj bridge" tagged as one organisation: the town is the place
    doc = _doc(vocab, [("Police", 1, "nsubj", "PROPN", "NNP"), ("stopped", 1, "ROOT", "VERB", "VBD"),
                       ("two", 3, "nummod", "NUM", "CD"), ("men", 1, "dobj", "NOUN", "NNS"),
                       ("at", 1, "prep", "ADP", "IN"), ("Lahore", 9, "poss", "PROPN", "NNP"),
                       ("’s", 5, "case", "PART", "POS"), ("Data", 8, "compound", "PROPN", "NNP"),
                       ("Ganj", 9, "compound", "PROPN", "NNP"), ("bridge", 4, "pobj", "NOUN", "NN")],
               ["O", "O", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "I-GPE"])
    assert places_in(list(doc)) == ["Lahore", "Data Ganj bridge"]


def test_place_ents_cut_a_name_at_its_possessive_unless_known_whole(vocab):
    from polybius.resolve.refine import place_ents
    doc = _doc(vocab, [("at", 1, "prep", "ADP", "IN"), ("Lahore", 4, "poss", "PROPN", "NNP"),
                       ("’s", 1, "case", "PART", "POS"), ("Data", 4, "compound", "PROPN", "NNP"),
                       ("bridge", 0, "pobj", "NOUN", "NN"), ("and", 4, "cc", "CCONJ", "CC"),
                       ("Multan", 7, "poss", "PROPN", "NNP"), ("’s", 6, "case", "PART", "POS")],
               ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "I-GPE"])
    assert [(e.text, e.label_) for e in place_ents(doc)] == [
        ("Lahore", "ORG"), ("Data bridge", "ORG"), ("Multan", "GPE")]
    # a place whose own name holds a possessive stays whole
    whole = [e.text for e in place_ents(doc, known=lambda t: t.startswith("Lahore"))]
    assert whole[0].startswith("Lahore") and whole[0].endswith("bridge")
