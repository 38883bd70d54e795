"""Casualty and arrest figures told in nominal and idiomatic phrasings ("the deaths of",
"claimed N lives", "N bodies"), and the figure a happening keeps when the article tells
it more than once (a hedge, a vague word made precise, a caption retelling the lead).
Each case is a sentence of our own and the figure a reader takes from it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # nominal tolls: the people are named after "of"
    ("Gunmen stormed a checkpoint in Kandahar on Monday, resulting in the deaths of at least 14 soldiers.",
     {"killed": (14, "at_least")}),
    ("The army said the clash in Ituri on Monday caused the deaths of 7 rebels and the wounding of another 15.",
     {"killed": (7, "exact"), "injured": (15, "exact")}),
    # lives claimed or lost
    ("The bombing of a bus station in Kano on Monday claimed 17 lives.", {"killed": (17, "exact")}),
    ("The car bombing in Mogadishu on Monday claimed the lives of 23 people.", {"killed": (23, "exact")}),
    ("Six people lost their lives when a bomb exploded in a market in Kano on Monday.",
     {"killed": (6, "exact")}),
    ("An explosion rocked the depot in Quetta on Saturday, claiming at least 25 lives and injuring 40 others.",
     {"killed": (25, "at_least"), "injured": (40, "exact")}),
    # bodies and fatalities counted by their own figure
    ("Police said 9 bodies were recovered after the attack on a village in Ituri on Monday.",
     {"killed": (9, "exact")}),
    ("Gunmen attacked a village in Ituri on Monday, leaving more than 30 bodies in the streets.",
     {"killed": (30, "more_than")}),
    # injuries sustained
    ("A bomb exploded in a market in Kano on Monday; three people died and 12 others sustained injuries.",
     {"killed": (3, "exact"), "injured": (12, "exact")}),
    # "two dozen" is 24, and the hedge before it counts
    ("Gunmen attacked a village in Ituri on Monday, killing 8 people and injuring nearly two dozen.",
     {"killed": (8, "exact"), "injured": (24, "about")}),
    # a death of martyrs: the subject that embraced it, the people after "of"
    ("Six soldiers embraced martyrdom when a bomb exploded beside their convoy near Quetta on Monday.",
     {"killed": (6, "exact")}),
    ("Militants attacked a checkpoint in Sibi on Monday. The governor mourned the martyrdom of seven guards in "
     "the attack.", {"killed": (7, "exact")}),
    # "both" counts two
    ("Two gunmen opened fire on a mosque in Kano on Friday; police said both gunmen were killed.",
     {"killed": (2, "exact")}),
    # a hedge of four words before the figure
    ("A truck rammed into a crowd at a fair in Lyon on Monday, killing at the very least three people.",
     {"killed": (3, "at_least")}),
    # people executed, and a slaying, are killed
    ("Rebels stormed the village of Ngoma on Monday, and at least nine farmers were executed, a monitor said.",
     {"killed": (9, "at_least")}),
    ("Gunmen attacked a police post in Jalalabad on Monday. Police are investigating the slaying of four "
     "officers.", {"killed": (4, "exact")}),
    # a side that lost people counted: its dead
    ("Rebels attacked an army post near Kidal on Monday, and the troops lost seven soldiers in the fighting.",
     {"killed": (7, "exact")}),
    ("Jihadists raided a village near Djibo on Monday. We lost dozens of men in the attack, a resident said.",
     {"killed": (24, "at_least")}),
])
def test_nominal_and_idiomatic_tolls(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised figure after a dateline, which the parser takes for part of a name
    ("KANO, Nigeria - Eleven soldiers were killed in an ambush near the town of Dogo on Monday.",
     {"killed": (11, "exact")}),
    ("LAGOS, Nigeria - Nine soldiers, including a captain, and a driver were killed in an ambush near "
     "the town of Dogo on Monday.", {"killed": (10, "exact")}),
    # and one opening the sentence before a people's name
    ("Gunmen opened fire on a village in Manipur on Sunday. Three Meiteis were killed, the police said.",
     {"killed": (3, "exact")}),
])
def test_a_figure_read_as_a_name(counts_of, text, expected):
    assert counts_of(text) == expected


def test_a_loss_of_no_people_counts_no_dead(counts_of):
    # guard: "lost" counts only people told with a figure
    text = ("Rebels attacked an army post near Kidal on Monday, killing three soldiers. The army lost "
            "two trucks and control of the road in the fighting.")
    assert counts_of(text) == {"killed": (3, "exact")}


def test_arrests_told_as_a_noun(counts_of):
    got = counts_of("Police reported 45 arrests after the riots in Lyon on Monday.", "COERCE")
    assert got == {"arrested": (45, "exact")}


@pytest.mark.parametrize("text, expected", [
    # a hedged figure told again plainly (here as the toll's update) keeps the hedge
    ("At least nine villagers were killed when gunmen attacked Konduga on Monday. The toll from the attack "
     "stood at nine on Tuesday, officials said.", {"killed": (9, "at_least")}),
    # ... unless it is told again as a total: the count is final
    ("Gunmen attacked a police post in Konduga on Monday, killing at least nine officers. A total of nine "
     "officers were killed and five were wounded, a hospital official said.",
     {"killed": (9, "exact"), "injured": (5, "exact")}),
    # "as many as" is an upper bound
    ("Gunmen killed as many as 14 villagers in Konduga on Monday.", {"killed": (14, "up_to")}),
    # a vague word made precise later: the number, not "dozens"
    ("A bomb exploded at a market in Maiduguri on Monday, killing 10 people and wounding dozens. "
     "Doctors said 48 people were wounded in the blast.", {"killed": (10, "exact"), "injured": (48, "exact")}),
    # "mounts to" updates the toll
    ("A bomb hit a bus in Quetta on Monday, killing 20 people. The death toll from the bombing mounts to "
     "31, officials said on Tuesday.", {"killed": (31, "exact")}),
    # a rough figure in round words made precise later: the count
    ("More than two dozen bandits were killed by troops and vigilantes in Zurmi on Monday. At least 27 "
     "bandits have been killed, a police spokesman said.", {"killed": (27, "at_least")}),
    # "at least a dozen" is a floor: a larger figure later is not its count
    ("An attack on a base near Kidal killed at least a dozen soldiers on Monday. The army said its troops "
     "killed a hundred militants.", {"killed": (12, "at_least")}),
])
def test_the_figure_a_happening_keeps(counts_of, text, expected):
    assert counts_of(text) == expected


def test_a_retold_sentence_adds_nothing(counts_of):
    # a photo caption repeating the lead word for word: "another four" is the same four
    line = "Insurgents shot dead two guards and hurt another four at a roadblock near Yala on Tuesday."
    assert counts_of(f"Rangers ambushed\n\n{line}\n\n{line}") == {"killed": (2, "exact"), "injured": (4, "exact")}


@pytest.mark.parametrize("text, expected", [
    ("Kano: The rebels on Tuesday denied any role in the truck bomb explosion in the city that left at least "
     "60 dead and condemned the attack.", {"killed": (60, "at_least")}),
    ("The governor accused the militia of the deaths of no fewer than 11 traders when its drones struck a "
     "market in Kosti on Monday.", {"killed": (11, "at_least")}),
])
def test_a_denial_or_accusation_leaves_the_toll_to_the_attack(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the number of those killed" takes the figure its verb gives
    ("The number of people killed in the bombing of the mall in Kano on Monday has risen to 93.",
     {"killed": (93, "exact")}),
    ("The number of those wounded in the bombing of the mall in Kano on Monday stands at 140.",
     {"injured": (140, "exact")}),
    # "left N others wounded" even when the parser hangs "wounded" on the attack
    ("Gunmen opened fire at a wedding in Leon on Monday. The shooting, which left some 20 guests wounded "
     "and bleeding, lasted minutes.", {"injured": (20, "about")}),
])
def test_figures_a_clause_away_from_their_role_word(counts_of, text, expected):
    assert counts_of(text) == expected


def test_another_is_not_more(counts_of):
    # "wounded another four" retells the four wounded beside the two dead: not four more
    got = counts_of("Two guards were killed and four others wounded when insurgents ambushed their patrol near "
                    "Yala on Tuesday. The gunmen shot dead two guards and wounded another four in the ambush, "
                    "police said.")
    assert got == {"killed": (2, "exact"), "injured": (4, "exact")}


def test_a_report_of_the_deaths_of_a_figure_tells_the_toll(counts_of):
    # "confirmed the death of two soldiers": the figure after "of" counts the report
    got = counts_of("Gunmen attacked an army checkpoint in Arish on Tuesday. The army confirmed the death "
                    "of two soldiers and the injury of four others.")
    assert got == {"killed": (2, "exact"), "injured": (4, "exact")}


def test_another_on_the_wounded_leaves_the_lead_its_hedge(counts_of):
    # "injured another 10" is the toll's other half: the lead still tells the dead first
    got = counts_of("Gunmen on motorbikes raided a village near Gao before dawn on Sunday.\n\n"
                    "Rebels killed at least 14 people and injured another 10 during a night raid in northern "
                    "Mali.\n\n"
                    "\u201cThe raid left around 14 dead, and 10 badly hurt people are in hospital,\u201d an "
                    "official told reporters.")
    assert got["killed"] == (14, "at_least")


@pytest.mark.parametrize("text, expected", [
    # figures written right before their role words, however the parser hangs them
    ("The gunfight near Cali on Monday left more than 40 dead and over 25 wounded.",
     {"killed": (40, "more_than"), "injured": (25, "more_than")}),
    ("The gunfight near Cali on Monday left over 40 dead and more than 25 wounded.",
     {"killed": (40, "more_than"), "injured": (25, "more_than")}),
    ("The army said the toll from the attack in Gao on Monday is six dead and 18 wounded.",
     {"killed": (6, "exact"), "injured": (18, "exact")}),
    ("Clashes between gangs in Tripoli on Monday resulted in no fewer than 13 deaths, and 30 wounded.",
     {"killed": (13, "at_least"), "injured": (30, "exact")}),
])
def test_figures_beside_their_role_words(counts_of, text, expected):
    assert counts_of(text) == expected


def test_a_conjunct_with_its_own_role_word_is_not_summed(counts_of):
    got = counts_of("The unrest in Lima on Monday left a 40-year-old driver dead and over 100 people injured.",
                    "PROTEST")
    assert got == {"killed": (1, "exact"), "injured": (100, "more_than")}


def test_a_deed_carried_out_is_no_execution_of_people(run):
    """"Executed the attack" carries out a plan: it kills no one beside what the sentence tells."""
    events = run("The cell executed the attack on a bank in Lyon on Monday, a prosecutor said.")
    assert all(e.counts.killed is None for e in events)

