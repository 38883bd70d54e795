"""A photo caption set at the start of a line (a present-tense scene with a calendar date,
or a line that says it is a photo) is page chrome, not news. Texts written for these tests."""
from __future__ import annotations

import pytest

LEAD = ("Gunmen killed six people at a market in Kano on Monday, police said. "
        "The attackers fled on motorcycles towards the border.\n")


@pytest.mark.parametrize("caption", [
    "Soldiers guard the scene of a bomb attack at a bus station in Maiduguri, Nigeria, March 3, 2024.",
    "In this photo taken on March 3, 2024, relatives mourn victims of a bombing in Maiduguri.",
    "A photo posted to social media shows the market shortly before the shooting in Maiduguri.",
])
def test_a_caption_line_is_not_news(run, caption):
    events = run(LEAD + caption + "\n")
    assert [e.evidence.sentence for e in events if "Maiduguri" in e.evidence.sentence] == []


def test_a_past_tense_line_with_a_date_is_news(run):
    events = run(LEAD + "A bomb killed four people at a bus station in Maiduguri on March 3, 2024, police said.\n")
    assert any("Maiduguri" in e.evidence.sentence for e in events)


@pytest.mark.parametrize("caption", [
    "A bomb killed four people at a bus station in Maiduguri on March 3, 2024. (Photo by A. Reporter / AFP)",
    "A bomb killed four people at a bus station in Maiduguri on March 3, 2024. (photo credit: AGENCY)",
    "\u00a9 Agency Photo / A. ReporterA bomb killed four people at a bus station in Maiduguri on March 3, 2024.",
])
def test_a_line_closed_by_a_photo_credit_or_opened_by_a_copyright_is_not_news(run, caption):
    """A caption told in the past tense still says it is one by its credit: "(Photo by
    ...)", "(photo credit: ...)" at its end, or a copyright sign at its start."""
    events = run(LEAD + caption + "\n")
    assert [e.evidence.sentence for e in events if "Maiduguri" in e.evidence.sentence] == []


def test_a_group_named_only_in_a_file_photos_caption_is_not_the_doer(run):
    """A stock photo's caption tells another story (a raid years ago): the group it names
    twice is not the group the article is about, so an attack by unnamed militants is not
    given to it."""
    text = ("Police post attacked in Kasese\n"
            "Soldiers stand guard outside a morgue in Beni, on May 3, 2019, where the bodies of four "
            "ADF fighters were brought after an army raid on an ADF camp.\n"
            "Armed militants attacked a police post in Kasese on Monday night, killing two officers "
            "and wounding three others, police said.\n"
            "The attackers fled into the hills before reinforcements arrived.\n")
    attacks = [e for e in run(text) if e.event_type == "ASSAULT"]
    assert attacks and all(e.actor is None or e.actor.name != "Allied Democratic Forces" for e in attacks)
