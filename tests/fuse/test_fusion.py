"""fuse(): incidents, near-misses, incremental and rerun stability, background mentions."""
from __future__ import annotations

import random

from polybius.fuse import FuseConfig, fuse
from polybius.records import IncidentCount
from polybius.settings import Settings


def kabul_reports(make_event):
    return [
        make_event("e1", source="Wire", published="2025-03-04", killed=139,
                   qualifier="at_least", mode="suicide_bomb",
                   sentence="A suicide bomber killed at least 139 people in a Kabul market."),
        make_event("e2", source="Monitor", published="2025-03-05", killed=143,
                   sentence="The toll from the Kabul market bombing rose to 143."),
        make_event("e3", source="Newsroom", published="2025-03-06", killed=144,
                   actor="Islamic State Khorasan Province",
                   sentence="Islamic State Khorasan Province claimed the Kabul market "
                            "bombing that killed 144."),
    ]


def test_reports_fuse_into_one_incident(make_event):
    result = fuse(kabul_reports(make_event))
    assert len(result.incidents) == 1
    inc = result.incidents[0]
    assert inc.counts["killed"] == IncidentCount(144, 139, 144, "exact")   # the latest figure
    assert (inc.n_articles, inc.n_sources, inc.first_reported) == (3, 3, "2025-03-04")
    assert inc.event_ids == ["e1", "e2", "e3"]
    assert inc.actor.name == "Islamic State Khorasan Province"
    assert inc.date.value == "2025-03-04" and inc.location.name == "Kabul"
    assert set(result.assignment.values()) == {inc.incident_id}
    assert len(result.merges) == 2 and all(m.components for m in result.merges)


def test_same_outlet_counts_once_as_a_source(make_event):
    evs = kabul_reports(make_event)
    evs[2].article.source = "Wire"
    inc = fuse(evs).incidents[0]
    assert (inc.n_articles, inc.n_sources) == (3, 2)


def test_source_falls_back_to_url_host(make_event):
    a = make_event("a", source=None, url="https://www.example.org/a", killed=3)
    b = make_event("b", source=None, url="https://example.org/b", killed=3)
    a.article.source = b.article.source = None
    inc = fuse([a, b]).incidents[0]
    assert (inc.n_articles, inc.n_sources) == (2, 1)


def test_near_miss_same_city_different_day(make_event):
    a = make_event("a", date="2025-03-04", killed=144, sentence="A bomb hit a Kabul market.")
    b = make_event("b", date="2025-03-06", killed=4, sentence="A bomb hit a Kabul minibus.")
    result = fuse([a, b])
    assert result.assignment["a"] != result.assignment["b"]


def test_near_miss_same_day_different_city(make_event):
    a = make_event("a", city="Istanbul", event_type="COERCE", mode="arrest", arrested=47,
                   actor="Turkey", actor_kind="state",
                   sentence="Police detained suspected Islamic State members.")
    b = make_event("b", city="Ankara", event_type="COERCE", mode="arrest", arrested=47,
                   actor="Turkey", actor_kind="state",
                   sentence="Police detained suspected Islamic State members.")
    result = fuse([a, b])
    assert result.assignment["a"] != result.assignment["b"]


def test_rerun_and_input_order_do_not_change_ids(make_event):
    evs = kabul_reports(make_event) + [make_event("x", city="Istanbul", killed=2)]
    first = fuse(evs)
    shuffled = evs[:]
    random.Random(3).shuffle(shuffled)
    second = fuse(shuffled)
    assert first.assignment == second.assignment
    assert [i.to_dict() for i in first.incidents] == [i.to_dict() for i in second.incidents]
    again = fuse(evs, existing=first.incidents)
    assert again.updated == []
    assert again.assignment == first.assignment
    assert [i.to_dict() for i in again.incidents] == [i.to_dict() for i in first.incidents]


def test_incremental_join_keeps_the_id_without_old_reports(make_event):
    e1, e2, e3 = kabul_reports(make_event)
    old = fuse([e1, e2]).incidents
    assert len(old) == 1 and old[0].counts["killed"] == IncidentCount(143, 139, 143, "exact")
    result = fuse([e3], existing=old)       # old reports not passed: summary stands in
    assert result.assignment["e3"] == old[0].incident_id
    assert result.updated == [old[0].incident_id]
    inc = result.incidents[0]
    assert inc.counts["killed"] == IncidentCount(144, 139, 144, "exact")
    assert inc.counts_history == fuse([e1, e2, e3]).incidents[0].counts_history
    assert (inc.n_articles, inc.n_sources) == (3, 3)
    assert inc.event_ids == ["e1", "e2", "e3"]
    assert inc.first_reported == "2025-03-04"


def test_incremental_join_with_old_reports_is_exact(make_event):
    e1, e2, e3 = kabul_reports(make_event)
    old = fuse([e1, e2]).incidents
    inc = fuse([e1, e2, e3], existing=old).incidents[0]
    scratch = fuse([e1, e2, e3]).incidents[0]
    assert inc.incident_id == old[0].incident_id
    assert {**inc.to_dict(), "incident_id": None} == {**scratch.to_dict(), "incident_id": None}


