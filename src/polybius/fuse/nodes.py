"""Events (and existing incidents) as one columnar table of small integer codes.

Blocking and scoring work on millions of candidate pairs, so they run on numpy arrays
rather than on Python objects: this module is the one place that reads ``Event`` /
``Incident`` fields and turns them into columns (codes, day ordinals, coordinates,
binary word vectors of the title and every sentence that tells the event).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence
from urllib.parse import urlparse

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from polybius.fuse.config import (ACTOR_FAMILIES, NIGHT_WORDS, RECURRING_TYPES, SAYING_WORDS,
                                  SPAN_WORDS,
                                  STATEMENT_TYPES, TYPE_FAMILIES, WEAPON_WORDS, FuseConfig)
from polybius.fuse.names import (NameStats, detail_rows, detail_words, disputing_articles,
                                 district_names, may_name_district, name_rows, name_words,
                                 place_keys, place_words, told)
from polybius.fuse.page_dates import page_day_of_year, page_weekday_day, url_date
from polybius.resolve.dates import WEEKDAY_NAMES, day_of_month_named, told_day, weekday_named
from polybius.records import COUNT_ROLES, STATUSES, DateValue, Event, Incident

DATE_PREC = {"day": 0, "week": 1, "month": 2, "year": 3}
UNDATED = 4
# An event with neither a date nor a publication day (an undated web page) may be any
# day: it spans every day ordinal blocking can sort (the keys stay inside one block).
OPEN_INTERVAL = (1_000, (1 << 20))
PLACE_PREC = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 4}
NO_PLACE = 5
QUALIFIER_CODE = {"exact": 0, "at_least": 1, "more_than": 2, "about": 3, "up_to": 4}
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"   # words only: counts differ between reports


class Vocab:
    """String -> small int code (-1 for None/empty), built per fusion call."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def __call__(self, value: str | None) -> int:
        if not value:
            return -1
        key = value.strip().casefold()
        if not key:
            return -1
        code = self.codes.get(key)
        if code is None:
            code = self.codes[key] = len(self.codes)
        return code


