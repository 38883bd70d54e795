"""The pair-score rules as docs/fusion.md and the component docstrings state them, at
their edges: count tolerances, the neutral band between near and far places, undated
reports, missing countries, recipients, and the same-article veto."""
from __future__ import annotations

import numpy as np
import pytest

from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import build_table
from polybius.fuse.scoring import (VETO, actor_component, counts_component, date_component, mode_component,
                                   mode_matrix, place_component, recipient_component,
                                   score_pairs, text_component)
from polybius.records import Actor, Place

CFG = FuseConfig()
I, J = np.array([0]), np.array([1])


def table(*events):
    return build_table(list(events), [], CFG)


def one(fn, a, b) -> float:
    return float(fn(table(a, b), I, J, CFG)[0])


@pytest.fixture
def killed(make_event):
    def _killed(a, b, qa="exact", qb="exact"):
        return one(counts_component, make_event("a", killed=a, qualifier=qa),
                   make_event("b", killed=b, qualifier=qb))
    return _killed


def test_counts_one_apart_at_ten_agree_and_close_figures_are_neutral(killed):
    assert killed(9, 10) > 0                 # within 1 of a figure of ten
    assert killed(11, 13) == 0.0             # 2 apart is more than 10 % of 13: close, not agreement
    assert killed(5, 6) == 0.0               # below ten, 1 apart is close, not agreement
    assert killed(3, 5) == 0.0               # 2 apart: still close
    assert killed(4, 6) == 0.0               # a third of the larger apart: a revised toll
    assert killed(2, 4) == 0.0               # half, but only 2 apart: still close
    assert killed(3, 6) == CFG.count_conflict  # half of the larger: another count
    assert killed(4, 8) == CFG.count_conflict
    assert killed(3, 7) == CFG.count_conflict  # more than half apart: a conflict
    assert killed(100, 150) == 0.0           # a third apart: tolls are revised between reports
    assert killed(100, 250) == CFG.count_conflict  # more than half apart


def test_no_deaths_in_both_reports_is_weak_agreement(killed):
    assert 0 < killed(0, 0) < killed(12, 12)


def test_loose_qualifiers_are_never_a_conflict(killed):
    assert killed(20, 47, qa="more_than") == 0.0      # the lower figure is a floor
    assert killed(47, 20, qb="at_least") == 0.0       # whichever side it is on
    assert killed(23, 47, qa="about") == 0.0          # an estimate, on either figure
    assert killed(47, 23, qa="about") == 0.0
    assert killed(23, 47, qb="up_to") == 0.0
    assert killed(23, 47, qa="exact", qb="exact") == CFG.count_conflict
    assert killed(47, 20, qa="at_least") == CFG.count_conflict  # the higher figure is the floor


def test_agreement_on_several_figures_is_capped(make_event):
    a = make_event("a", killed=139, injured=300, arrested=40)
    b = make_event("b", killed=139, injured=300, arrested=40)
    c = make_event("c", killed=20, injured=40, arrested=5)
    assert one(counts_component, a, b) == pytest.approx(1.5 * CFG.count_agree)
    assert one(counts_component, a, c) == pytest.approx(1.5 * CFG.count_conflict)


def test_an_undated_report_is_neutral_within_the_day_window(make_event):
    undated = make_event("a", date=None, published="2025-03-05")
    for day in ("2025-03-07", "2025-03-08"):   # 2 and 3 days after it was published
        assert one(date_component, undated, make_event("b", date=day)) == 0.0


def test_a_report_without_mode_neither_agrees_nor_conflicts(make_event):
    t = table(make_event("a", mode="firearms"), make_event("b", mode="explosives"))
    m = mode_matrix(t, CFG)
    assert (m[0, :] == 0.0).all() and (m[:, 0] == 0.0).all()


def _at(make_event, eid, lat, lon, precision="city", name="Kabul"):
    ev = make_event(eid, city="Kabul", place_precision=precision)
    ev.location = Place(name, name, ev.location.admin1, "AFG", lat, lon, None, precision)
    return ev


