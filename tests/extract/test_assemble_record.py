"""What the assembled record of a happening says (articles written for these tests):
the day of a lead told without one, the mode, the figure "also" adds to, who acted and
who was hit, who reported it, and that one mention's denial does not make the attack
itself denied."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from polybius.extract import assemble
from polybius.extract.lexicon import load_lexicon
from polybius.records import Actor

# ``run`` (tests/extract/conftest.py) publishes the articles on Wednesday 2025-04-16


def _assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def test_a_lead_told_without_a_day_is_dated_by_the_publication_day(run):
    [ev] = _assaults(run("Gunmen killed five villagers in Zamfara."))
    assert (ev.date.text, ev.date.value, ev.date.precision) == (None, "2025-04-16", "day")


def test_without_a_publication_day_the_lead_stays_undated(run):
    [ev] = _assaults(run("Gunmen killed five villagers in Zamfara.", published=None))
    assert ev.date is None


def test_a_threat_is_not_dated_by_the_publication_day(run):
    [ev] = _assaults(run("Militants will attack the base in Kidal, a spokesman warned."))
    assert ev.status == "planned"
    assert ev.date is None or ev.date.precision != "day"


def test_what_also_happened_is_added_to_the_figure(run):
    [ev] = _assaults(run("Ten militants were killed in a raid in Borno on Monday. A soldier was also killed."))
    assert (ev.counts.killed.value, ev.counts.killed.text) == (11, "Ten + A soldier")


def test_a_bombing_later_told_as_suicide_is_a_suicide_bombing(run):
    [ev] = _assaults(run("A bomb exploded at a police checkpoint in Mogadishu on Sunday, killing five officers. "
                         "The attack was carried out by a suicide bomber, police said."))
    assert (ev.mode, len(ev.mentions)) == ("suicide_bomb", 2)
    # the source told in the second sentence is the record's
    assert ev.source_claim.by == "police"
    assert ev.recipient.text == "five officers"
    assert 0 < ev.confidence <= 1


def test_the_mode_is_the_first_one_told(run):
    [ev] = _assaults(run("Militants attacked an army post in Kidal on Friday. "
                         "The gunmen opened fire on soldiers at the post in Kidal."))
    assert (ev.mode, len(ev.mentions)) == ("firearms", 2)
    [ev] = _assaults(run("Militants attacked the base in Kidal on Friday. "
                         "The attack on the base in Kidal lasted two hours."))
    assert (ev.mode, len(ev.mentions)) == ("unspecified", 2)


def test_unnamed_attackers_and_victims_are_kept(run):
    [ev] = _assaults(run("Militants attacked the base in Kidal on Friday. "
                         "The attack on the base in Kidal lasted two hours."))
    assert (ev.actor.text, ev.recipient.text) == ("Militants", "the base")


def test_an_attack_one_side_denies_still_happened(run):
    [ev] = _assaults(run("Hamas denied attacking the convoy in Gaza on Monday. "
                         "The attack on the convoy in Gaza killed four people."))
    assert (ev.status, len(ev.mentions), ev.counts.killed.value) == ("occurred", 2, 4)


def test_two_attacks_of_different_kinds_are_two_records(run):
    found = _assaults(run("A car bomb exploded in Kabul on Monday, killing five people. "
                          "Gunmen stormed a hotel in Kabul on Monday, killing three guests."))
    assert sorted((e.mode, e.counts.killed.value) for e in found) == [("explosives", 5), ("firearms", 3)]


def test_a_second_bomb_is_a_second_record(run):
    found = _assaults(run("A bomb exploded at a market in Kano on Monday, killing 5 people. "
                          "A second bomb exploded at a church in Kano on Monday, killing 3 people."))
    assert sorted(e.counts.killed.value for e in found) == [3, 5]


def test_another_bomber_at_a_different_location_is_a_second_record(run):
    found = _assaults(run("Two suicide bombers blew themselves up at a bus station in Maiduguri on Sunday, "
                          "killing only themselves. Police said another suicide bomber blew himself up at "
                          "the same time at a different location, wounding a guard."))
    assert len(found) == 2


def test_the_happening_that_occurred_is_the_one_dated_by_publication(run):
    # a threat told first is not the article's news: the attack that happened is
    planned, occurred = _assaults(run("Militants will attack the base in Kidal, a spokesman warned. "
                                      "Gunmen killed five villagers in Zamfara."))
    assert (planned.status, occurred.status) == ("planned", "occurred")
    assert (occurred.date.text, occurred.date.value, occurred.date.precision) == (None, "2025-04-16", "day")


def test_a_happening_with_only_a_wounded_figure_keeps_it(run):
    [ev] = _assaults(run("A bomb wounded 12 people at a market in Kano on Monday. "
                         "The blast at the market in Kano also damaged shops."))
    assert (len(ev.mentions), ev.counts.killed, ev.counts.injured.value) == (2, None, 12)


def test_a_shorter_place_name_inside_a_longer_one_is_the_same_place():
    assert assemble._same_name("Lahiya", "Beit Lahiya") and assemble._same_name("Beit Lahiya", "Lahiya")
    assert not assemble._same_name("Beit Hanoun", "Beit Lahiya")


def test_an_arrest_on_a_weekday_is_dated_that_day(run):
    [arrest] = [e for e in run("Police arrested 20 protesters in Nairobi on Tuesday.") if e.event_type == "COERCE"]
    assert arrest.date.value == "2025-04-15"


def test_an_attack_at_a_gathering_takes_the_day_told_after_the_gathering(run):
    # published Wednesday 2025-04-16: "on Friday" is 2025-04-11, for the stabbing and the rally
    events = run("A man stabbed three people at a rally in Dresden on Friday, killing one.")
    [stabbing] = _assaults(events)
    assert stabbing.date.value == "2025-04-11"


def test_a_year_after_a_blamed_attack_is_the_attacks_not_the_blame(run):
    events = run("Officials also blamed the rebels for deadly bombings in the capital, Juba, in 2019.")
    [bombing] = _assaults(events)
    assert bombing.date.value == "2019" and bombing.background


def test_a_toll_revised_down_is_the_figure(run):
    [ev] = _assaults(run("A bomb killed 14 people at a market in Kano on Monday. The death toll from the "
                         "bombing in Kano was later revised to 9, officials said."))
    assert ev.counts.killed.value == 9


def test_the_police_answering_a_stabbing_are_not_its_author(run):
    events = run("A man stabbed two people at a rally in Bremen on Friday, killing one. "
                 "The attacker then stabbed a police officer, before another officer shot him.")
    [stabbing] = [e for e in _assaults(events) if e.mode == "primitive_weapon"]
    assert stabbing.actor is not None and stabbing.actor.text == "A man" and stabbing.actor.name is None


@pytest.mark.parametrize("text", [
    "Three soldiers were killed in the ambush near Gao on Friday when troops at the rear fired on the attackers.",
    "Two policemen were killed in the attack on Monday in Bannu when guards at the gate fired on the bombers.",
])
def test_forces_that_answer_an_attack_on_their_own_state_are_not_its_author(run, text):
    [attack] = _assaults(run(text))
    assert attack.recipient is not None and attack.recipient.kind == "security_forces"
    assert attack.actor is None or attack.actor.name != attack.recipient.name


def _told(actor, mode="explosives", event_type="ASSAULT"):
    return SimpleNamespace(event=SimpleNamespace(actor=actor, mode=mode, event_type=event_type, recipient=None))


def _guess(name, kind="armed_group"):
    return Actor(text=None, name=name, kind=kind)   # no words of the text: inferred


@pytest.fixture(scope="module")
def lex(pipeline):
    return load_lexicon(pipeline.settings.data_dir)


def test_an_attack_is_not_credited_by_guess_to_the_side_it_hit(lex):
    militia = _guess("Civilian Joint Task Force")
    h = SimpleNamespace(mentions=[_told(None), _told(militia)], lead=_told(None))
    hit = Actor(text="five members of the militia", name="Civilian Joint Task Force")
    assert assemble._pick_actor(h, "explosives", hit, lex) is None
    # a clash has two sides: either may be named the actor
    h = SimpleNamespace(mentions=[_told(militia, "armed_clash")], lead=_told(militia, "armed_clash"))
    assert assemble._pick_actor(h, "armed_clash", hit, lex) is militia


def test_a_named_author_stays_even_when_a_guess_would_be_dropped(lex):
    named = Actor(text="Boko Haram fighters", name="Boko Haram", kind="armed_group")
    h = SimpleNamespace(mentions=[_told(_guess("Civilian Joint Task Force")), _told(named)], lead=_told(None))
    hit = Actor(text="militiamen", name="Civilian Joint Task Force")
    assert assemble._pick_actor(h, "explosives", hit, lex) is named


def test_the_record_is_about_whom_the_lead_says_was_hit(run):
    [ev] = _assaults(run("Gunmen shot dead seven bus passengers near Loralai on Sunday. "
                         "The attack on Pakistanis from Punjab was condemned by the governor."))
    assert ev.recipient.name is None and "passengers" in ev.recipient.text


def test_a_named_target_told_later_counts_when_the_lead_names_none(run):
    [ev] = _assaults(run("A bomb exploded in Quetta on Sunday. The blast targeted a convoy of the "
                         "Frontier Corps, officials said."))
    assert ev.recipient is not None and ev.recipient.name == "Pakistan"


def test_another_suspect_arrested_is_an_arrest_of_its_own(run):
    events = run("Police arrested the driver of the cell leader in Kattankudy on Friday. "
                 "Another suspect was also arrested with detonators during a navy operation.")
    arrests = [e for e in events if e.event_type == "COERCE"]
    assert len(arrests) == 2


def test_another_victim_of_an_attack_is_the_same_attack(run):
    found = _assaults(run("Gunmen killed three farmers near Jos on Friday. Another farmer was also killed."))
    assert len(found) == 1


def test_another_person_wounded_is_counted_with_the_attack(run):
    [ev] = _assaults(run("Militants attacked an army post in Gao on Friday, killing two soldiers. "
                         "Another soldier was wounded."))
    assert (ev.counts.killed.value, ev.counts.injured.value) == (2, 1)
