"""Status, background and source read off sentences whose cue sits somewhere the
first cue tests do not reach: on the verb that governs a noun trigger, in a clause
beside it, under a relative pronoun. Each case is a sentence and what a reader of
the record expects."""
from __future__ import annotations

import pytest

from polybius.records import Article


@pytest.fixture(scope="module")
def events_of(pipeline):
    def _events(text: str, event_type: str):
        found = [e for e in pipeline.process(Article(id="t", text=text, published="2025-04-16",
                                                     published_from="metadata"))
                 if e.event_type == event_type]
        assert found, f"no {event_type} event in {text!r}"
        return found
    return _events


@pytest.mark.parametrize("text, event_type, status", [
    # a modifier of the noun trigger ("failed") or of the verb that governs it ("allegedly")
    ("Militants launched a failed attack on the base in Kidal on Monday.", "ASSAULT", "thwarted"),
    ("Militants allegedly launched an attack on the base in Kidal on Monday.", "ASSAULT", "alleged"),
    # a participle after the noun: "an attack planned for Friday"
    ("Militants discussed an attack planned for Friday on the base in Kidal.", "ASSAULT", "planned"),
    # a negation on the verb of a passive noun trigger
    ("Arrests were not made in Nairobi on Tuesday, police said.", "COERCE", "denied"),
    # ... but not on a verb the event is the subject of: the attack happened, it killed no one
    ("The attack on the base in Kidal on Monday did not kill anyone, officials said.", "ASSAULT", "occurred"),
    # an attack that acts (clausal subject) is not the object of the verb after it
    ("Attacking the convoy denied the rebels their supplies in Kidal on Monday.", "ASSAULT", "occurred"),
    # a plot on the way up marks a plan
    ("Militants hatched a plot to bomb a church in Lagos, police said.", "ASSAULT", "planned"),
    # an accusation about a planned attack: the attack is planned, not merely alleged
    ("The suspects are accused of a planned attack on a church in Lagos.", "ASSAULT", "planned"),
    # a charge over a bombing does not make the bombing alleged: it happened
    ("Three men were charged over the bombing of a church in Lagos on Monday.", "ASSAULT", "occurred"),
])
def test_status_from_the_governing_verb_and_its_modifiers(events_of, text, event_type, status):
    assert events_of(text, event_type)[0].status == status


@pytest.mark.parametrize("text", [
    "Residents recalled how gunmen killed five villagers in Zamfara.",
])
def test_memories_are_background(events_of, text):
    assert events_of(text, "ASSAULT")[0].background is True


@pytest.mark.parametrize("text", [
    "The group often carries out attacks on villages in Zamfara.",
    "The group is often behind attacks on villages in Zamfara.",
    "Security forces regularly carry out raids in the camp, residents say.",
])
def test_habits_make_no_record(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, by, claim", [
    ("Gunmen killed five villagers in Zamfara on Monday as police reported.", "police", "police reported"),
    ("Gunmen killed five villagers in Zamfara on Monday, a report citing witnesses said.",
     "witnesses", "citing witnesses"),
    # two speakers: the first one, in the clause set beside the event, is the source
    ("Militants attacked the base in Kidal on Monday, the army said, and a spokesman confirmed it.",
     "the army", "the army said"),
    # a relative clause that says it is passed over for the speaker of the whole sentence
    ("The governor, who said gunmen killed five villagers in Zamfara on Monday, resigned, police said.",
     "police", "police said"),
])
def test_who_reported_it_beside_the_event(events_of, text, by, claim):
    ev = events_of(text, "ASSAULT")[0]
    assert (ev.source_claim.by, ev.source_claim.text) == (by, claim)


@pytest.mark.parametrize("text", [
    # neither the villagers who fled nor the convoy that came under attack reported anything
    "Gunmen attacked a village in Zamfara on Monday and residents fled into the forest.",
    "The convoy came under attack in Kidal on Monday.",
])
def test_a_sentence_without_a_speaker_has_no_source(events_of, text):
    assert events_of(text, "ASSAULT")[0].source_claim is None


@pytest.mark.parametrize("text, pronoun", [
    ("A report that said gunmen killed five villagers in Zamfara on Monday was published.", "that"),
    ("The report, which said gunmen killed five villagers in Zamfara on Monday, was published.", "which"),
])
def test_a_relative_pronoun_is_never_the_source(events_of, text, pronoun):
    ev = events_of(text, "ASSAULT")[0]
    assert (ev.source_claim.by if ev.source_claim else None) != pronoun


@pytest.mark.parametrize("text, event_type, status", [
    pytest.param("Militants will launch an attack on the base in Kidal.", "ASSAULT", "planned",
                 marks=pytest.mark.xfail(strict=True, reason="'will' on the verb that governs a noun "
                                         "trigger is not read as future: only verb triggers are")),
    pytest.param("The army denied that it was an attack on civilians in Kidal.", "ASSAULT", "denied",
                 marks=pytest.mark.xfail(strict=True, reason="the copula 'was' stops the walk up to "
                                         "'denied': the attack reads as occurred")),
    pytest.param("Officials denied that the bombing in Kano took place.", "ASSAULT", "denied",
                 marks=pytest.mark.xfail(strict=True, reason="a trigger that is the subject of its clause "
                                         "('the bombing ... took place') never sees the denial above it")),
])
def test_status_read_wrongly_today(events_of, text, event_type, status):
    assert events_of(text, event_type)[0].status == status


@pytest.mark.parametrize("text, trigger, status", [
    # the status the parse gives the trigger itself, before the article's other cues
    ("The suspects are accused of a planned attack on a church in Lagos.", "attack", "planned"),
    ("The suspects are accused of an attack on a church in Lagos.", "attack", "alleged"),
    ("Police revealed a plan to attack the base in Kidal.", "attack", "planned"),
    ("Militants discussed plans to bomb a church in Lagos.", "bomb", "planned"),
    ("Militants hatched a plot to bomb a church in Lagos.", "bomb", "planned"),
])
def test_status_of_the_trigger_word(pipeline, text, trigger, status):
    from polybius.extract.mentions import cues

    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert cues.find_status(tok, pipeline.extractor.lex) == status
