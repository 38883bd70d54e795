"""What the scorer's report says, field by field, for small gold sets and predictions
written for the test (no ../shared needed): the JSON a reader of `polybius eval` gets,
the gold loaders, and the rules of judging one matched record."""
from __future__ import annotations

import json

import pytest

from polybius.evaluate.events import judge, load_gold, load_gold_articles, score
from polybius.records import Actor, Place

from test_event_scoring import ev, gold_event

GOLD = {"a1": {"article": "a1", "events": [gold_event(), gold_event("aftermath", required=False,
                                                                     event_type="COERCE", mode=["arrest"])]}}


def test_the_report_a_reader_gets():
    right_but_date = ev(n=0, killed=12, date="2024-03-01")
    arrest_elsewhere = ev(n=1, type_="COERCE", mode="arrest", country="NER", name="Diffa", date=None)
    data = score([right_but_date, arrest_elsewhere], GOLD).to_dict()
    assert {k: data[k] for k in ("recall_required", "precision", "f1", "gold_required", "required_found",
                                 "predicted", "predicted_matched", "records_per_matched_gold",
                                 "lenient_precision_any_match", "all_attributes")} == {
        "recall_required": 1.0, "precision": 0.5, "f1": 0.667, "gold_required": 1, "required_found": 1,
        "predicted": 2, "predicted_matched": 1, "records_per_matched_gold": 1.0,
        "lenient_precision_any_match": 0.5,
        # judged: date (wrong), location, actor, status, background, killed, killed_qualifier
        "all_attributes": 0.857}
    assert data["attributes"]["date"] == {"accuracy": 0.0, "judged": 1}
    assert data["attributes"]["killed"] == {"accuracy": 1.0, "judged": 1}
    assert data["attributes"]["killed_qualifier"] == {"accuracy": 1.0, "judged": 1}   # exact by default
    assert data["attributes"]["injured"] == {"accuracy": None, "judged": 0}
    assert data["negatives"] == {"articles": 0, "events": 0, "per_100_articles": None}
    assert data["missed"] == []                      # the optional aftermath is not a miss
    assert data["wrong_attributes"] == [{"article": "a1", "id": "bombing", "attributes": ["date"]}]
    assert data["unmatched_predictions"] == [{
        "article": "a1", "duplicate": False, "event_type": "COERCE", "mode": "arrest",
        "status": "occurred", "background": False, "date": None, "place": ["Diffa", "NER", "city"],
        "actor": None, "recipient": None, "counts": {}, "evidence": [10, 19], "sentence": "sentence 1"}]
    assert "articles" not in data
    article = score([right_but_date], GOLD).to_dict(by_article=True)["articles"][0]
    assert (article["article"], article["kind"], article["n_gold"], article["n_pred"]) == ("a1", "news", 2, 1)
    assert article["missed"] == [{"article": "a1", "id": "aftermath", "required": False, "note": None}]
    assert article["matched"][0]["pred"]["place"] == ["Maiduguri", "NGA", "city"]
    assert article["matched"][0]["pred"]["counts"] == {"killed": 12}


def test_figures_are_summed_over_articles_and_rounded_to_three_places():
    gold = {a: {"article": a, "events": [gold_event()]} for a in ("a1", "a2", "a3")}
    preds = [ev(art="a1", killed=12), ev(art="a2", killed=12), ev(art="a2", n=1, type_="PROTEST", mode="riot")]
    data = score(preds, gold).to_dict()
    assert (data["predicted"], data["predicted_matched"], data["required_found"]) == (3, 2, 2)
    assert data["precision"] == 0.667 and data["recall_required"] == 0.667
    assert data["missed"] == [{"article": "a3", "id": "bombing", "required": True, "note": None}]


def test_events_on_negative_articles_per_hundred():
    gold = {"n1": {"article": "n1", "events": []}, "n2": {"article": "n2", "events": []}}
    data = score([ev(art="n1"), ev(art="n1", n=1), ev(art="n2")], gold).to_dict()
    assert data["negatives"] == {"articles": 2, "events": 3, "per_100_articles": 150.0}


def test_a_gold_event_without_a_required_key_is_required():
    g = gold_event()
    del g["required"]
    optional = gold_event("optional", required=False)
    report = score([ev(killed=12)], {"a1": {"article": "a1", "events": [optional, g]}})
    assert report.n_gold_required == 1
    assert report.articles[0].matched[0]["id"] == "bombing"
    assert score([], {"a1": {"article": "a1", "events": [g]}}).missed[0]["id"] == "bombing"


