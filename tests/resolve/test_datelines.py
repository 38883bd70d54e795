"""Dateline / byline / 'Published ...' detection; texts are invented for the tests."""
from __future__ import annotations

import pytest

from polybius.records import DateValue
from polybius.resolve.datelines import dateline_place_span, find_dateline, find_page_day, text_year


@pytest.mark.parametrize("text,matched,date_text,value", [
    ("LAGOS, Nigeria \u2014 March 3, 2024 \u2014 Gunmen attacked a village on Sunday.",
     "LAGOS, Nigeria \u2014 March 3, 2024 \u2014", "March 3, 2024", "2024-03-03"),
    ("KABUL, Afghanistan (AP) \u2014 Dec. 3, 2023 \u2014 A blast hit a market.",
     "KABUL, Afghanistan (AP) \u2014 Dec. 3, 2023 \u2014", "Dec. 3, 2023", "2023-12-03"),
    ("MOSCOW, Tuesday, March 12, 2024 (AFP) -- Officials said.",
     "MOSCOW, Tuesday, March 12, 2024 (AFP) --", "Tuesday, March 12, 2024", "2024-03-12"),
    ("Raid in the capital\nPublished 12 March 2024\nPolice said ...",
     "Published 12 March 2024", "12 March 2024", "2024-03-12"),
    ("Published: June 18, 2024 at 9:15 a.m. EDT\nThe army said ...",
     "Published: June 18, 2024 at 9:15 a.m. EDT", "June 18, 2024", "2024-06-18"),
    ("Updated: 2024-03-12 14:05\nSomething happened in the north.",
     "Updated: 2024-03-12 14:05", "2024-03-12 14:05", "2024-03-12"),
    ("By Jane Doe | June 18, 2024\nThe ministry announced ...",
     "By Jane Doe | June 18, 2024", "June 18, 2024", "2024-06-18"),
    ("Posted on 2024/03/12 by admin\nBody text.",
     "Posted on 2024/03/12", "2024/03/12", "2024-03-12"),
    ("Thursday, 20 June 2024\n\nHeadline\nBody text.",
     "Thursday, 20 June 2024", "Thursday, 20 June 2024", "2024-06-20"),
    ("Headline\nBy Ann Lee and Bo Kim, 5 January 2025\nText.",
     "By Ann Lee and Bo Kim, 5 January 2025", "5 January 2025", "2025-01-05"),
    ("date 2019-08-28 Maputo \u2014 Insurgents burned a village on Tuesday.",
     "date 2019-08-28", "2019-08-28", "2019-08-28"),
    ("2018-12-02 Two bombers blew themselves up on Saturday.",
     "2018-12-02", "2018-12-02", "2018-12-02"),
    ("Title\n<time>2025-01-05T07:30:00Z</time> first published 2025-01-05T07:30:00Z\nText",
     "first published 2025-01-05T07:30:00Z", "2025-01-05T07:30:00Z", "2025-01-05"),
])
def test_full_dates(text, matched, date_text, value):
    assert find_dateline(text) == (matched, DateValue(date_text, value, "day"))


def test_published_beats_updated_even_when_later():
    text = "Title\nUpdated 13 March 2024 09:00 GMT\nPublished: Tuesday, 12 March 2024\nBody"
    assert find_dateline(text) == ("Published: Tuesday, 12 March 2024",
                                   DateValue("Tuesday, 12 March 2024", "2024-03-12", "day"))


def test_dateline_beats_updated_line():
    text = "ANKARA, March 3, 2024 (Reuters) - Police said.\nUpdated: 2024-03-05 10:00"
    assert find_dateline(text)[1].value == "2024-03-03"


def test_wire_dateline_without_year_is_not_enough():
    assert find_dateline("ANKARA, Dec 31 (Reuters) - Turkish police detained 20.") is None
    assert find_dateline("NAIROBI, Kenya, June 18 (Reuters) - Text.") is None


def test_wire_dateline_takes_year_from_header():
    text = "Police raid\nBy Jane Doe\n2025\nANKARA, Dec 31 (Reuters) - Turkish police detained."
    assert find_dateline(text) == ("ANKARA, Dec 31 (Reuters) -",
                                   DateValue("Dec 31", "2025-12-31", "day"))


