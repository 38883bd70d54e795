"""Shapes first met on fresh pages (the held-out parts AQ and AR): a trend told as a list
after "a string of", a bare toll that would jump to a happening told far later, a span of
time that belongs to a comparison, an answer left open, a country's capital inside "the
streets of", a date that names another thing ("the August 12 election"), a possessive day
("last week's killings"), an example after "such as", the doer's own death, a deed
restated as its subject's rank, an unknown spot "in the state" already told, a toll
between two years, a group named again by its number ("The three were ...") and a toll
the speaker adds ("..., adding that two others were wounded"). Texts written for these
tests."""
from __future__ import annotations


def of_type(events, kind="ASSAULT"):
    return [e for e in events if e.event_type == kind]


def test_a_string_of_deeds_told_as_a_list_is_a_trend(run):
    text = ("A car bomb exploded near a market in Jarabulus on Monday, killing four people. "
            "A string of blasts and attacks have shaken the border towns in recent weeks.")
    assert len(of_type(run(text, None))) == 1


def test_a_bare_toll_does_not_jump_to_a_happening_told_far_later(run):
    text = ("Three people were killed in a car-bomb attack by a market in Jarabulus on Monday, according to "
            "reports. A car exploded near the roundabout, killing three civilians and injuring 10, a local "
            "agency said. Children were among more than 30 people injured, the monitor said. The town has "
            "changed hands several times. Schools stayed shut. Traders counted their losses. A member of an "
            "aid agency was killed in an attack on their van near al-Bab, north of Aleppo, the agency said on "
            "Monday.")
    van = [e for e in of_type(run(text, None)) if e.counts.killed is not None and e.counts.killed.value == 1]
    assert van and van[0].counts.injured is None


def test_a_span_of_a_comparison_is_not_the_deeds_time(run):
    text = ("Maoist fighters have killed twelve troops in an ambush in the hills of northern Luzon, in one of "
            "the most daring rebel attacks in recent years. The fighters ambushed an army truck in a village "
            "in Abra early Wednesday.")
    found = of_type(run(text, None))
    assert found and not any(e.background for e in found)


def test_neither_confirm_nor_deny_is_no_denial(run):
    text = ("Gunmen attacked a police post in Garissa on Friday, killing two officers. "
            "When contacted, the county commissioner could neither confirm nor deny the report.")
    assert of_type(run(text, None), "REJECT") == []


def test_the_streets_of_a_countrys_capital_are_its_capital(run):
    text = ("Opposition supporters took to the streets of Zambia’s capital late Thursday, burning tires "
            "and blocking roads, to protest the count.")
    found = of_type(run(text, None), "PROTEST")
    assert found and found[0].location is not None and found[0].location.name == "Lusaka"


def test_a_date_set_before_another_noun_names_that_thing(run):
    text = ("Opposition supporters burned tyres in Lusaka late Thursday to protest the announcement that "
            "the ruling party candidate won the August 12 election.")
    found = of_type(run(text, None), "PROTEST")
    assert found and found[0].date is not None and "Thursday" in (found[0].date.text or "")


def test_a_possessive_day_dates_the_deed_it_owns(run):
    text = ("Gunmen shot dead a shopkeeper in Kisumu on Tuesday. "
            "The party leader blamed the police over last week’s killings of two young activists.")
    killings = [e for e in of_type(run(text, None)) if e.counts.killed is not None and e.counts.killed.value == 2]
    assert killings and killings[0].date is not None and killings[0].date.text == "last week"


def test_an_example_after_such_as_names_a_kind(run):
    text = ("Police arrested 40 protesters in Lusaka on Thursday. "
            "The party urged calm marches over matters such as kidnappings, looting and graft.")
    assert of_type(run(text, None)) == []


def test_the_doers_own_death_is_part_of_the_attack(run):
    text = ("A car bomb driven by an al-Qaeda suicide bomber exploded beside an army convoy near Aden, "
            "killing nine soldiers. The suicide bomber, an al-Qaeda militant, who was killed by the "
            "explosion, had been driving a white van, a ministry source said.")
    assert len(of_type(run(text, None))) == 1


def test_a_deed_restated_as_its_subjects_rank_is_not_another(run):
    text = ("A suicide bomber killed nine soldiers at a checkpoint in Aden on Sunday. "
            "The car bombing at the checkpoint was the third big attack on the port city within a week.")
    assert len(of_type(run(text, None))) == 1


def test_an_unknown_spot_told_in_the_state_lies_in_the_told_state(run):
    text = ("Gunmen have attacked villages in Nigeria's Kaduna state, killing at least 12 people. "
            "The attackers on motorbikes stormed three villages on Saturday in Tudun area in the state, "
            "witnesses said.")
    assert len(of_type(run(text, None))) == 1


def test_a_toll_between_two_years_is_a_running_total(run):
    text = "Some 300,000 people have been killed in Peru between 1980 and 2000 in the conflict, a commission said."
    assert of_type(run(text, None)) == []


def test_a_group_named_again_by_number_tells_the_weapon(run):
    text = ("Meanwhile, three soldiers who went missing on Monday after an attack that killed two comrades "
            "have been found. The three were part of a patrol whose truck was hit by a roadside bomb near Elwak.")
    found = of_type(run(text, None))
    assert found and found[0].mode == "explosives"


def test_a_toll_the_speaker_adds_is_the_deeds(counts_of):
    text = "A bomb killed two guards in Kandahar on Wednesday, the spokesman said, adding that two other guards were wounded."
    assert counts_of(text).get("injured") == (2, "exact")
