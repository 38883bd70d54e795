"""A figure counted, not rounded, that an undated page and a report give alike
(fuse/scoring.py ``counted_figures_open``; issue 15, thirteenth round)."""
from __future__ import annotations

import numpy as np

from polybius.fuse import fuse
from polybius.fuse.config import FuseConfig
from polybius.fuse.names import NameStats
from polybius.fuse.nodes import build_table
from polybius.fuse.scoring import score_pairs

PAGE = "Soldiers stormed a rebel post on the highway and killed the fighters inside."
REPORT = "An assault on a rebel camp outside the city left fighters dead, officials said."


def _pair(make_event, killed, page_date=None):
    page = make_event("page", published=None, date=page_date, date_text=None,
                      mode="firearms", killed=killed, qualifier="at_least", sentence=PAGE,
                      actor="Army", actor_kind="state")
    report = make_event("report", mode="firearms", killed=killed, sentence=REPORT,
                        actor="Army", actor_kind="state")
    return page, report


def _counts(make_event, killed, page_date=None):
    cfg = FuseConfig()
    t = build_table(list(_pair(make_event, killed, page_date)), [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["counts"][0])


def test_a_counted_figure_weighs_more_when_one_date_is_open(make_event):
    cfg = FuseConfig()
    dated = _counts(make_event, 41, page_date="2025-03-04")
    assert dated > 0
    assert _counts(make_event, 41) > dated
    assert np.isclose(_counts(make_event, 41), dated * cfg.count_open_gain)


def test_a_round_or_small_figure_weighs_as_before(make_event):
    for killed in (40, 3):
        assert np.isclose(_counts(make_event, killed),
                          _counts(make_event, killed, page_date="2025-03-04"))


def test_an_undated_page_with_the_reports_counted_toll_joins_it(make_event):
    joined = fuse(list(_pair(make_event, 47)), names=NameStats()).assignment
    assert joined["page"] == joined["report"]
    apart = fuse(list(_pair(make_event, 50)), names=NameStats()).assignment
    assert apart["page"] != apart["report"]


def _tallies(make_event, page_figures, report_figures, page_date=None):
    """The counts component of an undated page and a report giving dead and wounded."""
    cfg = FuseConfig()
    page = make_event("page", published=None, date=page_date, date_text=None,
                      mode="explosives", killed=page_figures[0], injured=page_figures[1],
                      sentence="A blast tore through the waiting hall of the bus depot.")
    report = make_event("report", mode="explosives", killed=report_figures[0],
                        injured=report_figures[1],
                        sentence="Officials said the toll of the depot bombing had risen.")
    t = build_table([page, report], [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["counts"][0])


def test_two_tallies_alike_weigh_more_when_one_date_is_open(make_event):
    # 12 dead and 40 wounded against 13 and 40: neither one counted figure alike
    cfg = FuseConfig()
    dated = _tallies(make_event, (12, 40), (13, 40), page_date="2025-03-04")
    assert dated > 0
    assert np.isclose(_tallies(make_event, (12, 40), (13, 40)), dated * cfg.count_open_gain)


def test_one_tally_alike_or_small_tallies_weigh_as_before(make_event):
    # the wounded apart: one tally alike; two dead and 35 wounded: two is what many
    # reports of a town give
    for page, report in (((12, 40), (13, 30)), ((2, 35), (2, 33))):
        assert np.isclose(_tallies(make_event, page, report),
                          _tallies(make_event, page, report, page_date="2025-03-04"))
