"""A mention the resolver can place only by the article (its sentence names no place the
gazetteer knows) and told with no day of its own names no where of its own: a hall, a
hotel or a roundabout the gazetteer does not know neither ties it to a happening nor sets
it apart, and it joins the happening it fits. A name told as the area it happened in ("In
X, ...") is a village the gazetteer missed, and stays apart. Texts written for these
tests."""
from __future__ import annotations

import pytest


def attacks(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


@pytest.mark.parametrize("text", [
    "Gunmen killed five worshippers at a mosque in Maiduguri on Friday, police said. The governor said "
    "he condemned the brutal shooting incident that took place at the Quelvany Hall during prayers.",
    "Gunmen shot dead four traders in Kano on Tuesday, police said. Witnesses described a terrifying "
    "shooting spree that unfolded beside the Gorbatsa roundabout for ten minutes.",
    "A car bomb killed nine soldiers at a checkpoint in Mogadishu on Sunday, officials said. The mayor "
    "visited the wounded and denounced the deadly bombing incident that happened outside the Zorbanite Hotel.",
])
def test_a_spot_the_gazetteer_does_not_know_ties_nothing(run, text):
    found = attacks(run(text))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]


def test_an_unknown_area_told_with_in_stays_apart(run):
    found = attacks(run("Gunmen killed five worshippers at a mosque in Maiduguri on Friday, police said. In "
                        "Quelvany, the brutal shooting incident that took place at a bus stop left residents in shock."))
    assert len(found) == 2
