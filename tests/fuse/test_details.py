"""Rare lower-case words two reports share (fuse/names.py, details): the particulars of one
happening ("canoes", "dormitory") that tell it from other attacks on the same town, when
one report has no date (issue 15, fourteenth round)."""
from __future__ import annotations

import math

from polybius.fuse import fuse
from polybius.fuse.blocking import candidate_pairs
from polybius.fuse.config import FuseConfig
from polybius.fuse.names import NameStats, detail_words
from polybius.fuse.nodes import build_table
from polybius.fuse.scoring import score_pairs

PAGE = "Raiders arrived by canoes at dawn and set the granary ablaze before fleeing."
REPORT = "Witnesses said the raiders came ashore in canoes and burned the granary."
CFG = FuseConfig()


def _stats(reports: int, **df: int) -> NameStats:
    return NameStats.from_counts(reports, {}, (), (), df)


def _pair(make_event, page=PAGE, report=REPORT, **dated):
    return (make_event("page", published=None, date=None, date_text=None, city="Lahore",
                       mode="firearms", sentence=page),
            make_event("report", city="Lahore", mode="firearms", sentence=report, **dated))


def test_details_are_lower_case_words_without_stop_words():
    assert detail_words("Raiders came by canoes, then they burned the old granary.") == \
        {"came", "canoes", "burned", "granary"}


def test_a_details_weight_is_its_rarity_beyond_the_bar():
    stats = _stats(1000, canoes=2, burned=200)
    assert math.isclose(stats.detail_weight("canoes", CFG), math.log(500) - CFG.detail_rarity)
    assert stats.detail_weight("burned", CFG) == 0.0
    # a batch too small to count rarity weighs no detail
    assert _stats(20, canoes=2).detail_weight("canoes", CFG) == 0.0


def test_an_undated_page_sharing_rare_details_with_a_report_joins_it(make_event):
    page, report = _pair(make_event)
    rare = _stats(1000, canoes=2, granary=2)
    joined = fuse([page, report], names=rare).assignment
    assert joined["page"] == joined["report"]
    # the same words, written by many reports of the batch, are no particular of one raid
    common = _stats(1000, canoes=90, granary=90)
    apart = fuse([page, report], names=common).assignment
    assert apart["page"] != apart["report"]


def test_one_somewhat_rare_word_is_below_the_minimum(make_event):
    page, report = _pair(make_event)
    table = build_table([page, report], [], CFG, _stats(1000, canoes=5))
    i, j = candidate_pairs(table, CFG)
    assert 0 < math.log(1000 / 5) - CFG.detail_rarity < CFG.detail_min
    assert score_pairs(table, i, j, CFG).components["details"][0] == 0.0


def test_details_do_not_undo_another_day(make_event):
    first = make_event("first", city="Lahore", sentence=PAGE, date="2025-03-01",
                       date_text="on Saturday", published="2025-03-02")
    later = make_event("later", city="Lahore", sentence=REPORT)
    rare = _stats(1000, canoes=2, granary=2)
    table = build_table([first, later], [], CFG, rare)
    i, j = candidate_pairs(table, CFG)
    pairs = score_pairs(table, i, j, CFG)
    assert pairs.components["date"][0] <= CFG.contradiction
    assert pairs.components["details"][0] == 0.0


def test_a_compound_describing_the_region_is_no_detail():
    """"the rebel-held north", "the conflict-hit province": wire copy writes the same
    epithet in every story of a conflict; a detail of the attack ("remote-controlled") stays."""
    words = detail_words("A bomb hit a patrol in the rebel-held north of the conflict-hit province.")
    assert "rebel-held" not in words and "conflict-hit" not in words and "patrol" in words
    assert "remote-controlled" in detail_words("A remote-controlled bomb hit a patrol.")



def test_a_regions_epithet_two_reports_share_weighs_nothing(make_event):
    page, report = _pair(make_event, page="Raiders burned a granary in the strife-ravaged east.",
                         report="A granary was set ablaze in the strife-ravaged east, police said.")
    table = build_table([page, report], [], CFG, _stats(1000, **{"strife-ravaged": 1}))
    i, j = candidate_pairs(table, CFG)
    assert math.log(1000) - CFG.detail_rarity > CFG.detail_min   # as rare as a detail gets
    assert score_pairs(table, i, j, CFG).components["details"][0] == 0.0