def test_incremental_new_incident_leaves_old_ones_alone(make_event):
    old = fuse(kabul_reports(make_event)).incidents
    other = make_event("z", city="Izmir", date="2025-05-01", killed=2)
    result = fuse([other], existing=old)
    assert result.incidents[0].to_dict() == old[0].to_dict()
    assert result.updated == [result.assignment["z"]] and len(result.incidents) == 2


def test_plot_later_carried_out_becomes_occurred(make_event):
    s = "Islamic State militants attacked the Lahore church with explosives on Sunday."
    plot = make_event("p", city="Lahore", date="2025-04-06", status="planned",
                      actor="Islamic State", sentence=s)
    done = make_event("d", city="Lahore", date="2025-04-06", actor="Islamic State",
                      sentence=s, killed=6)
    result = fuse([plot, done])
    assert len(result.incidents) == 1 and result.incidents[0].status == "occurred"


def test_plot_versus_attack_needs_more_than_place_and_day(make_event):
    plot = make_event("p", city="Lahore", date="2025-04-06", status="thwarted",
                      mode="unspecified", sentence="Police said they foiled a plot.")
    done = make_event("d", city="Lahore", date="2025-04-06", killed=6,
                      sentence="A bomb exploded near a bus station, killing six.")
    result = fuse([plot, done])
    assert result.assignment["p"] != result.assignment["d"]


def test_background_mention_links_to_its_incident(make_event):
    original = make_event("n1", city="Izmir", date="2019-05-18", published="2019-05-18",
                          killed=17, sentence="A bomb exploded outside a stadium in Izmir.")
    mention = make_event("n3", city="Izmir", date="2019", date_text="2019",
                         published="2025-03-20", background=True, killed=17,
                         sentence="The court sentenced two men for the 2019 stadium bombing "
                                  "in Izmir.")
    old = fuse([original]).incidents
    result = fuse([mention], existing=old)
    assert result.assignment["n3"] == old[0].incident_id
    inc = result.incidents[0]
    assert inc.date.value == "2019-05-18" and inc.first_reported == "2019-05-18"
    assert inc.background is False


def test_background_without_match_or_date_is_left_unassigned(make_event):
    mention = make_event("b", background=True, date=None, published="2025-09-20",
                         sentence="The attack recalled an earlier hotel siege.")
    result = fuse([mention])
    assert result.assignment == {"b": None} and result.incidents == []


def test_background_with_its_own_date_makes_a_background_incident(make_event):
    mention = make_event("b", background=True, date="2017", date_text="in 2017",
                         published="2025-09-20", city="Istanbul")
    result = fuse([mention])
    (inc,) = result.incidents
    assert inc.background is True
    assert inc.date.value == "2017"           # its own date, never the publication date


def test_settings_thresholds_are_used(make_event):
    evs = kabul_reports(make_event)
    strict = fuse(evs, settings=Settings(fuse_threshold=0.999999, fuse_link_guard=0.35))
    assert len(strict.incidents) == 3
    assert FuseConfig.from_settings(Settings(fuse_threshold=0.7)).threshold == 0.7


def test_duplicate_event_ids_are_fused_once(make_event):
    e1, e2, _ = kabul_reports(make_event)
    result = fuse([e1, e2, e1])
    assert result.incidents[0].event_ids == ["e1", "e2"]


def test_fusing_nothing_gives_nothing():
    # an empty store, or a first article without events (POST /articles "ok" crashed here)
    result = fuse([], [])
    assert (result.incidents, result.assignment, result.updated) == ([], {}, [])


def twin_blast_reports(make_event):
    """One article tells a twin bombing as two events; one outlet reports the first
    blast, another the second."""
    first = "A bomb exploded inside the cathedral during morning mass, killing 20 worshippers."
    second = "Minutes later a second device hidden in a motorbike blew up in the parking area."
    return [
        make_event("x1", article="x", killed=20, sentence=first),
        make_event("x2", article="x", sentence=second),
        make_event("y", killed=20, sentence="A bomb ripped through the cathedral during "
                                            "morning mass, killing 20 worshippers."),
        make_event("z", sentence="A second device hidden in a motorbike blew up in the "
                                 "parking area minutes after the first."),
    ]


def test_two_parts_of_one_happening_in_one_article_do_not_keep_outlets_apart(make_event):
    # x1 and x2 never link each other (two events of article x), but the outlets that
    # report each part are reports of one bombing: one incident
    result = fuse(twin_blast_reports(make_event))
    a = result.assignment
    assert a["x1"] == a["y"] == a["z"] == a["x2"]


def test_parts_told_in_two_towns_still_part_the_outlets(make_event):
    # the same, but the article's second blast is in another city: two incidents
    reports = twin_blast_reports(make_event)
    reports[1] = make_event("x2", article="x", city="Lahore", sentence=reports[1].evidence.sentence)
    reports[3] = make_event("z", city="Lahore", sentence=reports[3].evidence.sentence)
    a = fuse(reports).assignment
    assert a["x1"] == a["y"] and a["x2"] == a["z"] and a["x1"] != a["x2"]
