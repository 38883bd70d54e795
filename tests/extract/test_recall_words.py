"""Words of real wire copy that tell an attack, a gunfight or an arrest and that the
lexicon used to miss (sentences written for these tests)."""
from __future__ import annotations

import pytest


def kinds(events):
    return [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize("text, event_type, mode, killed", [
    # "martyred": killed in the conflict, counted by the kill role
    ("Four border guards were martyred on Tuesday in Kech district, the military said.",
     "ASSAULT", "unspecified", 4),
    ("Three police constables were martyred near the town of Tank on Monday.", "ASSAULT", "unspecified", 3),
    # an encounter, a gunbattle, a shootout, a gun battle: a gunfight
    ("Two rebels were killed in an encounter with the security forces in Kupwara district on Sunday.",
     "ASSAULT", "armed_clash", 2),
    ("Troops fought a fierce gunbattle with insurgents near the village of Tanda on Friday.",
     "ASSAULT", "armed_clash", None),
    ("One suspect died in a shootout with police officers in the port city of Durres on Monday.",
     "ASSAULT", "armed_clash", 1),
    # an exchange of fire, and exchanging fire
    ("Four soldiers were killed in an exchange of fire with militants near Kidal on Monday.",
     "ASSAULT", "armed_clash", 4),
    ("Gunmen exchanged fire with police outside a bank in Lagos on Tuesday.", "ASSAULT", "armed_clash", None),
    # setting fire to buildings is arson
    ("Attackers set fire to a church and three houses in the town of Beni on Monday.",
     "ASSAULT", "primitive_weapon", None),
    ("Gunmen set the village school ablaze near Maiduguri on Sunday.", "ASSAULT", "primitive_weapon", None),
    ("Gunmen set the district office on fire in the town of Kidal on Sunday.", "ASSAULT", "primitive_weapon", None),
    # a beheading, like a stabbing, is told by its noun too
    ("Insurgents carried out the beheading of a village chief near Palma on Sunday, police said.",
     "ASSAULT", "primitive_weapon", None),
    # artillery fired at a place
    ("The army fired artillery at rebel positions near Kismayo on Monday, killing five fighters.",
     "ASSAULT", "aerial", 5),
])
def test_words_of_violence_make_a_record(run, text, event_type, mode, killed):
    events = run(text)
    assert (event_type, mode) in kinds(events), kinds(events)
    found = next(e for e in events if (e.event_type, e.mode) == (event_type, mode))
    assert (found.counts.killed.value if found.counts.killed else None) == killed


@pytest.mark.parametrize("text", [
    "The striker had a chance encounter with the coach at the airport in Lagos on Monday.",
    "The team won the penalty shootout after a goalless draw in Lagos on Sunday.",
    "The two ministers exchanged letters on Monday about the fire at the plant in Lagos.",
    "A candle set fire to the curtains of a flat in Leeds on Sunday, firefighters said.",
    "The minister set out her plans for the budget in Parliament on Tuesday.",
    # a participle describing the dead retells a death told elsewhere
    "Funeral prayers for two martyred soldiers were offered at the garrison in Kohat on Friday.",
])
def test_their_other_senses_make_none(run, text):
    assert run(text) == []


def test_an_arrest_of_some_of_a_group_acts_on_people(run):
    events = run("On Thursday, the rebels captured six of its soldiers near the border town of Batken.")
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert arrest.mode == "arrest" and arrest.counts.arrested.value == 6


def test_a_crowd_that_sets_fire_keeps_the_day_of_its_verb(run):
    events = run("Protesters set fire to the town hall in Kisumu on Sunday.", "2025-04-16")
    riot = next(e for e in events if e.event_type == "PROTEST")
    assert riot.date.value == "2025-04-13"


def test_attributing_an_attack_to_a_group_is_an_accusation(run):
    events = run("President Gustavo Petro attributed the attack on the police station to dissident "
                 "factions of the FARC on Tuesday.")
    assert ("ACCUSE", "blame") in kinds(events)


@pytest.mark.parametrize("text", [
    "The minister attributed the drop in inflation to lower fuel prices on Tuesday.",
    "Most of the attacks in the region are attributed to the rebel group, officials said.",
])
def test_other_attributions_are_no_accusation(run, text):
    assert ("ACCUSE", "blame") not in kinds(run(text))


@pytest.mark.parametrize("text", [
    "Local media reports attribute the attack on the police station to the rebels.",
    "Mexico recorded 3,000 murders last year, most of them attributed to criminal gangs.",
    "An officer confirmed nine dead at the police post, attributing the massacre to the rebels.",
])
def test_an_attribution_needs_someone_who_makes_it(run, text):
    assert ("ACCUSE", "blame") not in kinds(run(text))


@pytest.mark.parametrize("text, mode", [
    ("Five villagers were hacked to death by gunmen in the village of Tanda on Sunday.", "primitive_weapon"),
    ("Attackers burned three men alive in a village near Beni on Monday, officials said.", "primitive_weapon"),
    ("A man threw a grenade into a crowd at a market in Gao on Friday, wounding six people.", "explosives"),
])
def test_more_words_of_violence(run, text, mode):
    assert ("ASSAULT", mode) in kinds(run(text))


@pytest.mark.parametrize("text", [
    "The pitcher threw a curveball in the ninth inning in Boston on Monday.",
])
def test_their_everyday_senses_make_none(run, text):
    assert run(text) == []


def test_fire_opened_as_a_modifier_is_a_shooting(run):
    events = run("During the parade in Ahvaz, militants in disguise opened fire at the people "
                 "attending the ceremony.")
    assert ("ASSAULT", "firearms") in kinds(events)


@pytest.mark.parametrize("text", [
    "The mayor opened a new fire station in Leeds on Monday.",
])
def test_fire_stations_are_none(run, text):
    assert run(text) == []


def test_a_killing_by_an_unmanned_aircraft_is_no_accident(run):
    events = run("In September, the group's spiritual leader, Anwar Saleh, was killed by a US unmanned "
                 "aircraft in Marib.")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "drone")]


