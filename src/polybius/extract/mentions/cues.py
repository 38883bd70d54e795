"""Status, background and attribution cues of one event, read off the parse.

Cues only count when they govern the trigger (they are on its path to the sentence
root) or modify it: "alleged links" in "detained 32 over alleged links" does not make
the detention alleged.
"""
from __future__ import annotations

from polybius.extract.lexicon import Lexicon
from polybius.extract.parse_tools import is_plural_bare, phrase_text
from polybius.records import SourceClaim

_CUE_PREPS = {"of", "for", "to"}   # "suspected of planning", "plot for an attack"
_FUTURE_AUX = {"will", "shall", "'ll", "would", "could", "might", "may"}
_ATTR_PREP_LEMMAS = {"accord": "according to", "cite": "citing"}


def _governor_path(trigger):
    """(governor, dependency-of-child) pairs from the trigger up to the root."""
    cur = trigger
    while cur.head.i != cur.i:
        yield cur.head, cur.dep_
        cur = cur.head


def _sibling(word, dep: str) -> bool:
    """Does ``word`` tell another action of the thwarting verb's doer, which happened: a verb
    joined to it ("foiled the plot and arrested three") or its participle clause ("disrupted
    a plot, arresting him"), not its object or a purpose ("foiled a plot to bomb the embassy")?
    Read for arrests only: the police's arrests that foil a plot are what the police did."""
    return word.pos_ == "VERB" and (dep == "conj" or (dep == "advcl" and word.tag_ == "VBG"))


def find_status(trigger, lex: Lexicon, default: str | None = None, event_type: str | None = None) -> str:
    """occurred / planned / thwarted / alleged / denied for the event at ``trigger``
    (``event_type``: the trigger's, for the rule of the thwarter's arrests)."""
    st = lex.status
    mods = [c for c in trigger.children if c.dep_ in ("amod", "advmod", "acl", "neg", "aux", "compound")]
    head = trigger.head
    if trigger.pos_ == "NOUN" and head.pos_ in ("VERB", "AUX") and trigger.dep_ in ("dobj", "nsubjpass"):
        mods += [c for c in head.children if c.dep_ in ("advmod", "neg", "aux")]
    lows = {m.lower_ for m in mods} | {m.lemma_.lower() for m in mods}
    mod_planned = bool(lows & (st["planned"] | st["planned_modifiers"]))  # "planning attacks"
    done_deed = trigger.lemma_.lower() in st.get("done_attempt_deeds", ())   # "attempted murder"
    if lows & st["thwarted_modifiers"] and not (done_deed and lows & st["thwarted_modifiers"] <= {"attempted"}):
        return "thwarted"
    if any(m.dep_ == "neg" for m in mods):
        return "denied"
    if _would_have(trigger):
        return "planned"
    # the first governing verb decides (nouns such as "plot" on the way mark a plan):
    # "suspected of planning attacks" is planned, "vowed to retaliate for an attack" is not
    planned_seen = False
    path = list(_governor_path(trigger))
    below = [trigger] + [g for g, _ in path]   # the word whose head each step reaches
    for step, (gov, dep) in enumerate(path):
        lemma = gov.lemma_.lower()
        if dep in ("nsubj", "csubj"):
            break  # "an attack disrupted its systems": the event acts, nothing governs it
        if gov.pos_ == "ADP" and gov.lower_ not in _CUE_PREPS:
            break  # "suspected of links ... in connection with the bombing": not the bombing's status
        if gov.pos_ in ("NOUN", "PROPN"):
            if lemma in st["done_attempts"] and (dep == "compound" or (done_deed and dep in ("acl", "xcomp"))):
                continue   # "an assassination attempt", "an attempt to kill him": carried out, its target survived
            if lemma in st["planned"] or gov.lower_ in st["planned"] or lemma in st["purpose_nouns"]:
                planned_seen = True
            continue
        if gov.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in lex.perpetration_verbs and lemma not in st["planned"]:
            continue  # "denied carrying out the bombing": look past "carry out"
        if done_deed and lemma in st["done_attempts"] and dep == "xcomp":
            continue  # "the gunman attempted to kill him": he attacked; a verb above still decides
        if event_type == "ASSAULT" and dep == "xcomp" and lemma in st["made_attempts"] \
                and _tried_before(gov):
            continue  # "arrested after attempting to shoot her": the attack was made; a verb above still decides
        if lemma in st["thwarted"]:
            if event_type == "COERCE" and _sibling(below[step], dep):
                break   # "foiled the plot and arrested three", "disrupted a plot, arresting him": done
            return "thwarted"
        if lemma in st["denied"]:
            return "denied"
        if lemma in st["planned"] or planned_seen:
            return "planned"
        if lemma in st["alleged"] and not any(
                c.lemma_ in ("responsibility", "credit") for c in gov.children):
            return "planned" if mod_planned else "alleged"
        break
    if planned_seen:
        return "planned"
    if lows & st["planned_modifiers"]:
        return "planned"
    if lows & _FUTURE_AUX and trigger.pos_ == "VERB":
        return "planned"
    if lows & st["alleged_modifiers"]:
        return "alleged"
    return default or "occurred"


