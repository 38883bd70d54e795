"""Find event triggers in a sentence and decide which of them are separate events.

Candidates come from a lemma lookup (a set test per token, so sentences without any
candidate cost nothing more); the constraints of ``data/triggers.yaml`` then keep the
right sense, and triggers that describe the same happening as another trigger of the
same sentence are absorbed into it ("detained 125 in raids", "an attack that killed 39").
"""
from __future__ import annotations

from dataclasses import dataclass

from polybius.extract.lexicon import Lexicon, Trigger
from polybius.extract.mentions import doers
from polybius.extract.mentions.counts import count_of
from polybius.extract.parse_tools import charge_parts, party_named, has_definite_det, is_plural_bare, near_lemmas
from polybius.extract.parse_words import parse_words
from polybius.resolve.countries import country_code, country_from_adjective

_POS_ALIASES = {"PROPN": "NOUN", "AUX": "VERB"}
_FAMILY_MERGE = {("ASSAULT", "ASSAULT"), ("COERCE", "COERCE")}


@dataclass
class Hit:
    token: object
    trigger: Trigger
    event_type: str
    mode: str
    absorbed: list  # other Hits merged into this one


def _pos(tok) -> str:
    return _POS_ALIASES.get(tok.pos_, tok.pos_)


def _figure_of(kids) -> bool:
    """"The deaths of 14 soldiers", "confirmed the death of two guards": the figure of the
    people told after "of" counts them as a figure on the noun would."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.like_num or any(g.dep_ == "nummod" for g in o.children)) for o in c.children)
        for c in kids)


def _match(tok, trig: Trigger) -> bool:
    if _pos(tok) not in trig.pos:
        # the tagger often calls a gerund trigger a VERB or a noun a PROPN
        if not (tok.tag_ == "VBG" and "NOUN" in trig.pos):
            return False
    if trig.only_as and tok.dep_ not in trig.only_as:
        return False   # "the dead bodies", "left a man dead": not the predicate a report tells
    kids = list(tok.children)
    if trig.counted and not (any(c.dep_ == "nummod" for c in kids) or _figure_of(kids)):
        return False   # "the death of a suspect", "violent deaths were reported": no toll told
    if trig.not_as_modifier and tok.head.pos_ in ("NOUN", "PROPN") and (
            tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
        return False   # "an outlawed armed group", "the attacker accused of the shooting"
    if trig.told_as_deed and not _told_as_deed(tok, kids):
        return False   # "residents who cooperate with the army", "arrested for cooperating with spies"
    if _participle_describing(tok, kids):
        return False   # "the kidnapped group", "the injured are in hospital": who, not a deed
    if (_pos(tok) == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in kids)) != trig.denied_part:
        return False   # "no arrests have been made": an absence, not an event; a part denied only so
    if trig.not_as_adjunct and _bare_manner(tok, kids):
        return False   # "in cooperation with the air force", "left in protest": how another deed was done
    if _attributed(tok):
        return False   # "according to the information provided by the army": a source
    if trig.prt and not any(c.dep_ == "prt" and c.lower_ == trig.prt for c in kids):
        return False
    if trig.requires_dobj and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in trig.requires_dobj for c in kids):
        return False
    near = None
    if trig.requires_near:
        near = near_lemmas(tok) | (_part_in(tok) if trig.denied_part else set())
        if not (near & trig.requires_near):
            return False
    if trig.not_with:
        near = near if near is not None else near_lemmas(tok)
        if near & trig.not_with:
            return False
    if trig.requires_subject:   # someone of the text does it, not a report or no one
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() in trig.not_subject:
            return False
        if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            return False   # "most of them attributed to gangs": a passive participle
    if trig.charge_for and charge_parts(tok, trig.charge_for, parse_words().charging_verbs) is None:
        return False   # "X was responsible for the attack, the army said": only a charge someone makes
    if trig.names_party and party_named(tok, trig.names_party) is None:
        return False   # "the data point to a slowdown", "the work of the police": no one charged
    if trig.requires_intel_actor:
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        if not parse_words().intel_actor().search(" ".join(t.lower_ for t in subj.subtree)):
            return False   # an intelligence body warns or tips off, not "officials"
    return True


def _fits(tok, trig: Trigger, lex: Lexicon) -> bool:
    """The token is this trigger: it matches its entry (``_match``) and, for a deed that is
    violence only in armed hands, armed men or a crowd do it (``_armed_doer``); else the
    token's next entry is tried ("a nationwide strike" is no armed men's strike)."""
    return _match(tok, trig) and (not trig.armed_doer or _armed_doer(tok, trig, lex))


def _bare_manner(tok, kids) -> bool:
    """"Chased them in cooperation with the air force", "cancelled the visit in protest at
    the strike": a bare singular noun after "in" says how another deed was done, not a deed
    of its own. "Killed in protests" (a plural) and "in the protest" (a determiner) tell one."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in kids)


