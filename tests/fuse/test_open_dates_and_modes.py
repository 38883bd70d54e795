"""Real coverage of one attack names different weapons, and undated pages carry only a
weekday: what fusion makes of both (issue 15)."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from polybius.fuse import fuse
from polybius.fuse.config import FuseConfig
from polybius.fuse.nodes import build_table
from polybius.fuse.scoring import mode_matrix


def test_two_weapons_of_one_raid_on_a_village_are_one_attack(make_event):
    """One outlet stresses the shooting, the other the hostages taken."""
    shot = make_event("shot", mode="firearms", city="Lahore",
                      sentence="Gunmen on motorbikes opened fire in the village, leaving seven dead.")
    taken = make_event("taken", mode="abduct", city="Lahore",
                       sentence="Bandits carried off dozens of residents after an assault that left seven dead.")
    result = fuse([shot, taken])
    assert result.assignment["shot"] == result.assignment["taken"]


def test_modes_of_other_kinds_of_event_still_differ(make_event):
    """An arrest and a ban in one city on one day are two measures, not one."""
    arrest = make_event("arrest", event_type="COERCE", mode="arrest", city="Ankara",
                        sentence="Police detained a union leader in the capital.")
    ban = make_event("ban", event_type="COERCE", mode="ban", city="Ankara",
                     sentence="The governor banned all gatherings in the capital.")
    table = build_table([arrest, ban], [], FuseConfig())
    m = mode_matrix(table, FuseConfig())
    assert m[table.mode[0] + 1, table.mode[1] + 1] == FuseConfig().incompatible_mode
    assert fuse([arrest, ban]).assignment["arrest"] != fuse([arrest, ban]).assignment["ban"]


def test_a_short_window_tells_its_weekdays():
    from polybius.fuse.nodes import weekday_mask
    monday = date(2025, 3, 3).toordinal()
    assert weekday_mask(monday, monday + 2) == 0b0000111     # Monday to Wednesday
    assert weekday_mask(monday + 5, monday + 6) == 0b1100000   # Saturday and Sunday
    assert weekday_mask(monday, monday + 6) == 0               # a whole week: no clue


def test_an_undated_page_naming_a_weekday_outside_a_reports_window_is_another_attack(make_event):
    """The report of Wednesday 5 March has no date of its own (it happened on the
    Monday to Wednesday); the undated page says the blast came on Saturday."""
    text = "A car bomb exploded near the police headquarters in Kabul, killing nine people."
    dated = make_event("dated", published="2025-03-05", date="2025-03-05", date_text=None,
                       sentence=text)
    page = make_event("page", published=None, date=None,
                      sentence=text.replace("exploded", "went off on Saturday"))
    result = fuse([dated, page])
    assert result.assignment["dated"] != result.assignment["page"]
    monday_page = make_event("monday", published=None, date=None,
                             sentence=text.replace("exploded", "went off on Monday"))
    together = fuse([dated, monday_page])
    assert together.assignment["dated"] == together.assignment["monday"]


def _page(make_event, eid, article, **kw):
    return make_event(eid, article=article, source=article, published=None, date=None,
                      date_text=None, mode="armed_clash", actor="Rebel Front", **kw)


def test_undated_pages_telling_clashes_on_other_weekdays_stay_apart(make_event):
    """Two undated pages on two clashes in one district (Monday, Friday). Each also
    tells its clash again in a sentence with no day; those sentences look alike, but
    they fall on their own page's days, so the pages are not linked through them."""
    events = [
        _page(make_event, "a-lead", "A", killed=15, sentence="Fifteen soldiers died in a "
              "firefight with Rebel Front fighters in the hills late on Monday."),
        _page(make_event, "a-more", "A",
              sentence="The army clashed with the Rebel Front near the village of Tala."),
        _page(make_event, "b-lead", "B", killed=11, sentence="Troops killed eleven Rebel "
              "Front fighters during an operation on Friday."),
        _page(make_event, "b-more", "B",
              sentence="Soldiers exchanged fire with the Rebel Front close to Tala village."),
    ]
    a = fuse(events).assignment
    assert len({a["a-lead"], a["a-more"]} & {a["b-lead"], a["b-more"]}) == 0


