"""The day an article gives its news, for a main happening that has none of its own.

A report often tells its main happening's day in a sentence that is not one of its
mentions: "relatives searched the riverbank on Sunday evening" before "gunmen shot
dead four fishermen", or "the toll from Tuesday's ferry bombing has risen to 9" (a toll
verb, not the attack's). Without it the
happening takes the publication day (the schema's lead rule), a day or more too late.
So, once the article's happenings are assembled, an undated main happening takes the
first day the article names within the week before publication (a day a reader of the
page would take for the news day), unless that day is told:

- as the page's own date (a calendar date that is the publication day: a byline or a
  dateline, "by August 22, 2025"),
- as a day still to come ("the minister is coming to the state on Monday"),
- as a speaker's day inside a quotation ("He said: 'Today, two bombers ...'"), told
  from a day the page may not give,
- by a verb of saying ("police said on Thursday", "according to witnesses on Monday":
  when the news was reported, not when it happened; ``attribution.verbs`` of
  ``cues.yaml``) or of reacting to the deed ("the
  government condemned the massacre on Saturday": ``reaction_verbs`` of
  ``parse_words.yaml``) or of a toll's update ("the death toll rose to eight on
  Friday"); with no other day, the first such day before publication
  bounds the news better than the publication day, as ``basis: "statement"``, or
- in a sentence that tells another happening (that happening's day, perhaps), unless
  that happening may be the main one told again (same type and status, news, not told
  as separate: assembly keeps a retelling apart when its day is too far from the
  publication day an undated lead stands in with).

The day keeps the words that give it (``date.text``); the other undated news of the
article then shares it as for any dated main happening (``basis: "main"``).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import timedelta

from polybius.extract.history import CALENDAR_WORDS, MONTH_DAY, date_the_lead, main_happening, recalled
from polybius.extract.lexicon import Lexicon
from polybius.extract.mentions import arguments
from polybius.extract.mentions.extractor import reduced_relative, unquoted
from polybius.extract.parse_words import parse_words
from polybius.records import DateValue, Event
from polybius.resolve.calendar import is_background_date, to_ref
from polybius.resolve.datelines import WEEKDAY_RE
from polybius.resolve.dates import anchored, resolve_date

_WORDS = parse_words()
NEWS_WINDOW_DAYS = 6   # the week before publication, publication day included
_CALENDAR = re.compile(r"\b(?:" + "|".join(calendar.month_name[1:] + calendar.month_abbr[1:]) + r")\b|\d",
                       re.IGNORECASE)


def date_by_news_day(events: list[Event], doc, lex: Lexicon, drafts=()) -> list[Event]:
    """``events`` with an undated main happening dated by the article's news day
    (``drafts``: the article's mentions; a happening told as earlier than its sentence's
    news, ``Draft.lapse_before``, is never the main one retold)."""
    main = main_happening(events)
    if main is None or main.status != "occurred" or (main.date is not None and main.date.text
                                                     and main.date.value):
        return events
    earlier = {Event.make_id(main.article.id, d.evidence.start, d.evidence.end, d.trigger_start)
               for d in drafts if d.lapse_before}
    day = news_day(doc, events, main, lex, earlier)
    if day is None:
        return events
    return date_the_lead([replace(e, date=day) if e is main else e for e in events], lex.reaction_types)


def date_by_lapse(events: list[Event], drafts, lex: Lexicon) -> list[Event]:
    """A happening told as a lapse of whole days before its sentence's news ("the raid
    came a day after gunmen killed five", "two days after a bomb hit the base") took place
    that many days before the day of the news its sentence tells (the sentence's other
    happening, else the article's main one), when it has no other day of its own: not
    the news's day, which its sentence would otherwise lend it. ``drafts``: the
    article's mentions, which keep the lapse (``Draft.lapse``). The date's text is the
    lapse's words, a relative expression resolved against a neighbouring event's day."""
    main = main_happening(events)
    if main is None:
        return events
    out = list(events)
    for d in drafts:
        if not d.lapse:
            continue
        own_id = Event.make_id(main.article.id, d.evidence.start, d.evidence.end, d.trigger_start)
        told = [k for k, e in enumerate(out) if e.event_id == own_id]
        if len(told) != 1:
            continue   # not sure which record it is
        k = told[0]
        e = out[k]
        # the news of its sentence: another happening the sentence tells outside the lapse
        # ("the raid came a day after ..."), else the article's main happening
        outside = {x.event_type for x in drafts if x.evidence == d.evidence and not (x.lapse_before or x.lapse)}
        news = next((f for f in out if f is not e and d.evidence in f.mentions and not f.background
                     and f.event_type in outside), None) or main
        if e is main or news is e or news.date is None or news.date.precision != "day" \
                or not news.date.value:
            continue
        if e.date is not None and e.date.value and e.date.text and (
                e.date.value != news.date.value or e.date.text not in d.evidence.sentence):
            continue   # a day of its own, not the one its sentence lends it
        days, words = d.lapse
        day = to_ref(news.date.value).day - timedelta(days=days)
        value, precision = (day.isoformat()[:7], "month") if d.lapse_rough else (day.isoformat(), "day")
        out[k] = replace(e, date=DateValue(text=words, value=value, precision=precision, basis="text"))
    return out if out != events else events


def date_from_sentences(events: list[Event], doc, lex: Lexicon) -> list[Event]:
    """A happening other than the main one, told in one sentence (history is told once),
    with no date of its own, takes a date of
    history its sentence gives in another clause ("the fighting intensified after the
    2013 coup, amid mass protests": 2013), and is history. Only a date more than 45 days
    before publication (``is_background_date``): a recent day told in another clause is
    as often another thing's day ("detained in the town, where a fire broke out on
    Monday"), and the main happening's day serves such news better. On a page with no
    date, a year or a month with no day (``_by_calendar``), unless the happening is told
    in the present (``_told_now``)."""
    main = main_happening(events)
    if main is None:
        return events
    out = [e for e in events]
    for k, e in enumerate(events):
        if e is main or e.background or (e.date is not None and e.date.text) or \
                len({m.sentence for m in e.mentions}) > 1:
            continue
        day = _sentence_date(doc, e, lex)
        if day is not None:
            out[k] = replace(e, date=day)
    if out == events:
        return events
    return recalled(out, [e.date.text if e.date else None for e in out], earlier=lex.earlier_period)


def _sentence_date(doc, event: Event, lex: Lexicon) -> DateValue | None:
    span = doc.char_span(event.evidence.start, event.evidence.start + 1, alignment_mode="expand")
    if span is not None:
        sent = span.sent
        for ent in sent.ents:
            text = arguments.date_in(list(doc[ent.start:min(ent.end + 3, sent.end)]))
            if not text or _said(ent, lex):
                continue
            found = resolve_date(text, event.article.published)
            if is_background_date(found, event.article.published) if event.article.published \
                    else _by_calendar(text) and not _told_now(sent, event.trigger):
                return found
    return None


def _by_calendar(text: str) -> bool:
    """On a page with no date: is the date told by the calendar, by a year or a month, with
    no day ("in 2002", "in December", "last July")? Beside news told by weekday that is
    history's date (as ``recalled`` reads it), never the news's own. A month's day ("on 1
    February") is as often a clause's own day ("an inquiry opened on 1 February")."""
    found = MONTH_DAY.search(text)
    return bool(CALENDAR_WORDS.search(text)) and not WEEKDAY_RE.search(text) and not (
        found is not None and (found.group(2) or found.group(3)))


def _told_now(sent, trigger: str | None) -> bool:
    """Is the happening told in the present ("Kabul denies the charge", "relations have
    soured, with Islamabad accusing Kabul of ...")? The first finite verb from its trigger
    up decides. What is the case now takes no date of history from another clause."""
    tok = next((t for t in sent if trigger and t.text == trigger.split()[0]), None)
    while tok is not None:
        aux = [c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ in ("VBZ", "VBP") or {"VBZ", "VBP"} & set(aux):
            return True
        if tok.tag_ in ("VBD", "MD") or {"VBD", "MD"} & set(aux) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def news_day(doc, events: list[Event], main: Event, lex: Lexicon, earlier=frozenset()) -> DateValue | None:
    """The first day (within the week before publication) the article names outside a
    verb of saying and outside the sentences that tell other happenings."""
    published = to_ref(main.article.published)
    if published is None or published.precision != "day":
        return None
    retold: set[int] = set()
    others: set[int] = set()
    for e in events:
        if e is not main:
            told = retold if _retold(e, main, lex) and e.event_id not in earlier else others
            told.update(_sentence_start(doc, m.start) for m in e.mentions)
    # the sentences that tell some happening (a relative clause of people there may
    # hold the happening's day: "the police, who had surrounded the house before a raid
    # on Friday")
    telling = retold | others | {_sentence_start(doc, m.start) for m in main.mentions}
    # a sentence that retells the main happening gives its day, even when it tells
    # another happening too ("arrested on Tuesday, the men had planned attacks")
    others -= retold
    said = None
    for sent in doc.sents:
        if sent.start_char in others:
            continue
        for ent in sent.ents:
            text = arguments.date_in(list(doc[ent.start:min(ent.end + 3, sent.end)]))   # with the date after it
            if not text or anchored(text) or _of_a_participle(ent):
                continue   # "that day", "a day later": told from a day not known here
            if sent.start_char not in telling and _of_whom_told(ent):
                continue   # "the villagers who sealed the road two days ago": their deed's day
            if arguments.told_ahead(ent.root):
                continue   # "the minister is coming on Monday": a day to come
            if unquoted(text, sent.text, lex) is None:
                continue   # "today", said inside a quotation: the speaker's day, not the page's
            found = resolve_date(text, main.article.published)
            if found.value is None or found.precision != "day":
                continue
            ago = (published.day - to_ref(found.value).day).days
            if ago == 0 and _CALENDAR.search(text):
                continue   # "by August 22, 2025", "Kabul, April 15 (ANI)": the page's own date
            if not 0 <= ago <= NEWS_WINDOW_DAYS:
                continue
            if not _said(ent, lex):
                return found
            if said is None and ago > 0:
                said = DateValue(text=None, value=found.value, precision="day", basis="statement")
    return said


def _retold(e: Event, main: Event, lex: Lexicon) -> bool:
    """Is ``e`` perhaps the main happening told again, which assembly kept apart for its
    day ("gunmen killed 14 in the cattle camp" ... "on Tuesday, raiders killed 14 there"):
    news of the same type, not told as separate ("in a separate attack", "elsewhere")?"""
    return e.event_type == main.event_type and not e.background and e.status == main.status \
        and not lex.separate_event.search(e.evidence.sentence)


def _sentence_start(doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else None


def _of_a_participle(ent) -> bool:
    """Is the date that of a participle with its own doer told of a noun ("among the
    territories retaken by the army in 2020"): a relative clause cut short, whose day is
    its own verb's? (A participle that tells the happening, "the attack carried out by
    gunmen in 2013", gave it its date already.)"""
    return any(reduced_relative(a) for a in ent.root.ancestors)


def _of_whom_told(ent) -> bool:
    """Is the date that of a relative clause told of people ("the villagers who sealed
    the road three days ago"; the caller asks only in a sentence that tells no
    happening)? Its day is that clause's own deed's, not the news's, as for a participle
    of a noun. ("The blast, which came on Monday": a thing's clause, which may tell the
    happening, keeps its day.) A sentence left unparsed is read by its words: such a
    pronoun before the date with no punctuation between."""
    tok = ent.root
    if tok.tag_:    # parsed
        while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
            tok = tok.head
        return tok.dep_ == "relcl" and any(c.lower_ in _WORDS.person_relatives for c in tok.children)
    for word in reversed(ent.doc[ent.sent.start:ent.start]):
        if word.is_punct:
            return False
        if word.lower_ in _WORDS.person_relatives:
            return True
    return False


def _said(ent, lex: Lexicon) -> bool:
    """Is the date that of a verb of saying ("officials said on Friday"), of a toll's
    update ("the death toll rose to eight on Friday") or of reacting to a deed ("On
    October 5, the government condemned the massacre"; parse_words.yaml
    ``reaction_verbs``)? Each tells when the news was reported or answered, on or after
    the day it happened."""
    verbs = lex.attribution_verbs
    told = ent.doc[ent.start:min(ent.end + 3, ent.sent.end)]   # the date read with it
    if arguments.after_saying(ent[0], verbs) or arguments.in_attribution(ent[0], verbs) \
            or any(arguments.of_toll_update(t) for t in told):
        return True   # "said on Friday", "according to witnesses on Monday", "the toll rose ... on Friday"
    tok = ent.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.lemma_.lower() in lex.attribution_verbs or tok.lemma_.lower() in _WORDS.reaction_verbs
