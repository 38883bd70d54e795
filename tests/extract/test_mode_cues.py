"""The weapon (mode) of an attack, read from the words that tell it: the vehicle that
carried a bomb is not a ramming, a drone that exploded is a drone strike, a fight told
as a "gunbattle" or "shoot-out" is a clash, a car "plowed into" a crowd is a ramming.
Texts written for these tests."""
from __future__ import annotations

import pytest


def modes(events, event_type="ASSAULT"):
    return [e.mode for e in events if e.event_type == event_type]


@pytest.mark.parametrize("text, mode", [
    # the vehicle only carried the bomb
    ("A truck bombing outside the ministry in Mogadishu killed nine people on Monday.", "explosives"),
    ("Two guards died in a truck bombing at the gate of the base in Kunduz on Monday.", "explosives"),
    # a vehicle with no bomb word stays a ramming
    ("A truck attack on a market in Nice killed eleven people on Monday.", "primitive_weapon"),
])
def test_a_vehicle_that_carried_a_bomb_is_a_bombing(run, text, mode):
    assert modes(run(text)) == [mode]


@pytest.mark.parametrize("text", [
    "A suicide car bomber struck a police convoy in Kandahar on Monday, killing four officers.",
    "A suicide truck bomber killed 14 people at a checkpoint near Kirkuk on Monday.",
])
def test_a_suicide_car_bomber_is_a_suicide_bombing(run, text):
    assert modes(run(text)) == ["suicide_bomb"]


@pytest.mark.parametrize("text", [
    "A drone launched by the rebels exploded over a hotel in Aden on Monday, wounding six guests.",
    "The militia used a drone to bomb a fuel depot near Kassala on Monday.",
])
def test_a_drone_that_exploded_is_a_drone_strike(run, text):
    assert modes(run(text)) == ["drone"]


def test_a_village_bombed_by_a_fighter_jet_is_an_air_strike(run):
    assert modes(run("A village near Falam was bombed by a fighter jet on Monday, killing one person.")) \
        == ["aerial"]


def test_a_roadside_bomb_that_exploded_stays_explosives(run):
    assert modes(run("A roadside bomb exploded near a market in Gao on Monday, wounding six people.")) \
        == ["explosives"]


@pytest.mark.parametrize("text", [
    "Troops caught up with the raiders near Jolo and engaged them in a brief gunbattle on Monday.",
    "Rebels attacked a police post in Bafoussam on Monday, which provoked a shoot out with the guards.",
])
def test_a_gunbattle_is_a_clash(run, text):
    assert modes(run(text)) == ["armed_clash"]


def test_a_car_that_plowed_into_a_market_is_a_ramming(run):
    assert modes(run("A car plowed into a busy market in Leipzig on Monday, killing three people.")) \
        == ["primitive_weapon"]


def test_tear_gas_shells_are_no_shelling(run):
    events = run("Police fired tear gas shells at the mob in Imphal on Monday.")
    assert "aerial" not in modes(events)


def test_mortar_shells_are_still_shelling(run):
    assert modes(run("Rebels fired mortar shells at an army base in Kidal on Monday.")) == ["aerial"]


def test_deaths_in_clashes_with_a_crowd_are_force_on_the_crowd(run):
    """Police firing rubber bullets at crowds, with deaths "in clashes": no fight of two
    armed sides."""
    events = run("Police fired rubber bullets and tear gas at large crowds of opposition supporters on Monday to "
                 "break up a protest in Dhaka, with one officer killed and scores injured in hours of clashes.")
    assert modes(events) and "armed_clash" not in modes(events)


def test_the_weapon_of_another_toll_in_the_sentence_is_not_the_killings(run):
    """"clashes ... have killed 150" is another happening's toll: its weapon does not make
    the killings of the sentence a clash."""
    events = run("Three village guards were killed by armed men near Ukhrul on Monday. The violence marked "
                 "the first killings in the state in two weeks, in a state where clashes between the two "
                 "communities has killed at least 150 people.")
    guards = [e for e in events if e.event_type == "ASSAULT" and e.counts.killed and e.counts.killed.value == 3]
    assert guards and all(e.mode != "armed_clash" for e in guards), [(e.mode, e.counts.killed) for e in events]