def _part_in(tok) -> set[str]:
    """What a part is denied in: "no role in the attack", and "had no hand in the blast"
    however the parser hangs the "in" (on the noun or on its verb)."""
    owners = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
    return {g.lemma_.lower() for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj"}


def _attributed(tok) -> bool:
    """Is the trigger inside an "according to ..." phrase (the source of a statement)? A
    clause of its own about the source is not ("according to the president, who blamed
    the attack on the rebels": his accusation)."""
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in tok.children):
        return False   # not "the information that army intelligence provided": what the source gave
    for a in tok.ancestors:
        if a.lower_ == "according" and a.dep_ == "prep":
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl"):
            return False
    return False


def _mode_from_modifiers(tok, trig: Trigger, lex: Lexicon) -> tuple[str, str]:
    """The mode a modifier names ("suicide attack", "knife attack"); of several, a
    weapon beats the vehicle carrying it ("a vehicle bomb attack" is a bombing)."""
    etype, mode = trig.event_type, trig.mode
    hits = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") or (child.dep_ == "npadvmod"):
            hit = lex.mode_modifiers.get(child.lemma_.lower()) or lex.mode_modifiers.get(child.lower_)
            if hit and (etype == hit[0] or trig.event_type in ("ASSAULT", "COERCE")):
                hits.append(hit)
    weapon = next((h for h in hits if h[1] != "primitive_weapon"), hits[0] if hits else (etype, mode))
    if weapon[1] == "primitive_weapon" and etype == "ASSAULT" and mode not in ("unspecified", "primitive_weapon"):
        return etype, mode   # "a truck bombing" is a bombing: the vehicle only carried the bomb
    return weapon


_RECENT = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
           "dawn", "morning", "afternoon", "evening", "night", "weekend", "midnight"}


def _is_aggregate(tok, campaign: bool = False) -> bool:
    """"the insurgency has killed more than 20,000 people since 2009", "have been kidnapped
    over the past year", "have been killed between 1980 and 2000", "fighting has ravaged
    the region since the coup", "the army has been fighting the rebels": a running total or
    an ongoing war, not one happening.
    A ``campaign`` (arrests "since the attacks", "in recent years") is one record of the
    enforcement effort, so only an explicit "since" date or "over the past year" makes it a total."""
    verb = tok
    if not campaign and _pos(tok) == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head   # "fighting has ravaged ...": the noun's own verb tells it
    elif _pos(tok) == "NOUN" and tok.dep_ == "pobj" and tok.tag_ in ("NNS", "NNPS"):
        verb = _verb_of_phrase(tok)   # "hundreds have been killed in dozens of raids since 2014"
    if _pos(verb) != "VERB" or not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return False
    if not campaign and verb.i == tok.i and tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children) \
            and not {t.lower_ for t in tok.sent} & _RECENT:
        return True   # "has been fighting"
    for c in verb.subtree:
        if c.lower_ == "since" and ((c.dep_ == "prep" and c.head.i == verb.i) or
                                    (c.dep_ == "mark" and c.head.head.i == verb.i and not campaign)):
            span = c.subtree if c.dep_ == "prep" else c.head.subtree   # "since 2014", "since the coup began"
            return not {t.lower_ for t in span} & _RECENT   # "since Monday": one operation still under way
        if c.lower_ in ("between", "from") and c.dep_ == "prep" and c.head.i == verb.i and not campaign \
                and sum(1 for t in c.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit()) >= 2:
            return True   # "300,000 have been killed between 1980 and 2000": a total over years
        if (c.lower_ in ("past", "last") or (c.lower_ == "recent" and not campaign)) and c.head.dep_ == "pobj" and c.head.head.lower_ in ("over", "in", "during") \
                and c.head.head.head.i == verb.i and c.head.lemma_.lower() in ("year", "month", "decade", "week"):
            return True
    return False


def _verb_of_phrase(tok):
    """The verb a noun's prepositional phrase tells the circumstances of ("killed in dozens
    of raids": killed), else the noun itself."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            break
        cur = cur.head.head
        if _pos(cur) == "VERB":
            return cur
    return tok


def _condition_told_as_happening(tok) -> bool:
    """"Unrest erupted in the capital", "a fourth day of unrest on Thursday": a noun of a
    state of things is a happening when it is its clause's subject or its sentence gives a
    day; "the unrest-plagued region", "seven years of unrest", "due to political unrest"
    name the state only."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text != "-":
        return True
    cur = tok
    for _ in range(8):   # up to the verb whose clause tells it; a description of a place never does
        if cur.dep_ == "appos":
            return False
        if _pos(cur) in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    return any(t.lower_ in _RECENT for t in cur.subtree)


def _told_as_deed(tok, kids) -> bool:
    """Is a verb told as a deed: a tense with a past or an auxiliary ("cooperated", "are
    cooperating", "will cooperate")? The simple present ("villagers who cooperate with the
    army") tells a standing role, and a bare gerund ("angry with them for cooperating",
    "suspected of cooperating with spies") a reason or a charge."""
    if _pos(tok) != "VERB":
        return True
    if any(c.dep_ in ("aux", "auxpass") for c in kids):
        return True
    return tok.tag_ not in ("VBZ", "VBP", "VBG")


