"""The article's news day dates a main happening told without a day of its own
(``extract/news_day.py``). Articles written for these tests; published Wednesday
2025-04-16."""
from __future__ import annotations

import pytest

PUB = "2025-04-16"  # a Wednesday


def _main(events):
    return next(e for e in events if e.event_type == "ASSAULT" and not e.background)


def test_a_day_told_outside_the_events_sentences_dates_the_main_happening(run):
    ev = _main(run("Relatives searched the riverbank near Baga for hours on Sunday evening. "
                   "Gunmen shot dead four fishermen and set fire to their boats."))
    assert ev.date.value == "2025-04-13" and ev.date.precision == "day"
    assert ev.date.text and "Sunday" in ev.date.text


def test_a_day_of_a_clause_told_of_people_is_their_deeds_not_the_news_day(run):
    # "who blocked its roads three days ago": the herders' own deed, in a sentence that
    # tells no happening; the news keeps the publication day
    ev = _main(run("Most of the valley is now held by soldiers and the herders who blocked "
                   "its roads three days ago, residents said. "
                   "Gunmen shot dead four fishermen and set fire to their boats."))
    assert ev.date.value == PUB


def test_the_day_of_a_verb_of_saying_is_not_the_news_day(run):
    ev = _main(run("The district chief confirmed the news on Tuesday. "
                   "Gunmen shot dead four fishermen and set fire to their boats. "
                   "The village had been quiet until a market day on Sunday."))
    assert ev.date.value == "2025-04-13"


def test_the_pages_own_date_is_not_the_news_day(run):
    ev = _main(run("By the news desk, April 16, 2025\n\n"
                   "Gunmen shot dead four fishermen and set fire to their boats. "
                   "The fishermen had left the shore before dawn on Monday."))
    assert ev.date.value == "2025-04-14"


def test_a_day_told_in_another_happenings_sentence_is_not_the_main_ones(run):
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga. "
                "Separately, in Monguno on Sunday, a bomb exploded in a mosque, killing two worshippers. "
                "Soldiers reached the lake shore at noon on Monday.")
    ev = _main(found)
    assert "Baga" in ev.evidence.sentence
    assert ev.date.value == "2025-04-14"


def test_a_day_more_than_a_week_before_publication_is_not_the_news_day(run):
    ev = _main(run("The fishing season opened on March 30. "
                   "Gunmen shot dead four fishermen and set fire to their boats. "
                   "Their families held a vigil at the lake on Monday night."))
    assert ev.date.value == "2025-04-14"


def test_other_news_of_the_article_shares_the_news_day(run):
    found = run("Relatives searched the riverbank near Baga for hours on Sunday evening. "
                "Gunmen shot dead four fishermen and set fire to their boats. "
                "Police arrested three suspects in the town.")
    arrests = [e for e in found if e.event_type == "COERCE"]
    assert _main(found).date.value == "2025-04-13"
    assert arrests and all(e.date.value == "2025-04-13" and e.date.basis == "main" for e in arrests)


def test_a_happening_without_a_day_takes_the_date_its_sentence_gives_elsewhere(run):
    """The date is history, so the happening is too."""
    found = run("Gunmen shot dead four fishermen near Baga on Monday. "
                "The region has been unstable since soldiers seized power in a 2019 coup amid "
                "mass protests against the old regime.")
    assert _main(found).date.value == "2025-04-14"
    protests = [e for e in found if e.event_type == "PROTEST"]
    assert protests and all(e.date.value == "2019" and e.background for e in protests)


@pytest.mark.parametrize("history, year", [
    ("The mosque had already been struck in 2011 by a car bomb attack that left 12 people dead.", "2011"),
    ("The town has been tense since soldiers seized power in a 2019 coup amid mass protests.", "2019"),
])
def test_on_an_undated_page_a_happening_takes_the_year_its_sentence_gives_elsewhere(run, history, year):
    """No publication day: a date of another clause told by the calendar and no weekday
    is history's date, beside news told by weekday."""
    found = run("Gunmen shot dead four worshippers near a mosque in Gao on Monday. " + history, published=None)
    others = [e for e in found if e.evidence.sentence == history]
    assert others and all(e.date is not None and e.date.value == year and e.background for e in others)


