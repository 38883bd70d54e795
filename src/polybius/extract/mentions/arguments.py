"""Arguments of one event from the dependency parse: actor, recipient, place and date
mentions, and the clause the event's other cues are read from.

Only surface text is found here; ``polybius.resolve`` turns it into canonical actors,
coordinates and calendar dates.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from polybius.extract.lexicon import Lexicon
from polybius.extract.parse_words import parse_words
from polybius.extract.parse_tools import (charge_parts, party_named, PASSIVE_SUBJ, RELATIVE_PRONOUNS, SUBJ, phrase_text,
                                          prep_objects)
from polybius.resolve.countries import BARE_CAPITAL, country_code
from polybius.resolve.refine import owner_cut
from polybius.resolve.datelines import PAGE_DATE_LABELS, WEEKDAY_RE, dateline_place_span

_WORDS = parse_words()

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_DATE_LABELS = {"DATE"}
_HOLIDAY_RE = re.compile(r"\b(new year'?s?|christmas|easter|eid|ramadan|nowruz|diwali|hanukkah|"
                         r"independence day|thanksgiving)\b", re.I)
_RELATIVE_DATE_RE = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|several)\s+(day|days|week|weeks|hour|hours|month|months)\s+"
    r"(later|earlier|before|after|afterwards)\b|\bthe\s+(next|following|previous|same)\s+"
    r"(day|morning|evening|night|week)\b|\b(yesterday|today|tonight|last night)\b", re.I)
_ADMIN_WORDS = _WORDS.place_kind_words
_BARE_NUMBER_RE = re.compile(r"^(?!(19|20)\d\d$)\d+$")
_YEAR_IN_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_YEAR_ONLY_RE = re.compile(r"^(?:1[89]|20)\d\d$")
_AGE_WORDS = _WORDS.age_words
_AGE_RE = re.compile(r"\byears?[- ]old\b", re.IGNORECASE)   # "a 19-year-old": who, not when
_DIRECTION_RE = _WORDS.direction_word()
_TEMPORAL_PREPS = _WORDS.temporal_preps
_HIT_VERBS = _WORDS.hit_verbs
_AIMING_VERBS = _WORDS.aiming_verbs   # "fired at X": X is aimed at
_DISCHARGED = _WORDS.discharged_nouns   # "fired shots at X": the shots are not X
_SUB_NATIONAL = _WORDS.sub_national
_LOCATION_PREPS = _WORDS.location_preps
_AREA_WORDS = _WORDS.area_words   # "X Local Government Area of Y State", "X community of Y"
_STRIKE_NOUNS = _WORDS.strike_nouns   # "drone strikes on Kyiv": the place hit


@dataclass
class Arguments:
    actor_tok: object | None = None
    recipient_tok: object | None = None
    actor_text: str | None = None
    recipient_text: str | None = None
    places: list[str] = field(default_factory=list)
    modifier_places: set[str] = field(default_factory=set)
    nationwide: bool = False
    anti_group: str | None = None          # "anti-ISIS operations" -> "ISIS"
    thwarter_text: str | None = None       # subject of "thwart"/"foil" governing the event


def _is_instrument(tok, lex: Lexicon) -> bool:
    """"a bomb exploded", "detonated a car bomb": weapons are neither actor nor target."""
    return tok.lemma_.lower() in lex.instrument_nouns or (tok.ent_type_ == "GPE" and tok.dep_ == "npadvmod")


def _run_of_deeds(tok, lex: Lexicon) -> bool:
    """"A series of blasts killed three", "a string of attacks left nine dead": the subject
    is a run of deeds (or of weapons), not who did them."""
    if tok.lemma_.lower() not in lex.collective_nouns:
        return False
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    return any(_is_instrument(g, lex) or any("NOUN" in t.pos for t in lex.triggers.get(g.lemma_.lower(), ()))
               for g in of)


def _owner_of_instrument(tok):
    """"a strike by an Israeli drone", "Russian missiles hit": the state a weapon's
    nationality names acts; a weapon alone acts for no one."""
    return next((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                 and c.ent_type_ in ("NORP", "GPE")), None) or _forces_modifier(tok)


def _forces_modifier(noun):
    """"an army drone strike", "Myanmar junta airstrikes": a word for a state's forces
    modifying the deed (or its weapon) names who did it."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    mods += [g for c in mods for g in c.lefts if g.dep_ in ("compound", "amod")]   # "army" of "army drone"
    return next((c for c in mods if c.lower_ in _FORCES_MODIFIERS
                 and not (c.i > 0 and c.nbor(-1).text in ("-", "‑"))), None)   # not "anti-government"