def _tried_before(verb) -> bool:
    """Is the verb of trying told as done: a past verb ("attempted to storm", "had tried
    to"), or a gerund after "after" ("arrested after attempting to shoot")? Not a present
    or future trying ("trying to plant a bomb", "will try to attack"), which is a plan."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBG" and verb.head.lower_ == "after"


def _would_have(trigger) -> bool:
    """"The attack would have taken place at New Year", "the bombs could have killed
    hundreds": what a foiled plot would have done, not what happened."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"would", "could", "might"}) and "have" in aux


def is_future(trigger) -> bool:
    aux = [c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("will", "shall", "'ll") for a in aux) or (
        "going" in aux and any(c.lower_ == "to" for c in trigger.children))


def _weeks_before(trigger, lex: Lexicon) -> bool:
    """"a week after suicide bombers killed 250", "two weeks after the attack": the
    trigger's clause or phrase is introduced by "after" with a week or more before it;
    or with days told with no count ("days after", "a few days after": ``_days_apart``).
    A relative clause tells the noun it hangs on ("weeks after the raid on X village of Y
    district, in which 12 were killed"): that noun's phrase counts."""
    return _told_after(trigger, lex, lex.elapsed_units, lapse=False) or _days_apart(trigger, lex) \
        or any(_told_after(n, lex, lex.elapsed_units, lapse=False) for n in _described_nouns(trigger))


def _described_nouns(trigger) -> list:
    """The nouns up the "of"/"in" chain a relative clause hangs on ("the raid on X village
    of Y district, in which ...": district, village, raid), up to the first that is no
    object of a preposition."""
    if trigger.dep_ != "relcl":
        return []
    out, noun = [], trigger.head
    while noun.pos_ in ("NOUN", "PROPN") and len(out) < 4:
        out.append(noun)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head.head
    return out


def _days_apart(trigger, lex: Lexicon) -> bool:
    """"The raid came days after gunmen stormed the base", "a few days after", "only days
    after the bombing": days told with no count (``_uncounted_days``, as the lapse rules
    read them) set
    the happening apart from the news as an earlier one the writer recalls; "a day after"
    and "two days after" (counted) are left to the lapse rules as news. Like a lapse it
    reaches the whole clause it opens ("days after rebels hit the camps, sparking clashes
    that killed two": the clashes too)."""
    for tok in (trigger, *trigger.ancestors):
        for mark in _prior_marks(tok, lex):
            if mark.lower_ == "since":
                continue
            if any(t.lemma_.lower() in lex.lapse_day_units and _uncounted_days(t, lex)
                   for t in mark.doc[max(mark.i - 3, mark.sent.start):mark.i]):
                return True
    return False


def lapse_before(trigger, lex: Lexicon) -> bool:
    """"came a day after gunmen killed five", "hours after a bomb hit the base": the
    trigger's clause or phrase is introduced by "after" with a day or less before it (a
    bare plural counts: "hours after"). Still news, but earlier than what its sentence
    says came after it."""
    return _told_after(trigger, lex, lex.lapse_units, lapse=True) or (
        trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lex.sequence_verbs)


def _prior_marks(tok, lex: Lexicon) -> list:
    """The words that tell ``tok``'s clause or phrase as earlier ("after", "before"): a
    marker of its clause ("after gunmen killed five"), or the preposition it is the object
    of ("after the attack")."""
    marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in lex.prior_markers]
    if tok.dep_ == "pobj" and tok.head.lower_ in lex.prior_markers:
        marks.append(tok.head)
    return marks