def test_an_aircraft_crash_stays_an_accident(run):
    assert run("Twenty passengers were killed when a small aircraft crashed near Goma on Monday.") == []


@pytest.mark.parametrize("text", [
    # the source's own clause tells its accusation
    "Eight police officers were killed when a helicopter was downed by a drone in Antioquia, according "
    "to the president, who blamed the attack on a FARC dissident group.",
    "The government held the rebels responsible for the attack on the police station in Gao on Monday.",
])
def test_more_ways_to_accuse(run, text):
    assert ("ACCUSE", "blame") in kinds(run(text))


def test_a_meeting_held_by_people_responsible_is_none(run):
    assert run("The club held a meeting in Leeds on Monday, officials responsible for security said.") == []


@pytest.mark.parametrize("text, event_type, mode", [
    # a curfew over a place after unrest is a ban on movement
    ("The army imposed a curfew on three districts of Kano on Sunday after clashes left five people dead.",
     "COERCE", "ban"),
    # a vow or warning of violence in return is a threat
    ("The militia commander vowed revenge against the army after the attack in Goma on Monday.",
     "THREATEN", "attack_threat"),
    ("The armed group's leader warned the government of reprisals for the killing of its fighters on Friday.",
     "THREATEN", "attack_threat"),
    # dismissing a statement is a rejection
    ("The rebel spokesman on Tuesday dismissed the army's statement about the attack on the village.",
     "REJECT", "deny"),
])
def test_curfews_vows_and_dismissals_make_a_record(run, text, event_type, mode):
    assert (event_type, mode) in kinds(run(text)), kinds(run(text))


@pytest.mark.parametrize("text", [
    "The coach vowed a response from his players after the defeat in Leeds on Saturday.",
    "Parents set a curfew of ten o'clock for the teenagers at the festival in Leeds.",
    "The bank warned of a weak response from investors to the bond sale in London on Monday.",
    "China warned of retaliation against the new tariffs announced in Washington on Monday.",
])
def test_their_everyday_senses_are_no_threat_or_ban(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    # a warning that the warner's side will strike back
    "The rebel leader warned the army on Sunday that his men would retaliate for the killing of their commander in Goma.",
    # reprisals threatened by an armed side
    "The gang boss threatened reprisals against any police unit that entered the slum in Port-au-Prince on Monday.",
    # a threat an armed side issues
    "The insurgents issued a threat on Monday telling villagers near Kidal to stay away from army posts.",
])
def test_threats_of_strikes_in_return_make_a_record(run, text):
    assert ("THREATEN", "attack_threat") in kinds(run(text)), kinds(run(text))


