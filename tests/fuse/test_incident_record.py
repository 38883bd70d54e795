"""What an incident carries besides its summary: counts_history, outlets (wire copies)
and mentions in later articles; the same after incremental fusion as after a batch."""
from __future__ import annotations

import pytest

from polybius.fuse import fuse
from polybius.records import Incident, IncidentCount

TOLL = [("Kabul Times", "2025-03-04", 40, "at_least"), ("Pajhwok", "2025-03-05", 62, "exact"),
        ("Tolo", "2025-03-06", 71, "exact"), ("Ariana", "2025-03-07", 78, "exact")]


def rising_toll(make_event):
    return [make_event(f"r{k}", source=src, published=day, killed=n, qualifier=q,
                       sentence=f"A suicide bomber killed {n} people at a Kabul market on "
                                f"Tuesday, officials said in report {k}.")
            for k, (src, day, n, q) in enumerate(TOLL)]


def history(inc: Incident, role: str = "killed") -> list[tuple]:
    return [(e.value, e.qualifier, e.first_reported, e.source, e.event_id)
            for e in inc.counts_history[role]]


def test_a_rising_toll_keeps_its_range_the_latest_figure_and_a_history(make_event):
    (inc,) = fuse(rising_toll(make_event)).incidents
    assert inc.counts["killed"] == IncidentCount(78, 40, 78, "exact")
    assert history(inc) == [(40, "at_least", "2025-03-04", "Kabul Times", "r0"),
                            (62, "exact", "2025-03-05", "Pajhwok", "r1"),
                            (71, "exact", "2025-03-06", "Tolo", "r2"),
                            (78, "exact", "2025-03-07", "Ariana", "r3")]
    assert set(inc.counts_history) == {"killed"}          # no figure, no history


def test_an_undated_report_comes_last_in_the_history(make_event):
    evs = rising_toll(make_event)
    evs.append(make_event("u", source="Blog", published=None, killed=90,
                          sentence="A suicide bomber killed 90 people at a Kabul market."))
    (inc,) = fuse(evs).incidents
    assert "u" in inc.event_ids
    assert history(inc)[-1] == (90, "exact", None, "Blog", "u")
    assert inc.counts["killed"] == IncidentCount(78, 40, 90, "exact")   # dated reports decide


def test_wire_copies_list_their_outlets_and_count_as_one_source(make_event):
    wire = "A suicide bomber killed 62 people at a Kabul market, police said."
    evs = [make_event(f"w{k}", source=src, published="2025-03-05", killed=62, sentence=wire)
           for k, src in enumerate(["AFP", "Dawn", "The Hindu"])]
    evs.append(make_event("own", source="Tolo", published="2025-03-05", killed=62,
                          sentence="Our reporter saw bodies at the Kabul market after the "
                                   "suicide bombing."))
    (inc,) = fuse(evs).incidents
    assert (inc.n_articles, inc.n_sources) == (4, 2)
    story = {o.source: o.same_story_as for o in inc.outlets}
    assert story == {"AFP": None, "Dawn": "AFP", "The Hindu": "AFP", "Tolo": None}
    assert [(e.value, e.source) for e in inc.counts_history["killed"]] == [(62, "AFP")]


def test_outlet_name_as_written_url_host_only_as_fallback(make_event):
    a = make_event("a", source="Dawn News", killed=3)
    b = make_event("b", source="dawn news", article="art-b2", killed=3)
    c = make_event("c", url="https://www.pajhwok.com/x", killed=3)
    c.article.source = None
    (inc,) = fuse([a, b, c]).incidents
    assert [(o.source, o.article_ids) for o in sorted(inc.outlets, key=lambda o: o.source)] == [
        ("Dawn News", ["art-a", "art-b2"]), ("pajhwok.com", ["art-c"])]


def test_a_linked_background_mention_changes_no_count_date_or_source(make_event):
    original = make_event("n1", city="Izmir", date="2019-05-18", published="2019-05-18",
                          killed=17, source="Aegean Times",
                          sentence="A bomb exploded outside a stadium in Izmir.")
    mention = make_event("n3", city="Izmir", date="2019", date_text="2019",
                         published="2025-03-20", background=True, killed=20,
                         source="Bosphorus Times",
                         sentence="The court sentenced two men for the 2019 stadium bombing "
                                  "in Izmir.")
    result = fuse([original, mention])
    assert result.assignment["n3"] == result.assignment["n1"]   # linked by clustering
    (inc,) = result.incidents
    assert inc.counts["killed"] == IncidentCount(17, 17, 17, "exact")
    assert (inc.n_articles, inc.n_sources, inc.first_reported) == (1, 1, "2019-05-18")
    assert [o.source for o in inc.outlets] == ["Aegean Times"]
    assert [(m.event_id, m.article_id, m.source, m.published, m.linked)
            for m in inc.mentions_in_later_articles] == [
        ("n3", "art-n3", "Bosphorus Times", "2025-03-20", True)]