def _participle_describing(tok, kids) -> bool:
    """A past participle set before a noun with no figure ("the kidnapped group included
    five children", "critically wounded persons were flown out", "the killed militants
    were wanted men") or standing for its people ("the injured were taken to hospital")
    says who the people of a deed were, not that a deed happened: the deed is told
    elsewhere. A figure keeps it ("two wounded soldiers"), and so does a participle after
    its noun ("the civilians killed in the raid")."""
    if _pos(tok) != "VERB" or tok.tag_ != "VBN":
        return False
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        return not any(c.dep_ == "nummod" or c.like_num for c in tok.head.children) \
            and all(c.dep_ == "advmod" for c in kids)
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(c.dep_ in ("det", "advmod") for c in kids)


def _only_possible(tok) -> bool:
    """"Any of them can be killed at any time", "the group may strike again", "whole
    villages could be burned": a verb told as a possibility is no event (a plan says
    "will", a threat "threatened to"). "The bomb would have killed anyone near it": a
    counterfactual, what did not happen. "Might have died" is an estimate and stays."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if _pos(tok) != "VERB":
        return False
    if {"would", "have"} <= aux and tok.tag_ == "VBN":
        return True
    return bool(aux & {"can", "could", "may", "might"}) and "have" not in aux


def _second_person(tok) -> bool:
    """"If you come here illegally, you are detained": a rule told to a generic "you" is
    no event."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ == "you" for c in tok.children)


def _war_toll(tok, lex: Lexicon) -> bool:
    """"The insurgency has killed 4,000 since 2004", "war erupted in the spring,
    killing 9,000": the killing's subject (or that of the clause it continues) is a war, whose
    toll is a running total, not one happening."""
    if _pos(tok) != "VERB":
        return False
    clauses = [tok, tok.head] if tok.dep_ in ("advcl", "xcomp", "conj") else [tok]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.war_nouns
               for verb in clauses for c in verb.children)


def _is_generic(tok, lex: Lexicon) -> bool:
    """"ISIS attacks have been rare": a plural bare noun predicated as rare/common, or
    told as growing or waning ("kidnappings have soared"), with the toll of the trend; "the
    constant shelling": a habit; "a series of attacks", "a surge in kidnappings": a trend;
    "one of the deadliest attacks in years": a comparison with other happenings."""
    if _pos(tok) == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
            and tok.head.lemma_.lower() in lex.change_verbs and _told_now(tok.head):
        return True   # "attacks have surged since then, killing hundreds": the trend's toll
    if _pos(tok) != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in lex.habitual_modifiers for c in tok.children):
        return True   # "the constant bombardment", "daily raids": a habit, not a happening
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":   # "a spate of bombings and raids": the list's first
        first = first.head
    prep = first.head if first.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("of", "in") and prep.head.lemma_.lower() in lex.collective_nouns \
            and tok.tag_ in ("NNS", "NNPS") and first.tag_ in ("NNS", "NNPS"):
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "one" \
            and any(c.tag_ == "JJS" for c in tok.children):
        return True
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "amod" and (c.lemma_.lower() in lex.generic_modifiers or c.lower_ in lex.generic_modifiers)
           for c in tok.children):
        return True   # "similar attacks", "previous raids", "repeated attacks" (a participle: lemma "repeat")
    if not is_plural_bare(tok):
        return False
    head = tok.head
    if tok.dep_ == "dobj" and not any(t.like_num for t in tok.sent) and (
            head.lemma_.lower() in lex.trend_verbs or (
                head.lemma_.lower() in lex.perpetration_verbs
                and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children))):
        return True   # "authorities have stepped up raids", "bandits have carried out kidnappings"
    if tok.dep_ != "nsubj":
        return False
    if head.lemma_ in lex.generic_predicates:
        return True
    if head.lemma_.lower() in lex.change_verbs and _told_now(head) and not any(t.like_num for t in tok.sent):
        return True   # "kidnappings have soared", "attacks have surged since then": a trend
    return any(c.dep_ in ("acomp", "attr") and c.lemma_ in lex.generic_predicates for c in head.children)


def _told_now(verb) -> bool:
    """Is the verb told in the present or the present perfect ("have surged", "are
    mounting"), not the simple past ("surged on Monday") nor the past perfect?"""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _none_happened(tok, lex: Lexicon) -> bool:
    """"No arrests were made", "no one has been detained", "there were no reports of
    casualties or arrests": the text says it did not happen. "An arrest warrant", "a
    reward leading to the arrest": only written down or offered for."""
    def no_det(t) -> bool:   # "no arrests", "no one"
        return any(c.dep_ == "det" and c.lower_ in lex.none_words for c in t.children)

    first = tok
    while first.dep_ == "conj":   # "casualties or arrests": the first of the list speaks
        first = first.head
    if no_det(first):
        return True
    if _pos(tok) == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            c.lower_ in lex.none_words or (c.lower_ == "one" and no_det(c))) for c in tok.children):
        return True
    up = first
    for _ in range(6):   # "arrest warrant", "a reward for information leading to the arrest"
        if up.head.i == up.i or up.dep_ not in ("compound", "pobj", "prep", "acl", "dobj", "pcomp"):
            break
        up = up.head
        if up.lemma_.lower() in lex.paper_nouns:
            return True
    if first.dep_ == "pobj" and first.head.lower_ == "of" and no_det(first.head.head):
        return True   # "no reports of arrests", "no sign of an attack"
    return False