def _told_after(trigger, lex: Lexicon, units, lapse: bool) -> bool:
    # a lapse reaches the whole clause it opens ("hours after a man was killed as militants
    # lobbed a bomb": the lobbing too); the elapsed weeks of history look one level up
    for tok in ([trigger, *trigger.ancestors] if lapse else (trigger, trigger.head)):
        for mark in _prior_marks(tok, lex):
            if lapse and mark.lower_ == "since":
                continue   # "hours since" runs a span, it does not place one earlier happening
            near = list(mark.doc[max(mark.i - 3, mark.sent.start):mark.i])
            if not lapse:   # "after two weeks of fighting" is history too; "after hours of
                near += list(mark.children)   # fighting" is a length of the news itself
            if any(t.lemma_.lower() in units and (_a_length(t) or (lapse and t.tag_ == "NNS"))
                   for t in near):
                return True
    return False


def lapse_days(trigger, lex: Lexicon) -> tuple[int, str] | None:
    """How many days before its sentence's news a happening told in "a day after ...",
    "two days after ..." took place, with the words that say so ("the raid came a day
    after gunmen killed five": 1, "a day after"); days told with no count ("days after",
    "a few days after") are ``lapse_few_days`` (a rough lapse, ``lapse_rough``); None for
    any other lapse ("hours after", "a few weeks after": no day to count)."""
    for tok in (trigger, *trigger.ancestors):
        for mark in _prior_marks(tok, lex):
            if mark.lower_ == "since":
                continue
            first = max(mark.i - 3, mark.sent.start)
            for t in mark.doc[first:mark.i]:
                if t.lemma_.lower() in lex.lapse_day_units:
                    days = _days_counted(t, lex.lapse_day_units[t.lemma_.lower()], lex)
                    if days is None and _uncounted_days(t, lex):
                        days = lex.lapse_few_days
                    return (days, mark.doc[max(t.left_edge.i, first):mark.i + 1].text) if days else None
    return None


def _uncounted_days(unit, lex: Lexicon) -> bool:
    """"days", "a few days", "several days": days told with no count."""
    return unit.tag_ == "NNS" and lex.lapse_day_units[unit.lemma_.lower()] == 1 \
        and _days_counted(unit, 1, lex) is None


def lapse_rough(trigger, lex: Lexicon) -> bool:
    """Is the lapse told as a rough one ("less than two weeks after", "nearly a week
    after"): the month it gives, not the day?"""
    for tok in (trigger, *trigger.ancestors):
        for mark in _prior_marks(tok, lex):
            near = mark.doc[max(mark.i - 5, mark.sent.start):mark.i]
            if any(t.lower_ in lex.lapse_rough for t in near) or any(
                    t.lemma_.lower() in lex.lapse_day_units and _uncounted_days(t, lex)
                    for t in mark.doc[max(mark.i - 3, mark.sent.start):mark.i]):
                return True
    return False


def _days_counted(unit, days: int, lex: Lexicon) -> int | None:
    """"a day" 1, "two days" 2, "3 days" 3; "a few days", "days" None."""
    for c in unit.children:
        if c.dep_ == "amod" and c.lower_ in ("few", "several", "many", "couple"):
            return None
    for c in unit.children:
        if c.dep_ == "det" and c.lower_ in ("a", "an") and unit.tag_ == "NN":
            return days
        if c.dep_ == "nummod":
            value, qualifier = lex.number_words.get(c.lower_, (None, None))
            n = value if qualifier == "exact" else int(c.text) if c.text.isdigit() and len(c.text) < 3 else None
            return n * days if n else None
    return None


def running_since(trigger, lex: Lexicon) -> bool:
    """Is the event told as running since a month, a year, a decade or a war's start
    ("ADF attacks since April have killed 370", "has carried out bombings since 1991",
    "since the start of the war")? Not since a day ("since Sunday": the news goes on)."""
    verb = next((g for g, _ in _governor_path(trigger) if g.pos_ in ("VERB", "AUX")), trigger)
    for tok in (trigger, verb):
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "since":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _a_span_start(obj, lex):
                    return True
    return False


