"""Two reports that tell the same two happenings are one story (fuse/stories.py)."""
from __future__ import annotations

from polybius.fuse import fuse

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