def _done_by_people(tok, trig: Trigger, lex: Lexicon) -> bool:
    """A warning that names the deed in return by its verb ("warned that his fighters would
    respond") threatens violence only when people or an armed side will do it, not markets
    or a country answering tariffs ("warned that markets would respond badly")."""
    if near_lemmas(tok) & (trig.requires_near - trig.near_by_people):
        return True   # told by a word of violence of its own ("warned of reprisals")
    for verb in tok.children:
        if verb.lemma_.lower() in trig.near_by_people and verb.pos_ == "VERB":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and (lex.names_people(subj.text) or lex.names_raiders(subj.text)):
                return True
    return False


def _armed_doer(tok, trig: Trigger, lex: Lexicon) -> bool:
    """A deed that is violence only in armed hands ("masked men stormed a studio", "gunmen
    invaded the school", "a jihadist strike"; not "she stormed out", "the team stormed to
    victory", "a general strike"), or, for a trigger a crowd's deed makes a riot, in a
    crowd's ("supporters stormed Congress")."""
    kind = doers.doer_kind(tok, lex)
    return kind == "armed" or (kind == "crowd" and trig.crowd_riot)


def _one_state_operation(tok, trig: Trigger) -> bool:
    """"A joint operation was launched by the army and the state police", "a joint operation
    of three districts' forces": one state's forces working together are not security
    cooperation. A joint operation is cooperation when it is done "with" someone or its
    sentence names two countries ("the army and French troops")."""
    if trig.event_type != "COOPERATE" or trig.mode != "security_cooperation" or _pos(tok) != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    named = set()
    for ent in tok.sent.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = country_code(ent.text) or country_from_adjective(ent.text)
            if code:
                named.add(code)
    return len(named) < 2


def _only_capable(tok, lex: Lexicon) -> bool:
    """"The group was still capable of carrying out raids", "the ability to strike
    anywhere": a deed told as a capacity (cues.yaml ``capability_words``) is a possibility."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("dobj", "pcomp", "prep", "acl", "xcomp", "pobj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lex.capability_words:
            return True
    return False


def _offence_named(tok, lex: Lexicon) -> bool:
    """"Charged with attempted murder", "arrested on suspicion of murder", "investigating
    the incident for attempted murder": a deed named, with no article of its own, after a
    word of charge or inquiry (cues.yaml ``offence_heads``) is the offence's name, not a
    happening; "charged with the murder of the journalist" still tells one."""
    if _pos(tok) != "NOUN" or has_definite_det(tok):
        return False
    first = tok
    while first.dep_ == "conj":   # "murder and attempted murder" (the parser may hang it on "suspicion")
        first = first.head
        if first.lemma_.lower() in lex.offence_heads:
            return True
    if first.dep_ != "pobj" or first.head.lower_ not in ("with", "of", "for"):
        return False
    head = first.head.head
    if head.lemma_.lower() not in lex.offence_heads and head.dep_ == "dobj":
        head = head.head   # "investigating the incident for attempted murder"
    return head.lemma_.lower() in lex.offence_heads


def _has_specifics(sent, lex: Lexicon) -> bool:
    """A weak trigger ("explosion", "rally") needs a number or a named place nearby, or
    "another" person, one more of the people the story has counted ("Another soldier was
    wounded")."""
    return any(t.like_num or t.ent_type_ in ("GPE", "LOC", "FAC")
               or (t.lower_ == "another" and t.head.lemma_.lower() in lex.person_nouns) for t in sent)


def _more_victims(tok, lex: Lexicon) -> bool:
    """A casualty verb telling more of the story's victims with no figure: people listed
    with "a" ("a councillor and a driver were wounded": two) or one told with "also" ("a
    guard was also hurt"). Like "another soldier", they are counted people of a happening
    told before (such a report joins one, it never founds one)."""
    if tok.lemma_.lower() not in lex.casualty_reports or tok.pos_ != "VERB":
        return False
    told = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    found = [c for n in told if (c := count_of(n, lex)) is not None]
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children)
    return bool(found) and (also or any(c.value >= 2 for c in found))


def _in_context(sent, trigger, lex: Lexicon) -> bool:
    """The sentence is about security or unrest: a context word other than the trigger,
    or a count of people."""
    for tok in sent:
        if tok.i != trigger.i and (tok.lemma_.lower() in lex.context_words or tok.lower_ in lex.context_words):
            return True
        if tok.dep_ == "nummod" and tok.head.lemma_.lower() in lex.person_nouns:
            return True
        if tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            return True
    return False


