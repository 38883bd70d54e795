"""What real multi-outlet coverage disagrees on: undated pages, revised tolls, reports
that tell one attack in several sentences."""
from __future__ import annotations

from polybius.fuse import fuse
from polybius.records import Evidence


def _undated(make_event, eid, **kw):
    """A web page with no publication day whose text gives no date either."""
    return make_event(eid, published=None, date=None, date_text=None, **kw)


def test_two_undated_pages_of_one_bombing_fuse(make_event):
    a = _undated(make_event, "a", killed=64, actor="Islamic State",
                 sentence="A car bomb tore through a crowded Kabul market, killing 64.")
    b = _undated(make_event, "b", killed=64, actor="Islamic State",
                 sentence="Islamic State claimed the car bomb at the Kabul market that killed 64.")
    result = fuse([a, b])
    assert result.assignment["a"] is not None
    assert result.assignment["a"] == result.assignment["b"]


def test_an_undated_page_joins_a_dated_report_of_the_same_attack(make_event):
    dated = make_event("dated", killed=64, actor="Islamic State",
                       sentence="A car bomb tore through a crowded Kabul market, killing 64.")
    page = _undated(make_event, "page", killed=64, actor="Islamic State",
                    sentence="The car bomb at the Kabul market killed 64, Islamic State said.")
    result = fuse([dated, page])
    assert result.assignment["dated"] == result.assignment["page"]
    inc = next(i for i in result.incidents if i.incident_id == result.assignment["page"])
    assert inc.date.value == "2025-03-04"      # the dated report gives the incident its day


def test_undated_pages_need_more_than_country_and_kind(make_event):
    """Without any date, place and kind alone are not enough: many attacks share them."""
    a = _undated(make_event, "a", city="Istanbul", mode="firearms",
                 sentence="Gunmen opened fire on a wedding party.")
    b = _undated(make_event, "b", city="Ankara", mode="firearms",
                 sentence="Police said two officers were wounded at a checkpoint.")
    result = fuse([a, b])
    assert result.assignment["a"] != result.assignment["b"]


def test_undated_pages_in_other_countries_never_meet(make_event):
    a = _undated(make_event, "a", city="Kabul", killed=5, sentence="A bomb killed five.")
    b = _undated(make_event, "b", city="Lahore", killed=5, sentence="A bomb killed five.")
    result = fuse([a, b])
    assert result.assignment["a"] != result.assignment["b"]


def test_an_undated_background_mention_still_makes_no_incident(make_event):
    old = _undated(make_event, "old", background=True, sentence="A bomb killed five in 2009.")
    assert fuse([old]).assignment["old"] is None


def test_a_revised_toll_is_not_a_different_attack(make_event):
    """Same day, same city: 17 dead in the first report, 26 in the next."""
    first = make_event("first", killed=17, published="2025-03-04",
                       sentence="A suicide bomber killed 17 at the railway station.")
    later = make_event("later", killed=26, published="2025-03-05",
                       sentence="The toll of the railway station suicide bombing rose to 26.")
    result = fuse([first, later])
    assert result.assignment["first"] == result.assignment["later"]
    inc = result.incidents[0]
    assert (inc.counts["killed"].low, inc.counts["killed"].high) == (17, 26)


def test_every_sentence_telling_the_event_counts_as_its_text(make_event):
    """The shared detail may sit in a later sentence of each report, not in the lead."""
    detail = "The blast hit the Shah Do Shamshira mosque during Friday prayers."
    a = make_event("a", date="2025-03-04", city="Kabul", sentence="An explosion killed worshippers.")
    b = make_event("b", date="2025-03-05", city="Kabul",     # a day apart: reports disagree
                   sentence="Several people died in a bomb attack, officials said.")
    apart = fuse([a, b])
    assert apart.assignment["a"] != apart.assignment["b"]
    for ev in (a, b):
        ev.mentions = [ev.evidence, Evidence(detail, 100, 100 + len(detail))]
    together = fuse([a, b])
    assert together.assignment["a"] == together.assignment["b"]


