"""Each pair-score component on hand-made pairs; expected values from FuseConfig."""
from __future__ import annotations

import math

import numpy as np
import pytest

from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import build_table
from polybius.geo import haversine_km
from polybius.fuse.scoring import (VETO, actor_component, counts_component, date_component,
                                   mode_component, mode_matrix, place_component, score_pairs,
                                   status_component, text_component)

CFG = FuseConfig()
I, J = np.array([0]), np.array([1])


def table(*events):
    return build_table(list(events), [], CFG)


def one(fn, a, b) -> float:
    return float(fn(table(a, b), I, J, CFG)[0])


def test_haversine_known_distances():
    # one degree of longitude on the equator = 2*pi*R/360 = 111.195 km
    assert haversine_km(np.array([0.0]), np.array([0.0]), np.array([0.0]),
                        np.array([1.0]))[0] == pytest.approx(111.195, abs=0.01)
    # Istanbul - Ankara is roughly 350 km as the crow flies
    d = haversine_km(np.array([41.01]), np.array([28.98]), np.array([39.93]),
                     np.array([32.86]))[0]
    assert 330 < d < 370


@pytest.mark.parametrize("d1, d2, expected", [
    ("2025-03-04", "2025-03-04", CFG.date_same_day),
    ("2025-03-04", "2025-03-05", CFG.date_gap[0]),
    ("2025-03-04", "2025-03-06", CFG.date_gap[1]),
    ("2025-03-04", "2025-03-07", CFG.date_gap[2]),
    ("2025-03-04", "2025-03-20", CFG.date_disjoint),
    ("2025-03", "2025-03-20", CFG.date_month_overlap),
    ("2025-03", "2025-04-02", CFG.date_gap[1]),       # 2 days after the month ends
    ("2019", "2019-05-18", 0.0),     # coarse dates meet only when they overlap: no evidence
    ("2018", "2019-05-18", CFG.date_disjoint),
])
def test_date_component(make_event, d1, d2, expected):
    assert one(date_component, make_event("a", date=d1), make_event("b", date=d2)) == expected


def test_week_precision_overlaps_its_days(make_event):
    week = make_event("a", date="2025-03-03", precision="week", date_text="last week")
    assert one(date_component, week, make_event("b", date="2025-03-09")) == \
        CFG.date_week_overlap
    assert one(date_component, week, make_event("b", date="2025-03-10")) == CFG.date_gap[0]


def test_date_defaulted_to_publication_covers_the_days_before(make_event):
    # a lead event without a date in its text is dated at publication; the happening
    # may be a day or two earlier, so that is weak agreement, not a one-day gap
    lead = make_event("a", published="2025-03-05", date="2025-03-05", date_text=None)
    stated = make_event("b", date="2025-03-04")
    assert one(date_component, lead, stated) == CFG.date_week_overlap


def test_an_undated_news_event_agrees_with_its_publication_week_as_a_stated_week(make_event):
    """No date in the text: it happened in the week before publication, which a report of
    a day in that week agrees with as much as with "last week", and a report of a day
    after publication neither confirms nor contradicts (late publication, time zones)."""
    undated = make_event("a", date=None, published="2025-03-06")
    assert one(date_component, undated, make_event("b", date="2025-03-04")) == \
        CFG.date_week_overlap
    assert one(date_component, undated, make_event("b", date="2025-03-08")) == 0.0
    assert one(date_component, undated, make_event("b", date="2025-03")) == \
        CFG.date_month_overlap                   # the coarser of the two decides
    assert one(date_component, undated, make_event("b", date="2025-02-20")) == \
        CFG.date_disjoint                        # two weeks before publication


def test_place_component(make_event):
    kabul = make_event("a", city="Kabul")
    assert one(place_component, kabul, make_event("b", city="Kabul")) == CFG.place_agree["city"]
    assert one(place_component, make_event("a", city="Istanbul"),
               make_event("b", city="Ankara")) == CFG.place_far
    # a province-level report of a city event: agreement at admin1 strength
    assert one(place_component, make_event("a", city="Kabul", place_precision="admin1"),
               kabul) == CFG.place_agree["admin1"]
    # without coordinates: admin1 decides
    assert one(place_component, make_event("a", city="Kabul", coords=False,
                                           place_precision="admin1"),
               make_event("b", city="Kabul", coords=False, place_precision="admin1")) \
        == CFG.admin1_agree
    assert one(place_component, make_event("a", city="Istanbul", coords=False),
               make_event("b", city="Ankara", coords=False)) == CFG.admin1_conflict
    assert one(place_component, kabul, make_event("b", city=None)) == 0.0


def test_actor_component(make_event):
    isk = make_event("a", actor="Islamic State")
    assert one(actor_component, isk, make_event("b", actor="Islamic State")) == \
        CFG.actor_agree_group
    assert one(actor_component, make_event("a", actor="Turkey", actor_kind="state"),
               make_event("b", actor="Turkey", actor_kind="state")) == CFG.actor_agree_state
    assert one(actor_component, isk, make_event("b", actor="al-Shabaab")) == CFG.actor_conflict
    assert one(actor_component, isk, make_event("b", actor=None)) == 0.0


def test_counts_component(make_event):
    def counts(a, b, qa="exact", qb="exact"):
        return one(counts_component, make_event("a", killed=a, qualifier=qa),
                   make_event("b", killed=b, qualifier=qb))
    assert counts(139, 144) == pytest.approx(CFG.count_agree)        # within 10 %, big
    assert counts(1, 1) == pytest.approx(CFG.count_agree * math.log10(2) / 2)
    assert counts(7, 5) == 0.0                                         # close: 2 apart
    assert counts(23, 47) == CFG.count_conflict
    assert counts(20, 47, qa="at_least") == 0.0                        # a floor, not a figure
    assert counts(None, 47) == 0.0


