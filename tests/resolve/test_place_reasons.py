"""What a resolved place says about itself: the mention it was read from, the level,
and the reason a reader sees (why this place and not its namesake)."""
from __future__ import annotations

import pytest

from polybius.resolve.places import Gazetteer
from polybius.settings import Settings


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(Settings())


def test_a_country_by_code(gaz):
    afg = gaz.country("afg")
    assert (afg.text, afg.name, afg.country, afg.precision, afg.reason) == \
        (None, "Afghanistan", "AFG", "country", "country")
    assert afg.lat == pytest.approx(34.38, abs=0.1) and afg.lon == pytest.approx(66.53, abs=0.1)
    assert afg.geonames_id == 1149361
    assert gaz.country("XXX") is None and gaz.country(None) is None


@pytest.mark.parametrize("mention, name, country, precision, reason", [
    ("Nigeria", "Nigeria", "NGA", "country", "country name"),
    ("northern Nigeria", "Nigeria", "NGA", "region", "country, 'northern' part of it"),
    ("the Sahel", "Sahel", None, "region", "macro-region"),
    ("Kano", "Kano", "NGA", "city", "city; pop 4,910,000"),
    ("near Kano", "Kano", "NGA", "city", "'near'"),
    ("Kano, Nigeria", "Kano", "NGA", "city", "named country NGA"),
    ("Kano's", "Kano", "NGA", "city", "city"),
])
def test_the_place_keeps_its_mention_and_says_why(gaz, mention, name, country, precision, reason):
    place = gaz.resolve(mention)
    assert (place.text, place.name, place.country, place.precision) == (mention, name, country, precision)
    assert reason in place.reason


def test_the_runner_up_is_named_with_the_margin(gaz):
    assert "next Kano (NGA) +2.8" in gaz.resolve("Kano").reason   # the state, by its display name


def test_a_country_the_tagger_calls_a_date_still_counts_for_the_article(pipeline):
    """The small model sometimes tags "Niger" as a DATE: it is still the article's country."""
    from spacy.tokens import Doc, Span

    from polybius.resolve.resolver import _untagged_country_names
    words = ["Gunmen", "ambushed", "a", "patrol", "in", "Niger", "on", "Thursday", "."]
    doc = pipeline.nlp(Doc(pipeline.nlp.vocab, words=words))
    doc.ents = [Span(doc, 5, 8, label="DATE")]
    assert "NER" in set(_untagged_country_names(doc))