def date_interval(value: DateValue | None) -> tuple[int, int, int] | None:
    """(first day ordinal, last day ordinal, precision code) of an ISO date value."""
    if value is None or not value.value:
        return None
    text = value.value.strip()
    try:
        if len(text) == 4:
            year = int(text)
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal(), 3
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            first = date(year, month, 1).toordinal()
            nxt = date(year + month // 12, month % 12 + 1, 1).toordinal()
            return first, nxt - 1, 2
        day = date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None
    if value.precision == "week":
        return day, day + 6, 1
    return day, day, 0


def published_day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def source_key(source: str | None, url: str | None, article_id: str) -> str:
    """The outlet: ``source``, else the URL host, else the article itself."""
    if source and source.strip():
        return source.strip().casefold()
    if url:
        host = urlparse(url).netloc.casefold()
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return "article:" + article_id


def has_explicit_date(value: DateValue | None) -> bool:
    """A date the text states (not one defaulted to the publication date)."""
    return bool(value is not None and value.value and value.text)


def _text_vectorizer(cfg: FuseConfig) -> HashingVectorizer:
    """Binary, l2-normalised word vectors. No IDF: weights fitted on the batch would make
    a pair's score depend on which other events are fused with it, and segment-wise
    fusion (Spark, incremental runs) must give the incidents of one batch run."""
    return HashingVectorizer(n_features=cfg.text_features, alternate_sign=False, norm="l2",
                             binary=True, token_pattern=TOKEN_PATTERN, stop_words="english")


def _hashed(cfg: FuseConfig, docs: list[str]) -> sparse.csr_matrix:
    """Word vectors of ``docs``; an empty matrix for no docs (scikit-learn raises
    StopIteration on an empty list, e.g. a store whose articles hold no event yet)."""
    if not docs:
        return sparse.csr_matrix((0, cfg.text_features), dtype=np.float64)
    return _text_vectorizer(cfg).transform(docs).tocsr()


@dataclass
class NodeTable:
    """Columns for n nodes; node k is ``events[k]`` or a stand-in for an incident."""

    ids: list[str]
    country: np.ndarray
    family: np.ndarray
    etype: np.ndarray
    statement: np.ndarray      # a statement about a happening (fusion_modes.yaml statements)
    recurring: np.ndarray      # a type that recurs day after day in one city (fusion_modes.yaml)
    mode: np.ndarray
    status: np.ndarray
    background: np.ndarray
    dstart: np.ndarray
    dend: np.ndarray
    dprec: np.ndarray
    pub: np.ndarray            # publication day ordinal (a URL day stands for it), else -1
    dopen: np.ndarray          # no date and no publication day: any day (OPEN_INTERVAL)
    wstart: np.ndarray         # the days an open date may fall on: the month or year the
    wend: np.ndarray           # page's URL files it under, else OPEN_INTERVAL; a dated
    wprec: np.ndarray          # event's own interval; precision code (UNDATED: unbounded)
    weekday: np.ndarray        # 0-6 of a day-precision date or an unanchored "on Friday", else -1
    weekdays: np.ndarray       # bit mask of the weekdays the date may fall on: one bit for a
    #                            day or an undated page's "on Friday", the days of a short
    #                            window ("[published - 2, published]"), the weekdays its
    #                            article names (an undated page's event with no day of its
    #                            own), else 0 (no clue)
    night: np.ndarray          # its sentences tell a night ("late Sunday night", "overnight")
    said_eve: np.ndarray       # weekday bit of the day before an undated page's one weekday
    #                            when that weekday is only the telling's ("officials said
    #                            Thursday"), else 0: the happening may have come that day
    weapons: np.ndarray        # bit per weapon its evidence sentence names (config.WEAPON_WORDS: the sentence cues)
    disputed: np.ndarray       # its article tells a blame or a denial (fusion_modes.yaml
    #                            disputes; NameStats.disputed): who did it is contested
    weekday_own: np.ndarray    # the event has a date clue of its own (a date, a date text,
    #                            a weekday its sentences name): it borrows no weekday
    monthday: np.ndarray       # month*100+day likewise ("March 26" with no year), else -1
    monthday_only: np.ndarray  # the day of the month of a day, or the one an undated page's
    #                            sentences name with no month ("on the 12th"), else -1
    page_day: np.ndarray       # an undated page's own date without a year ("Baku, October 11"),
    #                            as the day of a leap year, for its news with no day of its own; else -1
    blockable: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    pprec: np.ndarray
    province_named: np.ndarray  # a town named like its own province ("Guanajuato"): the
    #                             report may mean either, so it may be read as the province
    admin1: np.ndarray
    place: np.ndarray
    actor: np.ndarray
    actor_group: np.ndarray    # actor is a named group (stronger evidence when equal)
    recipient: np.ndarray
    recipient_group: np.ndarray
    actor_family: np.ndarray   # actor's oldest ancestor group (config.ACTOR_FAMILIES), else actor
    recipient_family: np.ndarray
    count: np.ndarray          # (3, n) value or -1
    qualifier: np.ndarray      # (3, n) code
    article: np.ndarray
    has_text: np.ndarray
    text: sparse.csr_matrix    # l2-normalised binary word rows of title + mention sentences
    evidence: list[str]
    modes: Vocab
    names: sparse.csr_matrix | None = None   # binary rows of the rare names each node writes
    name_weights: np.ndarray | None = None   # ... and each name's weight (fuse/names.py)
    name_places: np.ndarray | None = None    # ... and whether it names a place of the batch
    details: sparse.csr_matrix | None = None  # binary rows of the rare lower-case words
    detail_weights: np.ndarray | None = None  # ... and each word's weight (fuse/names.py)
    districts: list[frozenset[str]] | None = None   # district words its sentences name
    place_keys: list[frozenset[str]] | None = None  # ... and the words of its place
    town_words: list[frozenset[str]] | None = None  # the words of its place's name
    named: list[frozenset[str]] | None = None       # the names its sentences write

    @property
    def n(self) -> int:
        return len(self.ids)

    def evidence_vectors(self, rows: np.ndarray, cfg: FuseConfig) -> sparse.csr_matrix:
        """Word vectors of the evidence sentence alone (for pairs within one article)."""
        return _hashed(cfg, [self.evidence[int(r)] for r in rows])


def build_table(events: Sequence[Event], incidents: Sequence[Incident],
                cfg: FuseConfig, names: NameStats | None = None) -> NodeTable:
    """Columns for ``events`` followed by one stand-in node per incident in ``incidents``.
    ``names``: how rare each name is across the batch (default: across ``events``)."""
    n = len(events) + len(incidents)
    countries, families, types, modes, places, admins, actors, articles = (
        Vocab(), Vocab(), Vocab(), Vocab(), Vocab(), Vocab(), Vocab(), Vocab())
    cols = {name: np.full(n, -1, dtype=np.int32) for name in (
        "country", "family", "etype", "mode", "status", "dstart", "dend", "admin1", "place",
        "actor", "recipient", "article", "actor_family", "recipient_family")}
    actor_group = np.zeros(n, dtype=bool)
    statement = np.zeros(n, dtype=bool)
    recurring = np.zeros(n, dtype=bool)
    recipient_group = np.zeros(n, dtype=bool)
    dprec = np.full(n, UNDATED, dtype=np.int8)
    pprec = np.full(n, NO_PLACE, dtype=np.int8)
    province_named = np.zeros(n, dtype=bool)
    blockable = np.zeros(n, dtype=bool)
    dopen = np.zeros(n, dtype=bool)
    pubs = np.full(n, -1, dtype=np.int32)
    wstart = np.full(n, OPEN_INTERVAL[0], dtype=np.int32)
    wend = np.full(n, OPEN_INTERVAL[1], dtype=np.int32)
    wprec = np.full(n, UNDATED, dtype=np.int8)
    weekday = np.full(n, -1, dtype=np.int8)
    weekdays = np.zeros(n, dtype=np.uint8)
    weekday_own = np.zeros(n, dtype=bool)
    night = np.zeros(n, dtype=bool)
    said_eve = np.zeros(n, dtype=np.uint8)
    weapons = np.zeros(n, dtype=np.int32)
    pub_week = np.zeros(n, dtype=bool)   # dated only by the week before its publication
    has_day = np.zeros(n, dtype=bool)    # a news event dated by the day
    monthday = np.full(n, -1, dtype=np.int16)
    mday = np.full(n, -1, dtype=np.int8)
    page_day = np.full(n, -1, dtype=np.int16)
    background = np.zeros(n, dtype=bool)
    has_text = np.zeros(n, dtype=bool)
    lat = np.full(n, np.nan)
    lon = np.full(n, np.nan)
    count = np.full((3, n), -1, dtype=np.int64)
    qual = np.zeros((3, n), dtype=np.int8)
    ids: list[str] = []
    docs: list[str] = []
    evidence: list[str] = []
    status_code = {s: i for i, s in enumerate(STATUSES)}

    def fill(k: int, rec: Event | Incident, pub: int | None,
             filed: tuple[int, int, str] | None = None) -> None:
        etype = rec.event_type.upper()
        cols["etype"][k] = types(etype)
        statement[k] = etype in STATEMENT_TYPES
        recurring[k] = etype in RECURRING_TYPES
        cols["family"][k] = families(TYPE_FAMILIES.get(etype, etype))
        cols["mode"][k] = modes(rec.mode)
        cols["status"][k] = status_code.get(rec.status, 0)
        background[k] = rec.background
        loc = rec.location
        if loc is not None:
            cols["country"][k] = countries(loc.country)
            cols["admin1"][k] = admins(loc.admin1)
            cols["place"][k] = places(loc.name)
            pprec[k] = PLACE_PREC.get(loc.precision or "", NO_PLACE if loc.name is None else 1)
            province_named[k] = bool(pprec[k] <= 2 and loc.name and loc.admin1
                                     and loc.name.casefold() == loc.admin1.casefold())
            if loc.lat is not None and loc.lon is not None:
                lat[k], lon[k] = float(loc.lat), float(loc.lon)
        for who, group, actor in (("actor", actor_group, rec.actor),
                                  ("recipient", recipient_group, rec.recipient)):
            if actor is not None:
                cols[who][k] = actors(actor.name)
                cols[who + "_family"][k] = actors(
                    ACTOR_FAMILIES.get((actor.name or "").casefold(), actor.name))
                group[k] = kind_is_group(actor.kind)
        interval = date_interval(rec.date)
        if rec.date is not None and rec.date.basis == "published" and rec.date.precision == "week":
            interval = None  # dated by publication only (records.news_date): the undated window
        defaulted = (interval is not None and pub is not None and interval[2] == 0
                     and interval[0] == pub and not rec.date.text and rec.date.basis != "main")
        if defaulted:
            # lead event dated at publication for want of a date in the text: it
            # happened on or shortly before that day
            interval = (pub - cfg.defaulted_date_lookback, pub, 1)
        elif interval is not None and interval[2] == 0 and names_span(rec.date.text):
            # "over the weekend", read as its Saturday: the Friday night to the Sunday
            interval = (interval[0] - 1, interval[0] + 1, 1)
        elif interval is not None and interval[2] == 0 and rec.date.basis == "statement":
            # the day the news was reported ("..., medics said on Friday"): it happened
            # that day or the night before, as with a weekday named in a report
            interval = (interval[0] - cfg.named_weekday_slack, interval[0], 1)
        if pub is not None and not rec.background and rec.status != "planned" \
                and (interval is None or defaulted):
            # dated by its publication only, but its sentences name the (past) weekday
            interval = _named_weekday_before(pub, told_by.get(k), cfg) or interval
        if interval is not None:
            cols["dstart"][k], cols["dend"][k], dprec[k] = interval
            wstart[k], wend[k], wprec[k] = interval
            blockable[k] = True
            weekdays[k] = weekday_mask(interval[0], interval[1])
            if interval[2] == 0:
                has_day[k] = not rec.background
                day = date.fromordinal(interval[0])
                weekday[k], monthday[k] = day.weekday(), day.month * 100 + day.day
        elif not rec.background:
            if pub is not None:
                cols["dstart"][k], cols["dend"][k] = pub - cfg.undated_lookback, pub
                wstart[k], wend[k], wprec[k] = pub - cfg.undated_lookback, pub, 1
                pub_week[k] = True
            else:
                cols["dstart"][k], cols["dend"][k] = OPEN_INTERVAL
                dopen[k] = True
                if filed is not None:   # the page's URL files it under a month or year
                    wstart[k], wend[k] = filed[0] - cfg.undated_lookback, filed[1]
                    wprec[k] = DATE_PREC[filed[2]]
                wd, md = told_day(rec.date.text if rec.date is not None else None)
                weekday[k] = -1 if wd is None else wd
                monthday[k] = -1 if md is None else md[0] * 100 + md[1]
            blockable[k] = True

    told_by = {k: told(ev) for k, ev in enumerate(events)}
    for k, ev in enumerate(events):
        ids.append(ev.event_id)
        art = ev.article
        pub = published_day(art.published)
        filed = url_date(art.url) if pub is None else None
        if filed is not None and filed[2] == "day":
            pub, filed = filed[0], None     # the URL gives the publication day
        fill(k, ev, pub, filed)
        pubs[k] = -1 if pub is None else pub
        said = False
        if dopen[k] and weekday[k] < 0 and monthday[k] < 0:
            # no date anywhere, but the sentences telling it may name its weekday
            wd = weekday_named(told_by[k])
            weekday[k] = -1 if wd is None else wd
            said = wd is not None and weekday_said(told_by[k])
            if wd is None:      # ... or the day of the month alone ("on the 28th,")
                dom = day_of_month_named(told_by[k])
                mday[k] = -1 if dom is None else dom
        if dopen[k] and weekday[k] >= 0:
            weekdays[k] = 1 << int(weekday[k])
            if said:    # the day it was told: the happening may be the day before
                said_eve[k] = 1 << ((int(weekday[k]) - 1) % 7)
            if monthday[k] < 0:
                # the page heads itself "Friday, June 7" (no year): "on Thursday" is 6 June
                md = page_weekday_day(art.page_monthday, art.page_weekday, int(weekday[k]))
                monthday[k] = -1 if md is None else md
        if dopen[k] and monthday[k] < 0 and not ev.background:
            # no day of its own, but the page gives its own date without a year: the news
            # came in the days before it, as on a page dated in full
            page_day[k] = page_day_of_year(art.page_monthday) or -1
        weekday_own[k] = weekdays[k] > 0 or has_explicit_date(ev.date) or bool(
            ev.date is not None and ev.date.text)
        night[k] = tells_night(told_by[k])
        weapons[k] = weapons_told(ev.evidence.sentence if ev.evidence is not None else "")
        cols["article"][k] = articles(art.id)
        for r, role in enumerate(COUNT_ROLES):
            c = getattr(ev.counts, role, None) if ev.counts is not None else None
            if c is not None:
                count[r, k] = int(c.value)
                qual[r, k] = QUALIFIER_CODE.get(c.qualifier, 0)
        sentence = ev.evidence.sentence if ev.evidence is not None else ""
        evidence.append(sentence or "")
        sentences = told_by[k]
        docs.append(f"{art.title or ''} {sentences}")
        has_text[k] = bool(sentences or art.title)
    n_keys = (len(countries.codes) + 1) * (len(families.codes) + 1)
    story = (cols["article"].astype(np.int64) * n_keys
             + (cols["country"] + 1).astype(np.int64) * (len(families.codes) + 1)
             + cols["family"])
    _article_weekdays(weekdays, weekday_own, story, dopen, background, len(events))
    _article_days(cols["dstart"], cols["dend"], dprec, (wstart, wend, wprec), weekdays,
                  pub_week, has_day, story, len(events), cfg)
    for m, inc in enumerate(incidents):
        k = len(events) + m
        ids.append("incident:" + inc.incident_id)
        fill(k, inc, None)
        cols["article"][k] = articles("incident:" + inc.incident_id)
        for r, role in enumerate(COUNT_ROLES):
            c = inc.counts.get(role)
            if c is not None:
                count[r, k] = int(c.value)
                qual[r, k] = QUALIFIER_CODE.get(c.qualifier, 0)
        evidence.append("")
        docs.append("")

    mday = np.where(monthday >= 0, monthday % 100, mday).astype(np.int8)   # a day's own
    text = _hashed(cfg, docs)
    words = [name_words(told_by[k]) for k in range(len(events))]
    details = [detail_words(told_by[k]) for k in range(len(events))]
    if names is None:
        names = NameStats.of_texts([ev.article.id for ev in events],
                                   [told_by[k] for k in range(len(events))], words,
                                   {w for ev in events for w in place_words(ev)}, details,
                                   disputing_articles(events))
    disputed = np.zeros(n, dtype=bool)
    disputed[:len(events)] = [ev.article.id in names.disputed for ev in events]
    name_matrix, name_weights, name_places = name_rows(words, n, names, cfg)
    detail_matrix, detail_weights = detail_rows(details, n, names, cfg)
    empty = [frozenset()] * len(incidents)
    districts = [district_names(told_by[k]) if may_name_district(words[k], details[k])
                 else frozenset() for k in range(len(events))] + empty
    keys = [place_keys(ev) if districts[k] else frozenset() for k, ev in enumerate(events)] + empty
    towns = [_town_words(ev) for ev in events] + empty
    return NodeTable(
        ids=ids, country=cols["country"], family=cols["family"], etype=cols["etype"],
        statement=statement, recurring=recurring,
        mode=cols["mode"], status=cols["status"], background=background,
        dstart=cols["dstart"], dend=cols["dend"], dprec=dprec, pub=pubs, dopen=dopen, wstart=wstart,
        wend=wend, wprec=wprec, weekday=weekday, weekdays=weekdays, weekday_own=weekday_own, night=night,
        said_eve=said_eve,
        weapons=weapons,
        disputed=disputed,
        monthday=monthday, monthday_only=mday, page_day=page_day, blockable=blockable,
        lat=lat, lon=lon, pprec=pprec, province_named=province_named, admin1=cols["admin1"], place=cols["place"],
        actor=cols["actor"], actor_group=actor_group, recipient=cols["recipient"],
        recipient_group=recipient_group, actor_family=cols["actor_family"],
        recipient_family=cols["recipient_family"], count=count, qualifier=qual,
        article=cols["article"], has_text=has_text, text=text, evidence=evidence,
        modes=modes, names=name_matrix, name_weights=name_weights, name_places=name_places,
        details=detail_matrix, detail_weights=detail_weights, districts=districts, place_keys=keys,
        town_words=towns, named=list(words) + empty)


def _article_weekdays(weekdays: np.ndarray, own: np.ndarray, story: np.ndarray,
                      dopen: np.ndarray, background: np.ndarray, n_events: int) -> None:
    """An undated page tells the news of a few days: an event of it with no day of its
    own ("the military clashed with the group in the village"; no date text at all)
    falls on a weekday its other news events name ("on Friday") or a day next to one
    (the arrest the day after the attack), as an event with no date of its own in a
    dated report falls in the week before publication. Such a borrowed weekday only
    ever speaks against a pair (another day), never for it. ``story`` keys an article's
    events of one blocking key (country, type family) together: a Spark segment holds
    all of them whenever it holds one."""
    rows = np.flatnonzero(dopen[:n_events] & ~background[:n_events])
    named: dict[int, int] = {}
    for k in rows.tolist():
        if weekdays[k]:
            named[int(story[k])] = named.get(int(story[k]), 0) | int(weekdays[k])
    for k in rows.tolist():
        if not own[k] and int(story[k]) in named:
            weekdays[k] = with_neighbours(named[int(story[k])])


def _article_days(dstart: np.ndarray, dend: np.ndarray, dprec: np.ndarray,
                  window: tuple[np.ndarray, np.ndarray, np.ndarray], weekdays: np.ndarray,
                  pub_week: np.ndarray, has_day: np.ndarray, story: np.ndarray,
                  n_events: int, cfg: FuseConfig) -> None:
    """A news event with no date of its own in a report that dates its other news of the
    same country and kind by the day ("drones struck the airport on Tuesday ... one drone
    hit the civilian terminal"): it happened around those days (a day either side), not
    anywhere in the week before publication, which would meet every attack of that week
    in the same city. ``story`` keys an article's events of one blocking key together, so
    a Spark segment holding one holds all of them."""
    days: dict[int, tuple[int, int]] = {}
    for k in np.flatnonzero(has_day[:n_events]).tolist():
        key = int(story[k])
        lo, hi = days.get(key, (dstart[k], dend[k]))
        days[key] = (min(lo, int(dstart[k])), max(hi, int(dend[k])))
    for k in np.flatnonzero(pub_week[:n_events]).tolist():
        found = days.get(int(story[k]))
        if found is None:
            continue
        lo, hi = found[0] - cfg.named_weekday_slack, found[1] + cfg.named_weekday_slack
        dstart[k], dend[k], dprec[k] = lo, hi, 1
        window[0][k], window[1][k], window[2][k] = lo, hi, 1
        weekdays[k] = weekday_mask(lo, hi)


def with_neighbours(days: int) -> int:
    """A weekday mask widened by a day either side (Sunday next to Monday)."""
    later = ((days << 1) | (days >> 6)) & 0x7F
    earlier = ((days >> 1) | (days << 6)) & 0x7F
    return days | later | earlier


_NIGHT = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(NIGHT_WORDS))) + r")\b",
                    re.IGNORECASE) if NIGHT_WORDS else None


