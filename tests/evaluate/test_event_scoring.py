"""The one-to-one scorer on small hand-written gold and predictions."""
from __future__ import annotations

import json

import pytest

from polybius.evaluate.corpus import article_links, score_links
from polybius.evaluate.events import judge, matches, score
from polybius.records import Actor, ArticleRef, Count, Counts, DateValue, Event, Evidence, Place


def ev(art="a1", n=0, type_="ASSAULT", mode="explosives", country="NGA", name="Maiduguri",
       date="2024-03-04", killed=None, qual="exact", actor=None, background=False, status="occurred"):
    return Event(event_id=f"{art}-{n}", article=ArticleRef(id=art), event_type=type_, mode=mode,
                 evidence=Evidence(sentence=f"sentence {n}", start=n * 10, end=n * 10 + 9),
                 status=status, background=background,
                 actor=Actor(text=actor, name=actor) if actor else None,
                 date=DateValue(text=None, value=date, precision="day") if date else None,
                 location=Place(text=name, name=name, country=country, precision="city"),
                 counts=Counts(killed=Count(killed, qual) if killed is not None else None))


def gold_event(gid="bombing", required=True, killed=(12,), qualifier=None, **extra):
    g = {"id": gid, "required": required, "event_type": "ASSAULT", "mode": ["explosives", "suicide_bomb"],
         "status": ["occurred"], "background": False,
         "date": {"value": ["2024-03-04"], "precision": "day"},
         "location": {"country": "NGA", "name": ["Maiduguri", "Borno"]},
         "actor": ["Boko Haram", None], "counts": {"killed": list(killed)}}
    if qualifier:
        g["count_qualifier"] = {"killed": qualifier}
    g.update(extra)
    return g


GOLD = {"a1": {"article": "a1", "events": [gold_event()]}}


def test_a_single_right_record_scores_full_marks():
    report = score([ev(killed=12)], GOLD)
    assert report.recall == 1.0 and report.precision == 1.0
    assert report.records_per_matched == 1.0
    assert report.accuracy("killed") == 1.0 and report.accuracy("date") == 1.0


def test_a_duplicate_record_of_one_happening_lowers_precision():
    report = score([ev(n=0, killed=12), ev(n=1, killed=None)], GOLD)
    assert report.recall == 1.0
    assert report.precision == 0.5
    assert report.records_per_matched == 2.0
    assert report.unmatched[0]["duplicate"] is True
    # the lenient (any-match) figure of the old scorer would have called both right
    assert report.lenient_precision == 1.0


def test_attributes_are_judged_on_the_matched_record_only():
    # two records: one with the right count and a wrong date, one with the date right and
    # no count. Only one is assigned; the other's facts cannot rescue it.
    preds = [ev(n=0, killed=12, date="2024-03-01"), ev(n=1, killed=None, date="2024-03-04")]
    report = score(preds, GOLD)
    judged = {a: report.correct[a] for a in ("date", "killed")}
    assert sum(judged.values()) == 1, judged
    assert report.judged["date"] == 1 and report.judged["killed"] == 1


def test_the_assignment_matches_as_many_gold_events_as_possible():
    gold = {"a1": {"article": "a1", "events": [
        gold_event("market", killed=(12,)),
        gold_event("checkpoint", killed=(3,), location={"country": "NGA", "name": ["Konduga"]},
                   mode=["explosives"])]}}
    # the first prediction could match either; the second only 'market' (suicide_bomb)
    preds = [ev(n=0, mode="explosives", name="Konduga", killed=3), ev(n=1, mode="suicide_bomb", killed=12)]
    report = score(preds, gold)
    assert report.recall == 1.0 and report.precision == 1.0
    assert report.accuracy("location") == 1.0 and report.accuracy("killed") == 1.0


def test_required_events_win_the_assignment_over_optional_ones():
    gold = {"a1": {"article": "a1", "events": [
        gold_event("optional", required=False, killed=(12,)),
        gold_event("required", killed=(5,))]}}
    report = score([ev(killed=12)], gold)     # fits the optional one better
    assert report.recall == 1.0
    assert report.articles[0].matched[0]["id"] == "required"


def test_a_prediction_of_another_type_or_country_does_not_match():
    assert not matches(ev(type_="COERCE", mode="arrest"), gold_event())
    assert not matches(ev(country="NER"), gold_event())
    assert matches(ev(country="NGA"), gold_event())
    report = score([ev(country="NER", killed=12)], GOLD)
    assert report.recall == 0.0 and report.precision == 0.0
    assert report.missed[0]["id"] == "bombing"