def _a_span_start(obj, lex: Lexicon) -> bool:
    """"April", "1991", "April 2023", "the 1960s", "the start of the war"."""
    words = [obj, *(c for c in obj.children if c.dep_ in ("nummod", "compound", "npadvmod", "appos"))]
    for t in words:
        text = t.lower_
        if text in lex.span_starts:
            return True
        if len(text) >= 4 and text[:4].isdigit() and (len(text) == 4 or text[4:] in ("s", "'s")):
            return True   # 1991, 1960s
    return False


def _a_length(unit) -> bool:
    """"a week", "two weeks", "several months": a length of time, not "this week"."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod"
               or (c.dep_ == "amod" and c.lower_ in ("few", "several", "many")) for c in unit.children)


def background_cue(trigger, clause_text: str, sentence_prefix: str, lex: Lexicon) -> bool:
    """True when the wording marks the event as history ("since an attack", "in the
    aftermath of", "earlier this month", "has been on high alert after") or as a habit
    ("often attacks")."""
    for gov, _ in _governor_path(trigger):
        if gov.lemma_.lower() in lex.background_governors or gov.lower_ in lex.background_governors:
            return True
    if _weeks_before(trigger, lex):
        return True
    if running_since(trigger, lex):
        return True   # "attacks since April have killed 370": a running total
    if habitual(trigger, lex):
        return True   # "the group often hits the capital", "are killed every day": a habit
    if _standing(trigger, lex) or _told_as_earlier(trigger, lex):
        return True   # "has long accused", "in an earlier attack": history to the news
    if _compared(trigger):
        return False   # "the attack was the deadliest since ...": the news, measured against history
    text = _without(clause_text.lower(), lex.present_phrases)
    prefix = _without(sentence_prefix.lower(), lex.present_phrases)
    return any(p in text or p in prefix for p in lex.background_phrases)


def _without(text: str, phrases) -> str:
    """``text`` with the phrases of the writer's present ("at the time of publication")
    cut out, so that a phrase of the past inside them ("at the time") is not read."""
    for p in phrases:
        text = text.replace(p, " ")
    return text


def _standing(trigger, lex: Lexicon) -> bool:
    """"Congo has long accused Rwanda", "Kyiv has generally denied any role": a verb in
    the perfect with an adverb of standing (cues.yaml ``standing_adverbs``) tells a stance
    held or deeds done over a long time, not the news of the day."""
    verb = _clause_verb(trigger)
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in lex.standing_adverbs for c in verb.children)


def _told_as_earlier(trigger, lex: Lexicon) -> bool:
    """"A recent attack on a concert", "two other recent bombings", "in an earlier attack,
    eight policemen were killed": the deed's noun (the trigger, or the object of "in" on
    its verb) carries a word that places it before the news (``earlier_modifiers``, or
    ``recent_modifiers`` unless told as the one in view: "the recent attack"). "Killed in
    attacks in recent days": the deed runs over a recent period (``recent_periods``), a
    trend."""
    verb = _clause_verb(trigger)
    nouns = [trigger] + [obj for t in {trigger, verb} for prep in t.children
                         if prep.dep_ == "prep" and prep.lower_ == "in"
                         for obj in prep.children if obj.dep_ == "pobj"]
    for n in nouns:
        if n.pos_ != "NOUN":
            continue
        for c in n.children:
            if c.dep_ != "amod":
                continue
            if n.lemma_.lower() in lex.recent_periods:
                if c.lower_ in lex.recent_modifiers:
                    return True   # "in recent weeks"
            elif c.lower_ in lex.earlier_modifiers or (
                    c.lower_ in lex.recent_modifiers and not _the_one_in_view(n)):
                return True
    return False


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _the_one_in_view(noun) -> bool:
    """"The recent attack", "this recent strike", "the most recent protest": a definite
    deed told as recent is the one the article is about, or the latest of its run."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def habitual(trigger, lex: Lexicon) -> bool:
    """Is the event told as a habit ("the group often hits the capital", "people are
    killed every day", "the army regularly carries out raids")? A habit is no happening."""
    verb = next((g for g, _ in _governor_path(trigger) if g.pos_ in ("VERB", "AUX")), trigger)
    return any((c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs) or _every(c, lex)
               for t in (trigger, verb) for c in t.children) \
        or _for_vague_length(_clause_verb(trigger), lex) or any(_habit_governed(t, lex) for t in (trigger, verb))