_SPAN = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(SPAN_WORDS))) + r")\b",
                   re.IGNORECASE) if SPAN_WORDS else None


_WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
_SAID_DAY = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(SAYING_WORDS))) + r")"
                       r"\s+(?:on\s+|late\s+|early\s+)?" + _WEEKDAY + r"\b",
                       re.IGNORECASE) if SAYING_WORDS else None
_ANY_DAY = re.compile(r"\b" + _WEEKDAY + r"\b", re.IGNORECASE)


def weekday_said(text: str | None) -> bool:
    """Every weekday the sentences name follows a word of saying ("..., officials said
    Thursday"; ``saying_words`` of data/fusion_modes.yaml): the day the news was told,
    not necessarily the day it happened."""
    if _SAID_DAY is None or not text:
        return False
    return len(_SAID_DAY.findall(text)) == len(_ANY_DAY.findall(text)) > 0


def names_span(text: str | None) -> bool:
    """A date text naming a span of days (``span_words`` of data/fusion_modes.yaml:
    "over the weekend"), though it was read as one day."""
    return bool(_SPAN is not None and text and _SPAN.search(text))


def _town_words(ev: Event) -> frozenset[str]:
    """The words of the name of the event's place (casefolded), as ``name_words`` keeps
    them: what another report's sentences write when they name that place."""
    loc = ev.location
    return name_words(f"In {loc.name}.") if loc is not None and loc.name else frozenset()


