"""The list of other stories a page prints after the article (short headline lines with
no closing stop) is not the story: its places and countries are other news's. Texts
written for these tests."""
from __future__ import annotations

from polybius.extract.mentions.chrome import story_end
from polybius.records import Article

STORY = ("Two guards were killed and another was wounded when gunmen attacked a checkpoint on the "
         "main highway on Friday night.\n"
         "The attackers fled after a brief exchange of fire, officials said.\n")
FOOT = ("Farmers in Sindh protest low wheat prices outside the press club\n"
        "Minister says a Chinese delegation will visit the port next month\n"
        "Court adjourns hearing of petition against new tax law\n")


def test_the_story_ends_before_a_foot_of_headlines():
    assert story_end(STORY + FOOT) == len(STORY)


def test_one_or_two_short_lines_after_the_story_are_no_foot():
    text = STORY + "Court adjourns hearing of petition against new tax law\n"
    assert story_end(text) == len(text)


def test_a_place_named_only_in_the_foot_is_not_the_attacks(pipeline):
    article = Article(id="t", text=STORY + FOOT, url="https://news.example.com.pk/print/123",
                      published="2025-04-16", published_from="metadata")
    attacks = [e for e in pipeline.process(article) if e.event_type == "ASSAULT"]
    assert attacks and all(e.location.name == "Pakistan" for e in attacks)
    assert all(e.evidence.end <= len(STORY) for e in attacks)


def test_a_story_cut_off_at_the_page_end_is_no_foot():
    """The page stops mid-sentence ("... near the"): the lines above it are the story's."""
    text = STORY + ("Staff reporter\nDesk editor\n"
                    "Soldiers later found a second car abandoned near the\n")
    assert story_end(text) == len(text)


def test_a_sentence_closed_by_a_credit_is_the_story():
    """"... four dead. AP" has no closing stop, yet it is a sentence of the story: the
    foot begins after it."""
    credited = "A similar raid on the same road in March left four dead. AP\n"
    text = STORY + credited + FOOT
    assert story_end(text) == len(STORY + credited)