def test_on_an_undated_page_a_months_day_of_another_clause_does_not_date_a_happening(run):
    """"an inquiry that prosecutors said was opened on 1 February": a month's day is as
    often that clause's own."""
    found = run("Gunmen shot dead four worshippers near a mosque in Gao on Monday. The two suspects "
                "were detained as part of an inquiry that prosecutors said was opened on 1 February.",
                published=None)
    arrests = [e for e in found if e.event_type == "COERCE"]
    assert arrests and all(not e.background for e in arrests)


@pytest.mark.parametrize("now, etype", [
    ("The army denies the charge, but anger grew after rebels seized the town in 2012.", "REJECT"),
    ("The raids have soured ties between the two capitals, with Bamako accusing the rebels of "
     "moving freely since the coup in 2021.", "ACCUSE"),
])
def test_on_an_undated_page_a_statement_told_in_the_present_takes_no_date_of_history(run, now, etype):
    """What is the case now ("denies", "with Bamako accusing" under "have soured") is the
    news's, not the date of history another clause gives."""
    found = run("Gunmen shot dead four worshippers near a mosque in Gao on Monday. " + now, published=None)
    told = [e for e in found if e.event_type == etype]
    assert told and all(not e.background and (e.date is None or not e.date.value) for e in told)


def test_a_recent_day_of_another_clause_does_not_date_a_happening(run):
    found = run("Gunmen shot dead four fishermen near Baga on Monday. "
                "Soldiers later detained two suspects in Monguno, where the market had been closed "
                "since a fire on April 2, 1998. "
                "Police arrested a trader in Kukawa, where a fire broke out on April 3.")
    arrests = {e.evidence.sentence.split()[0]: e for e in found if e.event_type == "COERCE"}
    assert arrests["Soldiers"].background and arrests["Soldiers"].date.value == "1998-04-02"
    assert not arrests["Police"].background and arrests["Police"].date.value == "2025-04-14"


def test_the_main_happening_told_again_with_its_day_lends_it_that_day(run):
    """Assembly may keep the retelling apart (another weapon word, a day too far from
    publication to join an undated lead); its day is still the news day, unless it is
    told as a separate attack."""
    found = run("The number of people killed in an air strike on a market in Kalay has risen to "
                "40, rescuers said. A military jet bombed the crowded market in Kalay on Saturday, "
                "killing dozens.")
    assert _main(found).date.value == "2025-04-12"
    found = run("The number of people killed in an air strike on a market in Kalay has risen to "
                "40, rescuers said. In a separate attack on Saturday, a military jet bombed a "
                "school in Kalay.")
    assert _main(found).date.value == PUB


def test_with_no_other_day_the_day_a_statement_was_made_bounds_the_news(run):
    ev = _main(run("Gunmen shot dead four fishermen and set fire to their boats. "
                   "A police spokesman said on Monday the gunmen fled on motorbikes."))
    assert ev.date.value == "2025-04-14" and ev.date.basis == "statement" and ev.date.text is None


def test_the_day_of_a_reaction_to_the_deed_is_not_the_news_day(run):
    # the condemnation answers the massacre: its day bounds the news, as a statement's does
    found = run("On Monday, the state government condemned the massacre committed by armed bandits in "
                "the village of Kwali. The gang killed at least 20 residents and burned dozens of houses.")
    ev = _main(found)
    assert ev.date.value == "2025-04-14" and ev.date.basis == "statement" and ev.date.text is None
    found = run("On Monday, the state government condemned the massacre committed by armed bandits in "
                "the village of Kwali. The villagers were working in their fields on Saturday morning "
                "when the gang arrived.")
    assert _main(found).date.value == "2025-04-12"


def test_a_happening_whose_date_words_resolve_to_nothing_shares_the_main_day(run):
    found = run("A car bomb killed 12 people at a market in Maiduguri on Monday. "
                "Meanwhile, three soldiers were killed by a roadside bomb in Borno state on a day of heavy rain.")
    second = next(e for e in found if "Meanwhile" in e.evidence.sentence)
    assert _main(found).date.value == "2025-04-14"
    assert second.date.value == "2025-04-14" and second.date.basis == "main"