WEAPON_BIT = {mode: 1 << i for i, mode in enumerate(WEAPON_WORDS)}


def weapons_told(text: str | None) -> int:
    """The weapons a report's sentence names, as bits of ``WEAPON_BIT``: an attack told
    with machetes and rifles is coded with one weapon, and another outlet may code it
    with the other."""
    low = (text or "").casefold()
    return sum(bit for mode, bit in WEAPON_BIT.items() if WEAPON_WORDS[mode].search(low))


def tells_night(text: str | None) -> bool:
    """The sentences say the happening came at night (``night_words`` of
    data/fusion_modes.yaml): it straddles two calendar days."""
    return bool(_NIGHT is not None and text and _NIGHT.search(text))


def weekday_mask(first: int, last: int) -> int:
    """Bits of the weekdays (Monday = bit 0) of the days ``first``..``last`` (ordinals);
    0 when the interval spans a whole week or more, so it tells no weekday."""
    if last - first >= 6:
        return 0
    mask = 0
    for day in range(first, last + 1):
        mask |= 1 << date.fromordinal(day).weekday()
    return mask


def _named_weekday_before(pub: int, told: str | None,
                          cfg: FuseConfig) -> tuple[int, int, int] | None:
    """A report dated by its publication only whose sentences name one weekday ("15
    soldiers were killed ... on Monday"): that weekday in the week up to publication,
    or the night before it (a statement made on Monday about an attack late on Sunday),
    at week precision. None when the sentences name no weekday or several."""
    wd = weekday_named(told)
    if wd is None:
        return None
    day = pub - (date.fromordinal(pub).weekday() - wd) % 7
    return day - cfg.named_weekday_slack, day, 1


def kind_is_group(kind: str | None) -> bool:
    """Named groups identify a happening better than a state's police does."""
    return kind in ("armed_group", "political", "international")


__all__ = ["NodeTable", "build_table", "date_interval", "source_key", "tells_night",
           "with_neighbours",
           "has_explicit_date", "published_day"]