def test_the_better_of_two_records_is_the_one_matched():
    wrong = ev(n=0, killed=40, date="2024-02-01", status="planned", background=True)
    right = ev(n=1, killed=12)
    report = score([wrong, right], {"a1": {"article": "a1", "events": [gold_event()]}})
    assert report.accuracy() == 1.0
    assert report.unmatched[0]["evidence"] == [0, 9] and report.unmatched[0]["duplicate"] is True


def test_a_duplicate_counts_against_the_gold_event_it_resembles():
    checkpoint = gold_event("checkpoint", killed=(3,), location={"country": "NGA", "name": ["Konduga"]})
    market = gold_event("market", killed=(12,))
    preds = [ev(n=0, name="Maiduguri", killed=12), ev(n=1, name="Konduga", killed=3),
             ev(n=2, name="Konduga", killed=3, date="2024-03-05")]
    report = score(preds, {"a1": {"article": "a1", "events": [checkpoint, market]}})
    records = {m["id"]: m["records"] for m in report.articles[0].matched}
    assert records == {"checkpoint": 2, "market": 1}


def test_status_background_and_recipient_are_judged_when_the_gold_gives_them():
    g = gold_event(recipient=["civilians"])
    pred = ev(killed=12, status="planned", background=True)
    verdict = judge(pred, g)
    assert (verdict["status"], verdict["background"], verdict["recipient"]) == (False, False, False)
    pred = ev(killed=12)
    pred.recipient = Actor("worshippers", "civilians")
    verdict = judge(pred, g)
    assert (verdict["status"], verdict["background"], verdict["recipient"]) == (True, True, True)
    bare = {k: v for k, v in g.items() if k not in ("status", "background", "recipient")}
    assert not {"status", "background", "recipient"} & set(judge(pred, bare))


def test_a_prediction_without_date_or_place_is_judged_wrong_not_an_error():
    pred = ev(killed=12, date=None)
    pred.location = None
    verdict = judge(pred, gold_event())
    assert verdict["date"] is False and verdict["location"] is False


def test_a_region_or_country_level_place_is_not_the_named_place():
    for precision in ("region", "country"):
        pred = ev(name="Borno")
        pred.location.precision = precision
        assert judge(pred, gold_event())["location"] is False
    pred = ev(name="Borno")
    pred.location.precision = "admin1"
    assert judge(pred, gold_event())["location"] is True


def test_names_match_without_accents_case_or_spaces():
    pred = ev(name="Bogotá")
    g = gold_event(location={"country": "NGA", "name": [" bogota "]})
    assert judge(pred, g)["location"] is True


def test_each_count_role_the_gold_gives_is_judged():
    g = gold_event(counts={"injured": [30]})     # no killed figure in the gold
    pred = ev(killed=12)
    pred.counts.injured = type(pred.counts.killed)(30, "exact")
    verdict = judge(pred, g)
    assert "killed" not in verdict
    assert verdict["injured"] is True and verdict["injured_qualifier"] is True


def test_load_gold_reads_rows_by_article_across_files(tmp_path):
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text(json.dumps({"article": "x1", "events": []}) + "\n\n"
                 + json.dumps({"article": "x2", "events": [{"id": "e"}]}) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"article": "x1", "events": [{"id": "later"}]}) + "\n", encoding="utf-8")
    gold = load_gold(a, b)
    assert sorted(gold) == ["x1", "x2"]
    assert gold["x1"]["events"] == [{"id": "later"}] and gold["x2"]["events"] == [{"id": "e"}]


def test_load_gold_articles_reads_text_inline_or_from_a_file(tmp_path):
    (tmp_path / "t2.txt").write_text("Police arrested 12 men in Kano.", encoding="utf-8")
    rows = [{"id": "s1", "text": "A bomb exploded in Gao.", "published": "2024-05-01",
             "url": "https://x.example/1", "title": "Blast", "source": "Wire"},
            {"id": "s2", "file": "t2.txt"}]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    first, second = load_gold_articles(path)
    assert (first.id, first.text, first.published, first.published_from) == \
        ("s1", "A bomb exploded in Gao.", "2024-05-01", "metadata")
    assert (first.url, first.title, first.source) == ("https://x.example/1", "Blast", "Wire")
    assert (second.id, second.text, second.published, second.published_from) == \
        ("s2", "Police arrested 12 men in Kano.", None, None)


@pytest.mark.parametrize("attr", ["injured", "recipient"])
def test_an_attribute_never_judged_has_no_accuracy(attr):
    report = score([ev(killed=12)], {"a1": {"article": "a1", "events": [gold_event()]}})
    assert report.accuracy(attr) is None
    assert report.accuracy("killed") == 1.0 and report.accuracy() == 1.0


