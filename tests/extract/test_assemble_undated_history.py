"""On a page with no publication day, a happening dated by weekday words is this week's
news; one the text dates itself to a month or a year is another happening (sentences
written for these tests)."""
from __future__ import annotations


def test_a_month_and_year_do_not_join_an_undated_weekday_lead(run):
    events = run("Twelve soldiers died on Monday in an attack by gunmen on an army post in northern Mali, "
                 "the army said. The deadliest attack on the army so far left 12 soldiers dead at Boni, "
                 "also in the north, in March 2018. The army said its troops were searching the area.",
                 None)
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert len(attacks) == 2
    lead = next(e for e in attacks if not e.background)
    assert lead.date is None or lead.date.value != "2018-03"
    assert any(e.date and e.date.value == "2018-03" for e in attacks if e is not lead)


def test_a_weekday_retold_still_joins_its_lead(run):
    events = run("Gunmen killed four villagers on Monday near Gao, officials said. The attack on Monday "
                 "was the third this month, a local official said.", None)
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1


def test_one_more_persons_arrest_told_with_also_is_its_own(run):
    events = run("Police arrested 40 suspects in raids across the country on Monday. The driver of the "
                 "group's leader was also arrested by police in Kandy. The mayor of Galle was also arrested by police "
                 "for hiding weapons.")
    arrests = [e for e in events if e.event_type == "COERCE" and e.mode == "arrest"]
    assert len(arrests) == 3, [(e.counts.arrested, e.evidence.sentence) for e in arrests]


def test_a_day_read_is_not_joined_through_a_time_word_that_names_no_day(run):
    # "days after" names no day: the shooting of April 2 is not Tuesday's attack
    events = run("Gunmen stormed a hotel in Mogadishu early on Tuesday, killing five guests. The assault "
                 "came days after a warning from the police. On April 2, gunmen opened fire on a bus in "
                 "Mogadishu, wounding its driver.")
    found = [e for e in events if e.event_type == "ASSAULT"]
    assert len(found) == 2, [(e.date, e.counts, e.evidence.sentence) for e in found]
    assert {e.date.value for e in found} == {"2025-04-15", "2025-04-02"}


def _lead(events):
    return next(e for e in events if e.event_type == "ASSAULT" and not e.background)


def test_a_recalled_attacks_year_does_not_date_a_weekday_lead(run):
    lead = _lead(run("A suicide bomber struck a police station in the centre of Jalalabad on Thursday, "
                     "setting off a blast that wounded dozens of people, officials said. There was no word "
                     "of anyone killed; it was the city's second such blast in two days. The station has been "
                     "targeted before, including an attack in 2016 that left 14 dead.", None))
    assert lead.date is None or lead.date.value is None


def test_a_calendar_day_of_another_weekday_does_not_date_a_weekday_lead(run):
    # March 3, 2021 was a Wednesday: the abduction's day, not Friday's raid
    lead = _lead(run("Soldiers killed nine militants in a raid on their camp near Jolo on Friday. The dead "
                     "included a commander wanted over the abduction of two tourists on a beach resort on "
                     "March 3, 2021.", None))
    assert lead.date is not None and lead.date.value is None and "Friday" in lead.date.text


def test_a_calendar_day_on_the_leads_weekday_still_dates_it(run):
    lead = _lead(run("Gunmen killed four villagers near Gao on Tuesday, officials said. The attack on "
                     "Tuesday, March 4, 2025 was the third in the district this month.", None))
    assert lead.date.value == "2025-03-04"


def test_a_day_told_beside_a_weekday_of_saying_is_a_recalled_ones(run):
    lead = _lead(run("Gunmen killed eight road workers in the hills of Puncak, officials said Thursday. "
                     "The attack in the district is reminiscent of one on July 9, 2019, carried out by "
                     "the same rebels.", None))
    assert lead.date is None or lead.date.value is None


def test_a_year_told_beside_an_undated_month_day_lead_is_history(run):
    # the news is told "May 4" with no year: a happening given its year is another year's
    events = run("May 4: Nine people were killed when a bomb hit a bus station in Jalalabad. "
                 "In 2019, more than 30 people died when a truck bomb exploded near the governor's office.",
                 None)
    old = next(e for e in events if e.event_type == "ASSAULT" and "2019" in e.evidence.sentence)
    assert old.background is True
