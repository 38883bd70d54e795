"""Which figure is a happening's toll, when its sentences give several.

Assembly (``extract/assemble.py``) groups an article's mentions into happenings; each
mention carries the figures its own sentence gives (``extract/mentions/counts.py``).
This picks one per role: a toll update over the figure it updates ("the death toll rose
to 12"), the body's figure the headline repeats, else the first figure told (the lead's),
plus what "also" adds after a toll of fighters; a hedge told once (or in the headline)
stays on a plain repeat; a figure only the headline gives is the happening's when the
body gives none.
"""
from __future__ import annotations

import re
from dataclasses import replace

from polybius.extract.happening import Happening, Mention
from polybius.extract.lexicon import Lexicon
from polybius.records import COUNT_ROLES, Counts


def _updates(m: Mention, role: str, lex: Lexicon) -> bool:
    """Does ``m`` update the toll of ``role``? A sentence telling that a wounded person
    died ("a boy who was hurt in the blast succumbed to his wounds") updates the dead: the
    one wounded it names is no new count of the wounded."""
    sentence = m.event.evidence.sentence
    if not lex.toll_update.search(sentence):
        return False
    return role == "killed" or lex.death_update is None or _updates_besides_a_death(sentence, lex)


def _updates_besides_a_death(sentence: str, lex: Lexicon) -> bool:
    """Does the sentence update a toll with more than a wounded person's death
    (``death_updates`` read out: "the toll rose to 12", not "a boy later died")?"""
    return bool(lex.toll_update.search(lex.death_update.sub(" ", sentence)))


def _one_more_death(m: Mention, figure, first, lex: Lexicon) -> bool:
    """"One of the wounded later died": a death told of fewer people than the toll told
    first, in a sentence that names no toll ("rose to", "the death toll"), is one death
    among them, no new toll ("twelve are dead ... a woman found wounded later died")."""
    if lex.death_update is None or figure.value >= first.value:
        return False
    sentence = m.event.evidence.sentence
    return not _updates_besides_a_death(sentence, lex) and "toll" not in sentence.lower()


def _headline_figure(role: str, base: list, headlines: list[Mention], lex: Lexicon):
    """The body's figure the headline repeats, when the body tells several ("Five killed
    in attack on bus" over a body that first tells nine killed in the state this week, then
    the five): the headline names which of them is the happening's toll. A vague headline
    word ("Several killed in attack") names no figure: its nominal value (3) only happens
    to equal some part of the toll the body tells."""
    told = {c.value for m in headlines if (c := getattr(m.event.counts, role)) and not vague(c, lex)}
    if len({c.value for _, c in base}) < 2 or not told:
        return None
    return next((c for _, c in base if c.value in told), None)


def pick_counts(h: Happening, lex: Lexicon, headlines: list[Mention] = ()) -> Counts:
    """Per role: the last toll update, else the body's figure the headline repeats, else the
    first figure told (the lead's toll; a later figure that does not update it is a part,
    or another count); then what mentions with "also" add ("ten militants were killed ... a
    soldier was also killed": 11)."""
    out = Counts()
    for role in COUNT_ROLES:
        found = [(m, getattr(m.event.counts, role)) for m in h.mentions if getattr(m.event.counts, role)]
        base = [(m, c) for m, c in found if not m.draft.also] or found[:1]
        if not base:
            continue
        updates = [c for m, c in base if _updates(m, role, lex)
                   and not _one_more_death(m, c, base[0][1], lex)]
        pick = updates[-1] if updates else (_headline_figure(role, base, headlines, lex)
                                            or _told_figure([c for _, c in base], lex))
        fighters = _fighters_toll(next(m for m, c in found if c is pick), pick, lex)
        pick = _hedged(pick, [c for _, c in found])   # in reading order
        if not updates:
            pick = _headline_hedge(pick, role, headlines)
        pick = _totalled(pick, found)
        told = {m.event.evidence.sentence for m, c in found if c is pick or not m.draft.also}
        added = []
        for m, c in found:   # a retold sentence (a caption repeating the lead) adds nothing
            if _adds_to(m) and c is not pick and m.event.evidence.sentence not in told:
                told.add(m.event.evidence.sentence)
                added.append(c)
        if added and fighters:
            pick = replace(pick, value=pick.value + sum(c.value for c in added),
                           text=" + ".join(c.text or str(c.value) for c in (pick, *added)))
        setattr(out, role, pick)
    return out


_ALSO = re.compile(r"\balso\b", re.I)


def _fighters_toll(m: Mention, figure, lex: Lexicon) -> bool:
    """Is the toll told first a count of fighters ("ten militants were killed")? Only
    then does "a soldier was also killed" add to it; after a toll of victims ("seven
    killed ... a teacher and a student were also killed", "a gunman was also shot dead")
    the "also" retells some of them or counts the attackers, whom the toll leaves out."""
    sentence = m.event.evidence.sentence
    at = sentence.find(figure.text) if figure.text else -1
    return at >= 0 and lex.names_raiders(" ".join(sentence[at + len(figure.text):].split()[:3]))