def last_month_mention(make_event, eid="m", published="2025-04-20", city="Kabul"):
    return make_event(eid, source="Khaama", published=published, background=True,
                      date="2025-03", date_text="last month", mode="unspecified", city=city,
                      sentence="Relatives of the victims of last month's market attack "
                               "protested outside parliament.")


def test_an_unlinked_mention_is_attached_without_changing_the_incident(make_event):
    reports = rising_toll(make_event)
    (alone,) = fuse(reports).incidents
    result = fuse(reports + [last_month_mention(make_event)])
    inc = next(i for i in result.incidents if "r0" in i.event_ids)
    assert "m" not in inc.event_ids                      # not linked by clustering...
    assert [(m.event_id, m.linked) for m in inc.mentions_in_later_articles] == [("m", False)]
    assert inc.incident_id == alone.incident_id          # ...and nothing else changed
    assert {**inc.to_dict(), "mentions_in_later_articles": []} == alone.to_dict()
    again = fuse(reports + [last_month_mention(make_event)], existing=result.incidents)
    assert again.updated == []                           # re-run: nothing to write


def test_a_mention_is_attached_on_a_later_run_and_the_incident_is_rewritten(make_event):
    old = fuse(rising_toll(make_event)).incidents
    result = fuse(rising_toll(make_event) + [last_month_mention(make_event)], existing=old)
    assert old[0].incident_id in result.updated
    inc = next(i for i in result.incidents if i.incident_id == old[0].incident_id)
    assert [m.event_id for m in inc.mentions_in_later_articles] == ["m"]


def test_an_attached_mention_stays_when_its_event_is_not_passed_again(make_event):
    reports = rising_toll(make_event)
    first = fuse(reports[:3] + [last_month_mention(make_event)])
    # the next call passes the reports (a new one joins) but not the mention
    result = fuse(reports, existing=first.incidents)
    inc = next(i for i in result.incidents if "r3" in i.event_ids)
    assert [(m.event_id, m.linked) for m in inc.mentions_in_later_articles] == [("m", False)]
    assert inc.counts["killed"] == IncidentCount(78, 40, 78, "exact")


@pytest.mark.parametrize("case", ["another city", "published before", "two candidates"])
def test_a_mention_is_not_attached_when_it_cannot_be_told(make_event, case):
    reports = rising_toll(make_event)
    if case == "another city":
        mention = last_month_mention(make_event, city="Lahore")
    elif case == "published before":
        mention = last_month_mention(make_event, published="2025-02-20")
    else:   # a second market bombing in Kabul that month: which one is recalled?
        mention = last_month_mention(make_event)
        reports.append(make_event("other", source="Tolo", published="2025-03-21",
                                  date="2025-03-20", killed=5,
                                  sentence="A bomb hit a Kabul bus station on Thursday."))
    result = fuse(reports + [mention])
    assert all(not i.mentions_in_later_articles for i in result.incidents)


def test_incremental_fusion_gives_the_batch_ids_and_histories(make_event):
    wire = "A suicide bomber killed 62 people at a Kabul market, police said."
    evs = rising_toll(make_event) + [
        make_event("w1", source="Dawn", published="2025-03-05", killed=62, sentence=wire),
        make_event("w2", source="AFP", published="2025-03-05", killed=62, sentence=wire),
        last_month_mention(make_event)]
    batch = fuse(evs)
    first = fuse(evs[:2])
    with_all = fuse(evs, existing=first.incidents)          # the store passes every event
    only_new = fuse(evs[2:], existing=first.incidents)      # old reports not passed
    for result in (with_all, only_new):
        assert result.assignment == {e: batch.assignment[e] for e in result.assignment}
        assert [i.incident_id for i in result.incidents] == [i.incident_id for i in batch.incidents]
        for got, want in zip(result.incidents, batch.incidents):
            assert got.counts_history == want.counts_history
            assert got.counts == want.counts
            assert got.mentions_in_later_articles == want.mentions_in_later_articles
    assert [i.to_dict() for i in with_all.incidents] == [i.to_dict() for i in batch.incidents]


def test_an_incident_stored_before_histories_is_rebuilt_with_its_id(make_event):
    reports = rising_toll(make_event)
    (inc,) = fuse(reports).incidents
    legacy = Incident.from_dict({k: v for k, v in inc.to_dict().items()
                                 if k not in ("counts_history", "outlets")})
    assert legacy.outlets == [] and legacy.counts_history == {}
    result = fuse(reports, existing=[legacy])
    assert result.updated == [inc.incident_id]
    assert result.incidents[0].to_dict() == inc.to_dict()
