"""Rare names two reports share (fuse/names.py): evidence of one happening whatever its
date (issue 15, twelfth round)."""
from __future__ import annotations

import math

import numpy as np

from polybius.fuse import fuse
from polybius.fuse.blocking import candidate_pairs
from polybius.fuse.config import FuseConfig
from polybius.fuse.names import NameStats, district_names, english_weight, name_words, zipf
from polybius.fuse.nodes import build_table
from polybius.fuse.scoring import score_pairs

PAGE = "Gunmen killed the shopkeeper Tariq Baloch outside the Zarghun bakery in the old town."
REPORT = "Relatives said Tariq Baloch was shot dead near the Zarghun bakery by two men."
# a batch of a thousand reports in which only these two write the names
RARE = NameStats.from_counts(1000, {"tariq": 2, "baloch": 2, "zarghun": 2}, ())


def test_names_are_capitalised_words_inside_a_sentence():
    words = name_words("On Friday the gunmen shot Amina Yusuf near Kalar Bridge. "
                       "Police arrested two men in March.")
    assert words == {"amina", "yusuf", "kalar", "bridge"}


def test_a_word_the_batch_writes_in_lower_case_is_no_name(make_event):
    a = make_event("a", sentence="Troops said the Encounter began near Kalar Bridge at dawn.")
    b = make_event("b", sentence="The encounter lasted an hour, an officer said.")
    stats = NameStats.of_events([a, b])
    assert "encounter" not in stats.df
    assert stats.names(a) == {"kalar", "bridge"}


def test_a_names_weight_is_its_rarity_beyond_the_bar():
    cfg = FuseConfig()
    assert math.isclose(RARE.weight("tariq", cfg), math.log(500) - cfg.name_rarity)
    common = NameStats.from_counts(1000, {"lahore": 40}, ())
    assert common.weight("lahore", cfg) == 0.0


def _page_and_report(make_event, page_sentence=PAGE, report_sentence=REPORT, **report):
    page = make_event("page", published=None, date=None, date_text=None, city="Lahore",
                      mode="firearms", sentence=page_sentence)
    dated = make_event("report", city="Lahore", mode="firearms", sentence=report_sentence,
                       **report)
    return page, dated


def test_an_undated_page_sharing_rare_names_with_a_report_joins_it(make_event):
    page, dated = _page_and_report(make_event)
    assert fuse([page, dated], names=RARE).assignment["page"] == \
        fuse([page, dated], names=RARE).assignment["report"]
    # the same two reports, in a batch where every report writes those names
    common = NameStats.from_counts(1000, {"tariq": 300, "baloch": 300, "zarghun": 300}, ())
    apart = fuse([page, dated], names=common).assignment
    assert apart["page"] != apart["report"]


def test_one_shared_place_name_is_not_enough(make_event):
    """One rare word in common may be the village where two incidents took place: a word
    of a place some report of the batch is placed at."""
    page, dated = _page_and_report(
        make_event, report_sentence="Relatives said a tailor was shot dead near the Zarghun "
                                    "bakery by two men.")
    village = NameStats.from_counts(100_000, {"zarghun": 2}, (), places={"zarghun"})
    result = fuse([page, dated], names=village).assignment
    assert result["page"] != result["report"]


def test_one_shared_name_of_a_person_is_enough(make_event):
    page, dated = _page_and_report(
        make_event, report_sentence="Relatives said Baloch was shot dead near the bakery "
                                    "by two men.")
    person = NameStats.from_counts(100_000, {"baloch": 2}, (), places={"lahore", "punjab"})
    result = fuse([page, dated], names=person).assignment
    assert result["page"] == result["report"]


def test_the_batch_knows_its_places(make_event):
    a = make_event("a", city="Lahore", sentence="Gunmen shot Tariq Baloch in Lahore.")
    stats = NameStats.of_events([a])
    assert stats.places == {"lahore", "punjab"}
    assert NameStats.of_events([a]).names(a) == {"tariq", "baloch", "lahore"}


