"""Candidate pairs: who is compared with whom."""
from __future__ import annotations

import numpy as np

from polybius.fuse.blocking import candidate_pairs
from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import build_table

CFG = FuseConfig()


def pairs(events, active=None):
    t = build_table(events, [], CFG)
    i, j = candidate_pairs(t, CFG, active)
    return {frozenset((t.ids[a], t.ids[b])) for a, b in zip(i.tolist(), j.tolist())}


def P(a: str, b: str) -> frozenset:
    return frozenset((a, b))


def test_day_window_country_and_type_family(make_event):
    evs = [make_event("a", date="2025-03-04"),
           make_event("b", date="2025-03-07"),                   # 3 days later: inside
           make_event("c", date="2025-03-08"),                   # 4 days after a
           make_event("d", date="2025-03-04", city="Istanbul"),  # other country
           make_event("e", date="2025-03-04", event_type="COERCE", mode="arrest"),
           make_event("f", date="2025-03-04", event_type="THREATEN", mode="attack_threat")]
    got = pairs(evs)
    assert P("a", "b") in got and P("b", "c") in got
    assert P("a", "c") not in got
    assert not any("d" in p or "e" in p or "f" in p for p in got)


def test_protest_and_mobilize_share_a_family(make_event):
    got = pairs([make_event("a", event_type="PROTEST", mode="demonstrate"),
                 make_event("b", event_type="MOBILIZE", mode="rally")])
    assert got == {P("a", "b")}


def test_coarse_dates_compare_within_admin1(make_event):
    evs = [make_event("y", date="2019", city="Izmir", background=True,
                      published="2025-03-20"),
           make_event("d", date="2019-05-18", city="Izmir"),
           make_event("o", date="2019-05-18", city="Istanbul"),   # same country, other admin1
           make_event("m", date="2019-05", city="Izmir"),
           make_event("late", date="2020-02-01", city="Izmir")]
    got = pairs(evs)
    assert P("d", "y") in got and P("m", "y") in got and P("d", "m") in got
    assert P("o", "y") not in got
    assert P("late", "y") not in got


def test_undated_background_is_never_a_candidate(make_event):
    evs = [make_event("a"), make_event("b", date=None, background=True)]
    assert pairs(evs) == set()


def test_events_without_country_block_together(make_event):
    evs = [make_event("a", city=None), make_event("b", city=None), make_event("c")]
    assert pairs(evs) == {P("a", "b")}


def test_active_mask_drops_pairs_of_placed_events(make_event):
    evs = [make_event("a"), make_event("b"), make_event("c")]
    got = pairs(evs, active=np.array([False, False, True]))
    assert got == {P("a", "c"), P("b", "c")}


def test_pairs_are_unique_and_ordered(make_event):
    evs = [make_event(f"e{k}", date="2025-03", city="Kabul") for k in range(5)]
    t = build_table(evs, [], CFG)
    i, j = candidate_pairs(t, CFG)
    assert len(i) == 10                       # all 5*4/2 pairs, each once
    assert np.all(i < j)


def test_pair_count_grows_linearly_at_constant_density(make_event):
    def count(n_days: int) -> int:
        evs = [make_event(f"e{d}-{k}", date=f"{2024 + d // 360}-{1 + d % 360 // 30:02d}-"
                          f"{1 + d % 30:02d}")
               for d in range(n_days) for k in range(3)]
        t = build_table(evs, [], CFG)
        return len(candidate_pairs(t, CFG)[0])
    small, large = count(60), count(120)
    assert 1.8 * small <= large <= 2.2 * small


def test_an_undated_page_meets_month_and_year_dates_of_its_province(make_event):
    """A page with neither a date nor a publication day may be any day: it overlaps a
    mention dated only "in March 2025" or "in 2025" in the same province, as it overlaps
    every day, but not one in another province."""
    page = make_event("page", published=None, date=None, date_text=None)
    month = make_event("month", date="2025-03", date_text="in March 2025", background=True)
    year = make_event("year", date="2025", date_text="in 2025", background=True)
    elsewhere = make_event("elsewhere", date="2025-03", date_text="in March 2025",
                           background=True, city="Lahore")
    got = pairs([page, month, year, elsewhere])
    assert P("page", "month") in got and P("page", "year") in got
    assert P("page", "elsewhere") not in got