def clause_tokens(trigger, other_triggers) -> list:
    """The tokens an event's cues are read from: the trigger's subtree (or, for a noun,
    the subtree of the verb that governs it) minus the subtrees of other triggers."""
    root = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        head = trigger.head
        if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX"):
            root = head
        elif trigger.dep_ == "pobj" and head.head.pos_ in ("VERB",) and head.lower_ not in ("of",):
            root = head.head
    blocked = set()
    for other in other_triggers:
        if other.i == trigger.i or other.i == root.i:
            continue
        if any(a.i == root.i for a in other.ancestors) and not any(a.i == other.i for a in trigger.ancestors):
            blocked.update(t.i for t in other.subtree)
    return [t for t in root.subtree if t.i not in blocked or t.i == trigger.i]


def _subject_of(verb, depth: int = 0):
    """Subject of a verb, climbing through xcomp/advcl/conj to the governing clause."""
    # (the parser sometimes hangs the subject on an auxiliary: "Syria has been co-operating")
    heads = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subjects = [c for h in heads for c in h.children if c.dep_ in SUBJ and not _is_dateline(c)]
    if subjects:  # the subject nearest the verb: "BAMAKO, Sept 12 - Jihadists attacked"
        child = min(subjects, key=lambda c: abs(verb.i - c.i))
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return child
    for child in verb.children:  # passive agent: "attacked by gunmen"
        if child.dep_ == "agent":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "auxpass" for c in verb.children):
        return None   # "died after being stabbed": the governing subject is the victim
    if depth < 3 and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl", "pcomp", "oprd") \
            and verb.head.i != verb.i:   # oprd: the "dead" of "... leaving 19 people dead"
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
            head = head.head  # "Türkiye was prepared to cooperate": through the adjective
        if head.pos_ == "ADP" and head.lower_ in _TEMPORAL_PREPS and head.head.i != head.i:
            # "after claiming X, the official ..." (but not "sentenced for plotting")
            head = head.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return None
        if verb.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in _REPORTING:
            return None   # "an attack which officials said killed 63": the officials only report it
        if head.pos_ in ("VERB", "AUX"):
            return _subject_of(head, depth + 1)
    return None


_ATTRIBUTING = _WORDS.attributing_verbs
_POINTING_PREPS = ("to", "towards", "toward", "of")
_FORCES_MODIFIERS = _WORDS.forces_modifiers
_REPORTING = _WORDS.reporting_verbs


def _main_subject_for_pronoun(actor):
    """"The soldiers were on patrol when they clashed with X": a pronoun that is the subject
    of a clause hung on another clause stands for that clause's subject when it is a noun,
    not for a group named before; unless that clause's object could be what the pronoun
    stands for ("police arrested two men after they attacked a shop")."""
    if actor is None or actor.lower_ not in ("they", "it") or actor.dep_ not in SUBJ:
        return actor
    verb = actor.head
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return actor
    main = verb.head
    subject = next((c for c in main.children if c.dep_ in SUBJ), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return actor
    plural = actor.lower_ == "they"
    for obj in (c for c in main.children if c.dep_ in ("dobj", "attr")):
        if (obj.tag_ in ("NNS", "NNPS")) == plural:
            return actor    # the object may be whom the pronoun stands for
    if (subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)) != plural:
        return actor
    return subject


def _is_dateline(tok) -> bool:
    """An all-capitals place word opening a line, followed by a comma: a dateline."""
    return tok.is_upper and len(tok) > 2 and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "," and (
        tok.i == 0 or "\n" in tok.nbor(-1).text_with_ws)


def _agent_of(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _actor_of_noun(noun, lex: Lexicon):
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not "Thursday's blast"
            return child
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _ATTRIBUTING:
            # "an attack attributed by the authorities to separatists": the separatists
            return next(prep_objects(child, ("to", "on")), None)
        if child.dep_ == "acl":  # "an attack planned by X", "attacks carried out by X"
            agent = _agent_of(child)
            if agent is not None:
                return agent
    by = next(prep_objects(noun, ("by",)), None)
    if by is not None:
        return by
    for child in noun.children:  # "ISIS attacks", "Turkish airstrikes"
        if child.dep_ in ("compound", "amod", "nmod") and (child.ent_type_ in ("ORG", "NORP", "GPE")
                                                           or (child.pos_ == "PROPN" and not child.ent_type_)):
            if child.lower_ not in lex.mode_modifiers and child.lower_ not in lex.anti_prefixes:
                return child
    forces = _forces_modifier(noun)   # "an army drone strike": the state's forces
    if forces is not None:
        return forces
    # "X carried out a number of raids": climb to the governing perpetration verb
    cur = noun
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            if cur.dep_ in ("dobj", "nsubjpass") or (cur.dep_ == "pobj"):
                if head.lemma_.lower() in lex.perpetration_verbs:
                    return _subject_of(head)
            break
        if cur.dep_ in ("pobj", "dobj", "nsubj") or head.dep_ in ("prep", "dobj", "pobj"):
            cur = head
            continue
        break
    return None


def _recipient_of(trigger, lex: Lexicon):
    if trigger.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in trigger.children)
        if passive:
            subj = next((c for c in trigger.children if c.dep_ in PASSIVE_SUBJ), None)
            if subj is not None:
                return subj
        obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() not in _DISCHARGED:
            return obj
        if obj is not None:  # "opened fire on police", "fired shots at the post"
            on = next(prep_objects(obj, ("on", "at")), None)
            if on is not None:
                return on
        # "fired across the border at X": a verb of aiming aims "at" its target
        preps = ("on", "against", "with", "at") if trigger.lemma_.lower() in _AIMING_VERBS \
            else ("on", "against", "with")
        return next(prep_objects(trigger, preps), None)  # "cooperate with X"
    target = next(prep_objects(trigger, ("on", "against")), None)
    if target is not None:
        return target
    head = trigger.head
    if trigger.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _HIT_VERBS:
        return next((c for c in head.children if c.dep_ == "dobj"), None)  # "airstrikes target X"
    for child in trigger.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("target", "aim"):
            return next((c for c in child.children if c.dep_ == "dobj"), None)
    return None