def _abstract_object(tok, lex: Lexicon) -> bool:
    """"attacked the government's budget plans", "a blistering attack on the budget": a
    verbal attack. So is one "under attack for" a deed or a word ("came under attack for
    skipping the vote", "has been under attack for his remarks"): a reason of that kind is
    what critics blame, not what gunmen answer."""
    if _pos(tok) == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        reasons = [c for h in (tok, tok.head.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
        if any(g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and g.lemma_.lower() in lex.abstract_objects
               for r in reasons for g in r.children):
            return True
    if _pos(tok) == "VERB":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.abstract_objects for c in tok.children)
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.abstract_objects for g in c.children) for c in tok.children)


def sentence_words(sent) -> set[str]:
    """The sentence's words and their lemmas, lower case."""
    return {w for t in sent for w in (t.lemma_.lower(), t.lower_)}


def _accident(sent, hit_mode: str, lex: Lexicon) -> bool:
    """"a bus plunged into a gorge, killing 32", "a gas cylinder exploded": a death,
    wound or explosion told with an accident's words and no violent ones."""
    if hit_mode not in ("unspecified", "explosives"):
        return False
    words = sentence_words(sent)
    if not words.isdisjoint(lex.violence_words):
        return False
    # a cause is a thing ("a storm", "floods"); the verb "stormed a base" is an assault
    causes = {w for t in sent if _pos(t) != "VERB" for w in (t.lemma_.lower(), t.lower_)}
    things = {w for t in sent if not _names_a_place(t) for w in (t.lemma_.lower(), t.lower_)}
    return not things.isdisjoint(lex.accident_words) or not causes.isdisjoint(lex.non_violent_causes)


def _names_a_place(tok) -> bool:
    """"on Bello Road", "in the town's Market road", "near the Old Bridge": a word of a
    place's name says where it happened, not that a road or a bridge was its cause."""
    if tok.ent_type_ in ("FAC", "GPE", "LOC") or tok.pos_ == "PROPN":
        return True
    return tok.dep_ == "pobj" and any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                                      for c in tok.children)