def test_a_borrowed_weekday_comes_from_the_same_blocking_key(make_event):
    """A Spark segment holds one (country, type family) key: the weekday an undated
    page's arrest names must not change how its clash is fused, or a segment would
    decide otherwise than a batch run."""
    def arrest(eid, article, day):
        return make_event(eid, article=article, source=article, published=None, date=None,
                          date_text=None, event_type="COERCE", mode="arrest",
                          sentence=f"Police arrested two suspects on {day}.")
    clash_a = _page(make_event, "a-clash", "A",
                    sentence="The army clashed with the Rebel Front near the village of Tala.")
    clash_b = _page(make_event, "b-clash", "B",
                    sentence="Soldiers exchanged fire with the Rebel Front close to Tala village.")
    everything = fuse([clash_a, arrest("a-arrest", "A", "Friday"), clash_b,
                       arrest("b-arrest", "B", "Monday")]).assignment
    clashes_only = fuse([clash_a, clash_b]).assignment
    assert (everything["a-clash"] == everything["b-clash"]) == \
        (clashes_only["a-clash"] == clashes_only["b-clash"])
    assert clashes_only["a-clash"] == clashes_only["b-clash"]


def test_the_mode_lists_name_only_modes_the_extraction_gives():
    """data/fusion_modes.yaml: each group names two or more distinct modes, every one a
    mode a trigger or a mode cue can set (a misspelt mode would silently never match)."""
    import yaml

    from polybius.fuse.config import MODES_FILE
    from polybius.settings import DATA_DIR

    def modes_in(node, out):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "mode" and isinstance(value, str):
                    out.add(value)
                modes_in(value, out)
        elif isinstance(node, list):
            for value in node:
                modes_in(value, out)
        return out

    known = modes_in(yaml.safe_load((DATA_DIR / "triggers.yaml").read_text()), set())
    cues = yaml.safe_load((DATA_DIR / "cues.yaml").read_text())["modes"]
    known |= {mode for _, mode in cues["modifiers"].values()}
    known |= {mode for mode, _ in cues["sentence_cues"]}
    data = yaml.safe_load(MODES_FILE.read_text())
    assert data["version"] == 7
    for key in ("related", "combined"):
        for group in data[key]:
            assert len(set(group)) == len(group) >= 2, group
            assert set(group) <= known, set(group) - known
    triggers = yaml.safe_load((DATA_DIR / "triggers.yaml").read_text())["triggers"]
    types = {t["event_type"] for t in triggers if isinstance(t, dict) and "event_type" in t}
    assert data["statements"] and set(data["statements"]) <= types
    assert data["night_words"] and all(w.isalpha() and w == w.lower() for w in data["night_words"])
    assert data["span_words"] and all(w.isalpha() and w == w.lower() for w in data["span_words"])
    assert data["not_names"] and all(w.isalpha() and w == w.lower() for w in data["not_names"])


def test_only_text_sharing_a_fair_part_of_its_words_counts_double_for_an_undated_page(
        make_event):
    """Without a date, shared wording carries the link, but loosely similar wording is
    what every report of the same kind of clash shares: it counts once, not twice."""
    import numpy as np

    from polybius.fuse.scoring import score_pairs, text_component

    page = make_event("page", published=None, date=None, date_text=None, mode="armed_clash",
                      sentence="Troops fought Rebel Front fighters near the river crossing, "
                               "and three soldiers died.")
    cfg = FuseConfig()
    for text, doubled in (("Rebel Front gunmen killed three soldiers at a checkpoint.", False),
                          ("Rebel Front fighters killed three soldiers near the river.", True)):
        dated = make_event("dated", mode="armed_clash", sentence=text)
        table = build_table([page, dated], [], cfg)
        i, j = np.array([0]), np.array([1])
        once = float(text_component(table, i, j, cfg)[0])
        scored = float(score_pairs(table, i, j, cfg).components["text"][0])
        assert once > 0
        assert scored == pytest.approx(2 * once if doubled else once, abs=1e-4)