def test_the_cause_of_a_toll_in_the_sentence_still_names_its_weapon(run):
    """"a suicide attack leaves one officer dead, one militant killed": the attack is the
    cause of both deaths."""
    events = run("A suicide attack on a police truck in Bannu on Monday left one officer dead, one militant killed.")
    assert set(modes(events)) == {"suicide_bomb"}


def test_a_raid_with_arrests_is_an_arrest_operation(run):
    events = run("Police raided a building in Sylhet on Monday and arrested seven suspected militants.")
    assert modes(events, "COERCE") == ["arrest"]


def test_a_raid_without_arrests_stays_a_raid(run):
    events = run("Police raided a building in Sylhet on Monday and found bomb-making equipment.")
    assert modes(events, "COERCE") == ["raid"]


def test_a_raid_told_with_its_dead_and_no_arrest_is_an_attack(run):
    # (a running toll, "killed in dozens of raids since 2019", is no happening at all)
    events = run("Twelve villagers died in a rebel raid on a village near Oicha on Sunday, officials said.")
    assert [(e.event_type, e.mode) for e in events if e.event_type in ("ASSAULT", "COERCE")] \
        == [("ASSAULT", "unspecified")]


def test_a_raid_after_which_people_died_is_the_attack(run):
    """"were killed following a raid on the camp": the raid is the killing's
    circumstance, not a police operation beside it."""
    events = run("Four people were killed and three others injured in Pibor county in Jonglei state following a "
                 "raid on a cattle camp at around 2am on Thursday morning, the commissioner said.")
    assert [(e.event_type, e.mode) for e in events if e.event_type in ("ASSAULT", "COERCE")] \
        == [("ASSAULT", "unspecified")]


def test_violent_anti_government_demonstrations_are_a_riot(run):
    events = run("The capital lay under curfew after two days of violent anti-government demonstrations "
                 "forced the prime minister to resign.")
    assert modes(events, "PROTEST") == ["riot"]


def test_a_hijacking_is_an_abduction(run):
    events = run("Earlier this month, separatists hijacked a crowded train in the Bolan region, killing 20 people.")
    assert modes(events) == ["abduct"]


def test_explosions_heard_after_a_drone_strike_are_its_burst(run):
    """An explosion told by its effect alone joins the drone strike it follows: one record."""
    events = run("Drones struck the airport in Port Sudan on Tuesday, officials said. A correspondent "
                 "reported loud explosions at dawn in Port Sudan, one from the direction of the port.")
    assert modes(events) == ["drone"]


def test_a_bomb_that_exploded_stays_apart_from_an_air_strike(run):
    """A bomb of its own is not a strike's burst."""
    events = run("Jets struck a rebel base near Idlib on Tuesday, officials said. In Azaz, a car bomb exploded "
                 "at a market on Tuesday, killing six people.")
    assert sorted(modes(events)) == ["aerial", "explosives"]


def test_a_drone_that_crashed_and_exploded_is_a_drone(run):
    events = run("In a separate incident, a drone crashed because of a fault and exploded inside a house in the "
                 "town of Kfarchouba on Wednesday.")
    assert modes(events) == ["drone"]


def test_a_killing_with_a_service_weapon_is_a_shooting(run):
    events = run("The guard first killed a fellow guard with his service weapon at the port of Sfax on Tuesday.")
    assert modes(events) == ["firearms"]


@pytest.mark.parametrize("text", [
    "Young protesters set the town hall ablaze in Kisumu on Tuesday.",
    "Protesters filled the streets of Lima on Tuesday, some setting fire to tyres.",
])
def test_a_crowd_that_sets_things_on_fire_is_a_riot(run, text):
    assert modes(run(text), "PROTEST") == ["riot"]


@pytest.mark.parametrize("text, mode", [
    # a sniper shoots
    ("A rebel sniper killed a soldier near Mopti on Monday.", "firearms"),
    # support from the air is an air strike
    ("Army air support killed 12 fleeing attackers near Gao on Monday, the army said.", "aerial"),
    # deaths in a police mission are a fight of two armed sides
    ("At least 30 people were killed in a police mission against a drug gang in Recife on Tuesday.", "armed_clash"),
])
def test_the_weapon_a_killer_or_an_operation_names(run, text, mode):
    assert modes(run(text)) == [mode]