def _takes_people(tok, lex: Lexicon) -> bool:
    """Is what the verb acts on people ("captured two rebels", "he was captured"), or
    unsaid? A town, a weapon or "knockouts captured on film" are not arrests."""
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if _pos(tok) == "NOUN":   # "the capture of the rebel", not "of the town"
        patients = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    elif not patients and tok.dep_ in ("acl", "relcl"):
        patients = [tok.head]
    # "killed three attackers and captured two": a bare figure stands for the people the
    # verb it is conjoined to acts on
    if tok.dep_ == "conj" and any(_bare_figure(p) for p in patients):
        patients = patients + [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
    # "captured six of its troops": the figure's "of" phrase says who
    patients = patients + [g for p in patients if p.pos_ == "NUM" or p.like_num
                           for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
    return not patients or any(
        p.pos_ == "PRON" or p.ent_type_ in ("PERSON", "NORP", "ORG") or lex.names_people(p.lemma_)
        or lex.names_people(p.lower_) for p in patients)


def _bare_figure(tok) -> bool:
    """A figure with no noun of its own ("captured two")."""
    return (tok.pos_ == "NUM" or tok.like_num) and not any(c.dep_ == "prep" for c in tok.children)


_AIM_PREPS = ("into", "in", "at", "on", "upon", "toward", "towards")


def _harms_nobody(tok, lex: Lexicon) -> bool:
    """"A leopard shot dead by rangers", "rangers killed the elephant", "fired
    shots into the air": a violent verb done only to an animal (cues.yaml ``animals``) or
    aimed only at the empty air (``empty_aims``) hurts no person and is not political
    violence. A person among its victims or aims ("fired into the air and at the crowd")
    keeps it. "Dead" told through a verb ("the leopard was shot dead") is that verb's."""
    if tok.dep_ in ("oprd", "acomp") and _pos(tok) == "ADJ" and _pos(tok.head) == "VERB":
        tok = tok.head
    if _pos(tok) != "VERB":
        return False
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and tok.dep_ == "acl":   # "the elephant shot by rangers"
        patients = [tok.head]
    patients = [p for p in patients for p in (p, *p.conjuncts)]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS]
    # "fired shots into the air": the parser may hang the aim on the shots
    preps += [c for p in patients for c in p.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS]
    preps = [p for p in preps for p in (p, *p.conjuncts)]
    aims = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    if any(p.lemma_.lower() in lex.animals for p in patients):
        return not any(p.pos_ == "PRON" or p.ent_type_ in ("PERSON", "NORP", "ORG") or lex.names_people(p.lemma_)
                       for p in patients)
    empty = [a for a in aims if a.lemma_.lower() in lex.empty_aims]
    # other aims: "at the crowd", not a place or a time ("in Kano", "on Monday")
    others = [a for a in aims if a.lemma_.lower() not in lex.empty_aims and a.head.lower_ != "in"
              and a.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")]
    # the parser may hang a second aim elsewhere ("into the air and then at the crowd")
    others += [g for t in tok.sent if t.dep_ == "prep" and t.lower_ in _AIM_PREPS and t.lower_ != "in"
               for g in t.children if g.dep_ == "pobj" and (lex.names_people(g.lemma_) or g.pos_ == "PRON"
                                                            or g.lemma_.lower() in lex.group_nouns)]
    # what is fired may be said ("fired shots", "fired their guns"); whom it hit may not
    return bool(empty) and not others and all(
        p.lemma_.lower() in lex.instrument_nouns or p.lemma_.lower() in lex.fired_things for p in patients)


def _names_a_kind(tok, lex: Lexicon) -> bool:
    """"A protest vote", "a protest letter", "attack helicopters": a noun trigger that
    modifies another noun names a kind of that thing, and is a happening only when that
    noun is one too: a trigger ("a bomb blast", "a protest rally") or one of cues.yaml
    ``happening_nouns`` ("a protest march", "a shooting incident"). Its gear or weapon
    (``instrument_nouns``: "riot gear", "assault rifles") and a crowd doing it
    (``group_nouns``: "rioting crowds") are left to the sentence."""
    if tok.dep_ != "compound" or _pos(tok) != "NOUN" or _pos(tok.head) not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    nxt = head.nbor(1) if head.i + 2 < len(head.doc) else None
    if nxt is not None and nxt.pos_ == "ADP" and nxt.nbor(1).like_num:
        return False   # a verb read as a noun: "the toll from the bombing mounts to 31"
    # "rioting crowds", "a protesting mob": a body of people doing the deed
    return not any(w in lex.triggers or w in lex.happening_nouns or w in lex.instrument_nouns
                   or w in lex.group_nouns for w in (head.lemma_.lower(), head.lower_))


def _deed_verb(tok):
    """The verb a trigger's clause hangs on: the first of two joined verbs ("to identify
    and arrest"), else the trigger."""
    return tok.head if tok.dep_ == "conj" and _pos(tok.head) == "VERB" else tok


def _to_infinitive(verb) -> bool:
    """Is ``verb`` a verb with its "to" ("to arrest", "to kill")?"""
    return _pos(verb) == "VERB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _only_intended(tok, lex: Lexicon) -> bool:
    """"a search operation to arrest the suspect", "to identify and arrest the attackers":
    an infinitive tells an aim, unless the verb above it says it was reached."""
    verb = _deed_verb(tok)
    if _pos(verb) == "VERB" and verb.dep_ in ("xcomp", "pcomp") and verb.head.lemma_.lower() in lex.escape_verbs:
        return True   # "to avoid being caught", "escaped being arrested": got away from it
    if not _to_infinitive(verb):
        return False
    head = verb.head
    return not (head.lemma_.lower() in lex.implicative_verbs and verb.dep_ in ("xcomp", "acomp"))


def _only_aimed(tok, lex: Lexicon) -> bool:
    """"Its strikes are intended to neutralise the threat", "troops are determined to
    crush them", "his aim was to kill": a deed in the infinitive told only as an aim, after
    a verb of design in the passive or with a deed as its subject ("the bombing aimed to
    kill"), an adjective of will or a noun of aim as subject of "be" (cues.yaml
    ``aim_verbs``, ``aim_adjectives``, ``aim_nouns``). "He intended to kill", a person's
    own plan in the active, is left to the plot rules."""
    verb = _deed_verb(tok)
    if verb.dep_ != "xcomp" or not _to_infinitive(verb):
        return False
    gov = verb.head
    if gov.lemma_.lower() in lex.aim_verbs:   # passive, or a deed's own aim ("the attack was meant to kill")
        return any(c.dep_ == "auxpass" for c in gov.children) or gov.dep_ in ("acl", "amod") \
            or any(c.dep_ == "nsubj" and _candidates(c, lex) for c in gov.children)
    if gov.pos_ == "ADJ" and gov.lower_ in lex.aim_adjectives:
        return True
    return gov.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.aim_nouns
                                      for c in gov.children)


def _told_not_done(tok) -> bool:
    """"The gunmen have not been arrested", "his wife was not injured", "whether or not
    the attackers have been detained": a deed in the passive, negated by the narrator with
    no doer named, did not happen. A negation naming the doer ("were not beaten by
    police") is a denial, left to the status rules."""
    if _pos(tok) != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return any(c.dep_ == "neg" for c in tok.children)


def _natural_cause(tok, lex: Lexicon) -> bool:
    """"a storm killed three people": not political violence."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("nsubj",) and _pos(tok) == "NOUN":
        subj = tok
    if subj is None:  # "killed in a flood": the cause in a prepositional phrase
        subj = next((g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
                     for g in c.children if g.dep_ == "pobj"), None)
    if subj is None and tok.dep_ == "dobj":
        # "to fend off raids by monkeys": the parser hangs the noun's "by" on the verb
        subj = next((g for c in tok.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     and c.i > tok.i for g in c.children if g.dep_ == "pobj"), None)
    return subj is not None and subj.lemma_.lower() in lex.non_violent_causes


def accident_told(sent, lex: Lexicon) -> bool:
    """Does the sentence tell a death, wound or explosion as an accident ("a reactor
    exploded at a chemical factory, killing seven")?"""
    return any(trig.event_type == "ASSAULT" and not trig.armed_entry and _fits(tok, trig, lex)
               and _accident(sent, trig.mode, lex)
               for tok in sent for trig in _candidates(tok, lex))


def _imagined_case(tok, lex: Lexicon) -> bool:
    """"Police tested the guards on handling a terror attack": an indefinite happening
    that a verb of coping (``readiness_verbs``) takes as its object is a case imagined for
    a drill or a plan, not a happening the article reports."""
    return _pos(tok) == "NOUN" and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in lex.readiness_verbs \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def restated(tok, lex: Lexicon) -> bool:
    """"The bombing in X was the third big attack on the town this month": a deed noun
    predicated of a subject that is a deed word of its own type tells that deed again,
    measured against others; the subject is its mention ("the protests are the biggest
    threat to the government" restates nothing)."""
    if _pos(tok) != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    mine = {t.event_type for t in _candidates(tok, lex)}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
               and mine & {t.event_type for t in _candidates(c, lex)} for c in tok.head.children)


def _left_open(tok, lex: Lexicon) -> bool:
    """"Would neither confirm nor deny the raid", "would not confirm or deny it": a
    denial paired by "nor" or "or" with a verb of confirming (``open_answers``) leaves the
    answer open and denies nothing."""
    pair = [tok.head] if tok.dep_ == "conj" else []
    pair += [c for c in tok.children if c.dep_ == "conj"]
    joined = any(c.dep_ == "cc" and c.lower_ in ("nor", "or") for t in (tok, *pair) for c in t.children)
    return joined and any(t.lemma_.lower() in lex.open_answers for t in pair)


def candidates(tok, lex: Lexicon) -> list[Trigger]:
    """The lexicon's triggers the token may be (see ``_candidates``)."""
    return _candidates(tok, lex)


def _candidates(tok, lex: Lexicon) -> list[Trigger]:
    """The lexicon's triggers the token may be (by lemma, word or singular), none for a
    token inside a name ("Joint Operations Command", "Operation Iron Sword")."""
    if tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT"):
        return []
    low = tok.lower_
    return (lex.triggers.get(tok.lemma_.lower()) or lex.triggers.get(low)
            or (low.endswith("s") and lex.triggers.get(low[:-1])) or [])


def find_hits(sent, lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    for tok in sent:
        for trig in _candidates(tok, lex):
            if _fits(tok, trig, lex):
                if _is_generic(tok, lex) or _is_aggregate(tok, trig.event_type == "COERCE") or _war_toll(tok, lex) or \
                        _second_person(tok) or (not trig.denied_part and _none_happened(tok, lex)) or \
                        _offence_named(tok, lex) or \
                        _only_capable(tok, lex) or _only_possible(tok) or \
                        (trig.weak and not _has_specifics(sent, lex) and not _more_victims(tok, lex)) or \
                        (trig.condition and not _condition_told_as_happening(tok)) or \
                        (trig.needs_context and not _in_context(sent, tok, lex)) or \
                        (trig.not_abstract and _abstract_object(tok, lex)) or _natural_cause(tok, lex) or \
                        (trig.event_type == "ASSAULT" and not trig.armed_entry and _accident(sent, trig.mode, lex)) or \
                        (trig.event_type == "COERCE" and _only_intended(tok, lex)) or \
                        (trig.event_type == "ASSAULT" and _only_aimed(tok, lex)) or \
                        (trig.event_type in ("ASSAULT", "COERCE") and _told_not_done(tok)) or \
                        (trig.person_object and not _takes_people(tok, lex)) or \
                        (trig.event_type == "ASSAULT" and _harms_nobody(tok, lex)) or \
                        _names_a_kind(tok, lex) or _imagined_case(tok, lex) or \
                        (trig.event_type == "REJECT" and _left_open(tok, lex)) or restated(tok, lex) or \
                        _one_state_operation(tok, trig) or \
                        (trig.near_by_people and not _done_by_people(tok, trig, lex)):
                    break
                etype, mode = _mode_from_modifiers(tok, trig, lex)
                if trig.crowd_riot and doers.crowd_deed(tok, lex):
                    etype, mode = "PROTEST", "riot"   # "protesters stormed the parliament"
                if (etype, mode) == ("COERCE", "raid") and _raids_a_settlement(tok, lex):
                    etype, mode = "ASSAULT", "unspecified"
                hits.append(Hit(tok, trig, etype, mode, []))
                break
    _crowd_attack(hits)
    # a weak trigger beside a strong one of its type is part of the same happening
    # ("a blast ... killed 12 and wounded 30": the wounding is the attack's)
    hits = _absorb(hits, lex)
    strong = {h.event_type for h in hits if not h.trigger.weak or any(not b.trigger.weak for b in h.absorbed)}
    hits = [h for h in hits if not (h.trigger.weak and not h.absorbed and h.event_type in strong)]
    # a bare report of the dead ("the toll is six dead and 18 wounded", "three deaths were
    # reported after a car bomb exploded") beside another casualty word or deed of its
    # sentence: that word is the sentence's mention; of several bare reports ("six died and
    # ten sustained injuries"), the first
    bare = {id(h) for h in hits if (h.token.lemma_.lower() in lex.joining_reports or h.trigger.counted)
            and not h.absorbed}
    return [h for h in hits if not (id(h) in bare and any(
        o is not h and o.event_type == h.event_type and (id(o) not in bare or o.token.i < h.token.i) for o in hits))]


def _crowd_attack(hits: list[Hit]) -> None:
    """"A mob stormed a police station, took hostages and attacked people with axes",
    "rioters attacked shopkeepers, killing 40": a crowd's deed told with an attack the same
    crowd does in its sentence, or with a killing its clause goes on to tell, is part of
    that attack, not a riot beside it ("protesters burst in, and gunfire could be heard"
    is still a riot)."""
    for h in hits:
        if h.trigger.crowd_riot and h.event_type == "PROTEST":
            crowd = {d.i for d in doers.doers(h.token)}
            if any(o.event_type == "ASSAULT" and (crowd & {d.i for d in doers.doers(o.token)} or (
                    o.token.head.i == h.token.i and o.token.dep_ in ("advcl", "conj", "xcomp"))) for o in hits):
                h.event_type, h.mode = h.trigger.event_type, h.trigger.mode


def _raids_a_settlement(tok, lex: Lexicon) -> bool:
    """"Gunmen raided two villages", "a raid on three army bases", "a dawn raid on the
    cattle camp", "cross-border raids": a raid on a settlement or a post is an attack on
    the people there, not a police search of premises ("raided a house", "a raid on the
    group's offices"). The target is the verb's object, the noun after "on", or a word
    before the noun raid."""
    if not tok.lower_.startswith("raid"):
        return False   # a manhunt, a search: the police's
    if any(c.dep_ in ("amod", "advmod") and lex.pointed_time.fullmatch(c.lower_) for c in tok.children):
        return False   # "earlier raids on border posts": told from another day, left as it was
    targets = [c for c in tok.children if c.dep_ == "dobj"]
    targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children if g.dep_ == "pobj"]
    if _pos(tok) == "NOUN":
        targets += [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        targets += [c for c in tok.lefts if c.dep_ in ("compound", "amod") for c in c.subtree]
    names = lex.raid_attack_targets   # "bases" as written: the tagger may lemmatise it as "basis"
    return any(t.lemma_.lower() in names or t.lower_ in names or t.lower_.removesuffix("s") in names for t in targets)


def _prep_chain_to(tok, target) -> bool:
    """``tok`` hangs off ``target`` through prepositional phrases only."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("pobj", "prep", "pcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == target.i:
            return True
    return False


def _absorbs(a: Hit, b: Hit) -> bool:
    """Does hit ``a`` describe the same happening as ``b`` (so ``b`` folds into ``a``)?"""
    ta, tb = a.token, b.token
    if (a.event_type, b.event_type) not in _FAMILY_MERGE:
        return False
    # "an attack that killed 39": the kill verb is a relative clause of the attack noun
    if tb.dep_ in ("relcl", "acl") and tb.head.i == ta.i:
        return True
    # "the blast killed five": the noun trigger is the subject of the kill verb
    if ta.dep_ in ("nsubj",) and ta.head.i == tb.i and _pos(ta) == "NOUN":
        return True
    # "detained 125 in raids", "killed in an attack", "plot for an attack",
    # "neutralized as a result of an air operation"
    if tb.dep_ == "pobj" and _prep_chain_to(tb, ta):
        return True
    # "plotting an attack", "carried out a bombing": the noun is the verb's object
    if tb.dep_ == "dobj" and tb.head.i == ta.i and _pos(tb) == "NOUN":
        return True
    # "detained 17 suspects, including 11 foreigners, in raids": a noun in a's phrase
    if a.event_type == "COERCE" and b.mode == "raid" and tb.dep_ == "pobj" and _pos(ta) == "VERB":
        return any(x.i == ta.i for x in tb.ancestors)
    # "a bomb exploded in a market, killing 12": the participle is the same happening
    if tb.dep_ in ("advcl", "xcomp") and tb.head.i == ta.i and tb.tag_ == "VBG" and a.event_type == "ASSAULT":
        return True
    # "a drone strike hit a block, killing two": the participle of the verb a is subject of
    if tb.dep_ in ("advcl", "xcomp") and ta.dep_ == "nsubj" and tb.head.i == ta.head.i and tb.tag_ == "VBG":
        return True
    # "stormed and killed", "attacked and wounded": conjoined verbs of one family
    if tb.dep_ == "conj" and tb.head.i == ta.i and _pos(ta) == _pos(tb) == "VERB" and not b.trigger.weak:
        return True
    # "suicide bombing attack", "bomb attack": compound trigger of the same noun
    if tb.dep_ == "compound" and tb.head.i == ta.i:
        return True
    return False


def _absorb(hits: list[Hit], lex: Lexicon) -> list[Hit]:
    alive = list(hits)
    changed = True
    while changed:
        changed = False
        for a in alive:
            for b in alive:
                if a is b:
                    continue
                if _absorbs(a, b):
                    a.absorbed.append(b)
                    if a.mode == "unspecified" and b.mode != "unspecified":
                        a.mode = b.mode
                    alive.remove(b)
                    changed = True
                    break
            if changed:
                break
    return alive