def test_two_words_alike_do_not_count_double_for_an_undated_page(make_event):
    """A page's short sentence ("The suspect was arrested") shares its two words with any
    report of an arrest: a high cosine over two words is no telling alike, and it counts
    once, however short the sentences make the cosine."""
    from polybius.fuse.scoring import score_pairs, text_component

    cfg = FuseConfig()
    dated = make_event("dated", event_type="COERCE", mode="arrest", city="Ankara",
                       sentence="Police arrested a suspect at a flat on the edge of town.")
    for text, doubled in (("The suspect was arrested.", False),
                          ("Police arrested the suspect at his flat.", True)):
        page = make_event("page", event_type="COERCE", mode="arrest", city="Ankara",
                          published=None, date=None, date_text=None, sentence=text)
        table = build_table([page, dated], [], cfg)
        i, j = np.array([0]), np.array([1])
        once = float(text_component(table, i, j, cfg)[0])
        scored = float(score_pairs(table, i, j, cfg).components["text"][0])
        assert once > cfg.text_gain_min
        assert scored == pytest.approx(2 * once if doubled else once, abs=1e-4)


def _night_reports(make_event, first_sentence, gap_day="2025-03-10"):
    sunday = make_event("sunday", published="2025-03-10", date="2025-03-09", date_text="on Sunday",
                        mode="firearms", city="Lahore", sentence=first_sentence)
    later = make_event("later", published="2025-03-11", date=gap_day, date_text="on Monday",
                       mode="firearms", city="Lahore",
                       sentence="Officers guarding a checkpoint came under fire from "
                                "assailants who escaped on motorbikes.")
    return fuse([sunday, later]).assignment


def test_a_night_attack_dated_a_day_apart_by_two_outlets_is_one_attack(make_event):
    """One outlet dates the shooting at the checkpoint by its evening ("late on Sunday
    night"), the other by the morning after (Monday): the day between them says nothing."""
    a = _night_reports(make_event, "Late on Sunday night assailants on motorbikes opened fire "
                                   "on a police checkpoint.")
    assert a["sunday"] == a["later"]


def test_a_day_apart_still_tells_two_attacks_when_no_night_is_told(make_event):
    a = _night_reports(make_event, "On Sunday assailants on motorbikes opened fire on a police "
                                   "checkpoint.")
    assert a["sunday"] != a["later"]


def test_a_night_does_not_bridge_two_days(make_event):
    """Tuesday is two days after Sunday night: another shooting at a checkpoint."""
    a = _night_reports(make_event, "Late on Sunday night assailants on motorbikes opened fire "
                                   "on a police checkpoint.", gap_day="2025-03-11")
    assert a["sunday"] != a["later"]


def test_night_is_read_as_a_word():
    from polybius.fuse.nodes import tells_night
    assert tells_night("Rebels struck the camp overnight.")
    assert tells_night("The blast came shortly before midnight on Friday.")
    assert not tells_night("Gunmen opened fire at a nightclub on Friday.")
    assert not tells_night(None)


def test_an_undated_page_telling_the_night_before_a_reports_day_is_that_attack(make_event):
    """A page with no date says the Valley Front shot at the checkpoint late on Sunday
    night; the dated report puts the shooting on Monday (the morning after). Without the night,
    Sunday is another day; Saturday night is two days off."""
    dated = make_event("dated", published="2025-03-11", date="2025-03-10", date_text="on Monday",
                       mode="firearms", city="Lahore", actor="Valley Front",
                       sentence="Officers guarding a checkpoint came under fire from "
                                "assailants who escaped on motorbikes on Monday.")

    def page(eid: str, when: str):
        return make_event(eid, published=None, date=None, date_text=None, mode="firearms",
                          city="Lahore", actor="Valley Front",
                          sentence=f"Assailants on motorbikes opened fire on a "
                                                  f"police checkpoint {when}.")

    night = fuse([dated, page("night", "late on Sunday night")]).assignment
    assert night["night"] == night["dated"]
    day = fuse([dated, page("day", "on Sunday")]).assignment
    assert day["day"] != day["dated"]
    two_off = fuse([dated, page("two_off", "late on Saturday night")]).assignment
    assert two_off["two_off"] != two_off["dated"]


def _drone_report(make_event, eid, article, published, date, date_text, sentence):
    return make_event(eid, article=article, source=article, published=published, date=date,
                      date_text=date_text, mode="drone", actor="Rebel Front",
                      sentence=sentence)


