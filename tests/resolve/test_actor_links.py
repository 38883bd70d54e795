"""Who did it, when a phrase names a group only as a link ("an al-Qaeda-linked group"),
and other doer rules of issue 14. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


@pytest.mark.parametrize("text", [
    "An al-Qaeda-linked militant group killed three soldiers in an ambush in Sulu province on Tuesday.",
    "Four soldiers died after a long firefight with the al-Qaeda-linked rebels near Jolo on Tuesday.",
    "An ISIS-affiliated gang shot dead two farmers in Borno State on Monday, police said.",
])
def test_a_group_named_only_as_a_link_is_not_the_doer(run, text):
    found = assaults(run(text))
    assert found
    assert all(e.actor is None or e.actor.name not in ("al-Qaeda", "Islamic State") for e in found)


def test_a_linked_group_that_names_its_own_group_is_that_group(run):
    found = assaults(run("The al-Qaeda-linked al-Shabaab fighters stormed a hotel in Mogadishu on "
                         "Tuesday, killing nine guests."))
    assert found and found[0].actor.name == "al-Shabaab"


def test_people_arrested_as_linked_to_a_group_are_still_that_group_s(run):
    arrests = [e for e in run("Police arrested five al-Qaeda-linked suspects in Jakarta on Tuesday.")
               if e.event_type == "COERCE"]
    assert arrests and arrests[0].recipient is not None and arrests[0].recipient.name == "al-Qaeda"


# -- the state's forces named as the other side of a fight, or an operation as its circumstance --
@pytest.mark.parametrize("text,state", [
    ("Five militants were killed in an encounter with the security forces in Baramulla district of Jammu "
     "and Kashmir on Thursday.", "India"),
    ("Four bandits died in a gunfight with police in Zamfara State on Monday.", "Nigeria"),
    ("Eleven rebels were killed during military operations in Sulu province on Friday, the army said.",
     "Philippines"),
    ("Nine insurgents were killed in an operation conducted by the army near Kandahar on Tuesday.",
     "Afghanistan"),
])
def test_militants_killed_in_a_fight_with_the_state_s_forces_are_the_state_s_doing(run, text, state):
    found = assaults(run(text))
    assert found and found[0].actor is not None and found[0].actor.name == state


@pytest.mark.parametrize("text,state", [
    ("Three soldiers were killed in a clash with militants in Sulu province on Friday.", "Philippines"),
    ("The Kirkuk military operations commander said a roadside bomb killed two shepherds near Kirkuk "
     "on Friday.", "Iraq"),
])
def test_no_state_doer_when_its_own_forces_die_or_an_operation_is_only_a_title(run, text, state):
    found = assaults(run(text))
    assert found and (found[0].actor is None or found[0].actor.name != state)


# -- a group the article says denied the attack is not its guessed doer -------------------
def test_an_attack_a_group_denied_is_not_given_to_that_group(run):
    text = ("A car bomb killed twelve people near a market in Kabul on Tuesday. "
            "The Taliban denied any role in the bombing. "
            "The Taliban have fought the government for years.")
    found = assaults(run(text))
    assert found and (found[0].actor is None or found[0].actor.name != "Taliban")


def test_the_article_s_group_is_still_guessed_when_nobody_denies(run):
    text = ("A car bomb killed twelve people near a market in Kabul on Tuesday. "
            "The Taliban have carried out similar bombings in the city. "
            "The Taliban have fought the government for years.")
    found = assaults(run(text))
    assert found and found[0].actor is not None and found[0].actor.name == "Taliban"


# -- whom the attack hit: the people a bare figure counts, the lead sentence's named target --
@pytest.mark.parametrize("text,state", [
    ("On Sunday rebels killed at least six soldiers in Sulu province, the army said.", "Philippines"),
    ("At least 12 soldiers have been killed and seven more injured in an attack by rebels in "
     "western Niger, the army said on Tuesday.", "Niger"),
    ("Two jawans were killed when Maoists blew up their vehicle in Bijapur district on Monday.", "India"),
])
def test_an_attack_that_kills_a_state_s_forces_hits_that_state(run, text, state):
    found = assaults(run(text))
    assert found and found[0].recipient is not None and found[0].recipient.name == state


@pytest.mark.parametrize("figure,sentence,phrase", [
    ("six", "On Sunday rebels killed at least six soldiers in Sulu, the army said.", "six soldiers"),
    ("12", "Gunmen shot 12 police officers near the border on Friday.", "12 police officers"),
    ("nine soldiers", "Nine soldiers died.", "nine soldiers"),
])
def test_a_bare_figure_takes_the_people_it_counts(figure, sentence, phrase):
    from polybius.resolve.resolver import Resolver
    assert Resolver._counted_people(figure, sentence) == phrase


# -- a weapon's nationality anywhere in the sentence names the state that did it ----------
@pytest.mark.parametrize("text,state", [
    ("Seven people, including three fighters, were killed in several Israeli airstrikes in southern "
     "Lebanon on Friday.", "Israel"),
    ("Four people were injured overnight in the Voronezh region when debris fell during a Ukrainian drone "
     "attack, the governor said.", "Ukraine"),
])
def test_an_attack_told_with_a_national_weapon_is_that_state_s(run, text, state):
    found = assaults(run(text))
    assert found and found[0].actor is not None and found[0].actor.name == state


def test_two_nationalities_name_no_one(run):
    found = assaults(run("Twelve villagers were killed on Friday near Idlib as Syrian shelling and Russian "
                         "airstrikes pounded the area."))
    assert found and all(e.actor is None or e.actor.name not in ("Syria", "Russia") or e.actor.text
                         for e in found)


# -- the arrested are not the arresting state ---------------------------------------------
@pytest.mark.parametrize("text", [
    "A former Bolivian army general was arrested in La Paz on Wednesday night after a failed coup.",
    "Police in Colombo on Friday arrested the driver of a Sri Lankan police officer over the bombing.",
])
def test_an_arrest_does_not_hit_the_arresting_state(run, text):
    arrests = [e for e in run(text) if e.event_type == "COERCE"]
    assert arrests
    assert all(not (e.recipient is not None and e.actor is not None and e.recipient.name
                    and e.recipient.name == e.actor.name) for e in arrests)


# -- later arrests told by reference take the group an earlier arrest named ---------------
def test_arrests_told_by_reference_take_the_group_of_the_article_s_arrests(run):
    text = ("The security service said it had arrested 20 suspected Boko Haram commanders in five states. "
            "Those arrested in Lagos include a man who was apprehended on July 20 at a market in Ikeja.")
    arrests = [e for e in run(text) if e.event_type == "COERCE"]
    assert len(arrests) == 2
    assert all(e.recipient is not None and e.recipient.name == "Boko Haram" for e in arrests)


def test_a_named_person_arrested_later_is_not_given_the_group(run):
    text = ("Police arrested 14 suspected Boko Haram commanders in Kano on Tuesday. "
            "In a separate case, officers in Lagos on Friday arrested a man over a robbery.")
    arrests = [e for e in run(text) if e.event_type == "COERCE"]
    assert any(e.recipient is None or e.recipient.name != "Boko Haram" for e in arrests)


# -- who arrested: the speaker's own forces, the one state whose forces the sentence names --
def test_a_state_speaker_s_own_troops_are_that_state(run):
    arrests = [e for e in run("The Israeli army said its soldiers had detained 15 suspects in towns of the "
                              "northern West Bank on Tuesday.") if e.event_type == "COERCE"]
    assert arrests and arrests[0].actor is not None and arrests[0].actor.name == "Israel"


def test_an_unattributed_raid_is_the_state_whose_forces_the_sentence_names(run):
    raids = [e for e in run("The raid in the town of Jenin in the West Bank on Tuesday came as Israeli "
                            "security forces searched for a gunman.") if e.event_type == "COERCE"]
    assert raids and raids[0].actor is not None and raids[0].actor.name == "Israel"


def test_an_arrest_in_a_region_named_after_another_country_is_the_place_s_state(run):
    arrests = [e for e in run("Three men were arrested on Thursday over the shooting of an off-duty "
                              "detective in Northern Ireland, police said.") if e.event_type == "COERCE"]
    assert arrests and arrests[0].actor is not None and arrests[0].actor.name == "United Kingdom"


@pytest.mark.parametrize("sentence,state", [
    ("The raid came as Israeli security forces searched for the gunman.", "Israel"),
    ("A man was arrested for spying on an American air base.", None),
    ("The raid came as Turkish police and Syrian troops searched the border.", None),
    # a country named by its name alone is as often a place as the state: no forces named
    ("Two men were held after a constable was shot in Northern Ireland, police said.", None),
    ("A rebel chief wanted for raids in the Thai-Malaysia border area was held on Monday.", None),
    ("The suspect, a farmer who had moved from Kenya, was arrested on Friday.", None),
])
def test_the_state_whose_forces_a_sentence_names(pipeline, sentence, state):
    """Forces named with their nationality or a body's name, never a country's bare name."""
    found = pipeline.resolver._named_forces(sentence)
    assert (found.name if found is not None else None) == state