@pytest.mark.parametrize("text", [
    "The counter-terrorism authority issued a threat alert for Kano and Kaduna on Monday after the bombing.",
    "The central bank warned that markets would respond badly to the new tariffs announced in London on Monday.",
])
def test_a_threat_alert_or_a_market_warning_is_no_threat(run, text):
    assert not [e for e in run(text) if e.event_type == "THREATEN"]


def test_people_in_custody_were_arrested(run):
    events = run("Two suspects in the bombing of the market in Kaduna are in custody, police said on Tuesday.")
    assert ("COERCE", "arrest") in kinds(events), kinds(events)


@pytest.mark.parametrize("text", [
    "The court in Leeds gave the mother custody of the two children on Monday.",
    "The gang holds 40 villagers in custody of its fighters near Zamfara, the police said on Monday.",
])
def test_other_custody_is_no_arrest(run, text):
    assert ("COERCE", "arrest") not in kinds(run(text))


def test_an_arrest_and_custody_in_one_sentence_are_one_arrest(run):
    events = run("The gunman was arrested in Mombasa on Monday and remains in custody, the police said.")
    assert kinds(events).count(("COERCE", "arrest")) == 1, kinds(events)


@pytest.mark.parametrize("text, accuser, accused", [
    ("The rebel group ELN was responsible for the bomb attack on the academy that killed nine cadets, "
     "the government said on Monday.", "the government", "National Liberation Army"),
    ("Intelligence from several sources indicates that Hamas is responsible for the failed launch "
     "which hit the clinic.", "Intelligence", "Hamas"),
])
def test_saying_a_named_group_was_responsible_for_a_deed_is_an_accusation(run, text, accuser, accused):
    """Someone of the text says that a named party was responsible for an attack: the
    speaker charges that party (the one who says it acts, the one named is charged)."""
    charge = next(e for e in run(text) if e.event_type == "ACCUSE")
    assert (charge.mode, charge.actor.text, charge.recipient.name) == ("blame", accuser, accused)


@pytest.mark.parametrize("text", [
    "Army officers denied that they were responsible for the market blast on Friday.",
    "The group has been responsible for many attacks on police since 2015.",
    "We were responsible for the attack, a spokesman of the Free Front said.",
    "Four young bombers were responsible for the blast at the bus station, police said.",
    "The minister is responsible for the budget, the prime minister said on Monday.",
])
def test_responsible_is_no_accusation_without_a_charge(run, text):
    """A denial, a standing record, a group's own claim, people with no name, or a duty
    that is no deed make no accusation."""
    assert "ACCUSE" not in [e.event_type for e in run(text)]


@pytest.mark.parametrize("text", [
    # a response promised while condemning a deed of the conflict
    "The ministry in Kabul issued a statement on Tuesday condemning the airstrikes in Paktika and "
    "pledging a response.",
    "The army condemned the ambush on its convoy near Gao and vowed a firm response.",
])
def test_a_response_vowed_with_a_condemnation_is_a_threat(run, text):
    assert ("THREATEN", "attack_threat") in kinds(run(text)), kinds(run(text))


def test_a_killing_promised_on_a_condition_is_an_ultimatum(run):
    events = run("The rebels said they will execute three kidnapped engineers in Jolo if their families "
                 "fail to pay a ransom.")
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert [(e.mode, e.status) for e in threats] == [("ultimatum", "occurred")]
    assert threats[0].counts.killed is None


def test_a_conditional_attack_told_of_others_is_no_ultimatum(run):
    events = run("Police said the gang would attack the bank in Lagos if the guards left.")
    assert not [e for e in events if e.event_type == "THREATEN"]