def test_places_between_one_and_three_radii_are_neutral(make_event):
    # city radius 15 km: 30 km apart is "maybe", 50 km apart is two places (towns not
    # named like their province, which may stand for the province:
    # test_place_precision.py)
    base = _at(make_event, "a", 34.53, 69.17, name="Paghman")
    near = _at(make_event, "b", 34.53 + 30 / 111.2, 69.17, name="Bagram")
    far = _at(make_event, "b", 34.53 + 50 / 111.2, 69.17, name="Bagram")
    assert one(place_component, base, near) == 0.0
    assert one(place_component, base, far) == CFG.place_far


def test_two_provinces_are_compared_by_distance_when_they_have_coordinates(make_event):
    # admin1 radius 200 km: Istanbul and Ankara provinces (~350 km) are neutral, not a conflict
    ist = make_event("a", city="Istanbul", place_precision="admin1")
    ank = make_event("b", city="Ankara", place_precision="admin1")
    assert one(place_component, ist, ank) == 0.0


def test_two_districts_a_hundred_km_apart_are_two_places(make_event):
    # district radius 60 km: two districts named apart 100 km from each other are two
    # places (as two provinces without coordinates); the same district, or two towns,
    # keep the neutral band
    east = _at(make_event, "a", 34.53, 69.17, precision="admin2", name="Surobi")
    west = _at(make_event, "b", 34.53 + 100 / 111.2, 69.17, precision="admin2", name="Ghorband")
    assert one(place_component, east, west) == CFG.other_district < CFG.contradiction
    same = _at(make_event, "b", 34.53 + 100 / 111.2, 69.17, precision="admin2", name="Surobi")
    assert one(place_component, east, same) == 0.0
    town = _at(make_event, "b", 34.53 + 100 / 111.2, 69.17, precision="city", name="Ghorband")
    assert one(place_component, east, town) == 0.0
    near = _at(make_event, "b", 34.53 + 40 / 111.2, 69.17, precision="admin2", name="Ghorband")
    assert one(place_component, east, near) == CFG.place_agree["admin2"]


def test_sentences_naming_other_districts_tell_two_places(make_event):
    # both placed at one city (it would agree), but one says Tarnak district, the other
    # Dorvan district: two places; a spelling apart, or the other's own place, is no clash
    def told(eid, sentence):
        return make_event(eid, sentence=sentence)
    tarnak = told("a", "Rebels beheaded three farmers in Tarnak district on Tuesday.")
    dorvan = told("b", "Three farmers were beheaded by rebels in Dorvan district.")
    assert one(place_component, tarnak, dorvan) == CFG.districts_apart <= CFG.contradiction
    spelt = told("b", "Three farmers were beheaded by rebels in Tarnack district.")
    assert one(place_component, tarnak, spelt) == CFG.place_agree["city"]
    kabul = told("b", "Rebels beheaded three farmers in Kabul district, police said.")
    assert one(place_component, tarnak, kabul) == CFG.place_agree["city"]
    silent = told("b", "Rebels beheaded three farmers in a village, police said.")
    assert one(place_component, tarnak, silent) == CFG.place_agree["city"]


def test_same_place_name_without_coordinates_agrees(make_event):
    for precision in ("city", "admin2"):
        a = make_event("a", city="Kabul", coords=False, place_precision=precision)
        b = make_event("b", city="Kabul", coords=False, place_precision=precision)
        assert one(place_component, a, b) == CFG.name_agree


def _with_recipient(make_event, eid, name, kind):
    ev = make_event(eid)
    ev.recipient = Actor(name, name, None, None, kind)
    return ev


def test_recipients_conflict_at_half_the_actor_weight(make_event):
    police = _with_recipient(make_event, "a", "Police", "security_forces")
    civilians = _with_recipient(make_event, "b", "civilians", "civilians")
    assert one(recipient_component, police, civilians) == CFG.actor_conflict / 2
    assert one(recipient_component, police, _with_recipient(make_event, "b", "Police", "security_forces")) \
        == CFG.actor_agree_state
    group = _with_recipient(make_event, "a", "Hamas", "armed_group")
    assert one(recipient_component, group, _with_recipient(make_event, "b", "Hamas", "armed_group")) \
        == CFG.actor_agree_group