def test_one_wire_story_republished_by_two_outlets_is_one_source(make_event):
    wire = "A car bomb killed 12 people at a market in Kabul on Tuesday, police said."
    a = make_event("a", source="Outlet A", killed=12, sentence=wire)
    b = make_event("b", source="Outlet B", killed=12, sentence=wire)
    c = make_event("c", source="Outlet C", killed=12,
                   sentence="Twelve shoppers died when a bomb hidden in a car exploded in Kabul.")
    (inc,) = fuse([a, b, c]).incidents
    assert (inc.n_articles, inc.n_sources) == (3, 2)


def test_an_undated_page_naming_the_weekday_joins_the_report_of_that_day(make_event):
    """"On Friday" on a page with no date is no calendar day, but it is the other
    report's day of the week or it is not."""
    from polybius.records import DateValue

    dated = make_event("dated", date="2025-03-07", city="Istanbul", mode="firearms",
                       sentence="Gunmen opened fire outside a courthouse in Istanbul.")

    def page(eid: str, day_text: str | None):
        ev = _undated(make_event, eid, city="Istanbul", mode="firearms",
                      sentence="Attackers shot at police guarding the Istanbul courthouse.")
        ev.date = DateValue(day_text) if day_text else None
        return ev

    assert fuse([dated, page("silent", None)]).assignment["silent"] \
        != fuse([dated, page("silent", None)]).assignment["dated"]
    friday = fuse([dated, page("friday", "on Friday")])          # 2025-03-07 was a Friday
    assert friday.assignment["friday"] == friday.assignment["dated"]
    monday = fuse([dated, page("monday", "on Monday")])
    assert monday.assignment["monday"] != monday.assignment["dated"]
    march7 = fuse([dated, page("march7", "March 7")])
    assert march7.assignment["march7"] == march7.assignment["dated"]
    march9 = fuse([dated, page("march9", "March 9")])
    assert march9.assignment["march9"] != march9.assignment["dated"]


def test_an_undated_page_whose_sentence_names_the_weekday_is_compared_by_it(make_event):
    """The weekday sits in the sentence though no date was read from it."""
    dated = make_event("dated", date="2025-03-07", city="Istanbul", mode="firearms",
                       sentence="Gunmen opened fire outside a courthouse in Istanbul.")

    def page(eid: str, day: str):
        return _undated(make_event, eid, city="Istanbul", mode="firearms",
                        sentence=f"Attackers shot at police guarding the Istanbul courthouse on {day}.")

    friday = fuse([dated, page("friday", "Friday")])      # 2025-03-07 was a Friday
    assert friday.assignment["friday"] == friday.assignment["dated"]
    monday = fuse([dated, page("monday", "Monday")])
    assert monday.assignment["monday"] != monday.assignment["dated"]


def _three_reports(make_event, undated_killed, coarse_actor=None):
    """A precise dated report, a country-level dated one, and an undated page naming the
    city: the last two meet weakly, for want of a date and a place, not by disagreeing."""
    precise = make_event("precise", killed=14, actor="Islamic State",
                         sentence="A suicide bomber struck a mosque in Kabul on Tuesday, killing 14.")
    coarse = make_event("coarse", killed=14, city="Kabul", place_precision="country", coords=False,
                        actor=coarse_actor,
                        sentence="Fourteen worshippers died in a suicide bombing in Afghanistan.")
    page = _undated(make_event, "page", killed=undated_killed, actor="Islamic State",
                    sentence="Islamic State said its suicide bomber hit the Kabul mosque.")
    return fuse([precise, coarse, page]).assignment


def test_a_report_weak_only_for_want_of_detail_does_not_keep_a_cluster_apart(make_event):
    got = _three_reports(make_event, undated_killed=14)
    assert got["precise"] is not None and got["precise"] == got["coarse"] == got["page"]