def test_news_without_a_day_in_a_dated_report_falls_around_its_days(make_event):
    """A report published on Wednesday tells Tuesday's drone strikes on the city, then,
    with no day of its own, one drone hitting the airport. That strike happened around
    Tuesday, not anywhere in the week before publication: a report of another strike
    on the city the Saturday before is another happening, one of the Monday night may
    still be the same."""
    lead = _drone_report(make_event, "lead", "A", "2025-03-05", "2025-03-04", "on Tuesday",
                         "Drones struck the power station of the city on Tuesday.")
    more = _drone_report(make_event, "more", "A", "2025-03-05", None, None,
                         "One drone hit the airport terminal, the Rebel Front drones again.")
    table = build_table([lead, more], [], FuseConfig())
    assert (int(table.dend[1]) - int(table.dstart[1])) == 2          # Monday to Wednesday
    saturday = _drone_report(make_event, "saturday", "B", "2025-03-02", "2025-03-01",
                             "on Saturday", "Officials said a drone was shot down near the "
                             "airport on Saturday.")
    apart = fuse([lead, more, saturday]).assignment
    assert apart["saturday"] not in (apart["lead"], apart["more"])
    monday = _drone_report(make_event, "monday", "C", "2025-03-04", "2025-03-03",
                           "late on Monday", "Officials said a drone was shot down near the "
                           "airport late on Monday.")
    together = fuse([lead, more, monday]).assignment
    assert together["monday"] == together["more"]


_AGENCY = ("Gunmen on motorcycles ambushed a convoy carrying customs officers on the "
           "highway outside the provincial capital, torching two trucks before fleeing "
           "into nearby hills, a security official told reporters.")


def test_one_agency_story_in_two_outlets_is_one_happening_whatever_place_was_read(make_event):
    """An undated page republishes the agency story a dated outlet ran; the place was
    read as the city the wounded were flown to in one and as the ambush town in the
    other. Told in the same words, the two name the same places: one happening."""
    dated = make_event("dated", city="Istanbul", mode="firearms", sentence=_AGENCY)
    page = make_event("page", city="Ankara", mode="firearms", published=None, date=None,
                      date_text=None, sentence=_AGENCY.replace("told reporters", "said"))
    got = fuse([dated, page]).assignment
    assert got["dated"] == got["page"]


def test_short_formulaic_sentences_are_no_copy(make_event):
    """"Gunmen killed soldiers in the town": most of the words agree, but there are too
    few of them to tell one story from every other ambush of that kind."""
    from polybius.fuse.scoring import cosine, told_alike
    dated = make_event("dated", city="Istanbul", mode="firearms",
                       sentence="Gunmen ambushed soldiers near the town.")
    page = make_event("page", city="Ankara", mode="firearms", published=None, date=None,
                      date_text=None, sentence="Gunmen ambushed soldiers near the town.")
    table = build_table([dated, page], [], FuseConfig())
    i, j = np.array([0]), np.array([1])
    assert cosine(table, i, j)[0] > 0.9
    assert not told_alike(table, i, j, cosine(table, i, j), FuseConfig())[0]
    got = fuse([dated, page]).assignment
    assert got["dated"] != got["page"]


def test_two_happenings_one_sentence_tells_are_not_told_alike(make_event):
    """One sentence tells a bombing in one city and a shooting in another: the two events
    share every word of it, but they are two happenings of one article, not one story
    in two outlets."""
    both = ("A car bomb killed five people outside a market in the capital while gunmen "
            "shot dead three police officers at a checkpoint in the western city, "
            "officials said.")
    bomb = make_event("bomb", article="A", city="Istanbul", sentence=both)
    shooting = make_event("shooting", article="A", city="Izmir", mode="firearms", sentence=both)
    got = fuse([bomb, shooting]).assignment
    assert got["bomb"] != got["shooting"]


