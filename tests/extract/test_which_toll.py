"""Which figure is a happening's toll when a story tells several: the one its headline
repeats, the one a toll verb takes the toll to, the people told "along with" the counted,
and a wounded person's death, which updates the dead and not the wounded. Sentences of
our own; each case states one rule of ``extract/assemble.py`` or ``mentions/counts.py``."""
from __future__ import annotations

from polybius.records import Article

PUB = "2025-04-16"


def _killed(pipeline, headline: str, body: str):
    found = [e for e in pipeline.process(Article(id="t", text=f"{headline}\n\n{body}", title=headline,
                                                 published=PUB, published_from="metadata"))
             if e.event_type == "ASSAULT"]
    assert found
    return found[0].counts.killed.value


def test_the_headline_names_which_of_the_body_figures_is_the_toll(pipeline):
    # the body opens with a wider summary (nine this week) and then tells the news (five
    # on the bus): the headline's figure says which one the happening is
    assert _killed(pipeline, "Five killed in attack on bus in Kano",
                   "Gunmen killed nine people in Kano State this week. Five passengers were killed on "
                   "Tuesday when gunmen attacked a bus in Kano.") == 5


def test_a_toll_verb_takes_the_toll_to_its_figure(counts_of):
    # "revised the death toll ... to 23": the toll noun is the verb's object, the figure
    # hangs on the verb's "to"
    text = ("Gunmen killed at least 20 villagers in an ambush near Kano on Sunday. On Tuesday the police "
            "revised the death toll in the ambush to 23.")
    assert counts_of(text)["killed"] == (23, "exact")


def test_people_told_along_with_the_counted_are_counted(counts_of):
    # the parser makes "two of his sons" a subject of its own after the dashes
    text = ("Gunmen opened fire on a car in the city on Monday. Colonel Ahmed Karimi — the head of the "
            "district police — along with two of his sons were killed in the attack.")
    assert counts_of(text)["killed"] == (3, "exact")


def test_along_with_after_a_comma_adds_its_people(counts_of):
    text = ("The district commissioner, along with four of his guards, was killed when gunmen ambushed his "
            "convoy near Kano on Monday.")
    assert counts_of(text)["killed"] == (5, "exact")


def test_a_wounded_persons_death_does_not_update_the_wounded(counts_of):
    # "succumbed" and "the death toll" update the dead: the one boy "hurt in the blast" is
    # no new figure of the wounded
    text = ("A bomb killed five people and wounded 30 at a market in Kano on Sunday. A boy who was hurt in the "
            "blast succumbed to his injuries on Monday, bringing the death toll to six.")
    assert counts_of(text)["injured"] == (30, "exact")
