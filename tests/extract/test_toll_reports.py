""""Four people were confirmed dead", "the death toll rose to 12": reports of the dead with
no deed of their own give the toll to the happening they fit and never make a record by
themselves. Sentences of our own."""
from __future__ import annotations


def test_a_confirmed_dead_report_gives_the_attack_its_dead(counts_of):
    text = ("Gunmen stormed a cattle market in the town of Dogo on Sunday, witnesses said. Four "
            "traders have been confirmed dead, a police spokesman said.")
    assert counts_of(text)["killed"] == (4, "exact")


def test_the_toll_as_subject_updates_the_dead(counts_of):
    text = ("Gunmen stormed a cattle market in the town of Dogo on Sunday, killing nine traders. "
            "The death toll has risen to 13, a hospital official said.")
    assert counts_of(text)["killed"] == (13, "exact")


def test_a_toll_put_at_a_figure(counts_of):
    text = ("Gunmen stormed a cattle market in the town of Dogo on Sunday. The state government "
            "put the death toll at 22.")
    assert counts_of(text)["killed"] == (22, "exact")


def test_a_toll_told_on_a_later_day_joins_the_deed(counts_of, run):
    text = ("Gunmen stormed a cattle market in the town of Dogo on Sunday, killing nine traders. "
            "The death toll rose to 12 on Monday, officials said.")
    assert counts_of(text)["killed"] == (12, "exact")
    assert len([e for e in run(text) if e.event_type == "ASSAULT"]) == 1


def test_a_toll_updated_to_a_figure_of_people(counts_of):
    text = ("Gunmen stormed a cattle market in the town of Dogo on Sunday. Officials updated "
            "the death toll to 31 people.")
    assert counts_of(text)["killed"] == (31, "exact")


def test_a_toll_beside_the_wounded_keeps_both_figures(counts_of):
    text = ("Gunmen stormed a cattle market in the town of Dogo on Sunday, the army said. The toll "
            "is six dead and 18 wounded, the army added.")
    assert counts_of(text) == {"killed": (6, "exact"), "injured": (18, "exact")}


def test_a_death_or_a_toll_alone_makes_no_record(run):
    assert [e for e in run("The retired judge was found dead in his home in Kano on Monday.")
            if e.event_type == "ASSAULT"] == []
    assert [e for e in run("The death toll from the floods in Kano rose to 40 on Monday.")
            if e.event_type == "ASSAULT"] == []


def test_a_toll_told_with_a_death_takes_the_toll(counts_of):
    """"With the death of a wounded passenger, the toll rose to six": the toll's figure is
    the clause's count, not the one death it names; and the passenger is a victim, not
    the word of a road accident."""
    text = ("Gunmen opened fire on a bus near the town of Dogo on Sunday, killing five passengers. "
            "Later, with the death of a wounded passenger, the death toll rose to six.")
    assert counts_of(text)["killed"] == (6, "exact")


def test_a_toll_told_with_bodies_found_takes_the_toll(counts_of):
    text = ("Gunmen ambushed an aid convoy near the town of Dogo on Thursday, killing four guards. "
            "With the recovery on Friday of the bodies of the four drivers who had gone missing, "
            "the death toll rose to eight.")
    assert counts_of(text)["killed"] == (8, "exact")