def _adds_to(m: Mention) -> bool:
    """"A soldier was also killed" adds to the toll just told; "another four" (the
    wounded beside the dead), "another 19 detained in Adana" or "also, four were killed
    in Helmand" (a place of its own) do not: read on real copy, they were other figures
    far more often than additions."""
    return m.draft.also and bool(_ALSO.search(m.event.evidence.sentence)) and m.explicit_place is None \
        and not _another(m)


def _another(m: Mention) -> bool:
    """A figure told as "another" ("another suspect was also arrested") is its own."""
    return any((c := getattr(m.event.counts, role)) is not None and (c.text or "").lower().startswith("another")
               for role in COUNT_ROLES)


def vague(count, lex: Lexicon) -> bool:
    """A figure told only as a vague word ("dozens", "hundreds", "several"), or hedged in
    round words ("more than two dozen")."""
    return bool(count.text) and (
        lex.number_words.get(count.text.lower().split()[-1], (0, "exact"))[1] != "exact" or _rounded(count, lex))


def _rounded(count, lex: Lexicon) -> bool:
    """A figure told in round words and hedged as rough ("more than two dozen", "about a
    dozen"): a first estimate, which a later count of at least as many makes precise. ("At
    least a dozen" is left alone: a floor, after which a larger figure was as often the
    attackers the troops killed.)"""
    words = (count.text or "").lower().split()
    if count.qualifier not in ("more_than", "about") or not words or any(w[:1].isdigit() for w in words):
        return False
    told = lex.number_words.get(words[-1])   # "two" of "two dozen": the count says 24
    return words[-1] in lex.multipliers or (told is not None and told[0] != count.value)


def _told_figure(figures: list, lex: Lexicon):
    """The first figure told, unless it is only a vague word ("dozens", "hundreds") and a
    later figure of at least as many gives the number ("dozens wounded" ... "65 injured")."""
    first = figures[0]
    if vague(first, lex):
        return next((c for c in figures[1:] if c.value >= first.value and not vague(c, lex)), first)
    return first


def _hedged(pick, figures: list):
    """A plain figure that repeats a hedged one told before it ("at least 12 were killed"
    ... "the toll rose to 12") keeps the hedge: the article never said it was final."""
    if pick.qualifier != "exact":
        return pick
    before = figures[:next((i for i, c in enumerate(figures) if c is pick), len(figures))]
    hedge = next((c.qualifier for c in before if c.value == pick.value and c.qualifier != "exact"), None)
    return replace(pick, qualifier=hedge) if hedge else pick


def _headline_hedge(pick, role: str, headlines: list[Mention]):
    """A plain figure whose headline hedges it ("At least 12 killed in raid" over "gunmen
    killed 12 villagers") keeps the headline's hedge: the outlet never called it final. A
    toll update ("the toll was revised to 12") is final, whatever the headline says."""
    if pick.qualifier != "exact":
        return pick
    hedge = next((c.qualifier for m in headlines if (c := getattr(m.event.counts, role))
                  and c.value == pick.value and c.qualifier != "exact"), None)
    return replace(pick, qualifier=hedge) if hedge else pick


_TOTAL = re.compile(r"\ba total of\s+$", re.I)


def _totalled(pick, found: list):
    """A hedged figure told again as a total ("at least four were killed" ... "a total of
    four officers were killed") is final: the hedge goes."""
    if pick.qualifier == "exact":
        return pick
    for m, c in found:
        sentence = m.event.evidence.sentence
        at = sentence.find(c.text) if c.text else -1
        if c is not pick and c.value == pick.value and c.qualifier == "exact" and at > 0 \
                and _TOTAL.search(sentence[:at]):
            return replace(pick, qualifier="exact")
    return pick


_TOLL_TYPES = {"killed": ("ASSAULT", "PROTEST"), "injured": ("ASSAULT", "PROTEST"), "arrested": ("COERCE",)}


def headline_toll(counts: Counts, headlines: list[Mention], event_type: str) -> Counts:
    """A figure the body never gives its happening is the headline's ("At least 26 killed
    in massacre" over a body that tells the massacre without its toll): an attack's or a
    riot's dead and wounded, an arrest's detained (a statement about them has none)."""
    for role in COUNT_ROLES:
        if getattr(counts, role) is None and event_type in _TOLL_TYPES[role]:
            told = next((getattr(m.event.counts, role) for m in headlines if getattr(m.event.counts, role)), None)
            if told is not None:
                setattr(counts, role, told)
    return counts
