"""Which figure a happening keeps when its toll is told in several sentences: the lead's
toll told before its attack verb, split tolls, later parts of the toll. Sentences of our
own; each case states one rule of ``extract/assemble.py`` or ``mentions/counts.py``."""
from __future__ import annotations


def test_a_lead_toll_told_before_its_attack_is_the_first_figure(counts_of):
    # the lead's casualty clause has no actor of its own ("were killed ... when militants
    # attacked"): it joins the attack at once, so a later part of the toll ("two of the
    # policemen") does not become the happening's figure
    text = ("At least three policemen were killed and six others injured when militants attacked a police "
            "post in northwest Pakistan on Thursday, police said. The attackers fired rockets at the Shah Alam "
            "check post in Bannu district. Two of the policemen were shot dead at the gate of the post.")
    assert counts_of(text) == {"killed": (3, "at_least"), "injured": (6, "exact")}