def _sides(make_event, eid, actor, recipient):
    """A clash told with a doer and a target (kinds as the resolver gives them)."""
    ev = make_event(eid, actor=actor, actor_kind="security_forces" if actor == "Kenya" else "armed_group")
    if recipient is not None:
        ev.recipient = Actor(recipient, recipient, None, None,
                             "security_forces" if recipient == "Kenya" else "armed_group")
    return ev


def test_swapped_sides_are_one_fight_not_two_doers(make_event):
    # "police killed five militants" / "militants ambushed a police patrol"
    police_first = _sides(make_event, "a", "Kenya", "al-Shabaab")
    militants_first = _sides(make_event, "b", "al-Shabaab", "Kenya")
    assert one(actor_component, police_first, militants_first) == 0.0
    assert one(recipient_component, police_first, militants_first) == 0.0
    # one report names only the doer: its doer is the other's target, still one fight
    assert one(actor_component, police_first, _sides(make_event, "b", "al-Shabaab", None)) == 0.0
    # another doer against the same target is another happening's doer
    assert one(actor_component, _sides(make_event, "a", "Kenya", "Hamas"),
               militants_first) == CFG.actor_conflict


def test_two_towns_each_report_names_are_one_happening_at_two_places(make_event):
    """Both outlets tell gunmen striking in two cities the same evening; the extraction
    placed one report at each city."""
    told = ("On Sunday evening gunmen opened fire on a church in Istanbul and a police post"
            " in Ankara.")
    west = make_event("a", city="Istanbul", sentence=told)
    east = make_event("b", city="Ankara", sentence=told.replace("opened fire on", "raided"))
    assert one(place_component, west, east) == 0.0
    # a report telling one city's attack only: the other city is another place
    alone = make_event("b", city="Ankara",
                       sentence="Gunmen raided a police post in Ankara on Sunday.")
    assert one(place_component, west, alone) == CFG.place_far


def test_doers_disputed_in_both_articles_do_not_conflict(make_event):
    """One outlet says an army shelled the clinic, the other that a rebel rocket fell
    short; each article also tells a denial or a blame: the doer is the dispute."""
    army = make_event("a", actor="Northern Army", actor_kind="state")
    rebels = make_event("b", actor="Rebel Front")
    denial = make_event("a2", article="art-a", event_type="REJECT", mode="deny",
                        actor="Northern Army", sentence="The army denied firing at the clinic.")
    blame = make_event("b2", article="art-b", event_type="ACCUSE", mode="blame",
                       actor="Northern Army", sentence="The army blamed a misfired rebel rocket.")
    both = build_table([army, rebels, denial, blame], [], CFG)
    assert float(actor_component(both, I, J, CFG)[0]) == 0.0
    # a dispute told in one article only: the other outlet's doer still differs
    one_side = build_table([army, rebels, denial], [], CFG)
    assert float(actor_component(one_side, I, J, CFG)[0]) == CFG.actor_conflict
    assert one(actor_component, army, rebels) == CFG.actor_conflict


def test_a_branch_and_its_parent_group_do_not_conflict(make_event):
    # the registry files ISKP under the Islamic State: outlets name either for one attack
    branch = make_event("a", actor="Islamic State Khorasan Province")
    parent = make_event("b", actor="Islamic State")
    assert one(actor_component, branch, parent) == 0.0
    # two branches of one parent are one family too, but a stranger still conflicts
    assert one(actor_component, branch, make_event("b", actor="Taliban")) == CFG.actor_conflict
    assert one(actor_component, parent, make_event("b", actor="Islamic State")) == CFG.actor_agree_group