_MODIFIER_DEPS = {"compound", "amod", "poss", "npadvmod", "nmod"}


def places_in(tokens, modifiers: set[str] | None = None) -> list[str]:
    """Place mentions among ``tokens``: GPE/LOC/FAC entities, "X province" included.
    Names used as a modifier of another word ("a U.S. raid", "Saudi-backed forces",
    "Iran's Kurdistan region") go into ``modifiers`` too: the resolver takes such a name
    for the event's place only when it is finer than a country ("the Kabul market")."""
    seen: set[int] = set()
    out: list[str] = []
    tokens = list(tokens)
    allowed = {t.i for t in tokens}
    for tok in tokens:
        if tok.i in seen:
            continue
        named = _named_division(tok) or _division_of(tok)
        if named is not None:   # "in Lakki Marwat district", whatever the tagger called the name
            seen.update(range(named.start, named.end))
            out.append(named.text)
            continue
        capital = _national_capital(tok)
        if capital is not None:
            out.append(capital)
            continue
        if tok.ent_type_ not in _PLACE_LABELS:
            # the small NER model often calls a town an ORG: "in Lyon" is still a place
            head = tok.head if tok.dep_ in ("appos", "compound") else tok
            in_place = head.dep_ == "pobj" and (head.head.lower_ in _LOCATION_PREPS or (
                head.head.lower_ == "of" and head.head.head.lemma_.lower() in _ADMIN_WORDS) or (  # "city of X"
                head.head.lower_ == "on" and head.head.head.lemma_.lower() in _STRIKE_NOUNS)) or (  # "strikes on X"
                tok.dep_ == "poss" and (_owned_place_part(tok.head)   # "in X's Y neighbourhood"
                                        or _owned_named_site(tok)))   # "at X's Y bridge"
            if tok.pos_ == "PROPN" and in_place and not _not_a_place(tok.text, tok) \
                    and tok.ent_type_ in ("ORG", "PERSON", "TIME", "") and tok.dep_ != "compound":
                start = tok.i   # with the names before it: "Khan Younis", "Beit Lahiya"
                while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i \
                        and tok.doc[start - 1].pos_ == "PROPN":
                    start -= 1
                seen.update(range(start, tok.i + 1))
                out.append(tok.doc[start:tok.i + 1].text)
            continue
        whole = _ent_of(tok)
        if whole is None:
            continue
        ent = _owned_part(whole, tok)
        seen.update(range(ent.start, whole.end if ent.end == whole.end else ent.end + 1))   # and "’s"
        if ent.root.i not in allowed or _not_a_place(ent.text, ent.root):
            continue   # the entity's head was filtered out ("from the United States"), not just a word of it
        text = ent.text
        prev = tok.doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and _DIRECTION_RE.match(prev.text):  # "northern Iraq"
            text = f"{prev.text} {text}"
        elif ent.root.dep_ == "poss" and _DIRECTION_RE.match(ent.root.head.text):
            text = f"{ent.root.head.text} {text}"  # "Pakistan's northwest" -> "northwest Pakistan"
        elif modifiers is not None and ent.root.dep_ in _MODIFIER_DEPS and ent.root.head.i != ent.root.i:
            modifiers.add(text)
        nxt = tok.doc[ent.end] if ent.end < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in _ADMIN_WORDS and not ent.text.lower().endswith(nxt.lower_):
            text = f"{text} {nxt.text}"
        out.append(text)
    return out


