"""Which record of a story takes a toll: the casualties a sentence tells with nothing of
their own (no place, no day) are those of the deed the same sentence tells, not of the
article's first happening. Sentences of our own; each case states one rule of
``extract/assemble.py``."""
from __future__ import annotations


def _tolls(run, text: str) -> list[tuple[str, int | None]]:
    return sorted((e.evidence.sentence[:12], (e.counts.killed.value if e.counts.killed else None))
                  for e in run(text, published=None) if e.event_type == "ASSAULT")


def test_a_bare_toll_belongs_to_the_deed_of_its_own_sentence(run):
    # "in which three militants were killed" tells no place or day of its own: it is the toll
    # of the firefight its sentence tells (on March 2), not a part of the first gunfight's four
    text = ("Troops killed four militants in a gunfight in Kupwara. The militants had opened fire on the troops "
            "first. On March 2 too, a firefight took place in the same valley, in which three militants were "
            "killed.")
    assert _tolls(run, text) == [("On March 2 t", 3), ("Troops kille", 4)]