def test_the_main_happenings_day_lent_to_other_news_is_a_day(make_event):
    """A report published on Wednesday says the drones struck "on Wednesday"; its other
    news (one drone hitting the terminal) shares that day (``basis: "main"``). That day
    was read, not defaulted to publication: a strike on the same city on the Monday is
    two days off, not inside a window of the days before publication."""
    from dataclasses import replace

    from polybius.records import DateValue
    lead = _drone_report(make_event, "lead", "A", "2025-03-05", "2025-03-05", "on Wednesday",
                         "Drones struck the power station of the city on Wednesday.")
    more = replace(_drone_report(make_event, "more", "A", "2025-03-05", None, None,
                                 "One drone hit the airport terminal, the Rebel Front "
                                 "drones again."),
                   date=DateValue(None, "2025-03-05", "day", "main"))
    table = build_table([lead, more], [], FuseConfig())
    assert table.dstart[1] == table.dend[1] == date(2025, 3, 5).toordinal()
    monday = _drone_report(make_event, "monday", "B", "2025-03-04", "2025-03-03",
                           "on Monday", "Officials said a drone was shot down near the "
                           "airport on Monday.")
    got = fuse([lead, more, monday]).assignment
    assert got["monday"] not in (got["lead"], got["more"])


def _hotel_page(make_event, eid, day, killed, injured, sentence=None):
    return make_event(eid, article=eid, source=eid, published=None, date=None, date_text=None,
                      mode="suicide_bomb", actor="Sea Wolves", killed=killed, injured=injured,
                      sentence=(sentence or "A suicide bomber rammed a van into the gate of a "
                                "seafront hotel in Kabul on {day}, and gunmen then fought guards "
                                "inside.").format(day=day))


def test_two_pages_naming_weekdays_three_days_apart_are_two_attacks(make_event):
    """Two undated pages on hotel bombings in one city by one group with nearly the same
    toll, one on a Sunday and one on a Wednesday: each names its own day, and days three
    or more apart around the week are two happenings, as dated reports three days apart
    are; the nearly equal figures do not make them one."""
    sunday = _hotel_page(make_event, "sunday", "Sunday", 16, 18)
    wednesday = _hotel_page(make_event, "wednesday", "Wednesday", 15, 20,
                            "Sea Wolves claimed the blast that shook a Kabul hotel used by "
                            "lawmakers on {day}; police gave the toll.")
    got = fuse([sunday, wednesday]).assignment
    assert got["sunday"] != got["wednesday"]


def test_weekdays_next_to_each_other_keep_the_milder_conflict(make_event):
    """A day or two apart around the week (the statement the day after, a toll given on
    the Tuesday) scores the usual other-weekday conflict, not a three-day gap."""
    from polybius.fuse.scoring import score_pairs
    cfg = FuseConfig()
    events = [_hotel_page(make_event, "sunday", "Sunday", 16, 18),
              _hotel_page(make_event, "tuesday", "Tuesday", 16, 18),
              _hotel_page(make_event, "thursday", "Thursday", 16, 18)]
    table = build_table(events, [], cfg)
    pairs = score_pairs(table, np.array([0, 0]), np.array([1, 2]), cfg)
    assert pairs.components["date"][0] == pytest.approx(cfg.date_weekday_conflict)
    assert pairs.components["date"][1] == pytest.approx(cfg.date_gap[-1])   # Thursday to Sunday: 3 days


def test_a_day_read_from_the_weekend_spans_friday_to_sunday(make_event):
    """"Over the weekend" is read as its Saturday upstream; another outlet dates the
    same kidnapping to the Friday. The weekend is a span of days, so the Friday falls
    in it, as a date in a week does."""
    weekend = make_event("weekend", article="w", published="2025-03-11", date="2025-03-08",
                         date_text="over the weekend", mode="abduct", city="Lahore",
                         sentence="Four traders were seized by armed men over the weekend "
                                  "on a road out of Lahore.")
    friday = make_event("friday", article="f", published="2025-03-10", date="2025-03-07",
                        date_text="on Friday", mode="abduct", city="Lahore",
                        sentence="Kidnappers took four traders from their car in Lahore on "
                                 "Friday, relatives said.")
    table = build_table([weekend, friday], [], FuseConfig())
    saturday = date(2025, 3, 8).toordinal()
    assert (table.dstart[0], table.dend[0]) == (saturday - 1, saturday + 1)
    got = fuse([weekend, friday]).assignment
    assert got["weekend"] == got["friday"]
    # a day named plainly stays a day
    plain = build_table([friday], [], FuseConfig())
    assert plain.dstart[0] == plain.dend[0] == saturday - 1