def test_a_prediction_matches_only_an_allowed_mode_and_any_mode_when_none_is_given():
    from polybius.evaluate.events import matches

    assert not matches(ev(mode="firearms"), gold_event())          # gold: explosives or suicide_bomb
    assert matches(ev(mode="suicide_bomb"), gold_event())
    assert matches(ev(mode="firearms"), gold_event(mode=None))     # mode not judged
    placeless = ev()
    placeless.location = None
    assert not matches(placeless, gold_event())                    # the gold says Nigeria
    assert matches(placeless, gold_event(location=None))


def test_the_article_kind_is_the_gold_s_or_read_from_its_events():
    gold = {"n1": {"article": "n1", "events": []}, "a1": {"article": "a1", "events": [gold_event()]},
            "b1": {"article": "b1", "kind": "opinion", "events": []}}
    kinds = {a.article: (a.kind, a.n_gold, a.n_pred) for a in score([ev(art="a1")], gold).articles}
    assert kinds == {"n1": ("negative", 0, 0), "a1": ("news", 1, 1), "b1": ("opinion", 0, 0)}


def test_what_the_by_article_view_shows_of_each_record():
    matched = ev(n=0, killed=12, actor="Boko Haram")
    matched.recipient = Actor("shoppers", "civilians")
    long_sentence = "A " + "very " * 60 + "long sentence."
    placeless = ev(n=1, type_="PROTEST", mode="riot")
    placeless.location = None
    placeless.evidence.sentence = long_sentence
    article = score([matched, placeless], GOLD).to_dict(by_article=True)["articles"][0]
    assert article["matched"][0]["pred"] == {
        "event_type": "ASSAULT", "mode": "explosives", "status": "occurred", "background": False,
        "date": "2024-03-04", "place": ["Maiduguri", "NGA", "city"], "actor": "Boko Haram",
        "recipient": "civilians", "counts": {"killed": 12}, "evidence": [0, 9], "sentence": "sentence 0"}
    fp = article["false_positives"][0]
    assert fp["place"] is None and fp["sentence"] == long_sentence[:160]


def test_totals_over_several_articles():
    gold = {a: {"article": a, "events": [gold_event()]} for a in ("a1", "a2")}
    preds = [ev(art="a1", killed=12), ev(art="a1", n=1), ev(art="a2", killed=12), ev(art="a2", n=1, country="NER")]
    data = score(preds, gold).to_dict()
    assert data["records_per_matched_gold"] == 1.5        # a1: 2 records, a2: 1
    assert data["lenient_precision_any_match"] == 0.75    # 3 of 4 compatible


def test_an_assigned_record_counts_on_its_own_gold_event():
    # two records of the market bombing; the checkpoint bombing takes the second one
    market = gold_event("market", killed=(12,))
    checkpoint = gold_event("checkpoint", killed=(3,), location={"country": "NGA", "name": ["Konduga"]})
    report = score([ev(n=0, killed=12), ev(n=1, killed=12)], {"a1": {"article": "a1", "events": [market, checkpoint]}})
    assert {m["id"]: m["records"] for m in report.articles[0].matched} == {"market": 1, "checkpoint": 1}


def test_a_duplicate_compatible_with_one_gold_event_only_counts_there():
    market = gold_event("market", killed=(12,), mode=["suicide_bomb"])
    checkpoint = gold_event("checkpoint", killed=(3,), mode=["explosives"],
                            location={"country": "NGA", "name": ["Konduga"]})
    preds = [ev(n=0, mode="suicide_bomb", killed=12), ev(n=1, name="Konduga", killed=3),
             ev(n=2, name="Konduga", killed=3)]
    report = score(preds, {"a1": {"article": "a1", "events": [market, checkpoint]}})
    assert {m["id"]: m["records"] for m in report.articles[0].matched} == {"market": 1, "checkpoint": 2}


def test_a_missed_event_keeps_its_note():
    g = gold_event(note="only in the last paragraph")
    assert score([], {"a1": {"article": "a1", "events": [g]}}).missed[0]["note"] == "only in the last paragraph"


def test_blank_lines_between_gold_rows_are_skipped(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "s1", "text": "One."}) + "\n\n" + json.dumps({"id": "s2", "text": "Two."}) + "\n",
                    encoding="utf-8")
    assert [a.id for a in load_gold_articles(path)] == ["s1", "s2"]