def test_a_report_that_contradicts_one_member_stays_out(make_event):
    # the country-level report blames another group than the page does
    got = _three_reports(make_event, undated_killed=14, coarse_actor="Taliban")
    assert got["page"] != got["coarse"]


def test_a_report_whose_toll_differs_from_one_member_may_still_join(make_event):
    # 60 dead on the page against 14 in the country-level report: tolls are revised
    # and sources count differently, so the figure alone keeps no one out
    got = _three_reports(make_event, undated_killed=60)
    assert got["precise"] is not None and got["precise"] == got["coarse"] == got["page"]


def test_a_report_dated_by_its_publication_is_narrowed_to_the_weekday_it_names(make_event):
    """No date was read, but "on Monday" in a page published on a Wednesday says which
    day of the week before publication: a clash at the same place with the same toll the
    Friday before is another happening; a report of that Monday is the same one."""
    def clash(eid: str, **kw):
        return make_event(eid, city="Kabul", mode="firearms", actor="Taliban", killed=15, **kw)

    friday = clash("friday", date="2025-02-28",
                   sentence="Fifteen fighters died in a gun battle near Kabul.")
    page = clash("page", date=None, date_text=None, published="2025-03-05",
                 sentence="Fifteen soldiers were killed near Kabul on Monday, the army said.")
    monday = clash("monday", date="2025-03-03",
                   sentence="Troops and insurgents fought for hours outside Kabul.")
    apart = fuse([friday, page]).assignment
    assert apart["page"] != apart["friday"]
    together = fuse([monday, page]).assignment
    assert together["page"] == together["monday"]


def test_without_a_weekday_a_report_dated_by_publication_spans_the_week_before(make_event):
    """The same page without "on Monday" may still be the Friday clash: nothing says
    otherwise, so the narrowing above is what keeps them apart."""
    friday = make_event("friday", city="Kabul", mode="firearms", actor="Taliban", killed=15,
                        date="2025-02-28",
                        sentence="Fifteen soldiers were killed in a gun battle near Kabul.")
    page = make_event("page", city="Kabul", mode="firearms", actor="Taliban", killed=15,
                      date=None, date_text=None, published="2025-03-05",
                      sentence="Fifteen soldiers were killed near Kabul, the army said.")
    got = fuse([friday, page]).assignment
    assert got["page"] == got["friday"]


def test_shared_wording_carries_more_weight_when_one_report_has_no_date(make_event):
    """An undated page that names only the country is linked by what it tells: a page that
    retells the dated report's details joins it, one that only shares the kind does not."""
    dated = make_event("dated", city="Istanbul", mode="firearms",
                       sentence="Gunmen on motorbikes sprayed a crowded wedding hall in "
                                "Istanbul's old quarter with bullets before fleeing.")
    retold = _undated(make_event, "retold", city="Istanbul", mode="firearms",
                      place_precision="country", coords=False,
                      sentence="Witnesses said gunmen on motorbikes sprayed the crowded "
                               "wedding hall with bullets before fleeing the old quarter.")
    other = _undated(make_event, "other", city="Istanbul", mode="firearms",
                     place_precision="country", coords=False,
                     sentence="A police officer was shot at a checkpoint on the ring road.")
    got = fuse([dated, retold]).assignment
    assert got["retold"] == got["dated"]
    got = fuse([dated, other]).assignment
    assert got["other"] != got["dated"]