def test_that_day_with_no_day_read_before_it_is_not_the_publication_day(run):
    """'that day' is told from a day the text gave; the main happening's own day
    ('Monday', in a later sentence) dates it, not the publication day."""
    ev = _main(run("Gunmen attacked an army post in the hills north of Gao, killing nine soldiers. "
                   "There were two other clashes in the area that day. "
                   "The soldiers had left their base on Monday morning."))
    assert ev.date.value == "2025-04-14"


def test_that_day_alone_is_not_read_as_the_news_day(run):
    ev = _main(run("Gunmen attacked an army post in the hills north of Gao, killing nine soldiers. "
                   "There were two other clashes that day, the army said."))
    assert ev.date.value == PUB and not ev.date.text


def test_a_sentence_retelling_the_main_happening_gives_its_day_even_with_history_in_it(pipeline):
    """The second sentence retells the arrests (their day, Monday) and recalls an older
    bombing: it still gives the main happening's news day."""
    from polybius.extract import assemble as asm, history, news_day as nd
    from polybius.records import Article

    text = ("Police arrested four men in Mombasa, officials said on Wednesday. "
            "Arrested on Monday at a house in Malindi, the men belonged to a cell that bombed a bus "
            "station in Garissa in 2019, killing six people.")
    art = Article(id="t", text=text, published=PUB, published_from="metadata")
    doc = pipeline._nlp_mod.parse(pipeline.nlp, art.text)
    lex = pipeline.extractor.lex
    drafts = pipeline.extractor.extract(art, doc)
    events = asm.assemble(drafts, pipeline.resolver.resolve(art, doc, drafts), lex)
    main = history.main_happening(events)
    assert main.event_type == "COERCE" and any(e.background for e in events)
    day = nd.news_day(doc, events, main, lex)
    assert day is not None and day.value == "2025-04-14"


def test_a_month_day_on_a_page_without_a_date_takes_the_year_its_full_dates_give(run):
    found = run("Emergency crews at the market square in Lyon on April 4, 2023.\n\n"
                "Two people were killed and six injured on April 4 when a man stabbed shoppers in Lyon, "
                "police said.", published=None)
    ev = next(e for e in found if e.event_type == "ASSAULT")
    assert ev.date is not None and ev.date.value == "2023-04-04"


def test_a_month_day_on_a_page_whose_full_dates_disagree_stays_without_a_year(run):
    found = run("Two people were killed and six injured on April 4 when a man stabbed shoppers in Lyon, "
                "police said. A similar attack on May 2, 2019 and another on June 3, 2021 killed four.",
                published=None)
    ev = next(e for e in found if e.event_type == "ASSAULT" and "April 4" in e.evidence.sentence)
    assert ev.date is None or ev.date.value is None


def test_yesterday_inside_a_quotation_is_the_speakers_day_not_the_pages(run):
    found = run("A man stabbed three people at a fair in the town late on Friday. "
                "Police arrested a suspect on Saturday. "
                'In a statement, the group said "the attack on a crowd in the town yesterday was carried out by '
                'one of our fighters".', published="2025-04-13")
    attacks = [e for e in found if e.event_type == "ASSAULT"]
    assert attacks and all(e.date is not None and e.date.value == "2025-04-11" for e in attacks)


def test_yesterday_outside_a_quotation_is_the_day_before_publication(run):
    ev = _main(run("Gunmen killed four people in the town yesterday, police said."))
    assert ev.date.value == "2025-04-15" and ev.date.text == "yesterday"


def test_a_happening_told_a_day_after_which_the_news_came_is_the_day_before(run):
    """"X came a day after Y": Y is the day before X, not X's day."""
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga on Tuesday. "
                "The killings came a day after bandits raided a cattle market outside Monguno.")
    raids = [e for e in found if "raided" in e.evidence.sentence and e.event_id != found[0].event_id]
    assert any(e.date.value == "2025-04-14" and e.date.precision == "day" for e in raids)


