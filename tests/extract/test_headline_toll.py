"""A figure the body never gives its happening is the headline's: "At least 14 killed in
raid on village" over a body that tells the raid without its toll. An attack or a riot
takes its dead and wounded, an arrest its detained; a statement about them takes none.
Texts written for these tests."""
from __future__ import annotations

from polybius.records import Article

PUB = "2025-04-16"


def events_of(pipeline, headline: str, body: str):
    return pipeline.process(Article(id="t", text=f"{headline}\n\n{body}", title=headline, published=PUB,
                                    published_from="metadata"))


def test_the_headline_gives_the_toll_the_body_leaves_out(pipeline):
    found = [e for e in events_of(pipeline, "At least 14 killed as gunmen raid Zamfara village",
                                  "Armed men stormed the village of Kadaddaba in Zamfara State on Sunday, "
                                  "burning homes and shooting at residents as they fled, locals said.")
             if e.event_type == "ASSAULT"]
    assert len(found) == 1
    assert (found[0].counts.killed.value, found[0].counts.killed.qualifier) == (14, "at_least")


def test_the_headline_gives_an_arrest_its_figure(pipeline):
    found = [e for e in events_of(pipeline, "Police detain 6 over plot to bomb Kano market",
                                  "Police in Kano on Tuesday arrested suspects accused of planning to bomb "
                                  "the central market, a spokesman said.")
             if e.event_type == "COERCE"]
    assert found and found[0].counts.arrested.value == 6


def test_a_statement_takes_no_toll_from_the_headline(pipeline):
    events = events_of(pipeline, "Police blame gang for killing of 3 officers",
                       "Gunmen shot at a patrol in Port-au-Prince on Monday. Police blamed the "
                       "400 Mawozo gang for the attack on the patrol.")
    (attack,) = [e for e in events if e.event_type == "ASSAULT"]
    assert attack.counts.killed.value == 3
    assert [e.counts.killed for e in events if e.event_type == "ACCUSE"] == [None]


def test_a_statement_the_body_tells_only_in_quotes_is_the_headline_s(pipeline):
    """"General vows revenge for base attack" over a body that tells the attack and only
    quotes the vow: the vow is a record of its own, told by the headline."""
    events = events_of(pipeline, "General vows revenge for base attack",
                       "Rebels attacked an army base in Kidal on Monday, killing three soldiers. "
                       "\"Every strike on our men will be answered twice over,\" the general told reporters.")
    assert [e for e in events if e.event_type == "THREATEN"]
    assert [e for e in events if e.event_type == "ASSAULT"]



def test_a_vague_headline_word_does_not_pick_a_part_of_the_toll(pipeline):
    # "Several" stands for 3: it must not pick the three a mourner buries over the body's toll
    found = [e for e in events_of(pipeline, "Several killed in raid on Bauchi village",
                                  "Gunmen raided the village of Dalla in Bauchi State on Sunday, killing at "
                                  "least nine people, a police spokesman said.\n\n"
                                  "\u201cToday we will bury 3 villagers killed in the raid,\u201d "
                                  "a villager told reporters.")
             if e.event_type == "ASSAULT"]
    assert (found[0].counts.killed.value, found[0].counts.killed.qualifier) == (9, "at_least")


def test_the_headline_hedge_stays_on_the_body_s_plain_figure(pipeline):
    # the outlet hedges the figure in its headline and only repeats it plainly in the body
    found = [e for e in events_of(pipeline, "Gunmen storm Kaura market, at least 11 dead",
                                  "Gunmen on motorbikes stormed the cattle market in Kaura on Sunday, "
                                  "shooting 11 traders dead, a local official said.")
             if e.event_type == "ASSAULT"]
    assert (found[0].counts.killed.value, found[0].counts.killed.qualifier) == (11, "at_least")


def test_a_revised_toll_is_final_whatever_the_headline_hedges(pipeline):
    found = [e for e in events_of(pipeline, "At least 11 killed in Kaura market raid",
                                  "Gunmen stormed the cattle market in Kaura on Sunday, killing 14 traders. "
                                  "On Monday police revised the death toll from the raid to 11.")
             if e.event_type == "ASSAULT"]
    assert (found[0].counts.killed.value, found[0].counts.killed.qualifier) == (11, "exact")
