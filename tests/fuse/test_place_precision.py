"""Places at different precision that must still agree: a town named like its own
province ("Zacatecas") may be the province in one report and a town of it in another."""
from __future__ import annotations

import dataclasses

import numpy as np

from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import build_table
from polybius.fuse.scoring import place_component
from polybius.records import Place

CFG = FuseConfig()
ZACATECAS = Place("Zacatecas", "Zacatecas", "Zacatecas", "MEX", 22.77, -102.58, None, "city")
FRESNILLO = Place("Fresnillo", "Fresnillo", "Zacatecas", "MEX", 23.17, -102.87, None, "city")
LEON = Place("Leon", "Leon", "Guanajuato", "MEX", 21.12, -101.68, None, "city")
JEREZ = Place("Jerez", "Jerez", "Zacatecas", "MEX", 22.65, -103.00, None, "city")


def place_score(make_event, a: Place, b: Place) -> float:
    ea = dataclasses.replace(make_event("a"), location=a)
    eb = dataclasses.replace(make_event("b"), location=b)
    t = build_table([ea, eb], [], CFG)
    return float(place_component(t, np.array([0]), np.array([1]), CFG)[0])


def test_a_town_named_like_its_province_meets_another_town_of_it_as_the_province(make_event):
    # 50 km apart: as two towns they are far apart; "Zacatecas" may mean the state
    assert place_score(make_event, ZACATECAS, FRESNILLO) == CFG.place_agree["admin1"]
    assert place_score(make_event, FRESNILLO, ZACATECAS) == CFG.place_agree["admin1"]
    # the same town keeps its town agreement
    assert place_score(make_event, ZACATECAS, ZACATECAS) == CFG.place_agree["city"]
    # two towns of the province, neither named like it, stay apart; so does another
    # province's town
    assert place_score(make_event, FRESNILLO, JEREZ) == CFG.place_far
    assert place_score(make_event, ZACATECAS, LEON) == CFG.place_far
