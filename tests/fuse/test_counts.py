"""Count aggregation and status resolution (rules in polybius.fuse.counts)."""
from __future__ import annotations

from polybius.fuse.counts import (CountReport, aggregate_count, count_history, legacy_history,
                                  majority, resolve_status)
from polybius.records import IncidentCount


def test_three_outlets_139_143_144_the_latest_figure_wins():
    reports = [CountReport(139, "at_least", "2025-03-04", "wire", "e1"),
               CountReport(143, "exact", "2025-03-05", "monitor", "e2"),
               CountReport(144, "exact", "2025-03-06", "newsroom", "e3")]
    assert aggregate_count(reports) == IncidentCount(value=144, low=139, high=144,
                                                     qualifier="exact")


def test_a_toll_rising_over_four_days_across_four_outlets():
    # the example: "at least 40" on day 1, then 62, 71, 78 from other outlets
    reports = [CountReport(40, "at_least", "2025-04-01", "a", "e1"),
               CountReport(62, "exact", "2025-04-02", "b", "e2"),
               CountReport(71, "exact", "2025-04-03", "c", "e3"),
               CountReport(78, "exact", "2025-04-04", "d", "e4")]
    assert aggregate_count(reports) == IncidentCount(78, 40, 78, "exact")
    history = count_history(list(reversed(reports)))
    assert [(e.value, e.qualifier, e.first_reported, e.source, e.event_id) for e in history] == [
        (40, "at_least", "2025-04-01", "a", "e1"), (62, "exact", "2025-04-02", "b", "e2"),
        (71, "exact", "2025-04-03", "c", "e3"), (78, "exact", "2025-04-04", "d", "e4")]


def test_reports_of_the_latest_day_take_their_median_the_higher_when_even():
    reports = [CountReport(20, "at_least", "2025-06-10", "a", "e1"),
               CountReport(22, "exact", "2025-06-11", "b", "e2"),
               CountReport(24, "exact", "2025-06-11", "c", "e3")]
    assert aggregate_count(reports).value == 24
    reports.append(CountReport(23, "exact", "2025-06-11", "d", "e4"))
    assert aggregate_count(reports).value == 23       # 22, 23, 24: the middle one


def test_one_outlier_the_same_day_does_not_carry_the_estimate():
    reports = [CountReport(v, "exact", "2025-01-05", f"s{k}", f"e{k}")
               for k, v in enumerate([12, 15, 15, 15, 400])]
    assert aggregate_count(reports) == IncidentCount(15, 12, 400, "exact")


def test_a_wire_story_republished_by_several_outlets_counts_once():
    # three outlets carry the wire's 62 (one story), one outlet says 71 the same day:
    # two stories -> the higher middle figure, not the wire's figure thrice
    reports = [CountReport(62, "exact", "2025-04-02", "wire", f"e{k}", outlet)
               for k, outlet in enumerate(["Wire", "Daily A", "Daily B"])]
    reports.append(CountReport(71, "exact", "2025-04-02", "other", "e9", "Other"))
    assert aggregate_count(reports).value == 71
    history = count_history(reports)
    assert [(e.value, e.source) for e in history] == [(62, "Daily A"), (71, "Other")]


def test_a_story_s_later_figure_the_same_day_supersedes_its_earlier_one():
    reports = [CountReport(30, "exact", "2025-04-02T08:00", "wire", "e1"),
               CountReport(35, "exact", "2025-04-02T18:00", "wire", "e2"),
               CountReport(33, "exact", "2025-04-02T12:00", "other", "e3")]
    assert aggregate_count(reports).value == 35        # stories: wire 35, other 33


def test_a_figure_revised_down_later_is_the_estimate():
    reports = [CountReport(30, "exact", "2025-05-01", "a", "e1"),
               CountReport(20, "exact", "2025-05-02", "b", "e2"),
               CountReport(10, "exact", "2025-05-09", "c", "e3")]
    assert aggregate_count(reports) == IncidentCount(10, 10, 30, "exact")


def test_undated_reports_decide_only_when_no_report_is_dated():
    reports = [CountReport(50, "exact", "", "a", "e1"),
               CountReport(40, "exact", "2025-05-01", "b", "e2")]
    assert aggregate_count(reports) == IncidentCount(40, 40, 50, "exact")
    history = count_history(reports)
    assert [(e.value, e.first_reported) for e in history] == [(40, "2025-05-01"), (50, None)]
    assert aggregate_count([CountReport(50, "exact", "", "a", "e1")]).value == 50


def test_history_keeps_each_figure_once_with_its_first_and_last_day():
    reports = [CountReport(62, "exact", "2025-04-03", "c", "e3"),
               CountReport(62, "exact", "2025-04-02", "b", "e2"),
               CountReport(62, "exact", "2025-04-05", "d", "e5"),
               CountReport(62, "about", "2025-04-02", "a", "e1")]
    history = count_history(reports)
    assert [(e.value, e.qualifier, e.first_reported, e.last_reported, e.event_id)
            for e in history] == [(62, "exact", "2025-04-02", "2025-04-05", "e2"),
                                  (62, "about", "2025-04-02", "2025-04-02", "e1")]


def test_qualifier_prefers_exact_else_most_common():
    reports = [CountReport(40, "more_than", "2025-01-15", "a", "e1"),
               CountReport(40, "about", "2025-01-15", "b", "e2"),
               CountReport(40, "more_than", "2025-01-15", "c", "e3")]
    assert aggregate_count(reports).qualifier == "more_than"


def test_an_old_summary_and_new_reports_give_the_batch_result():
    reports = [CountReport(40, "at_least", "2025-04-01", "a", "e1"),
               CountReport(62, "exact", "2025-04-02", "b", "e2"),
               CountReport(71, "exact", "2025-04-03", "c", "e3"),
               CountReport(78, "exact", "2025-04-04", "d", "e4")]
    old_count, old_history = aggregate_count(reports[:2]), count_history(reports[:2])
    assert aggregate_count(reports[2:], old_count, old_history) == aggregate_count(reports)
    assert count_history(reports[2:], old_history) == count_history(reports)
    # a late report of an earlier day does not displace the old summary's latest figure
    late = [CountReport(50, "exact", "2025-04-01", "e", "e5")]
    old_count, old_history = aggregate_count(reports), count_history(reports)
    assert aggregate_count(late, old_count, old_history) == IncidentCount(78, 40, 78, "exact")
    assert aggregate_count(late, old_count, old_history) == aggregate_count(reports + late)


def test_a_summary_stored_before_histories_keeps_its_range():
    old = IncidentCount(143, 139, 144, "exact")
    history = legacy_history(old, "2025-03-04")
    assert sorted(e.value for e in history) == [139, 143, 144]
    got = aggregate_count([CountReport(144, "exact", "2025-03-06", "newsroom", "e3")], old,
                          history)
    assert got == IncidentCount(144, 139, 144, "exact")


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