@pytest.mark.parametrize("text", [
    "",
    "Some article that mentions March 3, 2024 in the body text as part of a sentence.",
    "WASHINGTON \u2014 Officials said on Tuesday, June 18, 2024 that talks would resume.",
    "PARIS, 12/03/2024 - ambiguous day and month.",
    "BEIRUT (Reuters) - No date here at all.",
    "x" * 2100 + "\nPublished 12 March 2024",
    "Date night in 2024: the best restaurants.",
    "The date 2024-03-12 was set for talks.",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_an_empty_published_slot_leaves_the_related_stories_dates_alone():
    # the copy kept the page's "Published" label but not its date; the dated labels
    # further down belong to the related stories listed under the text
    text = ("Rebels seize a hill town\n- Published\nRebels took the hill town of Oka on Tuesday, "
            "residents said.\nThe army said it would retake it.\n- Published3 May 2021\n- Published9 April 2021")
    assert find_dateline(text) is None
    # a "Published" label with its date is still the page's, wherever others follow
    assert find_dateline("Rebels seize a hill town\nPublished 12 May 2021\nBody.\n- Published3 May 2021") == (
        "Published 12 May 2021", DateValue("12 May 2021", "2021-05-12", "day"))


def test_dateline_too_deep_is_ignored():
    text = "word " * 200 + "\nLAGOS, Nigeria \u2014 March 3, 2024 \u2014 Gunmen attacked."
    assert find_dateline(text) is None


def test_non_string_input():
    assert find_dateline(None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("text,place", [
    ("BAGHDAD, Dec. 27 -- At least 20 people were killed.", "BAGHDAD"),
    ("Headline\n\nKANO, Nigeria (AFP) - Gunmen struck a market.", "KANO, Nigeria"),
    ("date 2022-01-28 Cairo: Forty people were hurt in a missile attack in Yemen.", "Cairo"),
    ("Maputo \u2014 Insurgents burned a village.", "Maputo"),
    ("MOSCOW, October 18. /TASS/. The ministry said.", "MOSCOW"),
    ("ISLAMABAD (Reuters) - A blast hit a bus.", "ISLAMABAD"),
    ("TUGUEGARAO, Cagayan, Philippines – Rebels ambushed a patrol in Apayao.",
     "TUGUEGARAO, Cagayan, Philippines"),
    ("Gunmen killed 12 people in Kano - police said.", None),
    ("The attack - a bombing - shocked the town.", None),
])
def test_dateline_place(text, place):
    span = dateline_place_span(text)
    assert (text[span[0]:span[1]] if span else None) == place


@pytest.mark.parametrize("text,value", [
    ("Upper Dir, March 9, 2024\u2013 Gunmen fired on a bus near the market.", "2024-03-09"),
    ("Port Town, Eastern Region, 4 June 2023 - Two soldiers died in an ambush.", "2023-06-04"),
])
def test_dateline_with_a_place_not_in_capitals_and_a_full_date(text, value):
    found = find_dateline(text)
    assert found is not None and found[1].value == value


@pytest.mark.parametrize("text", [
    "Police, May 5 - officers said the road was closed.",       # no year: not a dateline
    "Officials said on March 9, 2024 - a Saturday - that the road was shut.",
])
def test_a_mixed_case_head_without_a_full_date_is_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text,year", [
    ("Police held 12 men between May 2 and June 30, 2021. One was held on May 9.", "2021"),
    ("Caption: the square in Lyon on 4 April 2023.\nTwo men were stabbed on April 4.", "2023"),
    ("A bomb hit Kano on March 3, 2020; the 2019 attack killed 5 on 2 May 2019.", None),   # two years
    ("Gunmen killed four people on Tuesday.", None),
])
def test_text_year_is_the_one_year_of_the_texts_full_dates(text, year):
    assert text_year(text) == year


@pytest.mark.parametrize("text,monthday,weekday", [
    ("Local news\n\nFriday, June 7\n\nSoldiers raided a camp on Thursday.", "--06-07", "Friday"),
    ("Thu 3 October 09:40\nA bomb went off near the bridge.", "--10-03", "Thursday"),
    ("PORT TOWN, Feb. 29 (Wire) - Gunmen attacked a convoy.", "--02-29", None),
    ("Flood warning\nBy Ann Lee | August 14\nRivers rose overnight.", "--08-14", None),
    ("Port Town, October 11, NEWSWIRE\n\nDrones hit a shelter on Saturday.", "--10-11", None),
])
def test_a_page_date_without_a_year_is_read_as_its_month_day(text, monthday, weekday):
    assert find_dateline(text) is None
    found = find_page_day(text)
    assert found is not None and (found.monthday, found.weekday) == (monthday, weekday)


@pytest.mark.parametrize("text", [
    "Friday, June 7, 2024\n\nSoldiers raided a camp on Thursday.",   # a year: a full date
    "PORT TOWN, June 7 (Wire) 2024 - Gunmen attacked a convoy.",
    "Friday, June 31\nSoldiers raided a camp.",                        # no such day
    "Soldiers raided a camp on June 7 and left on June 8.",             # dates in a sentence
    "Police, May 5, SAID NOTHING about the raid on the camp yet.",      # no line of its own
])
def test_a_date_with_a_year_or_in_a_sentence_is_no_yearless_page_date(text):
    assert find_page_day(text) is None