def test_an_undated_page_filed_under_a_month_by_its_url_meets_reports_of_that_month(make_event):
    """A page with no publication date whose URL files it under August 2015: an arrest
    raid in the same city that month is its happening, one of 2019 is not, though place
    and kind match as well; without the URL's month the page could be any day."""
    def page(eid: str, url: str):
        return _undated(make_event, eid, city="Lahore", event_type="COERCE", mode="arrest",
                        url=url, sentence="Twenty suspected commanders were detained "
                                          "overnight, officers said.")

    def raid(eid: str, day: str):
        return make_event(eid, city="Lahore", event_type="COERCE", mode="arrest", date=day,
                          published=day, sentence="Police arrested militant leaders in "
                                                  "Lahore.")

    filed = "https://example.org/2015/08/commanders-arrested.html"
    got = fuse([raid("then", "2015-08-20"), page("page", filed)]).assignment
    assert got["page"] == got["then"]
    got = fuse([raid("later", "2019-08-20"), page("page", filed)]).assignment
    assert got["page"] != got["later"]
    unfiled = fuse([raid("then", "2015-08-20"),
                    page("page", "https://example.org/commanders-arrested")]).assignment
    assert unfiled["page"] != unfiled["then"]     # without the URL's month: any day


def test_shared_wording_does_not_outweigh_a_url_month_years_away(make_event):
    """The doubled weight of shared words is for a date that is open, not for one the
    URL shows to be four years off: the same wording of a yearly raid stays apart."""
    wording = "Police arrested twenty militant commanders in raids across Lahore."
    raid = make_event("raid", city="Lahore", event_type="COERCE", mode="arrest",
                      date="2019-08-20", published="2019-08-20", sentence=wording)
    page = _undated(make_event, "page", city="Lahore", event_type="COERCE", mode="arrest",
                    url="https://example.org/2015/08/raids.html", sentence=wording)
    got = fuse([raid, page]).assignment
    assert got["page"] != got["raid"]


def test_an_undated_page_joins_an_attack_a_later_article_recalls_by_its_month(make_event):
    """Two reports of a market bombing are joined by a later article recalling it as
    "the bombing in March 2025". An undated page telling the same bombing meets that
    recall too (it may be any day, so any month), so nothing keeps it out of the
    incident its two reports form."""
    text = ("A bomb hidden in a fruit cart tore through the crowded Mandai market in Kabul, "
            "killing 14 shoppers and wounding 30, police said.")
    first = make_event("first", sentence=text, killed=14, actor="Valley Front")
    second = make_event("second", sentence=text.replace("police said", "officials said"),
                        killed=14, actor="Valley Front")
    recall = make_event("recall", published="2025-06-10", date="2025-03",
                        date_text="in March 2025", background=True, actor="Valley Front",
                        sentence="The Mandai market bombing in March 2025 killed 14 shoppers "
                                 "in Kabul.")
    page = make_event("page", published=None, date=None, date_text=None, killed=14,
                      actor="Valley Front",
                      sentence="A hidden bomb ripped through the Mandai fruit market in Kabul, "
                               "leaving 14 shoppers dead and 30 wounded.")
    a = fuse([first, second, recall, page]).assignment
    assert a["first"] == a["second"] == a["recall"] == a["page"]


def test_a_day_known_only_as_the_day_news_was_reported_includes_the_night_before(make_event):
    """"Eight people died in shelling on the market, medics said on Friday": Friday is
    when it was reported (``basis: statement``), the shelling may have come on
    Thursday. An undated page saying the market was shelled on Thursday is not another
    day; one saying Tuesday still is."""
    from polybius.records import DateValue

    said = make_event("said", published="2025-03-08", date="2025-03-07", date_text=None,
                      mode="aerial", killed=8, city="Lahore",
                      sentence="Eight people died when shells hit the cattle market in Lahore, "
                               "medics said on Friday.")
    said.date = DateValue(None, "2025-03-07", "day", "statement")

    def page(eid: str, day: str):
        return _undated(make_event, eid, mode="aerial", killed=8, city="Lahore",
                        sentence=f"Shells slammed into the Lahore cattle market on {day}, "
                                 "killing eight people.")

    thursday = fuse([said, page("thursday", "Thursday")]).assignment
    assert thursday["thursday"] == thursday["said"]
    tuesday = fuse([said, page("tuesday", "Tuesday")]).assignment
    assert tuesday["tuesday"] != tuesday["said"]
