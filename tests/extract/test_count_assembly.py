"""Which figure a happening keeps when its toll is told in several sentences: the lead's
toll told before its attack verb, split tolls, later parts of the toll. Sentences of our
own; each case states one rule of ``extract/assemble.py`` or ``mentions/counts.py``."""
from __future__ import annotations

import pytest


def test_a_lead_toll_told_before_its_attack_is_the_first_figure(counts_of):
    # the lead's casualty clause has no actor of its own ("were killed ... when militants
    # attacked"): it joins the attack at once, so a later part of the toll ("two of the
    # policemen") does not become the happening's figure
    text = ("At least three police officers were killed and six others injured when militants attacked a police "
            "post in northwest Pakistan on Thursday, police said. The attackers fired rockets at the Shah Alam "
            "check post in Bannu district. Two of the policemen were shot dead at the gate of the post.")
    assert counts_of(text) == {"killed": (3, "at_least"), "injured": (6, "exact")}


@pytest.mark.parametrize("text, expected", [
    # a toll noun, or the subject of a casualty verb, has its own role: a conjunct told
    # with another role word is another figure, not more of the dead
    ("Officials confirmed 41 deaths and 90 wounded after the bombing of a bus station in Kano on Monday.",
     {"killed": (41, "exact"), "injured": (90, "exact")}),
    ("At least two people were killed, one of them a small boy, and 57 injured, police in Kano said on Monday.",
     {"killed": (2, "at_least"), "injured": (57, "exact")}),
    # "a total of" stands for the people named after it
    ("A total of 17 soldiers were wounded when militants attacked an army base near Gao on Monday.",
     {"injured": (17, "exact")}),
    # a list after a plain word for people that adds up to no more than its figure says who
    # some of them were
    ("Seven people, four soldiers and two farmers, died when a gunman opened fire at a shrine in Kano on Monday.",
     {"killed": (7, "exact")}),
    # a casualty clause hanging on the toll's verb belongs to the trigger told in its opening phrase
    ("In a clash between rival gangs at a jail in Kano on Monday, the death toll rose to 12 prisoners, "
     "with 9 others wounded.", {"killed": (12, "exact"), "injured": (9, "exact")}),
])
def test_split_tolls_and_their_parts(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "greater than" hedges like "more than"
    ("At least five people were killed and greater than 15 people wounded when a car bomb exploded in a "
     "market in Kano on Monday.", {"killed": (5, "at_least"), "injured": (15, "more_than")}),
    # a bomber's reflexive toll: one for himself or herself, the subject's figure for themselves
    ("Two suicide bombers detonated their explosives at a filling station in Maiduguri on Monday, "
     "killing themselves.", {"killed": (2, "exact")}),
    ("A suicide bomber detonated his vest near a checkpoint in Maiduguri on Monday, killing himself and "
     "injuring a guard.", {"killed": (1, "exact"), "injured": (1, "exact")}),
    ("The woman detonated her vest at a market gate in Maiduguri on Monday, killing herself and a "
     "second bomber.", {"killed": (2, "exact")}),
])
def test_hedges_and_reflexive_tolls(counts_of, text, expected):
    assert counts_of(text) == expected


def test_a_kidnapping_told_after_a_deadly_attack_is_not_its_mode(run):
    # the abduction joins the attack (one happening), but the attack that killed 25 is not
    # coded as an abduction: only a happening whose lead tells a kidnapping is one
    events = [e for e in run("Suspected rebels attacked a secondary school in Kasese district on Friday night, "
                             "killing at least 25 people. The rebels abducted six students, police said.")
              if e.event_type == "ASSAULT"]
    assert [(e.mode, e.counts.killed.value) for e in events] == [("unspecified", 25)]


def test_a_kidnapping_lead_keeps_its_mode(run):
    events = [e for e in run("Gunmen kidnapped six students from a school in Kasese district on Friday night. "
                             "The gunmen attacked the school at midnight, police said.")
              if e.event_type == "ASSAULT"]
    assert events and events[0].mode == "abduct"


@pytest.mark.parametrize("text, expected", [
    # words for one person by role, read as one with their article (counts.person_nouns)
    ("A soldier opened fire at a checkpoint in Kano on Tuesday, killing a colleague and two passers-by.",
     {"killed": (3, "exact")}),
    ("Gunmen attacked a school in Kebbi on Monday, killing the principal and wounding two students.",
     {"killed": (1, "exact"), "injured": (2, "exact")}),
])
def test_one_person_told_by_role(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an arrest takes people: a singular patient with an article, or a singular pronoun, is one
    ("The security service detained a Russian informant in Odesa on Monday.", {"arrested": (1, "exact")}),
    ("Police in Odesa arrested him on Monday after a raid on his flat.", {"arrested": (1, "exact")}),
    ("Police arrested the driver of the van at the scene in Magdeburg on Friday.", {"arrested": (1, "exact")}),
])
def test_one_person_arrested(counts_of, text, expected):
    assert counts_of(text, "COERCE") == expected


@pytest.mark.parametrize("text, expected", [
    # "into custody" counts the verb's patient
    ("Police took two men into custody in Sevastopol on Monday.", {"arrested": (2, "exact")}),
    ("The agency released a photograph of the suspect after he was taken into custody in Sevastopol on Monday.",
     {"arrested": (1, "exact")}),
    # a relative clause counts the noun it describes
    ("The governor said the gunman, who was arrested near the market in Kano, had acted alone.",
     {"arrested": (1, "exact")}),
])
def test_custody_and_relative_clauses(counts_of, text, expected):
    assert counts_of(text, "COERCE") == expected


def test_a_bare_casualty_report_with_its_own_village_completes_the_toll(counts_of):
    # the wounded of the lead's attack, told with the village where it happened: its place
    # does not make a second attack of it, as it gives a figure the attack had none of
    text = ("Gunmen killed at least six officers in an attack on a police camp in Wajir on Sunday. "
            "Police said two guards were injured in the incident, which happened at dawn in Kutulo village.")
    assert counts_of(text) == {"killed": (6, "at_least"), "injured": (2, "exact")}


def test_a_casualty_report_told_as_another_attack_stays_apart(run):
    text = ("Gunmen killed at least six officers in an attack on a police camp in Wajir on Sunday. "
            "In a separate attack, four people were injured in Kutulo village.")
    assert len([e for e in run(text) if e.event_type == "ASSAULT"]) == 2


def test_a_protest_that_took_a_toll_takes_its_wounded_too(counts_of):
    # "left a man dead and 100 injured" after "the protests": both figures are the protest's,
    # not an attack beside it
    text = "The protests in Quito on Wednesday left a student dead and more than 80 people injured, police said."
    assert counts_of(text, "PROTEST") == {"killed": (1, "exact"), "injured": (80, "more_than")}


def test_the_victims_of_a_casualty_participle_are_not_its_doers(run):
    # "... and more than 80 people injured": the parser hangs the people on the participle
    # as its subject; they are its victims, never the doer of an attack
    events = [e for e in run("The march in Quito on Wednesday left a student dead and more than 80 people "
                             "injured, police said.") if e.event_type == "ASSAULT"]
    assert events and all(e.actor is None for e in events)