def _monday_bombings(make_event, page_sentence: str, killed: int | None = None):
    """A report dated Monday 3 March of a bombing in Kabul by a named group, and an
    undated page on a bombing there by the same group that also says "on Monday"."""
    dated = make_event("dated", published="2025-03-03", date="2025-03-03", date_text="on Monday",
                       actor="Valley Front", killed=killed,
                       sentence="A bomb hidden in a parked van tore through a crowded bus "
                                "terminal on Monday, officials said.")
    undated = make_event("page", published=None, date=None, date_text=None, actor="Valley Front",
                         killed=killed, sentence=page_sentence)
    return dated, undated


def test_a_shared_weekday_alone_does_not_date_an_undated_page(make_event):
    """Kind, city and side are what every bombing of that conflict shares, and one
    happening in seven falls on a Monday: with nothing else in common (other words, no
    figure, no rare name) the page stays as undated as it was."""
    dated, page = _monday_bombings(make_event, "An explosive device went off beside a "
                                   "checkpoint on Monday evening, witnesses told reporters.")
    cfg = FuseConfig()
    table = build_table([dated, page], [], cfg)
    from polybius.fuse.scoring import score_pairs
    pairs = score_pairs(table, np.array([0]), np.array([1]), cfg)
    assert pairs.components["date"][0] == pytest.approx(cfg.date_open)
    result = fuse([dated, page])
    assert result.assignment["dated"] != result.assignment["page"]


def test_a_shared_weekday_counts_with_a_figure_both_give(make_event):
    """The same page giving the report's toll: the weekday is evidence again."""
    dated, page = _monday_bombings(make_event, "An explosive device went off beside a "
                                   "checkpoint on Monday evening, witnesses told reporters.",
                                   killed=14)
    cfg = FuseConfig()
    table = build_table([dated, page], [], cfg)
    from polybius.fuse.scoring import score_pairs
    pairs = score_pairs(table, np.array([0]), np.array([1]), cfg)
    assert pairs.components["date"][0] > cfg.date_open
    result = fuse([dated, page])
    assert result.assignment["dated"] == result.assignment["page"]


def test_one_or_two_of_a_kind_alike_do_not_back_a_shared_weekday(make_event):
    """One dead in both (a figure many reports of a town give) leaves the page's open
    date as it was; three alike back the weekday."""
    page_words = "An explosive device went off beside a checkpoint on Monday evening."
    cfg = FuseConfig()
    from polybius.fuse.scoring import score_pairs
    dates = {}
    for killed in (1, 2, 3):
        dated, page = _monday_bombings(make_event, page_words, killed=killed)
        pairs = score_pairs(build_table([dated, page], [], cfg), np.array([0]), np.array([1]), cfg)
        assert pairs.components["counts"][0] > 0
        dates[killed] = pairs.components["date"][0]
    assert dates[1] == pytest.approx(cfg.date_open) and dates[2] == pytest.approx(cfg.date_open)
    assert dates[3] > cfg.date_open


def test_a_shared_weekday_does_not_count_against_other_figures(make_event):
    """Like words, but another toll (5 dead against 16): the weekday is no evidence
    beside it, and the page keeps its open date."""
    words = "A car bomb exploded outside a hotel near the port on Sunday, killing {} people."
    dated = make_event("dated", published="2025-03-02", date="2025-03-02", date_text="on Sunday",
                       killed=16, sentence=words.format("sixteen"))
    page = make_event("page", published=None, date=None, date_text=None, killed=5,
                      sentence=words.format("five"))
    cfg = FuseConfig()
    table = build_table([dated, page], [], cfg)
    from polybius.fuse.scoring import score_pairs
    pairs = score_pairs(table, np.array([0]), np.array([1]), cfg)
    assert pairs.components["counts"][0] < 0
    assert pairs.components["date"][0] == pytest.approx(cfg.date_open)


def _dated_page(make_event, eid: str, monthday: str | None, weekday: str | None,
                sentence: str):
    """An undated page (no publication day, no date in its URL) whose head gives its
    own date without a year ("Friday, June 7": ``page_monthday`` "--06-07")."""
    from dataclasses import replace
    ev = make_event(eid, article=eid, source=eid, published=None, date=None, date_text=None,
                    mode="armed_clash", actor="Rebel Front", sentence=sentence)
    ev.article = replace(ev.article, page_monthday=monthday, page_weekday=weekday)
    return ev


_THURSDAY_CLASH = ("Soldiers clashed with Rebel Front fighters in the old quarter of Kabul "
                   "on Thursday before detaining several young men.")


