"""What an undated page still tells about its happening (issue 15, seventeenth round): a
day its URL spells out, a weekday that is only the day the news was told, and a figure,
a town and a weapon it shares with another report."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from polybius.fuse.config import FuseConfig
from polybius.fuse.names import NameStats
from polybius.fuse.nodes import build_table, weekday_said
from polybius.fuse.page_dates import url_date
from polybius.fuse.scoring import score_pairs


def _day(iso: str):
    day = date.fromisoformat(iso).toordinal()
    return day, day, "day"


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/post/truck-bomb-in-the-old-town-march-7th-2021-report", _day("2021-03-07")),
    ("https://example.org/news/7-march-2021-truck-bomb", _day("2021-03-07")),
    ("https://example.org/news/sept-14-2020-blast", _day("2020-09-14")),
    ("https://example.org/world/region/25032021-amp", _day("2021-03-25")),   # no 25th month
])
def test_a_day_spelt_out_in_the_slug_dates_the_page(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize("url", [
    "https://example.org/world/region/03042021-amp",    # 3 April or 4 March
    "https://example.org/news/mayor-5-2019-budget",     # no month's name
    "https://example.org/news/remembering-march-2011",  # no day
])
def test_a_slug_that_may_read_as_two_days_or_none_dates_nothing(url):
    assert url_date(url) is None


def test_a_weekday_told_only_after_a_word_of_saying_is_the_telling_day():
    assert weekday_said("Rebels shot dead six miners, the army said Friday.")
    assert weekday_said("Six miners died, police told reporters... Police said on Friday.")
    assert not weekday_said("Rebels shot dead six miners on Friday, the army said.")
    assert not weekday_said("The army said Friday that rebels attacked on Thursday.")
    assert not weekday_said("Rebels shot dead six miners, the army said.")


def _open_date(make_event, page_sentence: str, other_sentence: str) -> float:
    cfg = FuseConfig()
    page = make_event("page", published=None, date=None, date_text=None, mode="firearms",
                      sentence=page_sentence)
    other = make_event("other", published=None, date=None, date_text=None, mode="firearms",
                       sentence=other_sentence)
    t = build_table([page, other], [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["date"][0])


def test_the_day_before_a_telling_day_is_no_other_day(make_event):
    """One page: the killings "officials said Thursday"; the other: the gunmen struck on
    Wednesday. The attack may have come the day before it was told; a Tuesday is still
    another day."""
    cfg = FuseConfig()
    told = "Gunmen killed six miners at the quarry, officials said Thursday."
    assert _open_date(make_event, told, "Gunmen attacked the quarry on Wednesday.") \
        == pytest.approx(cfg.date_open)
    assert _open_date(make_event, told, "Gunmen attacked the quarry on Tuesday.") \
        < cfg.date_open
    struck = "Gunmen killed six miners at the quarry on Thursday, officials said."
    assert _open_date(make_event, struck, "Gunmen attacked the quarry on Wednesday.") \
        < cfg.date_open


PAGE = "A bomber rammed a truck into the gate of the barracks, officials said."
OTHER = "Troops at a checkpoint outside the city were hit by a vehicle packed with explosives."


def _pages(make_event, killed_a: int, killed_b: int, mode_b: str = "suicide_bomb",
           city_b: str = "Lahore"):
    a = make_event("a", published=None, date=None, date_text=None, mode="suicide_bomb",
                   city="Lahore", killed=killed_a, sentence=PAGE)
    b = make_event("b", published=None, date=None, date_text=None, mode=mode_b,
                   city=city_b, killed=killed_b, sentence=OTHER)
    return a, b


def _toll_town(make_event, *args, **kw) -> float:
    cfg = FuseConfig()
    t = build_table(list(_pages(make_event, *args, **kw)), [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["toll_town"][0])


def test_two_undated_pages_of_one_toll_town_and_weapon_gain(make_event):
    assert _toll_town(make_event, 9, 9) == pytest.approx(FuseConfig().toll_town)


@pytest.mark.parametrize("args, kw", [
    ((2, 2), {}),                           # two dead: what many reports of a town give
    ((9, 7), {}),                           # another figure
    ((40, 40), {}),                         # a round figure
    ((9, 9), {"mode_b": "firearms"}),       # another weapon
    ((9, 9), {"city_b": "Kabul"}),          # another town
])
def test_without_all_three_particulars_nothing_is_added(make_event, args, kw):
    assert _toll_town(make_event, *args, **kw) == 0.0


def _monthday_date(make_event, reported: str) -> float:
    from polybius.records import DateValue
    cfg = FuseConfig()
    page = make_event("page", published=None, date=None, date_text=None,
                      sentence="A car bomb tore through the cattle market, killing five.")
    page.date = DateValue("Apr 12", None, None)     # a dateline's day of the month
    report = make_event("report", published="2025-04-15", date=reported,
                        date_text=f"on April {int(reported[-2:])}",
                        sentence="A car bomb exploded at the cattle market, killing five.")
    t = build_table([page, report], [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["date"][0])


def test_a_day_of_the_month_a_day_off_scores_as_dated_reports_a_day_apart(make_event):
    """The page gives "Apr 12" (its dateline, the morning after); the report dates the
    blast on 11 April: a day apart, as two dated reports would be; 8 April is another day."""
    cfg = FuseConfig()
    assert _monthday_date(make_event, "2025-04-12") == pytest.approx(cfg.date_same_day)
    assert _monthday_date(make_event, "2025-04-11") == pytest.approx(cfg.date_gap[0])
    assert _monthday_date(make_event, "2025-04-10") == pytest.approx(cfg.date_gap[1])
    assert _monthday_date(make_event, "2025-04-08") == pytest.approx(cfg.date_weekday_conflict)


def _place(make_event, sentence_a: str, sentence_b: str) -> float:
    cfg = FuseConfig()
    a = make_event("a", city="Lahore", place_precision="admin1", sentence=sentence_a)
    b = make_event("b", city="Lahore", sentence=sentence_b)
    t = build_table([a, b], [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["place"][0])


def test_a_district_both_reports_name_places_them_together(make_event):
    """One report was placed at its province only; both name the same district."""
    cfg = FuseConfig()
    told = _place(make_event, "Gunmen raided a hamlet in Karsal district, killing four.",
                  "Four villagers died when gunmen stormed a hamlet of Karsal district.")
    assert told == pytest.approx(cfg.place_agree["admin2"])
    untold = _place(make_event, "Gunmen raided a hamlet, killing four.",
                    "Four villagers died when gunmen stormed a hamlet of Karsal district.")
    assert untold == pytest.approx(cfg.place_agree["admin1"])


def _dom_date(make_event, reported: str) -> float:
    cfg = FuseConfig()
    page = make_event("page", published=None, date=None, date_text=None,
                      sentence="Police said that on the 12th, gunmen raided the cattle market.")
    report = make_event("report", published="2025-04-15", date=reported,
                        date_text=f"on April {int(reported[-2:])}",
                        sentence="Gunmen raided the cattle market, police said.")
    t = build_table([page, report], [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["date"][0])


def test_a_day_of_the_month_named_alone_meets_the_reports_day(make_event):
    """The page gives "on the 12th" with no month: a report of 12 April shares it (as a
    weekday would, but one day in thirty does), one of 13 April is a day off, one of
    the 8th another day."""
    cfg = FuseConfig()
    assert _dom_date(make_event, "2025-04-12") == pytest.approx(cfg.date_open + cfg.date_weekday_agree)
    assert _dom_date(make_event, "2025-04-13") == pytest.approx(cfg.date_gap[0])
    assert _dom_date(make_event, "2025-04-08") == pytest.approx(cfg.date_weekday_conflict)


def _said_against_day(make_event, event_type: str, mode: str) -> float:
    """An undated page whose one weekday is the telling's ("police said on Friday") against
    a report of a Friday, three dead alike (figures that back a shared weekday)."""
    cfg = FuseConfig()
    page = make_event("page", published=None, date=None, date_text=None, mode=mode,
                      event_type=event_type, killed=3,
                      sentence="Gunmen shot dead three guards at a toll gate, police said on Friday.")
    dated = make_event("dated", published="2025-03-08", date="2025-03-07", date_text="on Friday",
                       mode=mode, event_type=event_type, killed=3,
                       sentence="Three guards of a toll gate were killed on Friday by gunmen.")
    t = build_table([page, dated], [], cfg, NameStats())
    return float(score_pairs(t, np.array([0]), np.array([1]), cfg).components["date"][0])


def test_a_telling_weekday_does_not_date_the_happening(make_event):
    """The happening came that day or the night before: a report of that weekday is
    what one report in three or four of that kind shares, so the page keeps its open date."""
    assert _said_against_day(make_event, "ASSAULT", "firearms") \
        == pytest.approx(FuseConfig().date_open)


def test_a_statement_told_on_a_weekday_happened_that_day(make_event):
    """A blame "said on Friday" is the saying itself: its weekday is its day."""
    assert _said_against_day(make_event, "ACCUSE", "blame") > FuseConfig().date_open


def _named_pages(make_event, killed_a: int, killed_b: int, names: bool = True):
    tail = " in Vellandor village, chief Ostrabek Quill said." if names else ", a chief said."
    a = make_event("a", published=None, date=None, date_text=None, mode="firearms",
                   city="Lahore", killed=killed_a,
                   sentence="Raiders on motorbikes shot dead farmers" + tail)
    b = make_event("b", published=None, date=None, date_text=None, mode="firearms",
                   city="Lahore", killed=killed_b,
                   sentence="Farmers were gunned down by raiders" + tail)
    cfg = FuseConfig()
    t = build_table([a, b], [], cfg, None)     # the names' rarity counted over the two
    return score_pairs(t, np.array([0]), np.array([1]), cfg).components


def test_a_toll_revised_by_one_with_rare_names_alike_is_one_toll(make_event):
    """13 dead, then 14 when a wounded victim dies: with the village and a name both
    reports write, the town, the weapon and the toll are still one happening's."""
    comps = _named_pages(make_event, 13, 14)
    assert comps["names"][0] > 0
    assert comps["toll_town"][0] == pytest.approx(FuseConfig().toll_town)