def _clause_verb(trigger):
    """The first verb from the trigger up that carries an auxiliary ("have been wracked
    by rustling and kidnapping": "wracked"), else the trigger."""
    for t in (trigger, *(g for g, _ in _governor_path(trigger))):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return t
    return trigger


def _for_vague_length(verb, lex: Lexicon) -> bool:
    """"Bandits have raided the villages for years", "have for decades been hit by
    kidnappings": a verb in the perfect lasting a length with no number ("for years",
    "for many decades") tells a habit or a state. "Was jailed for ten years" (no perfect)
    and "has been held for two years" (a number) are left as they were."""
    haves = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if verb.pos_ not in ("VERB", "AUX") or not haves:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "for" and obj.dep_ == "pobj"
               and obj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() in lex.habit_lengths
               and not any(c.dep_ == "nummod" or c.like_num for c in obj.children)
               for t in (verb, *haves) for prep in t.children for obj in prep.children)   # "have for years been"


def _habit_governed(verb, lex: Lexicon) -> bool:
    """"The rebels tend to ambush convoys", "are known to kidnap workers", "the gang used
    to rob traders": a deed in the infinitive after a word of habit (cues.yaml
    ``habit_governors``). "Known to have killed" (a perfect infinitive) tells one deed;
    "the rifle used to shoot him" (a participle, no subject) and "rebels used machetes to
    kill" (an object) name an instrument."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.tag_ == "TO" for c in aux) or any(c.lemma_ == "have" for c in aux):
        return False
    gov = verb.head
    if gov.lower_ not in lex.habit_governors and gov.lemma_.lower() not in lex.habit_governors:
        return False
    if gov.lower_ == "used":   # "used to rob": "to" right after it, no object between
        return gov.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in gov.children) \
            and not any(c.dep_ in ("auxpass", "dobj") for c in gov.children) \
            and gov.i + 1 < len(gov.doc) and gov.doc[gov.i + 1].lower_ == "to"
    return True


def kind_of_deed(trigger, counted: bool, dated: bool, placed: bool, lex: Lexicon) -> bool:
    """Is the trigger a bare plural noun that names a kind of deed rather than a happening
    ("the group has faced attacks from rebels", "he took part in anti-government
    protests", "radicalised for committing terror attacks")? No article, number or
    possessive before it (nor before the first member of its list), not the subject of its
    clause ("clashes erupted in the city" tells a happening), and no figure, day or place of
    its own. A plot ("arrested for planning attacks") is left to the plot rules, and a
    running total ("since 1991 the group has carried out bombings") stays a record of
    history."""
    if trigger.pos_ != "NOUN" or not is_plural_bare(trigger) or counted or dated or placed:
        return False
    if lex.names_people(trigger.text) or lex.crowd_sides.search(trigger.text):
        return False   # "fired tear gas at protesters": the people of a deed, not its kind
    first = trigger
    while first.dep_ == "conj":   # "attacks, kidnappings and killings": the list's first member
        first = first.head
    if first is not trigger and (first.pos_ != "NOUN" or not is_plural_bare(first)):
        return False
    if first.dep_ in ("nsubj", "nsubjpass", "csubj", "ROOT"):
        return False   # "protests broke out", a headline "Clashes in the capital"
    if any(c.dep_ in ("acl", "relcl") for c in trigger.children):
        return False   # "attacks that killed nine"
    return _an_example(first) or _present_or_perfect(_finite_verb(trigger))


def _an_example(noun) -> bool:
    """"marched against crimes such as abductions": a bare plural given as an
    example after "such as" names a kind, whatever the tense of its sentence."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


_UP_TO_VERB = ("dobj", "pobj", "prep", "conj", "compound", "appos", "pcomp", "xcomp", "advcl", "acl", "dative",
               "attr", "oprd", "agent", "nmod", "amod")


def _finite_verb(tok):
    """The finite verb whose clause tells ``tok`` ("has faced attacks", "was sent for
    committing bombings": "was"), through prepositions, objects and non-finite verbs;
    None when the sentence has none (a headline's noun phrase)."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and (tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in tok.children)):
            return tok
        if tok.dep_ not in _UP_TO_VERB or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _present_or_perfect(verb) -> bool:
    """Is the verb told in the present or the present perfect ("has faced", "are used",
    "will have seen"), or as a conjunct of such a verb ("have clashed ... and carried out")?
    A verb told in the past, simple or perfect, narrates ("caused chaos with shootings",
    "had imposed curfews in three provinces"): its plural is news."""
    while verb is not None:
        if verb.tag_ in ("VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return False


def charge_without_accuser(trigger) -> bool:
    """"He is accused of murdering two lawmakers", "attacks blamed on militants": a
    standing charge told in the passive with no one named making it is no accusation
    that happened ("blamed by the government on the rebels" is one); nor is "the
    accused", a person; nor "the act is believed to be the work of X", with no one named
    believing it."""
    if trigger.pos_ == "NOUN":
        cop = trigger.head
        held = cop.head if cop.dep_ == "xcomp" else None
        return held is not None and held.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in held.children) \
            and not any(c.dep_ == "agent" for c in held.children)
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN":
        return False
    if trigger.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "pobj"):
        return True   # "the accused was produced in court": a person, not an accusation
    passive = any(c.dep_ == "auxpass" for c in trigger.children) or trigger.dep_ in ("acl", "amod")
    return passive and not any(c.dep_ == "agent" for c in trigger.children)


def _compared(trigger) -> bool:
    """Is the trigger the subject of a superlative ("Tuesday's attack was the deadliest
    in years")?"""
    head = trigger.head
    if trigger.dep_ != "nsubj" or head.lemma_ != "be":
        return False
    return any(c.dep_ in ("attr", "acomp") and (c.tag_ == "JJS" or any(g.tag_ == "JJS" for g in c.children))
               for c in head.children)


def _every(tok, lex: Lexicon) -> bool:
    """"every day", "every night": a time unit after "every"."""
    return tok.dep_ == "npadvmod" and tok.lemma_.lower() in lex.habitual_units and any(
        d.dep_ == "det" and d.lower_ == "every" for d in tok.children)


def find_source_claim(trigger, sent, lex: Lexicon, actor_tokens=()) -> SourceClaim | None:
    """Who the sentence says reported the event: "X said", "NTV reported",
    "according to X", "citing X"."""
    # "according to X" / "citing X" anywhere in the sentence
    for tok in sent:
        if tok.lower_ in ("according", "citing") and tok.dep_ in ("prep", "acl", "advcl", "pcomp"):
            obj = next((g for c in tok.children for g in ([c] if c.dep_ in ("pobj", "dobj") else c.children)
                        if g.dep_ in ("pobj", "dobj")), None)
            if obj is not None:
                by = phrase_text(obj, keep_preps=("of", "in"))
                start = tok.i
                return SourceClaim(by=by, text=sent.doc[start:obj.right_edge.i + 1].text)
    # a speech verb governing the trigger, or the root of a parataxis ("..., police said")
    path = [trigger] + [g for g, _ in _governor_path(trigger)]
    candidates = [g for g in path if g.pos_ == "VERB" and g.lemma_.lower() in lex.attribution_verbs]
    root = sent.root
    candidates += [c for c in root.children if c.dep_ in ("parataxis", "ccomp", "advcl", "conj")
                   and c.pos_ == "VERB" and c.lemma_.lower() in lex.attribution_verbs
                   and not any(t.i == trigger.i for t in c.subtree)]
    for verb in candidates:
        if verb.i == trigger.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not any(t.i == trigger.i for t in c.subtree)]
        subj = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
        if subj is None or any(subj.i == a.i for a in actor_tokens):
            continue
        if subj.lower_ in ("that", "which", "who"):
            continue
        by = phrase_text(subj)
        lo = min(subj.left_edge.i, verb.i)
        hi = max(verb.i, subj.right_edge.i)
        return SourceClaim(by=by, text=sent.doc[lo:hi + 1].text)
    return None


def conditional_plan(trigger, lex: Lexicon) -> bool:
    """"They will execute the workers if the ransom is not paid": an attack told in the
    future on a condition (``status.condition_marks`` marking a clause of its verb) is
    the threat of it, made when it is told."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children):
        return False   # told by the doers of themselves ("they will ..."), not "the gang would attack if ..."
    marks = lex.status.get("condition_marks", frozenset())
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)
