"""Who a toll counts: people told together ("a teacher and another villager", "the chief
along with his driver", "Colonel X — who led the unit — and two other officers") are one
list, and one wounded person's later death is no new toll. Sentences of our own."""
from __future__ import annotations


def test_another_in_a_list_is_no_addition(counts_of):
    text = ("A teacher and another civilian were killed by an army airstrike on the town of Dogo on "
            "Thursday, residents said. The teacher, who had joined the strike movement, was killed "
            "in his garden.")
    assert counts_of(text)["killed"] == (2, "exact")


def test_people_killed_along_with_the_subject_after_the_verb(counts_of):
    text = "The village chief was shot dead along with his driver near Dogo on Sunday, police said."
    assert counts_of(text)["killed"] == (2, "exact")


def test_a_named_subject_and_others_after_an_aside(counts_of):
    text = ("On Monday, Colonel Amir Khan — who was heading the police training department — and "
            "two other police officials were killed in a blast in Dogo.")
    assert counts_of(text)["killed"] == (3, "exact")


def test_one_later_death_is_not_the_toll(counts_of):
    text = ("Gunmen stormed a bar in the town of Dogo on Sunday, and twelve people are dead. One "
            "other man, found with gunshot wounds, later died in hospital.")
    assert counts_of(text)["killed"] == (12, "exact")