@pytest.mark.parametrize("killed_a, killed_b, names", [
    (13, 14, False),    # no name alike: another attack on the town may have one more dead
    (13, 15, True),     # another figure
])
def test_a_toll_one_off_needs_a_rare_name_alike(make_event, killed_a, killed_b, names):
    assert _named_pages(make_event, killed_a, killed_b, names)["toll_town"][0] == 0.0


def _page_and_report(make_event, killed_page: int, killed_report: int, **page_kw):
    """An undated page and a dated report of an insurgent attack on one town with one
    weapon and one doer: only the figures and the words are left to tell them apart."""
    page = make_event("page", published=None, date=None, date_text=None, mode="firearms",
                      city="Lahore", actor="Northern Front", killed=killed_page,
                      sentence="Fighters of the Northern Front stormed a hamlet near the "
                               "town and shot villagers, a local official said.", **page_kw)
    report = make_event("report", published="2025-06-11", date="2025-06-10",
                        date_text="on Tuesday", mode="firearms", city="Lahore",
                        actor="Northern Front", killed=killed_report, qualifier="at_least",
                        sentence="Gunmen of the Northern Front raided farms outside the "
                                 "town on Tuesday, killing residents, police said.")
    cfg = FuseConfig()
    t = build_table([page, report], [], cfg, NameStats())
    return score_pairs(t, np.array([0]), np.array([1]), cfg).components


def test_an_open_date_with_other_figures_and_nothing_particular_is_another_attack(make_event):
    """Twelve dead on the page, "at least nine" in the report: close, so not apart, but
    with no date, no figure alike and nothing rare in common, the figures are the one
    particular left, and they differ."""
    comps = _page_and_report(make_event, 12, 9)
    assert comps["date"][0] == pytest.approx(FuseConfig().date_open)
    assert comps["counts"][0] < 0
    assert comps["counts"][0] == pytest.approx(FuseConfig().open_tolls_apart)


def test_figures_alike_or_already_apart_add_nothing_more(make_event):
    """Nine dead in both: evidence for. Five on the page against at least thirty: apart
    already (``count_conflict``), said once."""
    assert _page_and_report(make_event, 9, 9)["counts"][0] > 0
    assert _page_and_report(make_event, 5, 30)["counts"][0] == pytest.approx(
        FuseConfig().count_conflict)


def test_a_page_with_no_figure_is_not_held_apart(make_event):
    comps = _page_and_report(make_event, None, 9)
    assert comps["counts"][0] == 0.0
