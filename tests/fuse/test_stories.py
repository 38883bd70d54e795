"""Two reports that tell the same two happenings are one story (fuse/stories.py)."""
from __future__ import annotations

from polybius.fuse import fuse
from polybius.fuse.names import NameStats

PAGE = dict(article="page", source="Page Outlet", published=None, date=None, date_text=None,
            actor="Freedom Brigade")
DATED = dict(article="wire", source="Wire Outlet", published="2025-03-05", date="2025-03-04",
             actor="Freedom Brigade")


def _bombing(make_event, eid, where):
    text = {"page": "A car bomb went off beside the fruit stalls, leaving five dead.",
            "wire": "Five people were killed when a vehicle blew up near the bazaar."}[where]
    return make_event(eid, mode="explosives", killed=5, sentence=text,
                      **(PAGE if where == "page" else DATED))


def _shooting(make_event, eid, where):
    text = {"page": "Hours later attackers shot three guards dead and wounded four outside "
                    "a bank branch.",
            "wire": "In a separate attack three security men died and four were hurt in a "
                    "shooting."}[where]
    return make_event(eid, mode="firearms", killed=3, injured=4, sentence=text,
                      **(PAGE if where == "page" else DATED))


def test_an_undated_page_telling_both_attacks_of_a_night_joins_both(make_event):
    """Each pair alone is weak (the page has no date, the words differ); that the page
    tells a bombing and a shooting matching the wire story's two is the evidence."""
    events = [_bombing(make_event, "p-bomb", "page"), _shooting(make_event, "p-shot", "page"),
              _bombing(make_event, "w-bomb", "wire"), _shooting(make_event, "w-shot", "wire")]
    result = fuse(events)
    a = result.assignment
    assert a["p-bomb"] == a["w-bomb"] and a["p-shot"] == a["w-shot"]
    assert a["p-bomb"] != a["p-shot"]
    story = [m for m in result.merges if m.components.get("story")]
    assert len(story) == 2


def test_one_attack_told_twice_by_each_report_is_not_two_matches(make_event):
    """A headline repeating the lead is one happening (the same-article rule lets them
    merge): it does not make the match look like two."""
    head = "A car bomb went off beside the fruit stalls, leaving five dead."
    events = [_bombing(make_event, "p-bomb", "page"),
              make_event("p-head", mode="explosives", killed=5, sentence=head, **PAGE),
              _bombing(make_event, "w-bomb", "wire"),
              make_event("w-head", mode="explosives", killed=5,
                         sentence="Five people were killed when a vehicle blew up near the bazaar.",
                         **DATED)]
    a = fuse(events).assignment
    assert a["p-bomb"] != a["w-bomb"]


def test_happenings_months_apart_do_not_support_each_other(make_event):
    """A Spark segment holds the events of one key whose dates may meet: two matched
    happenings two months apart could sit in two segments, so they give no support
    (and a batch run decides as the segments do)."""
    import numpy as np

    from polybius.fuse.config import FuseConfig
    from polybius.fuse.nodes import build_table
    from polybius.fuse.scoring import score_pairs
    from polybius.fuse.stories import corroborate

    def report(eid, article, day, mode, text):
        return make_event(eid, article=article, source=article, published="2025-03-05",
                          date=day, mode=mode, sentence=text, actor="Freedom Brigade")
    january = "A car bomb went off beside the fruit stalls in January."
    march = "Gunmen shot three guards outside a bank branch in March."
    for second_day, supported in (("2025-01-11", True), ("2025-03-04", False)):
        events = [report("a1", "A", "2025-01-10", "explosives", january),
                  report("a2", "A", second_day, "firearms", march),
                  report("b1", "B", "2025-01-10", "explosives", january),
                  report("b2", "B", second_day, "firearms", march)]
        cfg = FuseConfig()
        table = build_table(events, [], cfg)
        pairs = corroborate(table, score_pairs(table, np.array([0, 1]), np.array([2, 3]), cfg),
                            cfg)
        assert bool((pairs.components["story"] > 0).all()) is supported


def test_one_clash_told_twice_by_each_page_is_not_two_matches(make_event):
    """An extraction may tell one clash twice (the lead, then "the army clashed with
    the group near the village"). Two such events of one article (same kind, weapon and
    place, no day apart) are not two happenings, so two pages on two clashes in one
    district do not support each other through them."""
    def page(eid, article, sentence, killed=None):
        return make_event(eid, article=article, source=article, published=None, date=None,
                          date_text=None, mode="armed_clash", actor="Rebel Front",
                          killed=killed, sentence=sentence)
    events = [
        page("a-lead", "A", "Fifteen soldiers died in a firefight in the hills late in the "
             "afternoon.", killed=15),
        page("a-more", "A", "The army clashed with the Rebel Front near the village of Tala."),
        page("b-lead", "B", "Troops killed eleven fighters in a firefight during an operation.",
             killed=11),
        page("b-more", "B", "An army spokesman said gunfire was heard outside Tala."),
    ]
    # names left out: the village both pages write is a rare name (fuse/names.py), which
    # this test of the story support does not weigh
    result = fuse(events, names=NameStats())
    assert not any(m.components.get("story") for m in result.merges)
    a = result.assignment
    assert {a["a-lead"], a["a-more"]}.isdisjoint({a["b-lead"], a["b-more"]})
