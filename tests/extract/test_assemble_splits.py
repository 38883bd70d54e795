"""One happening told in pieces stays one record: the other half of a toll told in the
same sentence at a street the gazetteer does not know, a day given after a lead that
updates the toll days later, a day given after an attack one side denies, and the figure a
group claims to have killed. The text still separates another town, a day outside the
week, and "a separate attack". Texts written for these tests."""
from __future__ import annotations

import pytest


def attacks(events):
    return [e for e in events if e.event_type == "ASSAULT" and not e.background]


def show(found):
    return [(e.mode, e.status, e.date and e.date.value, e.counts, e.evidence.sentence) for e in found]


def test_the_other_half_of_a_toll_at_a_street_of_its_sentence_is_the_attack(run):
    found = attacks(run("Police detained a man thought to have left the device that blew up on a crowded "
                        "avenue in Izmir, the minister said on Monday. Four people were killed and 52 people were "
                        "wounded in Sunday's blast on Kordon Avenue, a seafront street lined with cafes that "
                        "runs to Konak Square."))
    assert len(found) == 1, show(found)
    assert found[0].counts.killed.value == 4 and found[0].counts.injured.value == 52


def test_a_town_of_its_own_in_that_sentence_still_sets_it_apart(run):
    found = attacks(run("Police detained a man thought to have left the device that blew up on a crowded "
                        "avenue in Izmir, the minister said on Monday. Four people were killed in Izmir and 52 "
                        "people were wounded in Manisa in Sunday's explosions."))
    assert not any(e.counts.injured is not None and e.counts.killed is not None for e in found), show(found)


def test_a_toll_update_lead_takes_the_day_of_its_deed_told_later(run):
    # a follow-up ("has risen to 64") tells a deed some days old: Sunday is 2024-03-10
    found = attacks(run("The number of villagers killed in an army airstrike on Kalay has risen to 64, residents "
                        "said. A fighter jet bombed a wedding party in Kalay on Sunday afternoon, witnesses said.",
                        published="2024-03-14"))
    assert len(found) == 1, show(found)
    assert found[0].date.value == "2024-03-10"


def test_a_lead_with_no_update_does_not_take_a_day_four_days_back(run):
    found = attacks(run("An army airstrike on Kalay killed 64 villagers, residents said. A fighter jet bombed a "
                        "wedding party in Kalay on Sunday afternoon, witnesses said.", published="2024-03-14"))
    assert len(found) == 2, show(found)


def test_a_day_given_after_a_denied_attack_is_that_attack(run):
    found = attacks(run("The Ruritanian army denied that its soldiers fired at a border post in Dovra. Late on "
                        "Tuesday, Ruritanian troops opened fire at the post in Dovra, the ministry said.",
                        published="2024-03-13"))   # Tuesday is 2024-03-12
    assert len(found) == 1, show(found)


def test_a_groups_claimed_figure_is_its_telling_of_the_attack(run):
    found = attacks(run("At least five people died when a bomber attacked a cafe in Baidoa on Monday, police said. "
                        "The militant group later claimed to have killed eleven people, more than the official count."))
    assert len(found) == 1, show(found)
    assert found[0].counts.killed.value == 5   # the toll is the officials', not the claimer's


def test_a_claim_of_another_attack_stays_apart(run):
    found = attacks(run("At least five people died when a bomber attacked a cafe in Baidoa on Monday, police said. "
                        "The group also claimed to have killed eleven soldiers in a separate attack in Kismayo on "
                        "Sunday."))
    assert sorted(e.counts.killed.value for e in found) == [5, 11], show(found)



@pytest.mark.parametrize("where", ["in another town of the state", "in another northern city"])
def test_an_attack_told_in_another_place_stays_apart(run, where):
    """An attack "in another town" (a word may stand between: "another northern city") is
    not the lead's, even when the lead gives no day or town of its own."""
    found = run("Eight dead as gunmen storm bar in Jalisco\n"
                "Eight people are dead, three of them women, after gunmen stormed a bar and opened fire in "
                "the state of Jalisco, officials said Tuesday.\n"
                "It was the third such attack on a bar in as many months in Jalisco, where two gangs are "
                "fighting over territory.\n"
                "The town council said that two other men were wounded in the attack.\n"
                f"In March, twelve people, five of them women, were shot dead in an attack on a club {where}.\n")
    lead = [e for e in found if e.event_type == "ASSAULT" and e.counts.killed and e.counts.killed.value == 8]
    earlier = [e for e in found if e.event_type == "ASSAULT" and e.counts.killed and e.counts.killed.value == 12]
    assert lead and earlier and all(e.date.text != "In March" for e in lead), show(found)
