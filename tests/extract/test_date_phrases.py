"""Which date phrase dates which event: phrases that tell no day of an event, a date
fronted before one verb, and the finer of two dates one happening is told with.
Sentences written for these tests; published Wednesday 2025-04-16."""
from __future__ import annotations

PUB = "2025-04-16"  # a Wednesday


def _of(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_a_birth_year_is_not_the_day_of_the_arrest(run):
    arrests = _of(run("Security officers detained a farmer born in 1971 near the border crossing at Kapka."),
                  "COERCE")
    assert arrests and all(e.date.value == PUB and not e.background for e in arrests)


def test_a_year_in_a_name_is_not_the_day_of_the_protest(run):
    found = run("Protesters rejecting the Health Levy Bill 2024 clashed with police in Lusaka.")
    assert found and all(e.date.value == PUB and not e.background for e in found)


def test_a_length_told_as_a_modifier_is_not_a_day(run):
    found = run("Gunmen killed two guards at a depot in Kasese on Sunday. Soldiers detained "
                "four men in the hills after a day-long search.")
    arrests = _of(found, "COERCE")
    assert arrests and all(e.date.value == "2025-04-13" and e.date.text is None for e in arrests)


def test_the_day_an_embedded_post_was_posted_is_not_the_day_of_the_attack(run):
    """A post the page embeds ends with its author, handle and the day it was posted
    ("— Town Watch (@townwatch) April 16, 2025"): that day is the posting's, and the
    attack keeps the day its own sentences give."""
    found = run("Gunmen killed five people at a bar in Celaya on Monday night, police said.\n"
                "TOLL RISES: two more of the wounded from the bar attack in Celaya have died, 7 killed "
                "pic.twitter.com/abc123 — Town Watch (@townwatch) April 16, 2025\n")
    attacks = _of(found, "ASSAULT")
    assert attacks and all(e.date.value == "2025-04-14" for e in attacks)


def test_a_dateline_without_a_place_dates_no_event_of_an_undated_page(run):
    """"April 9 (UPI) —" heads the story with the day it was filed: a date the tagger
    found and left out, never read again as an untagged opening ("April" alone), which
    made the plot a month's history."""
    found = run("Police hold three over barracks plot\n\n"
                "April 9 (UPI) — Ugandan authorities arrested three suspected members of a militant cell "
                "on Wednesday for allegedly plotting to attack army barracks in the country.\n\n"
                "The men were held at a house near the border.\n", published=None)
    plots = _of(found, "ASSAULT")
    assert plots and all(not e.background and (e.date is None or e.date.text != "April") for e in plots)


def test_a_fronted_date_dates_its_verb_not_a_noun_told_after_it(run):
    found = run("Border police on Tuesday detained the driver behind a grenade attack that killed "
                "two traders at a market in Kasindi.")
    arrest = _of(found, "COERCE")[0]
    attack = _of(found, "ASSAULT")[0]
    assert arrest.date.value == "2025-04-15" and arrest.date.text
    assert attack.date.text is None   # the attack's day is not stated
    # the clause a fronted date opens is still its day
    found = run("On Monday, militants stormed a police post in Kajiado, killing three officers.")
    assert found and all(e.date.value == "2025-04-14" for e in _of(found, "ASSAULT"))


def test_a_day_told_later_refines_the_week_told_first(run):
    found = run("Militants killed six soldiers in attacks on army posts near Fada this week. "
                "Tuesday's attacks on the posts were the deadliest in the province this year.")
    attacks = [e for e in _of(found, "ASSAULT") if not e.background]
    assert attacks and attacks[0].date.value == "2025-04-15" and attacks[0].date.precision == "day"


def test_a_happening_with_no_stated_date_takes_the_day_a_later_sentence_says_it_was_reported(run):
    found = run("The army insisted that its soldiers had not attacked the clinic in Kaya. "
                "Local radio stations reported on Monday that gunmen attacked the clinic, "
                "killing nine patients.")
    attacks = [e for e in _of(found, "ASSAULT") if "Kaya" in (e.location.name if e.location else "")]
    assert attacks and attacks[0].date.value == "2025-04-14" and attacks[0].date.basis == "statement"


def test_the_day_right_after_a_verb_of_saying_is_the_sayings(run):
    """However the parser hangs it, "said on Friday it had killed" gives the day it was said."""
    found = run("The army said on Friday it had killed 12 fighters in an air strike on Thursday "
                "near the border town of Tessit.")
    attacks = _of(found, "ASSAULT")
    assert attacks and all(e.date.value == "2025-04-10" for e in attacks)
    alone = _of(run("The army said on Friday it had killed 12 fighters near Tessit."), "ASSAULT")
    assert alone and alone[0].date.value == "2025-04-11" and alone[0].date.basis == "statement"


def test_last_night_is_a_day(run):
    found = run("Police in Lyon arrested 40 rioters last night, after 60 the night before and "
                "75 on Thursday night.")
    assert _of(found, "COERCE") and all(e.date.value == "2025-04-15" for e in found)


def test_the_day_a_statement_was_made_bounds_an_event_told_after_it(run):
    found = run("Bus services resumed in the capital. Elsewhere, police in Bergen said on Monday "
                "they had broken up a smuggling ring after arresting three men at the port.")
    arrests = _of(found, "COERCE")
    assert arrests and arrests[0].date.value == "2025-04-14" and arrests[0].date.basis == "statement"


def _killings(events):
    return [e for e in _of(events, "ASSAULT") if e.counts.killed is not None]


def test_a_fronted_day_of_a_verb_that_is_no_event_dates_the_killing_it_leads_to(run):
    found = run("Gunmen shot dead four fishermen near Baga on Tuesday, police said. "
                "On March 30, army jets strafed a cattle market in Dikwa and dropped six bombs, killing five traders.")
    market = [e for e in _killings(found) if e.counts.killed.value == 5]
    assert market and market[0].date.value == "2025-03-30" and market[0].background


def test_a_month_fronted_before_a_claim_dates_the_attacks_claimed(run):
    found = run("Gunmen shot dead four fishermen near Baga on Tuesday, police said. "
                "In February, the rebels claimed responsibility for raids on police posts that killed nine officers.")
    posts = [e for e in _killings(found) if e.counts.killed.value == 9]
    assert posts and posts[0].date.value == "2025-02" and posts[0].background


def test_a_month_fronted_before_a_report_dates_the_killing_reported(run):
    found = run("Gunmen shot dead four fishermen near Baga on Tuesday, police said. "
                "In early March, the army reported killing 20 militants near Bama.")
    bama = [e for e in _killings(found) if e.counts.killed.value == 20]
    assert bama and bama[0].date.value == "2025-03" and bama[0].background



def test_a_fronted_day_dates_the_bomb_that_is_the_subject_of_its_when_clause(run):
    found = run("Five soldiers were martyred when militants attacked a checkpost near Sibi, the army said. "
                "On April 2, four troops were martyred when a roadside IED blew up under their truck "
                "on the Kalat road.")
    blasts = [e for e in _of(found, "ASSAULT") if e.mode == "explosives"]
    assert blasts and blasts[0].date.value == "2025-04-02" and blasts[0].background


def test_a_length_of_time_gives_way_to_the_fronted_month(run):
    found = run("Gunmen shot dead four fishermen near Baga on Tuesday, police said. Last month, a farmer "
                "and his son died two days after they were wounded in a bomb attack on a market in Dikwa.")
    market = [e for e in _of(found, "ASSAULT") if "Dikwa" in e.evidence.sentence]
    assert market and market[0].date.value == "2025-03" and market[0].background


def test_a_weekday_in_text_set_in_capitals_dates_its_event(run):
    events = run("GUNMEN KILLED FOUR SOLDIERS NEAR GAO EARLY SATURDAY, THE ARMY SAID.")
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.date.value == "2025-04-12" and attack.date.text


def test_a_capitalised_word_that_is_no_weekday_is_no_date(run):
    events = run("GUNMEN KILLED FOUR SOLDIERS NEAR GAO, THE ARMY SAID.")
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.date is None or not attack.date.text


def test_a_fronted_date_of_a_sentence_parsed_with_a_noun_as_its_root_dates_its_triggers(run):
    """The parser may make 'wave' the root and 'killed' its clause; the opening date is
    still the sentence's."""
    events = run("On May 3 and 4 last year, a string of bomb and arson attacks killed at least six people "
                 "and injured more than 20, including five police officers.", published="2021-02-10")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and all(e.date is not None and e.date.value == "2020-05-03" for e in attacks)


def test_a_date_of_a_participle_with_its_own_doer_is_not_the_capture_s(run):
    # "a district retaken by the army last year": a relative clause cut short, its year its own
    found = _of(run("Rebels captured five soldiers near Lachin, a district retaken by the army last year."),
                "COERCE")
    assert found and all(not e.background and e.date.value == PUB for e in found)


def test_a_day_of_a_participle_with_its_own_doer_is_not_the_riot_s(run):
    found = _of(run("Rioters torched shops and cars across Noumea in protest at a voting reform "
                    "approved by the senate on Monday."), "PROTEST")
    assert found and all(e.date.value == PUB and e.date.text is None for e in found)
    # a participle told of the happening itself still gives it its day
    found = _of(run("Police arrested two men in Kano on Tuesday. The bombing of the bus station, "
                    "carried out by two gunmen on Monday, killed four people."), "ASSAULT")
    assert found and found[0].date.value == "2025-04-14"


def test_a_weekday_told_as_a_compound_of_a_deed_is_its_day(run):
    """"A Sunday attack", "the Monday clash": the day the deed happened; "Sunday Mass" and
    other compounds of a thing stay no day."""
    found = run("Gunmen shot dead four fishermen near Baga on Monday. Officials said a Sunday "
                "attack on another village near Monguno left three people injured.")
    other = next(e for e in _of(found, "ASSAULT") if "Monguno" in e.evidence.sentence)
    assert other.date.value == "2025-04-13" and other.date.text == "Sunday"


def test_an_attack_told_as_a_raid_keeps_the_raids_day(run):
    """"Killed during a police raid ... on April 2": the raid is the attack, and its day
    is the attack's (a record recalled from two weeks before the news)."""
    found = run("Soldiers arrested five suspects in Baga on Tuesday. The suspect's cousin was killed "
                "during a police raid on a hideout in Monguno village on April 2.")
    death = next(e for e in _of(found, "ASSAULT") if "cousin" in e.evidence.sentence)
    assert death.date.value == "2025-04-02" and death.background


def test_the_day_of_a_circumstance_clause_is_the_deeds(run):
    """"Ambushed as he rode home on Wednesday night": what was going on as the deed
    happened is no event of its own; its day is the deed's."""
    found = run("Gunmen killed two rangers in a bomb blast in Baga on Tuesday. Separately, in Monguno, "
                "a police sergeant was ambushed on a rural road as he was riding home on his "
                "motorbike on Monday night, police said.")
    ambush = next(e for e in _of(found, "ASSAULT") if "sergeant" in e.evidence.sentence)
    assert ambush.date.value == "2025-04-14"


def test_the_day_of_the_news_source_is_not_the_deeds(run):
    """"According to witnesses on Tuesday", "said security sources on Tuesday": the day
    the news was told. The deed takes the day the text gives it elsewhere, else the
    telling bounds it (a statement day)."""
    found = run("A drone strike on a wedding in Baga killed nine guests, according to statements "
                "from the governor and witnesses on Tuesday. The strike came on Monday night "
                "during an army operation.")
    assert _of(found, "ASSAULT")[0].date.value == "2025-04-14"
    found = run("Police have detained 13 suspects who planned bomb attacks in the capital, said "
                "security sources on Tuesday.")
    arrest = _of(found, "COERCE")[0]
    assert (arrest.date.value, arrest.date.basis) == ("2025-04-15", "statement")


def test_a_speakers_fronted_today_inside_a_quotation_is_not_the_page_day(run):
    """"He said: 'Today, bombers struck ...'": the speaker's day, not one the page fixes."""
    found = run("The governor spoke to reporters. He said: \u201cToday, two bombers blew themselves "
                "up at the bus park in Bama, killing only themselves.\u201d")
    attacks = _of(found, "ASSAULT")
    assert attacks and all(e.date is None or e.date.text is None for e in attacks)


def test_words_of_history_in_a_clause_describing_a_place_are_not_the_deeds(pipeline):
    """"... in the province, where a revolt has simmered for decades": the relative clause
    tells of the province; its "for decades" does not make the blast history."""
    from polybius.extract.mentions import cues
    from polybius.extract.mentions.extractor import outside_relatives

    doc = pipeline.nlp("The blast went off on Monday in the restive province, where a revolt "
                       "has simmered for decades.")
    blast = next(t for t in doc if t.text == "blast")
    clause = " ".join(t.text for t in outside_relatives(list(doc), blast))
    assert "decades" not in clause
    assert not cues.background_cue(blast, clause, "", pipeline.extractor.lex)


def test_a_clause_describing_the_deed_itself_keeps_its_words_of_history(pipeline):
    """"an attack that killed 15 people in Perth earlier this month": the clause tells of
    the attack itself, so its "earlier this month" still makes it history."""
    from polybius.extract.mentions.extractor import outside_relatives

    doc = pipeline.nlp("Officials said an attack that killed 15 people in Perth earlier this month "
                       "was inspired by the group.")
    attack = next(t for t in doc if t.text == "attack")
    assert "earlier" in " ".join(t.text for t in outside_relatives(list(doc), attack))


def test_an_opening_month_phrase_the_tagger_left_untagged_still_dates_its_verb(pipeline):
    """"This month police raided ...": the small tagger sometimes leaves the opening phrase
    without a DATE label (it depends on the text before it); the phrase still reads as a
    date and modifies the verb, so it dates the raid's arrests."""
    from polybius.records import Article

    text = "This month police raided homes in the town of Mbarara and arrested three men."
    doc = pipeline.nlp(text)
    doc.ents = [e for e in doc.ents if e.label_ != "DATE"]
    article = Article(id="t", text=text, published=PUB, published_from="metadata")
    drafts = pipeline.extractor.extract(article, doc)
    arrests = [d for d in drafts if d.event_type == "COERCE"]
    assert arrests and all(d.date_text == "This month" for d in arrests)


def test_a_when_clause_of_a_date_after_since_is_dated_by_that_date(run):
    """"the first attack since 12 January, when rebels killed 30": "since" makes a date a
    reference point for the attack told before it, but the "when" clause hanging on the
    date tells what happened that day."""
    found = run("Gunmen killed four traders at a market in Kasese on Tuesday. It was the first "
                "attack on the town since 12 January, when rebels killed at least 30 people at a church.")
    earlier = [e for e in found if e.date and e.date.value == "2025-01-12"]
    assert earlier and earlier[0].date.text == "12 January"
    assert any(e.date and e.date.value == "2025-04-15" for e in found)


def test_a_fronted_month_of_a_death_idiom_dates_the_blast_the_dead_died_in(run):
    """"Last month, four soldiers lost their lives in an ambush": the month opens the
    sentence on a verb that is no trigger; the ambush is what the dead died in, so the
    deaths' month is its month."""
    found = run("Gunmen killed two guards at a depot in Kasese on Tuesday. Last month, four "
                "soldiers lost their lives in an ambush near the Mbarara road.")
    ambush = [e for e in found if e.mode == "unspecified"]
    assert ambush and ambush[0].date.text == "Last month" and ambush[0].date.value == "2025-03"
    found = run("Gunmen killed two guards at a depot in Kasese on Tuesday. Earlier this month, four "
                "soldiers from the border corps, including a young officer, had embraced martyrdom "
                "in a blast on the Mbarara road.")
    blast = [e for e in found if e.mode == "explosives"]
    assert blast and blast[0].date.value == "2025-04"
