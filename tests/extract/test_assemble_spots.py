"""A spot inside the happening's town told with it is the same place: "in the X area of
Y" after "an attack in Y", or a spot the happening's own sentence named. Two towns named
apart stay apart. A spot the gazetteer does not know (a hall, a hotel, a roundabout) in a
mention with no day of its own neither ties it to a happening nor sets it apart; a name
told as the area it happened in ("In X, ...") is a village the gazetteer missed, and
stays apart. Texts written for these tests."""
from __future__ import annotations

import pytest


def attacks(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


@pytest.mark.parametrize("text", [
    "A suicide bomber killed four policemen at a checkpoint in Rawalpindi on Monday, officials said. "
    "The bomber blew himself up in the Saddar area of Rawalpindi as a police van drove past.",
    "A bomb exploded at a bus station in Istanbul on Sunday, killing six people. The blast ripped "
    "through a crowded street in Istanbul's Kadikoy district on Sunday.",
    "Gunmen opened fire on shoppers at a market near Tamale Square in Kano on Friday, killing six people. "
    "Witnesses said two gunmen fired on the crowd at Tamale Square for several minutes.",
    # the typographic apostrophe of a possessive: "Y’s X district" writes X inside Y too
    "Attackers torched houses and shot at residents overnight in Butembo\u2019s Kimemi district. "
    "Residents said a group of attackers set houses on fire in the city\u2019s Kimemi district, firing on people.",
])
def test_a_spot_told_with_the_town_is_the_town(run, text):
    found = attacks(run(text))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]


def test_another_town_stays_apart(run):
    found = attacks(run("A suicide bomber killed four policemen at a checkpoint in Peshawar on Monday. "
                        "In Quetta, gunmen shot dead two soldiers at a market on Monday."))
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "Gunmen killed seven pilgrims on a bus near Anantnag on Monday. The police chief said the attack "
    "was aimed at the security forces.",
    "A bomb killed six people on a shopping street in Izmir on Sunday. The minister said the order to "
    "carry out the attack came from abroad.",
])
def test_the_attack_told_in_words_of_aim_is_the_attack(run, text):
    found = [e for e in run(text) if e.event_type == "ASSAULT"]
    assert [e.status for e in found] == ["occurred"], [(e.status, e.evidence.sentence) for e in found]


def test_a_plot_told_beside_an_arrest_stays_a_plot(run):
    found = run("Police arrested two men in Leeds on Monday over a plot to bomb a concert. Officers said "
                "the planned attack would have targeted the arena.")
    assert [e.status for e in found if e.event_type == "ASSAULT"] == ["planned"]


@pytest.mark.parametrize("text", [
    "Three policemen were killed near Banda on Friday when their truck hit a roadside bomb, police said. "
    "The militants then opened fire on the officers from the bush.",
    "A suicide bomber killed a policeman at a checkpoint in Bannu on Monday. During the chase, the "
    "attacker opened fire on the officers before he blew himself up.",
])
def test_an_attack_told_again_with_another_weapon_is_the_attack(run, text):
    found = attacks(run(text))
    assert len(found) == 1, [(e.mode, e.evidence.sentence) for e in found]


def test_another_weapon_with_its_own_toll_stays_apart(run):
    found = attacks(run("A roadside bomb killed three soldiers near Banda on Friday. Gunmen shot dead two "
                        "farmers near Kidal on Friday."))
    assert len(found) == 2


def test_the_attack_placed_by_its_district_is_the_attack(run):
    found = attacks(run("Gunmen killed 12 tourists at a meadow near Pahalgam on Tuesday, police said. "
                        "The attack took place in Anantnag district on Tuesday afternoon."))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]


@pytest.mark.parametrize("text", [
    "A bomb exploded at a bus terminal in Peshawar on Monday, killing five people and wounding 20. "
    "A police officer said a man left the device at the crowded fruit stalls outside Zorbanite Adda.",
    "Gunmen killed three traders in Maiduguri on Friday, police said. Witnesses said the attackers "
    "opened fire on the shops near Quelvany Junction before fleeing.",
])
def test_a_spot_the_gazetteer_does_not_know_is_the_main_happening(run, text):
    found = attacks(run(text))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]


@pytest.mark.parametrize("text", [
    "A bomb exploded at a bus terminal in Peshawar on Monday, killing five people. In a separate attack, "
    "gunmen opened fire on a checkpoint near Zorbanite Adda, killing two policemen.",
    "A bomb exploded at a bus terminal in Peshawar on Monday, killing five people. On March 2, gunmen "
    "opened fire on a checkpoint near Zorbanite Adda, killing two policemen.",
    "Jets bombed a market in Mandalay on Tuesday, killing nine villagers. A farmer was killed in another "
    "airstrike near Quelvany Junction on Tuesday.",
])
def test_a_spot_told_as_another_attack_stays_apart(run, text):
    assert len([e for e in run(text) if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text", [
    "Gunmen killed five worshippers at a mosque in Maiduguri on Friday, police said. The governor said "
    "he condemned the brutal shooting incident that took place at the Quelvany Hall during prayers.",
    "Gunmen shot dead four traders in Kano on Tuesday, police said. Witnesses described a terrifying "
    "shooting spree that unfolded beside the Gorbatsa roundabout for ten minutes.",
    "A car bomb killed nine soldiers at a checkpoint in Mogadishu on Sunday, officials said. The mayor "
    "visited the wounded and denounced the deadly bombing incident that happened outside the Zorbanite Hotel.",
])
def test_a_spot_the_gazetteer_does_not_know_ties_nothing(run, text):
    found = attacks(run(text))
    assert len(found) == 1, [(e.location.name if e.location else None, e.evidence.sentence) for e in found]


def test_an_unknown_area_told_with_in_stays_apart(run):
    found = attacks(run("Gunmen killed five worshippers at a mosque in Maiduguri on Friday, police said. In "
                        "Quelvany, the brutal shooting incident that took place at a bus stop left residents in shock."))
    assert len(found) == 2