def test_names_do_not_undo_another_day(make_event):
    cfg = FuseConfig()
    first = make_event("first", city="Lahore", sentence=PAGE, date="2025-03-01",
                       date_text="on Saturday", published="2025-03-02")
    later = make_event("later", city="Lahore", sentence=REPORT)
    t = build_table([first, later], [], cfg, RARE)
    i, j = candidate_pairs(t, cfg)
    pairs = score_pairs(t, i, j, cfg)
    assert pairs.components["date"][0] <= cfg.contradiction
    assert pairs.components["names"][0] == 0.0
    t = build_table([first, make_event("same", city="Lahore", sentence=REPORT,
                                       date="2025-03-01", date_text="on Saturday")],
                    [], cfg, RARE)
    i, j = candidate_pairs(t, cfg)
    assert np.isclose(score_pairs(t, i, j, cfg).components["names"][0], cfg.name_max)


def test_a_small_batch_lowers_the_bar_to_what_two_reports_weigh_in_a_large_one():
    """Forty reports: log(40 / 2) is below name_rarity, so without the lowered bar no name
    could count; a name two of them write weighs what it weighs among ~735 reports."""
    cfg = FuseConfig()
    small = NameStats.from_counts(40, {"tariq": 2, "baloch": 3, "lahore": 12}, ())
    assert math.isclose(small.weight("tariq", cfg), cfg.name_small_batch)
    assert 0.0 < small.weight("baloch", cfg) < cfg.name_small_batch
    assert small.weight("lahore", cfg) == 0.0
    large = NameStats.from_counts(100_000, {"tariq": 2}, ())
    assert large.bar(cfg) == cfg.name_rarity
    tiny = NameStats.from_counts(2, {"tariq": 2}, ())   # two reports tell nothing of rarity
    assert tiny.weight("tariq", cfg) == 0.0


def test_a_small_batch_still_joins_reports_sharing_rare_names(make_event):
    page, dated = _page_and_report(make_event)
    small = NameStats.from_counts(40, {"tariq": 2, "baloch": 2, "zarghun": 2}, ())
    result = fuse([page, dated], names=small).assignment
    assert result["page"] == result["report"]


def test_a_batch_too_small_to_count_rarity_weighs_a_name_by_its_rarity_in_english():
    """Under name_min_reports the batch cannot say what is rare; English can: a word it
    hardly knows (a village) weighs, a first name thousands bear or a city in the news does
    not, nor a rare word that more than two reports of the batch write (their district)."""
    cfg = FuseConfig()
    tiny = NameStats.from_counts(12, {"zarghun": 2, "tariq": 2, "lahore": 2, "kalar": 5}, ())
    assert tiny.weight("zarghun", cfg) == cfg.name_english_max
    assert tiny.weight("tariq", cfg) == 0.0
    assert tiny.weight("lahore", cfg) == 0.0
    assert tiny.weight("kalar", cfg) == 0.0


def test_english_weight_falls_with_the_words_frequency():
    cfg = FuseConfig()
    assert english_weight("zarghun", cfg) == cfg.name_english_max      # unknown to English
    assert 0.0 < english_weight("baloch", cfg) < cfg.name_english_max  # a surname, rarer
    assert english_weight("police", cfg) == 0.0
    assert zipf("police") > zipf("baloch") > zipf("zarghun") == 0.0


def test_a_handful_of_reports_sharing_a_rare_name_join(make_event):
    """Two reports fused alone: the shopkeeper's bakery, a word English hardly knows, is
    what they share besides the city; with a common word in its place they stay apart."""
    page, dated = _page_and_report(make_event)
    joined = fuse([page, dated]).assignment
    assert joined["page"] == joined["report"]
    page, dated = _page_and_report(
        make_event, page_sentence=PAGE.replace("Zarghun", "Central"),
        report_sentence=REPORT.replace("Zarghun", "Central"))
    apart = fuse([page, dated]).assignment
    assert apart["page"] != apart["report"]


def test_district_names_are_the_capitalised_words_before_or_after_a_district_word():
    assert district_names("Rebels burned two huts in Tarnak district at dawn.") == {"tarnak"}
    assert district_names("A mine hit a truck in the district of Dorvan on Sunday.") == {"dorvan"}
    assert district_names("Farmers fled Kelpo Local Government Area after the raid.") == {"kelpo"}
    # a list of districts, a possessive province and a direction word are read as such
    assert district_names("Shots rang out between Upper Sorn and Vetra districts.") == {"sorn", "vetra"}
    assert district_names("A bomb went off in Kandar's Milo district.") == {"milo"}
    assert district_names("Gunmen shot a guard near the market of the town.") == frozenset()