def test_the_days_of_the_lapse_are_counted_from_the_sentences_own_day(run):
    """"Today's attack came two days after ...": two days before today, not today; "a
    few days after" counts no day (only the month, see below)."""
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga. "
                "Today's attack came two days after gunmen raided a camp near Monguno.")
    raid = next(e for e in found if "raided" in e.evidence.sentence)
    assert raid.date.value == "2025-04-14"
    assert (raid.date.text, raid.date.basis) == ("two days after", "text")   # the words that date it
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga. "
                "Today's attack came a few days after gunmen raided a camp near Monguno.")
    raid = next(e for e in found if "raided" in e.evidence.sentence)
    assert raid.date is None or raid.date.value != "2025-04-14"


def test_a_happening_told_weeks_before_the_news_is_dated_that_many_weeks_before(run):
    """"came just a week after ..." the day a week before; "less than two weeks after ..."
    only its month."""
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga on Tuesday. "
                "The attack came just a week after bandits killed ten herders near Monguno.")
    herders = next(e for e in found if "herders" in e.evidence.sentence and e.event_id != found[0].event_id)
    assert herders.date.value == "2025-04-08" and herders.date.precision == "day"
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga on Tuesday. "
                "The attack came less than two weeks after bandits killed ten herders near Monguno.")
    herders = next(e for e in found if "herders" in e.evidence.sentence and e.event_id != found[0].event_id)
    assert herders.date.value == "2025-04" and herders.date.precision == "month"


def test_what_the_news_follows_is_an_earlier_happening_with_its_own_day(run):
    """"This attack follows Sunday's strike": Sunday is the earlier strike's day, not
    the news's, and the two stay apart."""
    found = run("A drone strike hit fuel depots in Port Sudan, starting a huge fire. "
                "This attack follows Sunday's drone strike on an army base near the airport.")
    assert found[0].date.value == "2025-04-16"
    assert any(e.date is not None and e.date.value == "2025-04-13" for e in found[1:])


@pytest.mark.parametrize("words", ["days after", "a few days after", "only days after"])
def test_a_happening_told_days_after_with_no_count_is_dated_by_its_month(run, words):
    """"came days after ...", "a few days after ...": a few days before the news, so the
    month only (a rough lapse), not the news's own day."""
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga on Tuesday. "
                f"The attack came {words} bandits killed ten herders near Monguno.")
    herders = next(e for e in found if "herders" in e.evidence.sentence and e.event_id != found[0].event_id)
    assert (herders.date.value, herders.date.precision) == ("2025-04", "month")


def test_a_few_days_before_the_first_of_a_month_is_the_month_before(run):
    found = run("Gunmen shot dead four fishermen and set fire to their boats near Baga on Thursday. "
                "The attack came days after bandits killed ten herders near Monguno.", published="2025-05-02")
    herders = next(e for e in found if "herders" in e.evidence.sentence and e.event_id != found[0].event_id)
    assert (herders.date.value, herders.date.precision) == ("2025-04", "month")


def test_a_day_still_to_come_is_not_the_news_day(run):
    """"The minister will be coming to the region on Monday", "is scheduled to visit on Monday":
    a day to come, not the news day; the main happening keeps the publication day."""
    ev = _main(run("Six policemen were killed when a roadside bomb hit their truck near Baga. "
                   "The governor is scheduled to visit the area next month, and the interior "
                   "minister will also be coming to the region on Monday for a planned tour."))
    assert ev.date.value == PUB


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack(run):
    """"The toll rose to eight on Wednesday": the day the toll was told; the day the
    deed happened is the one a later sentence gives."""
    found = run("The death toll in a market bombing in Dori climbed to nine on Wednesday after two "
                "more traders died in hospital. "
                "The blast tore through the cattle market when it went off on Monday morning.")
    ev = _main(found)
    assert ev.date.value == "2025-04-14"


def test_a_speakers_day_inside_a_quotation_is_not_the_news_day(run):
    """A quoted "yesterday" is told from the day the speaker spoke, which the page may not
    give: it does not date the news as a day the text names."""
    ev = _main(run("Police in Mopti confirmed the attack on the checkpoint. "
                   "The spokesman said: \u201cWe closed the roads yesterday, and travellers waited for hours.\u201d "
                   "Gunmen killed two guards at the checkpoint."))
    assert ev.date.text is None and ev.date.value == PUB