def test_country_missing_on_both_sides_counts_against(make_event):
    def country(a, b):
        return float(score_pairs(table(a, b), I, J, CFG).components["country"][0])
    assert country(make_event("a"), make_event("b")) == 0.0
    assert country(make_event("a"), make_event("b", city=None)) == 0.0
    assert country(make_event("a", city=None), make_event("b", city=None)) == CFG.no_country


def test_text_counts_only_when_both_have_text(make_event):
    s = "Gunmen stormed a hotel near the beach and held guests hostage overnight"
    assert one(text_component, make_event("a", sentence=s), make_event("b", sentence="")) == 0.0


def test_text_is_compared_pair_by_pair(make_event):
    s = "Gunmen stormed a hotel near the beach and held guests hostage overnight"
    t = table(make_event("a", sentence=s), make_event("b", sentence=s),
              make_event("c", sentence="Protesters marched on parliament"))
    got = text_component(t, np.array([0, 0]), np.array([1, 2]), CFG)
    assert got.tolist() == [CFG.text_max, CFG.text_min]


def test_same_article_events_of_different_types_are_vetoed(make_event):
    s = "Police detained 47 suspects after the bombing in Kabul on Tuesday."
    a = make_event("a", article="x", sentence=s, event_type="COERCE", mode="arrest")
    b = make_event("b", article="x", sentence=s, event_type="ASSAULT", mode="explosives")
    assert score_pairs(table(a, b), I, J, CFG).components["same_article"][0] == VETO


def test_keep_above_drops_weak_pairs_and_no_pairs_give_empty_index_arrays(make_event):
    t = table(make_event("a"), make_event("b"), make_event("c", city="Istanbul", date="2025-06-01"))
    all_pairs = score_pairs(t, np.array([0, 0]), np.array([1, 2]), CFG)
    kept = score_pairs(t, np.array([0, 0]), np.array([1, 2]), CFG, keep_above=0.5)
    assert all_pairs.i.tolist() == [0, 0] and kept.j.tolist() == [1]
    empty = score_pairs(t, np.zeros(0, np.int64), np.zeros(0, np.int64), CFG)
    assert empty.i.size == 0 and empty.score.size == 0
    assert np.arange(3)[empty.i].size == 0          # usable as indices


def test_explain_gives_the_non_zero_components_rounded(make_event):
    s = score_pairs(table(make_event("a", killed=1), make_event("b", killed=1)), I, J, CFG)
    why = s.explain(0)
    assert why["place"] == CFG.place_agree["city"]     # 1.0 is kept
    assert "status" not in why and "actor" not in why  # zeros are left out
    assert why["counts"] == round(float(s.components["counts"][0]), 3)
    assert len(str(why["counts"]).split(".")[1]) <= 3


def test_a_weekday_narrows_a_report_dated_by_publication_but_not_a_plan(make_event):
    """"On Friday" in a report published on Wednesday 5 March: a past attack happened on
    28 February, so a report of 7 March is days away; a rally planned "on Friday" may be
    the 7th, so the plan keeps its publication window (neutral within the day window)."""
    def told(eid, status):
        return make_event(eid, date=None, date_text=None, published="2025-03-05",
                          status=status, sentence="Crowds gathered in the square on Friday.")
    later = make_event("later", date="2025-03-07")
    assert one(date_component, told("past", "occurred"), later) == CFG.date_disjoint
    assert one(date_component, told("plan", "planned"), later) == 0.0


def test_a_higher_toll_published_days_later_is_a_rising_toll_not_a_conflict(make_event):
    # the first report counts 5 wounded, one four days later 32: the toll rose
    first = make_event("a", injured=5, published="2025-03-05")
    later = make_event("b", injured=32, published="2025-03-09")
    assert one(counts_component, first, later) == 0.0
    assert one(counts_component, later, first) == 0.0
    # the higher figure in the earlier report, a lower one later: two tolls
    early_high = make_event("c", injured=32, published="2025-03-05")
    late_low = make_event("d", injured=5, published="2025-03-09")
    assert one(counts_component, early_high, late_low) == CFG.count_conflict
    # the same day, or weeks later: no revision of one toll, the conflict stands
    same_day = make_event("e", injured=32, published="2025-03-05")
    weeks = make_event("f", injured=32, published="2025-04-20")
    assert one(counts_component, first, same_day) == CFG.count_conflict
    assert one(counts_component, first, weeks) == CFG.count_conflict