def test_counts_and_their_qualifiers_are_judged_per_role():
    g = gold_event(killed=(12,), qualifier="at_least")
    verdict = judge(ev(killed=12, qual="exact"), g)
    assert verdict["killed"] is True and verdict["killed_qualifier"] is False
    verdict = judge(ev(killed=12, qual="at_least"), g)
    assert verdict["killed"] is True and verdict["killed_qualifier"] is True
    verdict = judge(ev(killed=None), g)
    assert verdict["killed"] is False and verdict["killed_qualifier"] is False
    # no gold figure for injured: not judged
    assert "injured" not in verdict


def test_a_null_in_a_gold_list_accepts_an_empty_field():
    g = gold_event(killed=(12, None))
    verdict = judge(ev(killed=None, actor=None), g)
    assert verdict["killed"] is True and "killed_qualifier" not in verdict
    assert verdict["actor"] is True
    assert judge(ev(killed=12, actor="Islamic State"), g)["actor"] is False


def test_a_country_level_place_does_not_count_as_the_named_town():
    g = gold_event()
    pred = ev(name="Nigeria")
    pred.location.precision = "country"
    assert judge(pred, g)["location"] is False
    g_country_ok = gold_event(location={"country": "NGA", "name": ["Maiduguri", None]})
    assert judge(pred, g_country_ok)["location"] is True


def test_events_on_negative_articles_are_counted_per_hundred_articles():
    gold = {"n1": {"article": "n1", "kind": "negative", "events": []},
            "n2": {"article": "n2", "kind": "negative", "events": []}, **GOLD}
    report = score([ev(art="n1", n=0), ev(art="a1", killed=12)], gold)
    data = report.to_dict()
    assert data["negatives"] == {"articles": 2, "events": 1, "per_100_articles": 50.0}
    assert report.precision == 0.5


def test_article_links_ignore_background_events_and_score_against_clusters():
    events = [ev(art="a1", n=0), ev(art="a2", n=0), ev(art="a3", n=0), ev(art="a3", n=1, background=True),
              ev(art="a4", n=0, background=True)]
    assignment = {"a1-0": "I1", "a2-0": "I1", "a3-0": "I2", "a3-1": "I3", "a4-0": "I3"}
    assert article_links(events, assignment) == {("a1", "a2")}
    gold = {a: {"article": a, "cluster": c, "events": [gold_event()]}
            for a, c in (("a1", "c-x"), ("a2", "c-x"), ("a3", "c-x"), ("a4", "a4"))}
    scores = score_links(events, assignment, gold)
    assert scores["link_precision"] == 1.0
    assert scores["link_recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert scores["missed_links"] == ["a1-a3", "a2-a3"]


def test_a_link_between_near_miss_clusters_is_named():
    events = [ev(art="a1"), ev(art="a2")]
    gold = {"a1": {"article": "a1", "cluster": "c-x", "events": [gold_event()]},
            "a2": {"article": "a2", "cluster": "c-y",
                   "events": [gold_event(note="near-miss of c-x: same town, a week later")]}}
    scores = score_links(events, {"a1-0": "I", "a2-0": "I"}, gold)
    assert scores["near_miss_links"] == ["a1-a2"] and scores["link_precision"] == 0.0


def test_an_article_reporting_another_clusters_incident_as_news_links_to_it():
    """a3 leads with its own attack and then tells c-x's as news: its link to a1 is right
    and missing it is a miss; a background mention of c-x (a4) makes no gold link."""
    events = [ev(art="a1"), ev(art="a3"), ev(art="a4")]
    other = gold_event(cluster="c-x")
    gold = {"a1": {"article": "a1", "cluster": "c-x", "events": [gold_event()]},
            "a3": {"article": "a3", "cluster": "a3", "events": [gold_event(), other]},
            "a4": {"article": "a4", "cluster": "a4",
                   "events": [gold_event(), {**other, "background": True}]}}
    linked = score_links(events, {"a1-0": "I", "a3-0": "I", "a4-0": "J"}, gold)
    assert linked["link_precision"] == 1.0 and linked["link_recall"] == 1.0
    apart = score_links(events, {"a1-0": "I", "a3-0": "K", "a4-0": "J"}, gold)
    assert apart["missed_links"] == ["a1-a3"] and apart["wrong_links"] == []


def test_the_report_serialises_with_per_article_detail():
    data = score([ev(killed=12), ev(n=1)], GOLD).to_dict(by_article=True)
    text = json.dumps(data)
    assert data["articles"][0]["n_pred"] == 2 and "sentence 1" in text
    assert data["records_per_matched_gold"] == 2.0
