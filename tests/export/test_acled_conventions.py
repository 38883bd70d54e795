"""ACLED conventions (data/acled.yaml, acled_regions.csv): codes read off ACLED's
codebook, and a broken data file is caught."""
from __future__ import annotations

import pytest

from polybius.export import acled
from polybius.export.mappings import armed_target
from polybius.records import Count, IncidentCount
from polybius.resolve.countries import default_table


@pytest.mark.parametrize("inter1, inter2, expected", [
    (1, 2, 12), (2, 1, 12), (3, 7, 37), (1, 0, 10), (0, 6, 60), (6, 6, 66), (0, 0, 0)])
def test_interaction_codes(inter1, inter2, expected):
    assert acled.interaction(inter1, inter2) == expected


def test_numeric_iso_and_regions():
    conv = acled.load()
    assert (acled.iso_numeric("AFG"), acled.iso_numeric("NGA"), acled.iso_numeric("XXX")) == (4, 566, None)
    assert [conv.region(c) for c in ("NGA", "COD", "SYR", "TUR", "IRN", "GEO", "AFG", "MMR", "MEX", "UKR")] == [
        "Western Africa", "Middle Africa", "Middle East", "Middle East", "Middle East",
        "Caucasus and Central Asia", "South Asia", "Southeast Asia", "Central America", "Europe"]
    # every country polybius can name has a region
    assert [c.alpha3 for c in default_table() if conv.region(c.alpha3) is None] == []


@pytest.mark.parametrize("count, expected", [
    (None, 0), (Count(5, "exact", "five"), 5), (Count(0, "exact", "no one"), 0),
    (Count(24, "at_least", "dozens"), 12), (Count(200, "at_least", "hundreds"), 100),
    (Count(2000, "at_least", "several thousands"), 1000), (IncidentCount(7, 5, 9), 7)])
def test_fatalities_follow_acleds_numbers(count, expected):
    assert acled.load().fatalities(count) == expected


def test_source_scale_matches_whole_words():
    conv = acled.load()
    assert conv.source_scale("Reuters") == "International"
    assert conv.source_scale(None, "https://www.aljazeera.com/news/x") == "International"
    assert conv.source_scale("The Defence Post") is None  # not "efe"
    assert conv.source_scale("Kano Daily", "https://kanodaily.example/x") is None


@pytest.mark.parametrize("recipient, actor, armed", [
    ("security_forces", None, True), ("civilians", "security_forces", False),
    ("unknown", "security_forces", True), (None, "state", True), ("unknown", "armed_group", False),
    (None, None, False)])
def test_armed_target(recipient, actor, armed):
    assert armed_target(recipient, actor) is armed


def test_bad_data_is_caught():
    regions = "iso3,region\nNGA,Western Africa\n"
    good = (acled.DATA / "acled.yaml").read_text()
    with pytest.raises(acled.AcledDataError, match="disorder"):
        acled.parse(good.replace("Riots: Demonstrations", "Riots: Chaos"), regions)
    with pytest.raises(acled.AcledDataError, match="inter"):
        acled.parse(good.replace("civilians: 7", "civilians: 9"), regions)
    with pytest.raises(acled.AcledDataError, match="scale"):
        acled.parse(good.replace("  International:", "  Global:"), regions)
    with pytest.raises(acled.AcledDataError, match="no rows"):
        acled.parse(good, "iso3,region\n")