def _named_division(tok):
    """"Kulgam district", "Lakki Marwat district": proper names compounded on a division
    word in a locative phrase, as one span (the small model often tags such names as a
    person or product)."""
    if tok.pos_ != "PROPN" or tok.dep_ != "compound" or tok.ent_type_ in _PLACE_LABELS:
        return None
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "PROPN":
        head = head.head
    if head.lemma_.lower() not in _ADMIN_WORDS or head.dep_ != "pobj" or not (
            head.head.lower_ in _LOCATION_PREPS or _of_a_place(head.head)):
        return None
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound" \
            and tok.doc[start - 1].ent_type_ not in _PLACE_LABELS:
        start -= 1
    return tok.doc[start:head.i + 1]


def _of_a_place(prep) -> bool:
    """"of" after a word of place: "Shinkafi Local Government Area of Zamfara State",
    "a village of Sokoto State" (the division the place lies in)."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _ADMIN_WORDS | _AREA_WORDS


def _division_of(tok):
    """"the province of Khyber Pakhtunkhwa", "the province of Sistan and Baluchestan": the
    whole name after a singular division word and "of" (the tagger often calls part of
    it an organisation or a person, or splits it at "and"), as one span."""
    if tok.pos_ != "PROPN":
        return None
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    of = head.head
    if not (head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _ADMIN_WORDS
            and of.head.tag_ in ("NN", "NNP")):   # singular: "the provinces of X and Y" are two
        return None
    start = head.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
        start -= 1
    if tok.i != start:
        return None
    end = head.i + 1
    conj = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if conj is not None and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        end = conj.i + 1
    return tok.doc[start:end]


def _national_capital(tok) -> str | None:
    """"in the Afghan capital", "near Haiti's capital", "the capital of Libya": the
    country's capital city, as "capital of <country>" for the resolver. A bare "the
    capital" is the capital of the article's country (``BARE_CAPITAL``, the resolver
    says which); a "state" or "provincial" capital is left alone."""
    if tok.lower_ != "capital" or tok.pos_ != "NOUN":
        return None
    if not (tok.dep_ == "pobj" and (tok.head.lower_ in _LOCATION_PREPS | {"at", "near", "around", "to"}
                                    or (_of_a_place_part(tok.head) and _owned(tok)))):
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _SUB_NATIONAL for c in tok.children):
        return None
    whose = next((c for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                  and (c.ent_type_ in ("NORP", "GPE") or (c.dep_ == "poss" and country_code(c.text)))), None)
    if whose is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whose = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if whose is not None and country_code(whose.text) is None:
            return None   # "the capital of Kunduz province" names a provincial capital
    if whose is not None:
        return f"capital of {whose.text}"
    # a bare "the capital" (not "the capital, X" nor "the capital X", whose name is read
    # itself): the capital of the country the article is about, for the resolver to say
    named = any(c.dep_ in ("appos", "compound") or c.pos_ == "PROPN" for c in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN") or (
        tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "," and tok.doc[tok.i + 2].pos_ == "PROPN")
    bare = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children)
    return BARE_CAPITAL if bare and not named else None


def _not_a_place(text: str, root) -> bool:
    """Places must be places: a lower-case word the tagger called a place ("police mobile
    van"), or a country inside a name ("Islamic State of Iraq", "Bank of England")."""
    if not any(c.isupper() for c in text):
        return True
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return head is not None and head.pos_ == "PROPN" and head.text[:1].isupper() \
        and head.ent_type_ not in _PLACE_LABELS


def _owned_part(ent, tok):
    """The side of a possessive ``tok`` is on, for a name the tagger ran through one
    ("Peshawar’s Shah Alam bridge": "Peshawar", or "Shah Alam bridge"): the town that
    owns a site is a place of its own."""
    cut = owner_cut(ent)
    if cut is not None:
        ent = ent.doc[ent.start:cut] if tok.i < cut else ent.doc[cut + 1:ent.end]
    return ent


def _ent_of(tok):
    """The entity span ``tok`` is in, from its IOB tags (``doc.ents`` would build every
    entity of the article on each call)."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start < end - 1 and doc[start].tag_ == "POS":
        start += 1   # "Nigeria’s Zamfara" tagged from its "’s": no name begins with a possessive ending
    return doc[start:end]


def _ents_over(doc, ids: set[int]) -> list:
    """The entities touching the tokens ``ids``, in text order, built from their IOB
    tags (``doc.ents`` builds all of the article's entities on every call)."""
    out, seen = [], set()
    for i in sorted(ids):
        if i not in seen and doc[i].ent_type_:
            ent = _ent_of(doc[i])
            seen.update(range(ent.start, ent.end))
            out.append(ent)
    return out


def _earlier_phrase(trigger, clause, lex: Lexicon) -> set[int]:
    """The tokens of a phrase that tells what the news came a length of time after ("the
    attack came weeks after a raid on X", "hours after a bombing in Y"): that earlier
    happening's place, not the trigger's (unless the trigger is in it)."""
    out: set[int] = set()
    units = set(lex.elapsed_units) | set(lex.lapse_units)
    for tok in clause:
        if tok.dep_ != "prep" or tok.lower_ not in lex.prior_markers or tok.lower_ == "since":
            continue
        subtree = {t.i for t in tok.subtree}
        if trigger.i in subtree:
            continue
        if any(t.lemma_.lower() in units for t in tok.doc[max(tok.i - 3, tok.sent.start):tok.i]):
            out |= subtree
    return out


def hit_target_of(trigger, event_type: str | None) -> bool:
    """Does the trigger's object name a place it hit ("raided the camp")?"""
    return event_type in ("ASSAULT", "COERCE") and trigger.pos_ == "VERB"


_BODY_NOUNS = {"army", "force", "troop", "official", "military", "government", "authority", "police",
               "navy", "embassy", "ministry", "minister", "president", "administration", "command", "coalition"}


def beside_dateline(tokens: list) -> list:
    """Place tokens without the dateline's ("CAIRO, Jan 28 (Reuters) -" says where the
    story was filed) when the sentence names another place; alone, it stands."""
    rest = [t for t in tokens if not _in_dateline_place(t)]
    return rest if any(t.ent_type_ in _PLACE_LABELS for t in rest) else tokens


def _in_dateline_place(tok) -> bool:
    doc = tok.doc
    if "dateline_place" not in doc.user_data:
        doc.user_data["dateline_place"] = dateline_place_span(doc.text)
    span = doc.user_data["dateline_place"]
    return span is not None and span[0] <= tok.idx < span[1]


def is_free_place(tok, lex: Lexicon, target=None) -> bool:
    """A place mention that names where something happened, not who acted: not the
    subject/object of a verb ("Moscow thwarted", "supplied Russia") and not a
    nationality on people ("US army soldiers"). The object of ``target`` (an attack or
    raid trigger) is a place it hit: "raided the Jenin camp", "shelled Kharkiv"."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in lex.person_nouns or head.lemma_.lower() in _BODY_NOUNS:
            return False   # "US military", "Iraqi government": who, not where
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and (prep.lower_ in ("from", "into", "toward", "towards") or (
            prep.lower_ == "with" and prep.head.lemma_.lower() in ("border", "frontier"))):
        return False   # "crossed from Nigeria", "back into Mali", "the border with Afghanistan"
    if target is not None and head.dep_ == "dobj" and head.head.i == target.i:
        return True
    if head.dep_ == "poss" and _DIRECTION_RE.match(head.head.text):  # "Pakistan's northwest"
        return True
    if head.dep_ == "poss" and _owned_place_part(head.head):
        return True   # "in Peshawar's Hayatabad neighbourhood": the owner of a part of a place is where
    if head.dep_ == "poss" and _owned_named_site(head):
        return True   # "at Peshawar's Shah Alam bridge": the town that owns a named site
    return head.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss")


def _owned(capital) -> bool:
    """"Haiti's capital": the capital is said to be a country's."""
    return any(c.dep_ == "poss" for c in capital.children)


def _of_a_place_part(prep) -> bool:
    """"the streets of Haiti's capital", "on the outskirts of Kenya's capital": "of" after a
    part of a place written in a locative phrase (``_owned_place_part``)."""
    part = prep.head
    return prep.lower_ == "of" and prep.dep_ == "prep" and part.dep_ == "pobj" \
        and (part.lemma_.lower() in _PLACE_PARTS or part.lower_ in _PLACE_PARTS) \
        and part.head.lower_ in _LOCATION_PREPS | {"on", "at", "to"}


def _owned_place_part(noun) -> bool:
    """Is ``noun`` a part of a place ("neighbourhood", "outskirts", "district") written in a
    locative phrase ("in X's Y neighbourhood", "on X's outskirts")? Its possessive owner
    names where, unlike "Iran's foreign ministry" (who)."""
    if noun.lemma_.lower() not in _PLACE_PARTS and noun.lower_ not in _PLACE_PARTS:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in _LOCATION_PREPS | {"on", "at"}


def _owned_named_site(owner) -> bool:
    """Is ``owner`` the possessive town of a named site in a locative phrase ("at X's Y
    bridge", "stormed the hostel of X's Y Institute", "the attack on X's Y Hall")? The
    site's own name is seldom in the gazetteer; the town that owns it says where. Not a
    country ("Iran's Y Ministry" says who), nor where the wounded were taken (a hospital)."""
    site = owner.head
    named = site.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in site.children)
    if not named or owner.pos_ != "PROPN" or country_code(owner.text) or site.dep_ != "pobj" \
            or site.lemma_.lower() in _WORDS.unplaced_sites or site.lower_ in _WORDS.unplaced_sites:
        return False
    prep = site.head
    if prep.lower_ in _LOCATION_PREPS | {"at"}:
        return True
    if prep.lower_ == "on":   # "the attack on X's Y Hall"
        return prep.head.lemma_.lower() in _STRIKE_NOUNS
    # "stormed the hostel of X's Y Institute": a part of the site the deed struck
    return prep.lower_ == "of" and prep.head.dep_ in ("dobj", "pobj") and prep.head.pos_ == "NOUN"


_PLACE_PARTS = _WORDS.place_part_words | _ADMIN_WORDS | _AREA_WORDS
_DATELINE_DASHES = frozenset({":", "-", "--", "\u2013", "\u2014"})


def _in_dateline(ent) -> bool:
    """A date heading the story's first line, before the capitalised place and the
    agency ("KABUL, Dec 31 (Reuters) -", "2023-10-18 GAZA:"), says when the story was
    filed, not when its event happened; so does the page's own date heading the text
    ("date 2019-08-28 Maputo - Terrorists ...")."""
    if _heads_page(ent):
        return True
    sent = ent.sent
    if sum(not t.is_space for t in ent.doc[sent.start:ent.start]) > 3:
        return False
    depth, named = 0, False
    for t in ent.doc[ent.end:min(ent.end + 8, sent.end)]:
        if t.text in _DATELINE_DASHES and depth == 0:
            return named
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth > 0 or (t.is_upper and len(t.text) > 1):
            named = True
        elif not (t.is_punct or t.is_space):
            return False
    return False


def _heads_page(ent) -> bool:
    """Nothing but a page-date label ("date", "posted") or punctuation before the date
    in the whole text, and the date is a full one (a year in it): the page's date."""
    before = []
    for t in ent.doc[:ent.start]:   # stops at the second word: a date deep in the text is read in O(1)
        if not (t.is_space or t.is_punct):
            before.append(t)
            if len(before) > 1:
                return False
    return all(t.lower_ in PAGE_DATE_LABELS for t in before) and _YEAR_IN_RE.search(ent.text) is not None


_CALENDAR_NAME_RE = re.compile(r"\b(" + "|".join(calendar.month_name[1:] + calendar.month_abbr[1:]) + r")\b", re.I)


_DATE_LEAD = frozenset({"on", "late", "early", "last"})


def after_saying(t, verbs) -> bool:
    """Is ``t`` part of a date told right after a verb of saying (one of ``verbs``):
    "the army said on Friday it had killed 12", "police said Friday"?"""
    if not (t.ent_type_ in ("DATE", "TIME") or t.lower_ in _DATE_LEAD):
        return False
    doc, start, j = t.doc, t.sent.start, t.i
    while j > start and (doc[j - 1].ent_type_ in ("DATE", "TIME") or doc[j - 1].lower_ in _DATE_LEAD):
        j -= 1
    return j > start and doc[j - 1].pos_ == "VERB" and doc[j - 1].lemma_.lower() in verbs


def told_ahead(tok) -> bool:
    """Is the date ``tok`` heads that of something to come ("the minister will visit on
    Monday", "a rally scheduled for Thursday", "is coming to the state on Monday")? A
    weekday then names the coming day, never a day of the news."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    for verb in (tok, *tok.ancestors):
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll") for a in aux) or verb.lemma_.lower() in _WORDS.scheduling_words:
            return True
        if verb.tag_ == "VBG" and verb.lemma_.lower() in _WORDS.arrangement_verbs \
                and any(a.lemma_ == "be" for a in aux):
            return True
        if verb.dep_ not in ("xcomp", "conj"):
            break
    return False


def of_toll_update(t) -> bool:
    """Is ``t`` (a date's word) the day of a verb that takes a toll to a new figure ("the
    death toll rose to eight on Friday", "the number of dead climbed to 12 on Monday";
    parse_words.yaml ``toll_verbs``, ``toll_nouns``), told after it? It is the day the
    toll was told, like a day of saying, not the day of the deed the toll counts."""
    if not (t.ent_type_ in ("DATE", "TIME") or t.lower_ in _DATE_LEAD):
        return False
    below = t
    while below.head.i != below.i and below.head.pos_ not in ("VERB", "AUX"):
        below = below.head
    verb = below.head
    if verb.i == below.i or verb.lemma_.lower() not in _WORDS.toll_verbs or t.i < verb.i:
        return False   # a day told before the verb ("the toll from Thursday's attack has risen") is the deed's
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _WORDS.toll_nouns
               for c in verb.children)


def in_attribution(t, verbs) -> bool:
    """Is ``t`` (a date's word) told of the source of the news, not of the deed: in an
    "according to" phrase ("according to statements from witnesses on Monday") or with
    the subject of a verb of saying (one of ``verbs``) set after it ("..., said security
    sources on Tuesday")? It is the day of the telling."""
    if not (t.ent_type_ in ("DATE", "TIME") or t.lower_ in _DATE_LEAD):
        return False
    for a in t.ancestors:
        if a.lower_ == "according" and a.dep_ == "prep":
            return True
        if a.dep_ == "nsubj" and a.head.i < a.i and a.head.pos_ == "VERB" and a.head.lemma_.lower() in verbs:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _not_a_day(ent) -> bool:
    """A DATE entity that tells no day of an event: a birth year ("a man born in 1962"),
    a year in a name ("the Finance Bill 2024", "Vision 2030"), a length told as a
    modifier ("a day-long manhunt", "a two-week curfew"), the signature of a post the page
    embeds ("— A Reporter (@areporter) May 3, 2024": the day it was posted)."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.start - 2, 0):ent.start]]
    if before[-1:] == ["born"] or (before[-1:] in (["in"], ["on"]) and before[-2:-1] == ["born"]):
        return True
    if _post_signature(ent):
        return True
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if _YEAR_ONLY_RE.match(ent.text) and prev is not None and prev.pos_ == "PROPN" and prev.is_title \
            and not (_CALENDAR_NAME_RE.search(prev.text) or WEEKDAY_RE.search(prev.text)):
        return True
    return ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "\u2013") and doc[ent.end + 1].is_alpha \
        and not doc[ent.end].whitespace_ and not doc[ent.end - 1].whitespace_


def _post_signature(ent) -> bool:
    """A date right after a social-media handle in brackets, "(@handle) May 3, 2024"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == ")" and doc[ent.start - 2].text.startswith("@")


def _name_only(ent) -> bool:
    """A DATE entity the small tagger made of a proper name ("Niger"): no month, weekday,
    holiday or number in it."""
    return all(t.pos_ == "PROPN" for t in ent) and not (
        _CALENDAR_NAME_RE.search(ent.text) or WEEKDAY_RE.search(ent.text) or _HOLIDAY_RE.search(ent.text))


def _day_of_happening(ent) -> bool:
    """A weekday told as a compound of a happening's noun ("the Monday clash", "a Sunday
    attack on a convoy"): the day the happening took place, not a thing's name."""
    head = ent.root.head
    return WEEKDAY_RE.fullmatch(ent.text.strip()) is not None and head.pos_ == "NOUN" \
        and head.lower_ in _WORDS.dated_happening_nouns


def _date_of_a_thing(ent) -> bool:
    """"Disputed the May 3 vote", "before the June 30 deadline": a date set before a
    noun that is no happening of violence (``dated_happening_nouns``) names that thing,
    not the day of the deed ("the March 3 attack" is)."""
    head = ent.root.head
    return ent.root.dep_ == "nmod" and head.i != ent.root.i and head.pos_ == "NOUN" \
        and head.i >= ent.end and head.lower_ not in _WORDS.dated_happening_nouns


def date_in(tokens) -> str | None:
    """The date expression among ``tokens``: DATE entities (adjacent pieces joined:
    "New Year's Eve in 2017"), else a relative phrase ("a day later")."""
    ids = {t.i for t in tokens}
    if not ids:
        return None
    doc = next(iter(tokens)).doc
    pieces = [e for e in _ents_over(doc, ids)
              if (e[0].ent_type_ in _DATE_LABELS or (e[0].ent_type_ == "EVENT" and _HOLIDAY_RE.search(e.text))
                  or (e[0].ent_type_ == "TIME" and (WEEKDAY_RE.search(e.text)     # "late Saturday night"
                                                    or _RELATIVE_DATE_RE.search(e.text))))   # "last night"
              and not (e.root.dep_ == "compound" and not e.root.head.ent_type_    # "Sunday Mass"
                       and not _day_of_happening(e))                          # "the Monday clash"
              and not _date_of_a_thing(e)                                         # "the May 3 vote"
              and not _BARE_NUMBER_RE.match(e.text)                               # "wounding 40"
              and not _AGE_RE.search(e.text) and not _in_dateline(e)
              and not (e.start > 0 and doc[e.start - 1].lower_ in _AGE_WORDS)     # "aged 17 and 15"
              and not _name_only(e)                                               # "western Niger"
              and not _not_a_day(e)]                     # "born in 1962", "the Finance Bill 2024", "day-long"
    if pieces:
        first = pieces[0]
        end = first.end
        for nxt in pieces[1:]:
            if nxt.start - end <= 2:
                end = nxt.end
            else:
                break
        start = first.start
        if start > 0 and doc[start - 1].lower_ == "since":
            return None  # "the first attack since 2016": a reference point, not the date
        if start > 0 and doc[start - 1].lower_ in ("on", "in", "late", "early", "mid", "last"):
            start -= 1
        return doc[start:end].text
    lo, hi = min(ids), max(ids)
    m = _RELATIVE_DATE_RE.search(doc[lo:hi + 1].text)
    if m:
        return m.group(0)
    # text set in capitals ("SHOT EARLY SATURDAY"): the tagger finds no DATE there
    return next((t.text for t in doc[lo:hi + 1] if t.i in ids and t.is_upper and len(t) > 5
                 and WEEKDAY_RE.fullmatch(t.text)), None)


def _patient_subject(verb, lex: Lexicon) -> bool:
    """"Three guards were seriously injured", "left a man dead and 80 people injured": a
    casualty participle with no object whose subject the parser hangs on it (or on its
    passive auxiliary) names the victims, not the doer; so does the subject of "die" ("six
    passengers died")."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.joining_reports:
        return True
    if verb.tag_ != "VBN" or lex.count_roles.get(verb.lemma_.lower()) not in ("killed", "injured") \
            or any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    passive = any(c.dep_ == "auxpass" for c in aux) or not aux
    return passive and any(c.dep_ == "nsubj" for h in (verb, *aux) for c in h.children)


def _speaker_of(trigger):
    """The subject of the verb of saying that reports the trigger's clause ("the minister
    said the bombing was the work of X", "'our findings point to X,' the minister added"),
    or None."""
    clause = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "attr" else trigger
    for _ in range(3):   # "the leading theory is that this is the work of X," Y told the radio
        verb = None
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in _WORDS.charging_verbs:
            verb = clause.head
        else:
            verb = next((c for c in clause.children if c.dep_ in ("parataxis", "ccomp")
                         and c.lemma_.lower() in _WORDS.charging_verbs), None)
        if verb is not None:
            return next((c for c in verb.children if c.dep_ in SUBJ), None)
        if clause.dep_ not in ("ccomp", "advcl", "attr") or clause.head is clause:
            return None
        clause = clause.head
    return None


def find_arguments(trigger, clause: list, lex: Lexicon, event_type: str | None = None) -> Arguments:
    args = Arguments()
    if trigger.pos_ in ("VERB", "AUX"):
        actor = None if _patient_subject(trigger, lex) else _subject_of(trigger)
    else:
        actor = _actor_of_noun(trigger, lex)
    recipient = _recipient_of(trigger, lex)
    if event_type == "ACCUSE" and recipient is None:   # "findings point to X", "the work of X": X
        recipient = party_named(trigger, _POINTING_PREPS)
        if recipient is not None:   # the one who says so: "'... the work of X,' the minister said"
            actor = _speaker_of(trigger) or (None if trigger.pos_ == "NOUN" else actor)
    if trigger.pos_ == "ADJ":   # "X was responsible for the attack, the army said": the army charges X
        parts = charge_parts(trigger, None, _WORDS.charging_verbs)
        if parts is not None:
            actor, recipient = parts
        else:   # "police fired tear gas, leaving 19 people dead": who did what left them dead,
            # read only through a participle with no subject of its own ("the onslaught has
            # left 80 dead": its subject is as a rule the deed, not the doer)
            leaver = trigger.head
            actor = _subject_of(trigger) if trigger.dep_ == "oprd" and not any(
                c.dep_ in SUBJ for c in leaver.children) else None
            recipient = None
    actor = None if actor is not None and _in_dateline_place(actor) else actor   # "BANGKOK: A ... airstrike"
    actor = _main_subject_for_pronoun(actor)
    if actor is not None and recipient is not None and actor.i == recipient.i:
        recipient = None
    if actor is not None and _run_of_deeds(actor, lex):
        actor = None
    if actor is not None and _is_instrument(actor, lex):
        actor = _owner_of_instrument(actor)
    if recipient is not None and (_is_instrument(recipient, lex) or recipient.ent_type_ in ("DATE", "TIME")
                                  or recipient.lower_ in ("himself", "herself", "themselves", "itself")):
        recipient = None
    args.actor_tok, args.recipient_tok = actor, recipient
    args.actor_text = phrase_text(actor) if actor is not None else None
    args.recipient_text = phrase_text(recipient) if recipient is not None else None

    # places: first those in a locative phrase of the trigger's clause, then the rest
    skip = set()
    for tok in (actor, recipient):
        if tok is not None and tok.ent_type_ in _PLACE_LABELS and tok.dep_ in ("nsubj", "dobj", "poss") \
                and not (hit_target_of(trigger, event_type) and tok.dep_ == "dobj"):
            skip.update(t.i for t in tok.subtree)
    skip.update(_earlier_phrase(trigger, clause, lex))
    hit_target = trigger if hit_target_of(trigger, event_type) else None
    clause_places = [t for t in clause if t.i not in skip and is_free_place(t, lex, hit_target)]
    args.places = places_in(beside_dateline(clause_places), args.modifier_places)
    text = " ".join(t.lower_ for t in clause)
    args.nationwide = any(p in text for p in lex.nationwide)
    for tok in clause:
        if tok.lower_ in lex.anti_prefixes and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
            args.anti_group = tok.nbor(2).text
            break
    for gov in trigger.ancestors:
        if gov.lemma_.lower() in lex.status["thwarted"]:
            subj = _subject_of(gov)
            if subj is not None:
                args.thwarter_text = phrase_text(subj)
            break
    return args
