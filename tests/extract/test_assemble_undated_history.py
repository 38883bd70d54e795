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