def test_a_figure_many_times_higher_days_later_is_another_attacks(make_event):
    """One dead and ten hurt at a checkpoint on Sunday; a day later 35 dead and 200 hurt
    at a rally in the same province: no count of the wounded multiplies a toll so much,
    so the figures object. Ten times is still a rising toll (2 dead, then 20)."""
    checkpoint = make_event("a", killed=1, injured=10, published="2025-03-09")
    rally = make_event("b", killed=35, injured=200, published="2025-03-10")
    assert one(counts_component, checkpoint, rally) < 0
    first = make_event("c", killed=2, published="2025-03-09")
    counted = make_event("d", killed=20, published="2025-03-11")
    assert one(counts_component, first, counted) == 0.0

def test_other_figures_lower_a_pair_but_do_not_contradict_it(make_event):
    # the same day and town, 5 dead in one report and 40 in another (published the same
    # day): a conflict in the score, but the complete-link guard may still let both
    # join one incident; another town far off is a contradiction
    five = make_event("a", killed=5)
    forty = make_event("b", killed=40)
    elsewhere = make_event("c", killed=5, city="Lahore")
    pairs = score_pairs(table(five, forty, elsewhere), np.array([0, 0]), np.array([1, 2]), CFG)
    assert pairs.components["counts"][0] <= CFG.contradiction
    assert pairs.contradicted(CFG).tolist() == [False, True]


def test_two_denials_earn_nothing_for_their_shared_mode(make_event):
    # "the group denied any role": every denial of every attack is worded alike
    deny_a = make_event("a", event_type="REJECT", mode="deny")
    deny_b = make_event("b", event_type="REJECT", mode="deny")
    bomb_a, bomb_b = make_event("c"), make_event("d")
    t = table(deny_a, deny_b, bomb_a, bomb_b)
    modes = mode_matrix(t, CFG)
    assert mode_component(t, np.array([0, 2]), np.array([1, 3]), modes).tolist() == \
        [0.0, CFG.same_mode]


def test_protests_in_one_week_are_not_one_protest_but_attacks_may_be(make_event):
    """Demonstrations recur day after day in one city: a report dated only to the week
    earns nothing from another's day in it; an attack dated to that week still does."""
    week = dict(date="2025-03-04", precision="week", date_text="this week")
    protest_week = make_event("a", event_type="PROTEST", mode="demonstrate", **week)
    protest_day = make_event("b", event_type="PROTEST", mode="demonstrate", date="2025-03-05")
    assert one(date_component, protest_week, protest_day) == 0.0
    assert one(date_component, make_event("c", **week), make_event("d", date="2025-03-05")) > 0


def test_one_happening_told_in_two_parts_passes_the_guard_but_never_links(make_event):
    # two events of one article: the same town, day and weapon, no figures apart
    a = make_event("a", article="x", killed=20,
                   sentence="A bomb exploded inside the mosque during prayers.")
    b = make_event("b", article="x", sentence="A second device blew up near the gate later.")
    c = make_event("c", article="x", city="Lahore", sentence=b.evidence.sentence)
    d = make_event("d", article="x", killed=3, sentence=b.evidence.sentence)
    e = make_event("e", article="x", date="2025-03-03", sentence=b.evidence.sentence)
    got = score_pairs(table(a, b, c, d, e), np.array([0, 0, 0, 0]), np.array([1, 2, 3, 4]), CFG)
    assert (got.components["same_article"] == VETO).all() and (got.score < 1e-6).all()
    # another town, figures apart (20 against 3), another day: two happenings
    assert got.told_twice(CFG).tolist() == [True, False, False, False]