def test_undated_pages_of_other_month_days_tell_other_thursdays(make_event):
    """Two undated pages each tell a Thursday clash in one quarter by one group: their
    heads date them 7 June and 13 September (Fridays, no year), so one tells 6 June
    and the other 12 September: two clashes. Without the page dates they read as one."""
    june = _dated_page(make_event, "june", "--06-07", "Friday", _THURSDAY_CLASH)
    september = _dated_page(make_event, "september", "--09-13", "Friday",
                        "Rebel Front gunmen and troops exchanged fire in the old quarter of "
                        "Kabul on Thursday; a few men were detained.")
    got = fuse([june, september]).assignment
    assert got["june"] != got["september"]
    bare = [_dated_page(make_event, e.event_id, None, None, e.evidence.sentence) for e in (june, september)]
    got = fuse(bare).assignment
    assert got["june"] == got["september"]


def test_a_page_month_day_agrees_with_a_report_of_that_day(make_event):
    """The page of Friday 7 June (no year) tells the clash "on Thursday": a dated report
    of 6 June is that day, one of 12 September (also a Thursday) is another."""
    cfg = FuseConfig()
    page = _dated_page(make_event, "page", "--06-07", "Friday", _THURSDAY_CLASH)
    same = make_event("same", published="2024-06-06", date="2024-06-06", mode="armed_clash",
                      actor="Rebel Front", sentence=_THURSDAY_CLASH)
    other = make_event("other", published="2024-09-12", date="2024-09-12", mode="armed_clash",
                       actor="Rebel Front", sentence=_THURSDAY_CLASH)
    table = build_table([page, same, other], [], cfg)
    assert table.monthday[0] == 606
    from polybius.fuse.scoring import score_pairs
    pairs = score_pairs(table, np.array([0, 0]), np.array([1, 2]), cfg)
    assert pairs.components["date"][0] == pytest.approx(cfg.date_same_day)
    assert pairs.components["date"][1] == pytest.approx(cfg.date_weekday_conflict)


_STRIKE = "Drones hit a shelter in the old quarter of Kabul, killing {} people, medics said."


def test_a_page_date_without_weekday_bounds_its_news_to_the_week_before(make_event):
    """The page heads itself "Kabul, October 11" (no year, no weekday) and tells a strike
    with no day of its own: a dated report of 9 October agrees, one of 16 August (close
    toll, same quarter) is another strike whatever the year, and so is a page its URL
    files under July."""
    cfg = FuseConfig()
    page = _dated_page(make_event, "page", "--10-11", None, _STRIKE.format("more than 30"))
    near = make_event("near", published="2025-10-09", date="2025-10-09", mode="armed_clash",
                      actor="Rebel Front", sentence=_STRIKE.format("31"))
    august = make_event("august", published="2025-08-16", date="2025-08-16", mode="armed_clash",
                        actor="Rebel Front", sentence=_STRIKE.format("31"))
    july = make_event("july", published=None, date=None, date_text=None, mode="armed_clash",
                      actor="Rebel Front", sentence=_STRIKE.format("25"),
                      url="https://news.example/2024/07/drones-hit-shelter")
    table = build_table([page, near, august, july], [], cfg)
    from polybius.fuse.scoring import score_pairs
    pairs = score_pairs(table, np.array([0, 0, 0]), np.array([1, 2, 3]), cfg)
    assert pairs.components["date"][0] > cfg.date_disjoint
    assert pairs.components["date"][1] == pytest.approx(cfg.date_disjoint)
    assert pairs.components["date"][2] == pytest.approx(cfg.date_disjoint)


def test_a_page_date_reaches_across_the_new_year(make_event):
    """A page of 2 January (no year) tells news of the last days of December."""
    cfg = FuseConfig()
    page = _dated_page(make_event, "page", "--01-02", None, _STRIKE.format("12"))
    december = make_event("december", published="2024-12-30", date="2024-12-30",
                          mode="armed_clash", actor="Rebel Front", sentence=_STRIKE.format("12"))
    table = build_table([page, december], [], cfg)
    from polybius.fuse.scoring import score_pairs
    pairs = score_pairs(table, np.array([0]), np.array([1]), cfg)
    assert pairs.components["date"][0] > cfg.date_disjoint