def test_status_component(make_event):
    def status(a, b):
        return one(status_component, make_event("a", status=a), make_event("b", status=b))
    assert status("occurred", "occurred") == 0.0
    assert status("planned", "occurred") == CFG.status_planned_vs_occurred
    assert status("occurred", "thwarted") == CFG.status_planned_vs_occurred
    assert status("alleged", "occurred") == CFG.status_alleged_vs_occurred
    assert status("planned", "thwarted") == 0.0
    assert status("denied", "occurred") == CFG.status_denied_vs_other
    assert status("denied", "denied") == 0.0


def test_mode_matrix(make_event):
    t = table(make_event("a", mode="explosives"), make_event("b", mode="suicide_bomb"),
              make_event("c", mode="firearms"), make_event("d", mode="unspecified"),
              make_event("e", event_type="COERCE", mode="arrest"),
              make_event("f", event_type="COERCE", mode="deport"))
    m = mode_matrix(t, CFG)
    code = {name: c + 1 for name, c in t.modes.codes.items()}
    assert m[code["explosives"], code["explosives"]] == CFG.same_mode
    assert m[code["explosives"], code["suicide_bomb"]] == CFG.compatible_mode
    # a bomb and guns may be one attack told two ways; an arrest and a deportation not
    assert m[code["explosives"], code["firearms"]] == CFG.combined_mode
    assert m[code["arrest"], code["deport"]] == CFG.incompatible_mode
    assert m[code["unspecified"], code["firearms"]] == 0.0


def test_text_component(make_event):
    s = "Gunmen stormed a hotel near the beach and held guests hostage overnight"
    assert one(text_component, make_event("a", sentence=s), make_event("b", sentence=s)) == \
        CFG.text_max
    assert one(text_component, make_event("a", sentence="Protesters marched on parliament"),
               make_event("b", sentence="Drone strike destroyed vehicle")) == CFG.text_min


def test_same_article_distinct_events_are_vetoed(make_event):
    a = make_event("a", article="x", city="Istanbul", event_type="COERCE", mode="arrest",
                   arrested=47, sentence="Police detained 47 suspects in Istanbul on Tuesday.")
    b = make_event("b", article="x", city="Ankara", event_type="COERCE", mode="arrest",
                   arrested=12, sentence="Police in Ankara detained 12 people on Tuesday.")
    scores = score_pairs(table(a, b), I, J, CFG)
    assert scores.components["same_article"][0] == VETO
    assert scores.score[0] < 1e-6


def test_headline_repeating_the_lead_may_merge(make_event):
    title = "Suicide bomber kills 139 at crowded Kabul market"
    lead = "A suicide bomber killed 139 people at a crowded market in Kabul on Tuesday."
    a = make_event("a", article="x", title=title, sentence=title, killed=139,
                   mode="suicide_bomb")
    b = make_event("b", article="x", title=title, sentence=lead, killed=139,
                   mode="suicide_bomb")
    scores = score_pairs(table(a, b), I, J, CFG)
    assert scores.components["same_article"][0] == 0.0
    assert scores.score[0] >= CFG.threshold


def test_score_is_sigmoid_of_prior_plus_components(make_event):
    a = make_event("a", killed=5, actor="Islamic State")
    b = make_event("b", killed=5, actor="Islamic State", city="Izmir")
    s = score_pairs(table(a, b), I, J, CFG)
    logit = CFG.prior + sum(float(v[0]) for v in s.components.values())
    assert s.score[0] == pytest.approx(1 / (1 + math.exp(-logit)), abs=1e-5)
    assert s.explain(0)["place"] == CFG.place_far


def test_a_weapon_the_other_report_tells_is_no_disagreement(make_event):
    """One outlet codes the attack by the guard's death ("firearms"), the other by the
    suicide blast; the first report's own sentence names the blast: one attack, two weapons
    of it, so the pair gets the related-modes score, not the combined-modes penalty."""
    told = make_event("a", mode="firearms", sentence="A police chief and his guard were killed "
                      "in a suicide blast near the market on Tuesday.")
    blast = make_event("b", mode="suicide_bomb", sentence="A suicide bomber struck a police car "
                       "near the market, killing its passenger.")
    other = make_event("c", mode="firearms", sentence="Two guards were shot dead at the gate "
                       "of the market on Tuesday.")
    modes = mode_matrix(table(told, blast), CFG)
    assert float(mode_component(table(told, blast), I, J, modes, CFG)[0]) == CFG.told_mode
    modes = mode_matrix(table(other, blast), CFG)
    assert float(mode_component(table(other, blast), I, J, modes, CFG)[0]) == CFG.combined_mode


@pytest.mark.parametrize("sentence, mode", [
    ("A lone gunman killed a guard at the depot.", "firearms"),
    ("Militants hijacked a bus on the highway.", "abduct"),
    ("A warplane hit the depot at dawn.", "aerial"),
])
def test_the_weapons_a_sentence_names_are_the_extractors_cues(sentence, mode):
    """Fusion reads a report's weapons with the extractor's own sentence cues (one list,
    singular or plural), so a weapon word the extractor codes is one fusion sees."""
    from polybius.fuse.nodes import WEAPON_BIT, weapons_told
    assert weapons_told(sentence) & WEAPON_BIT[mode]
