"""Count aggregation and status resolution (rules in polybius.fuse.counts)."""
from __future__ import annotations

from polybius.fuse.counts import CountReport, aggregate_count, majority, resolve_status
from polybius.records import IncidentCount


def test_three_outlets_139_143_144():
    reports = [CountReport(139, "at_least", "2025-03-04", "wire", "e1"),
               CountReport(143, "exact", "2025-03-05", "monitor", "e2"),
               CountReport(144, "exact", "2025-03-06", "newsroom", "e3")]
    assert aggregate_count(reports) == IncidentCount(value=143, low=139, high=144,
                                                     qualifier="exact")


def test_latest_figure_of_a_source_supersedes_its_earlier_one():
    # wire says 139 then 144; monitor says 143: per-source latest = {144, 143}; with two
    # figures the more recently reported one wins; the range keeps the superseded 139
    reports = [CountReport(139, "exact", "2025-03-04", "wire", "e1"),
               CountReport(143, "exact", "2025-03-05", "monitor", "e2"),
               CountReport(144, "exact", "2025-03-06", "wire", "e3")]
    assert aggregate_count(reports) == IncidentCount(144, 139, 144, "exact")


def test_even_number_of_sources_takes_the_more_recent_middle_figure():
    reports = [CountReport(20, "at_least", "2025-06-10", "a", "e1"),
               CountReport(24, "exact", "2025-06-11", "b", "e2")]
    assert aggregate_count(reports).value == 24
    reports = [CountReport(20, "at_least", "2025-06-12", "a", "e1"),
               CountReport(24, "exact", "2025-06-11", "b", "e2")]
    assert aggregate_count(reports) == IncidentCount(20, 20, 24, "at_least")


def test_median_resists_one_outlier():
    reports = [CountReport(v, "exact", f"2025-01-0{k + 1}", f"s{k}", f"e{k}")
               for k, v in enumerate([12, 15, 15, 15, 400])]
    assert aggregate_count(reports) == IncidentCount(15, 12, 400, "exact")


def test_qualifier_prefers_exact_else_most_common():
    reports = [CountReport(40, "more_than", "2025-01-14", "a", "e1"),
               CountReport(40, "about", "2025-01-14", "b", "e2"),
               CountReport(40, "more_than", "2025-01-15", "c", "e3")]
    assert aggregate_count(reports).qualifier == "more_than"


def test_weighted_summary_report_and_extra_range():
    # an old incident summary (value 143 from 2 sources, range 139..143) plus a new 144
    reports = [CountReport(143, "exact", "2025-03-04", "incident:x", "", 2),
               CountReport(144, "exact", "2025-03-06", "newsroom", "e3")]
    assert aggregate_count(reports, [139, 143]) == IncidentCount(143, 139, 144, "exact")


def test_no_reports_no_count():
    assert aggregate_count([]) is None


def test_status_resolution():
    assert resolve_status(["planned", "occurred"]) == "occurred"   # plot later carried out
    assert resolve_status(["thwarted", "alleged"]) == "thwarted"
    assert resolve_status(["planned", "alleged"]) == "planned"
    assert resolve_status(["denied", "denied"]) == "denied"
    assert resolve_status(["denied", "alleged"]) == "alleged"     # not everyone denies
    assert resolve_status(["occurred", "denied"]) == "occurred"


def test_majority_weights_and_ties():
    assert majority([("a", 1), ("b", 1), ("b", 1)]) == "b"
    assert majority([("a", 1), ("b", 1)]) == "a"                   # tie: first voted
    assert majority([("a", 1), ("b", 3)]) == "b"
    assert majority([(None, 5)]) is None


def test_a_source_s_latest_report_wins_whatever_the_input_order():
    # the wire's 144 (6 March) arrives before its own older 139 (4 March)
    reports = [CountReport(144, "exact", "2025-03-06", "wire", "e3"),
               CountReport(139, "exact", "2025-03-04", "wire", "e1")]
    assert aggregate_count(reports) == IncidentCount(144, 139, 144, "exact")


def test_the_median_of_three_is_the_middle_figure_even_when_a_low_one_is_newest():
    reports = [CountReport(10, "exact", "2025-05-09", "a", "e1"),
               CountReport(20, "exact", "2025-05-02", "b", "e2"),
               CountReport(30, "exact", "2025-05-01", "c", "e3")]
    assert aggregate_count(reports).value == 20


def test_one_exact_report_makes_the_figure_exact():
    reports = [CountReport(40, "at_least", "2025-01-14", "a", "e1"),
               CountReport(40, "at_least", "2025-01-14", "b", "e2"),
               CountReport(40, "exact", "2025-01-15", "c", "e3")]
    assert aggregate_count(reports).qualifier == "exact"


def test_a_tie_between_qualifiers_goes_to_the_schema_order():
    # one 'about', one 'at_least': at_least comes first in QUALIFIERS, whatever the input order
    reports = [CountReport(40, "about", "2025-01-14", "a", "e1"),
               CountReport(40, "at_least", "2025-01-14", "b", "e2")]
    assert aggregate_count(reports).qualifier == "at_least"
    # a qualifier the schema does not know (an older store) loses the tie, without error
    reports = [CountReport(40, "roughly", "2025-01-14", "a", "e1"),
               CountReport(40, "up_to", "2025-01-14", "b", "e2")]
    assert aggregate_count(reports).qualifier == "up_to"


def test_no_status_reported_means_occurred():
    assert resolve_status([]) == "occurred"


def test_majority_skips_unknown_votes():
    assert majority([(None, 1), ("a", 1)]) == "a"
    assert majority([(None, 1), ("a", 1), (None, 4), ("b", 2)]) == "b"
