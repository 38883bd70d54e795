"""Casualty and arrest counts from the parse: killed / injured / arrested with qualifiers.

A count belongs to a role through the word that governs the counted people: the
patient of "kill"/"arrest" ("killed 39 people", "12 were detained"), the object of
"leave ... dead", the subject of "die", the noun an adjective such as "dead" modifies.
"three police officers and six militants were killed" sums the conjuncts.
"""
from __future__ import annotations

import re

from polybius.extract.lexicon import Lexicon
from polybius.extract.parse_words import parse_words
from polybius.records import Count, Counts

_NUM_RE = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
_ROLE_ADJ = {"dead": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured"}
_FATALLY = {"fatally", "mortally"}
_PLACE_KINDS = parse_words().place_kind_words   # "the town", "a village": a place, never one person


def parse_number(tok, lex: Lexicon) -> tuple[int, str] | None:
    """The integer value of a number token ("125", "1,200", "three", "dozens", "2.5 million")."""
    text = tok.lower_
    if text in lex.multipliers:   # "three thousand", "1.5 million": the number is before
        prev = _before(tok)
        if prev is not None and _NUM_RE.match(prev.lower_):
            return int(float(prev.lower_.replace(",", "")) * lex.multipliers[text]), "exact"
        if prev is not None and prev.lower_ in lex.number_words:
            value, qual = lex.number_words[prev.lower_]
            if qual == "exact" and value < lex.multipliers[text]:
                return value * lex.multipliers[text], qual
            if qual != "exact" and text + "s" in lex.number_words:
                return lex.number_words[text + "s"]   # "several dozen" are "dozens", "several hundred" "hundreds"
        two = _before(prev) if prev is not None else None
        if two is not None and f"{two.lower_} {prev.lower_}" in lex.number_words and text + "s" in lex.number_words \
                and lex.number_words[f"{two.lower_} {prev.lower_}"][1] != "exact":
            return lex.number_words[text + "s"]   # "a few dozen", "a few hundred": "dozens", "hundreds"
    if _NUM_RE.match(text):
        value = float(text.replace(",", ""))
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in lex.multipliers:
            value *= lex.multipliers[nxt.lower_]
        return int(value), "exact"
    if text in lex.number_words:
        value, qual = lex.number_words[text]
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in lex.multipliers and qual == "exact":
            value *= lex.multipliers[nxt.lower_]
        # compound number words: "twenty-five", "forty two"
        prev = _before(tok)
        if prev is not None and value < 10 and qual == "exact" and prev.lower_ in lex.number_words:
            tens, tens_qual = lex.number_words[prev.lower_]
            if tens_qual == "exact" and 20 <= tens <= 90 and tens % 10 == 0:
                value += tens
        return value, qual
    if "-" in text:  # "twenty-five"
        parts = text.split("-")
        if all(p in lex.number_words for p in parts):
            return sum(lex.number_words[p][0] for p in parts), "exact"
    return None


def _aged(noun) -> bool:
    """"a 16-year-old", "a 23-year-old man": a person told by age."""
    words = [t.lower_ for t in noun.subtree if t.i <= noun.i]
    return "year" in words and ("old" in words or noun.lower_ == "old")


def _before(tok):
    """The token before ``tok``, skipping a hyphen ("twenty-five")."""
    if tok.i == 0:
        return None
    prev = tok.nbor(-1)
    if prev.lower_ == "-" and tok.i > 1:
        prev = tok.nbor(-2)
    return prev


def qualifier_before(tok, lex: Lexicon) -> str | None:
    """The qualifier phrase right before a number ("more than 350", "at least 12",
    "nearly two dozen": before the whole figure)."""
    doc = tok.doc
    prev = _before(tok)
    if tok.lower_ in lex.multipliers and prev is not None and (
            _NUM_RE.match(prev.lower_) or prev.lower_ in lex.number_words):
        tok = prev
    window = doc[max(0, tok.i - 4):tok.i]
    text = " ".join(t.lower_ for t in window)
    for phrase, qual in lex.qualifiers:
        if text.endswith(phrase):
            return qual
    return None


def count_of(noun, lex: Lexicon) -> Count | None:
    """The number of people a noun phrase denotes ("125 suspects", "two of its gunmen",
    "a man", "dozens"), summing "X and Y" conjuncts."""
    # "four soldiers and two civilians" is one toll; bare numbers side by side ("had
    # reached 25 and 56 injured") are two figures: the first only
    # a figure joined to people ("one of his colleagues and a woman", "two of his men and
    # three villagers") lists them too: only a bare figure beside it is another figure
    parts = [noun, *(c for c in _listed(noun, lex)[1:] if not c.like_num)] if noun.like_num else _listed(noun, lex)
    found = [(part, c) for k, part in enumerate(parts)
             if (c := _single_count(part, lex) or (_one_listed(part, lex) if k else None)) is not None]
    if not found:
        return None
    head = found[0][1] if found[0][0] is noun else None
    rest = sum(c.value for part, c in found[1:])
    if head is not None and len(found) > 1 and _tells_who(noun, head, rest, lex, found[1][0]):
        found = found[:1]   # "two people, a woman and her son": the list tells who they were
    total = sum(c.value for _, c in found)
    quals = [c.qualifier for _, c in found]
    texts = [c.text or "" for _, c in found]
    qual = next((q for q in quals if q != "exact"), "exact")
    return Count(value=total, qualifier=qual, text=" and ".join(t for t in texts if t) or None)


_ASIDE = {"—", "–", "-", "--", "(", ":"}


def _one_listed(member, lex: Lexicon) -> Count | None:
    """A later member of a list of the counted told with "a" or "another" is one person
    whatever its noun ("a mother, her two children, a Civilian JTF and three bombers":
    seven; "a member of one group and another": two), unless it names a group or a
    quantity ("and a number of others")."""
    det = next((c for c in member.children if c.dep_ == "det" and c.i < member.i), None)
    if member.lower_ == "another" and member.dep_ == "conj":   # "a commander and another"
        return Count(value=1, qualifier="exact", text=member.text)
    if det is None or det.lower_ not in ("a", "an", "another") or member.tag_ not in ("NN", "NNP") \
            or member.lemma_.lower() in lex.group_nouns | lex.quantity_nouns:
        return None
    return Count(value=1, qualifier="exact", text=f"{det.text} {member.text}")


def _tells_who(noun, head: Count, rest: int, lex: Lexicon, member=None) -> bool:
    """Is the list after a counted noun a breakdown of it, not more people? After a dash,
    a parenthesis or a colon, when it is no more than the figure ("three deaths — two
    civilians and the attacker", "injuring 25 (four officers, seven ...", also when words
    come between: "81 were injured: 65 civilians and 16 soldiers", "left 22 people wounded —
    two seriously, one moderately"); after a comma,
    when a plain word for people is followed by no more than its figure ("two people, a
    woman and her son", "seven people, four soldiers and two farmers": the seventh is
    left untold; "a commander, two fighters and seven civilians" adds up)."""
    doc = noun.doc
    number = next((c for c in noun.children if c.dep_ == "nummod"), noun)
    after = {doc[i].text for i in (noun.i + 1, number.i + 1) if i < len(doc)}
    start = min(t.i for t in member.subtree) if member is not None else 0
    if after & _ASIDE or any(doc[i].text in _ASIDE and not _closed(doc, i, start) for i in range(noun.i + 1, start)):
        return rest <= head.value
    return "," in after and rest <= head.value and (noun.lemma_.lower() in lex.generic_people or noun.like_num)


def _closed(doc, i: int, end: int) -> bool:
    """Is the parenthesis opened at ``i`` closed before ``end`` ("a member of the Front (FLA)
    and another": an acronym in the first member, no breakdown of it)?"""
    return doc[i].text == "(" and any(doc[j].text == ")" for j in range(i + 1, end))


def _listed(noun, lex: Lexicon) -> list:
    """The members of the list ``noun`` heads, itself first: its conjuncts, and the items
    of a comma list the small parser strings as appositions ("a commander, two fighters,
    and seven civilians": "fighters" an apposition, "civilians" its conjunct). An
    apposition with no conjunct after it describes the noun ("Ali, a commander")."""
    out = [noun]
    # "the chief, along with four of his guards, was killed": the people told with him (the
    # parser hangs "along" on the noun, or on the verb after the subject or the object:
    # "was killed along with his driver", "killed a commander, along with his aide")
    along = [*noun.children, *(c for c in noun.head.children if noun.dep_ in ("nsubj", "nsubjpass", "dobj")
                               and noun.i < c.i)]
    withs = [w for child in along if child.dep_ == "prep" and child.lower_ in lex.comitatives
             for w in child.children if w.dep_ == "prep" and w.lower_ == "with"]
    out += [m for w in withs for g in w.children if g.dep_ == "pobj" for m in _listed(g, lex)]
    if noun.dep_ == "dobj":   # "captured a member of one group and another from a second": the
        # parser may hang a long object's "and another" on the verb
        out += [c for c in noun.head.children if c.dep_ == "conj" and c.lower_ == "another" and c.i > noun.i
                and c.pos_ == "PRON"]
    for child in noun.children:
        if child.dep_ == "conj" and not _has_own_role(child, noun, lex):
            out += _listed(child, lex)
        elif child.dep_ == "appos" and child.i > noun.i and "PROPN" not in (noun.pos_, child.pos_) \
                and not noun.i < noun.head.i < child.i and (   # an "appositive" after the verb is a misparse
                any(c.dep_ == "conj" and not _has_own_role(c, child, lex) for c in child.children)
                or any(c.dep_ == "conj" and c.i > child.i and not _has_own_role(c, noun, lex)
                       for c in noun.children)):
            out += _listed(child, lex)
    return out


def _list_head(noun):
    """The first member of the list ``noun`` closes when a role word after the last member
    is the whole list's ("left four policemen and three civilians dead")."""
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN") and not _has_own_role(noun, noun.head):
        noun = noun.head
    return noun


def _has_own_role(conjunct, first, lex: Lexicon | None = None) -> bool:
    """"left a man dead and 100 people injured": the second conjunct is followed by a
    role word of its own, so it is another figure, not a part of the first. A role word
    after the last member only ("left four policemen and three civilians dead") is the
    whole list's. The first member has a role of its own too when it is itself a toll
    noun ("41 deaths and 90 wounded") or the subject or object of a casualty verb ("two
    persons were killed, one of them a young girl, and 57 injured"). A toll noun of another
    role is another figure too ("12 deaths and 30 injuries", "two fatalities and three
    injuries": the injuries are not deaths). A role word closing the first member is its
    own ("left three dead and 120 others abducted")."""
    if lex is not None and _noun_role(conjunct, lex) not in (None, _noun_role(first, lex)):
        return True
    if _role_closes_first(first, conjunct):
        return True
    if not _role_after(conjunct):
        return False
    if conjunct.lower_ in _ROLE_ADJ:   # "..., and 57 injured": the role word itself, with its figure
        return True
    if lex is not None and (first.lemma_.lower() in lex.counted_nouns or (
            first.dep_ in ("nsubj", "nsubjpass", "dobj") and lex.count_roles.get(first.head.lemma_.lower())
            and first.head.i < conjunct.i)):
        return True
    own = [t for t in first.subtree if t.i < conjunct.i and not any(a.i == conjunct.i for a in t.ancestors)]
    return any(t.lower_ in _ROLE_ADJ for t in own) or _role_word_at(first.doc, max(t.i for t in own) + 1)


def _role_closes_first(first, conjunct) -> bool:
    """"left three villagers dead and over 120 others abducted": a role word told right
    after the first member, before the conjunct, is that member's alone; the conjunct is
    another figure whatever follows it (here the kidnapped, no count of the dead)."""
    return any(first.i < t.i < conjunct.i and t.lower_ in _ROLE_ADJ and t.head.i == first.i
               for t in first.children)


def _noun_role(noun, lex: Lexicon) -> str | None:
    """The role a toll noun counts ("deaths": killed, "injuries": injured), else None."""
    lemma = noun.lemma_.lower()
    return lex.count_roles.get(lemma) if lemma in lex.counted_nouns else None


def _role_after(conjunct) -> bool:
    return any(t.lower_ in _ROLE_ADJ for t in conjunct.subtree) or _role_word_at(
        conjunct.doc, max(t.i for t in conjunct.subtree) + 1)


def _role_word_at(doc, i: int) -> bool:
    return i < len(doc) and doc[i].lower_ in _ROLE_ADJ


def _adjacent_figures(tokens, lex: Lexicon, joint: set[int] = frozenset()) -> dict[str, Count]:
    """Figures written right before their role word ("six dead and 18 wounded", "30
    dead and over 20 wounded", "100 people injured"), whatever the parse made of them."""
    out: dict[str, Count] = {}
    ids = {t.i for t in tokens}
    for tok in tokens:
        role = _ROLE_ADJ.get(tok.lower_)
        if role is None or role in out or tok.i == 0 or tok.i in joint or _wounded_who_died(tok, role, lex):
            continue
        num = tok.nbor(-1)
        badly = _how_badly(num) and num.i > 0
        if badly:   # "five seriously wounded", "nine others critically injured": the adverb
            num = num.nbor(-1)   # may end the clause before the role word's own
        if not (num.like_num or num.lower_ in lex.number_words) and num.i > 0 and (
                lex.names_people(num.lower_) or num.lower_ in ("others", "more")):
            num = num.nbor(-1)   # "100 people injured", "20 others wounded"
        cut = badly and tok.i - num.i <= 3   # the clause may end at the adverb
        if (num.i not in ids and not cut) or num.ent_type_ in ("DATE", "TIME") or not (
                num.like_num or (num.lower_ in lex.number_words and num.lower_ not in ("a", "an"))):
            continue
        parsed = parse_number(num, lex)
        if parsed is not None:
            value, qual = parsed
            out[role] = Count(value=value, qualifier=qualifier_before(num, lex) or qual, text=num.text)
    return out


def _how_badly(tok) -> bool:
    """"seriously", "critically", "slightly": an adverb of manner between a figure and its
    role word tells how badly they were hurt, not another figure. "fatally" is left out:
    "two fatally wounded" are dead, not wounded."""
    return tok.pos_ == "ADV" and tok.tag_ == "RB" and tok.lower_.endswith("ly") and tok.lower_ not in _FATALLY


def _single_count(noun, lex: Lexicon) -> Count | None:
    if noun.lemma_.lower() in lex.total_nouns:   # "a total of 17 soldiers were wounded"
        people = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        return _single_count(people[0], lex) if people else None
    if noun.lemma_.lower() in lex.group_nouns and not any(c.dep_ == "nummod" for c in noun.children) \
            and (found := _group_figure(noun, lex)) is not None:   # "a cell of six militants"
        return found
    if noun.lower_ == "another" and noun.pos_ == "PRON" and noun.dep_ in ("nsubj", "nsubjpass"):
        return Count(value=1, qualifier="exact", text=noun.text)   # "... while another died in a clash"
    if noun.lower_ in lex.reflexive_one:   # "detonated his vest, killing himself"
        return Count(value=1, qualifier="exact", text=noun.text)
    if noun.lower_ in lex.reflexive_many:  # "two bombers detonated their vests, killing themselves"
        subject = _doer_of(noun.head)
        return None if subject is None or subject.lower_ in lex.reflexive_many else count_of(subject, lex)
    num_tok = None
    if noun.like_num or noun.lower_ in lex.number_words:
        num_tok = noun
    else:
        # "one Assam Rifles jawan": the parser may hang the figure on a name before the noun
        modifiers = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                                       for g in c.children if g.i < c.i)]
        for child in modifiers:
            # "Nine Nigerien soldiers": the parser may call the figure a compound of the name
            hung = child.dep_ == "compound" and child.tag_ == "CD" and child.head is not noun
            if (child.dep_ == "nummod" or hung or _named_figure(child, noun)) \
                    and (child.like_num or child.lower_ in lex.number_words) \
                    and not _in_date(child, lex):   # "2019-02-27 Two members": two
                num_tok = child
                break
        else:
            num_tok = _figure_on_day(noun, lex)
        if num_tok is None:
            pair = next((c for c in noun.children if c.dep_ in ("det", "predet") and c.lower_ in lex.pair_determiners
                         and c.i < noun.i), None)
            if pair is not None and noun.tag_ in ("NNS", "NNPS"):   # "both attackers were killed"
                return Count(value=2, qualifier="exact", text=f"{pair.text} {noun.text}")
            det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
            if det is not None and (det.lower_ in ("a", "an", "the", "his", "her", "their", "its", "another")
                                    or det.dep_ == "poss") \
                    and (noun.tag_ in ("NN", "NNP") or _aged(noun)) and (noun.lemma_.lower() in lex.person_nouns or (
                        noun.ent_type_ == "NORP" or _aged(noun)) and not noun.lower_.endswith("s")):
                # "a man", "the village chief", "his wife": one person
                return Count(value=1, qualifier="exact", text=f"{det.text} {noun.text}")
            if noun.pos_ == "PROPN" and (noun.ent_type_ == "PERSON" or _titled(noun, lex)):
                # "killed Saleh al-Arouri", "the capture of rebel Juan Perez" (tagged a person or not)
                return Count(value=1, qualifier="exact", text=noun.text)
            return None
    parsed = parse_number(num_tok, lex)
    if parsed is None:
        return None
    value, qual = parsed
    qual = qualifier_before(num_tok, lex) or qual
    start = num_tok.i
    while start > 0 and noun.doc[start - 1].dep_ in ("quantmod", "advmod", "amod", "compound", "punct") \
            and noun.doc[start - 1].head.i == num_tok.i:
        start -= 1
    return Count(value=value, qualifier=qual, text=noun.doc[start:num_tok.i + 1].text)


_DATELINE_MARKS = {"-", "–", "—", ":"}


def _figure_on_day(noun, lex: Lexicon):
    """"Police arrested on Wednesday four suspects": the parser hangs the figure right
    before the noun's phrase on the day before it ("Wednesday four"); it counts the noun."""
    i = noun.left_edge.i - 1
    if i < 1:
        return None
    tok = noun.doc[i]
    day = tok.head
    if tok.dep_ == "nummod" and day.i == i - 1 and day.ent_type_ == "DATE" and day.dep_ == "pobj" \
            and (tok.like_num or tok.lower_ in lex.number_words):
        return tok
    return None


def _named_figure(child, noun) -> bool:
    """"KANO, Nigeria - Eleven soldiers were killed": a capitalised figure opening the body
    after a dateline, which the parser takes for part of a name."""
    return child.dep_ == "compound" and child.i < noun.i and child.is_title and (
        child.i == child.sent.start or child.nbor(-1).text in _DATELINE_MARKS)


def _titled(name, lex: Lexicon) -> bool:
    """Is a name told after a word for a person ("rebel Juan Perez", "commander Ali Musa"),
    somewhere in the chain of words the parser compounds before it?"""
    chain = [t for t in name.subtree if t.i < name.i and t.dep_ == "compound"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in lex.person_nouns for t in chain)


def _group_figure(noun, lex: Lexicon) -> Count | None:
    """The figure of the people a group noun is told of ("a cell of six militants"; up to two
    "of" down: "a cell of the group of 6 men", "a cell of IS of 5 fighters"); a group told
    with no figure counts none."""
    level = [noun]
    for _ in range(2):
        level = [g for n in level for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        people = next((g for g in level if g.like_num or any(c.dep_ == "nummod" for c in g.children)), None)
        if people is not None:
            return _single_count(people, lex)
    return None


def _in_date(tok, lex: Lexicon) -> bool:
    """Is the number part of a date the tagger found ("2019-02-27 Two members", "Forty
    years", "the 2014 schoolgirls")? A DATE of number words alone ("Forty persons were
    killed", where the small tagger calls a sentence's first number word a date) is a
    figure: a number word is no date by itself."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is None or any(not (t.lower_ in lex.number_words or t.is_punct) for t in ent)


def _one_arrested_among(patients, lex: Lexicon):
    """The first patient of an arrest that is one person; none after a quantity ("arrested
    a number of youths": the youths are no one person, nor is what a clause around them
    names)."""
    for noun in patients:
        if noun.lemma_.lower() in lex.quantity_nouns:
            return None
        if _one_arrested(noun, lex):
            return noun
    return None


def _where_or_when(clause) -> bool:
    """Does a relative clause open with "where" or "when" ("the barracks where they were
    held", "the night when soldiers took him")? Its noun is the place or the time, not whom
    the clause's verb counts."""
    return any(c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < clause.i for c in clause.children)


def _one_arrested(noun, lex: Lexicon) -> bool:
    """Is the patient of an arrest verb one person whatever its noun ("arrested him",
    "detained a Russian agent", "the assailant has been arrested")? A singular noun with
    an article (not a group: "the crew") or a singular personal pronoun: arrests take
    people, so no word list of people is needed."""
    if noun.lower_ in lex.one_person_pronouns:
        return True
    lemma = noun.lemma_.lower()   # "a number of suspects", "the old town of X": no one person
    return (noun.tag_ == "NN" or _aged(noun)) and noun.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "ORG") \
        and lemma not in lex.group_nouns and lemma not in lex.quantity_nouns and lemma not in lex.total_nouns \
        and lemma not in _PLACE_KINDS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another") for c in noun.children)


def _an_arrest(tok, lex: Lexicon) -> bool:
    """"An arrest has been made", "police made an arrest": an arrest noun told with "a" or
    "an" and no figure is one person arrested (not "an arrest warrant")."""
    return tok.pos_ == "NOUN" and tok.dep_ != "compound" and tok.lemma_.lower() in lex.counted_nouns \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _one_victim(noun, lex: Lexicon) -> bool:
    """Is the patient of a killing or wounding one person whatever its noun ("wounding a
    flight attendant", "a motorcyclist was shot dead", "killed nine and wounded a tenth",
    "killing two and wounding another")? Only a living being is killed or wounded, so a
    singular noun with "a", "an" or "another" is one, save a noun of a group ("a family")
    or of a quantity ("a number of people", told by its own figure or none)."""
    if noun.lower_ == "another" and noun.dep_ == "dobj":
        return True
    if noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "ORG", "CARDINAL", "MONEY", "QUANTITY"):
        return False
    lemma = noun.lemma_.lower()
    single = noun.tag_ == "NN" or noun.ent_type_ == "ORDINAL"   # "a tenth"
    return single and lemma not in lex.group_nouns and lemma not in lex.total_nouns \
        and lemma not in lex.quantity_nouns and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def _doer_of(verb):
    """The subject of ``verb``, or of the verb its participle clause hangs on ("two
    bombers detonated their vests, killing themselves": the bombers)."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def victims(tokens, lex: Lexicon):
    """The people the clause counts as killed or injured ("killing seven soldiers"), the
    head noun of the first such phrase, or None."""
    for tok in tokens:
        if role_of(tok, lex) not in ("killed", "injured"):
            continue
        for noun in _patients(tok, lex):
            if noun.lemma_.lower() in lex.person_nouns or noun.ent_type_ in ("NORP", "ORG"):
                return noun
    return None


def _patients(tok, lex: Lexicon) -> list:
    """The nouns that ``tok`` (a role word) counts."""
    lemma = tok.lemma_.lower()
    out = []
    if tok.pos_ in ("VERB", "AUX"):
        dobj = [c for c in tok.children if c.dep_ == "dobj"]
        if dobj and not any(c.dep_ == "auxpass" for c in tok.children):
            out += dobj  # active, even as a participle: "strikes killed 30 people"
        elif lemma in ("die", "succumb", "perish"):   # the subject is who died
            out += [c for c in tok.children if c.dep_ == "nsubj"]
        elif any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acl" or (
                tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "dobj") for c in tok.children)):
            # passive, or a bare participle: "360 others injured"
            out += [c for c in tok.children if c.dep_ == "nsubj"]
            out += [c for c in tok.children if c.dep_ == "nsubjpass"]
            if tok.dep_ in ("xcomp", "oprd") and tok.head.pos_ == "VERB" or (
                    tok.dep_ == "advcl" and tok.i == tok.head.i + 1 and not _own_subject(tok)):
                # "was reported wounded"; "were feared killed" (the parser may make the
                # participle right after the passive verb an adverbial clause of it)
                out += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
            if tok.head.lemma_.lower() == "be" and (tok.dep_ == "acomp" or (
                    tok.dep_ in ("advcl", "xcomp", "ccomp", "conj") and tok.head.i < tok.i
                    and not _own_subject(tok))):
                # "were" parsed as the verb; "were on Monday killed": a time told between
                # the auxiliary and the participle, which the parser takes for "were"'s own
                out += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "Four officers were critically injured": the parser may hang the subject on "were"
            out += [g for c in tok.children if c.dep_ in ("auxpass", "aux") and c.i < tok.i
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if tok.dep_ in ("oprd", "advcl", "xcomp") and tok.head.lemma_.lower() == "leave":
                out += [c for c in tok.head.children if c.dep_ == "dobj"]   # "left 12 people injured"
            if tok.dep_ == "acl":
                out.append(tok.head)
                out += _figure_of_number(tok.head)   # "the number of people killed has risen to 93"
            if tok.dep_ == "conj" and not _own_subject(tok):  # "were killed and 12 injured"
                out += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
                out += _shared_subject(tok)
            if tok.dep_ == "pcomp" and not _own_subject(tok) and tok.head.head.pos_ in ("VERB", "AUX"):
                # "was jailed after being detained": the verb the preposition hangs on tells who
                out += [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and not _told_dead(tok.head, lex):
                out.append(tok.head)   # "one detained suspect"
            if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and not _where_or_when(tok):
                out.append(tok.head)   # "the gunman, who was arrested" (not "the house where ...")
        else:
            out += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ == "conj" and not out and not _own_subject(tok):
                out += [c for c in tok.head.children if c.dep_ in ("nsubjpass",)]
    elif tok.pos_ == "ADJ" or tok.lower_ in _ROLE_ADJ:
        head = tok.head
        # "left six dead", "confirmed 12 dead": the number hangs on the adjective itself
        out += [c for c in tok.children if c.dep_ == "nummod"]
        if tok.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advcl", "advmod") and head.pos_ == "VERB" \
                and head.lemma_.lower() != "be":
            # "left six people dead", "shot dead a man": the verb's object is counted
            out += [c for c in head.children if c.dep_ == "dobj"]
            if not out and head.lemma_.lower() == "leave":
                out += _left_subjects(tok, head, lex)
        elif tok.dep_ == "amod":
            out.append(_list_head(head))
        if not out and tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
            # "were left dead": who was left; the active subject of "leave" is the deed
            out += [c for c in head.children if c.dep_ == "nsubjpass"
                    or (c.dep_ == "nsubj" and head.lemma_.lower() != "leave")]
            if not out and head.dep_ == "conj":   # "were offloaded from a bus and shot dead"
                out += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif tok.dep_ in ("conj",):
            # "twelve were killed and four more wounded": a conjunct with a subject of its
            # own counts that subject, never the first verb's people
            own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            out += own if own else _patients(head, lex)
    elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("into", "in", "under") \
            and lex.count_roles.get(lemma) == "arrested" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head   # "took two men into custody", "he was taken into custody", "is in custody"
        out += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
            c for c in verb.children if c.dep_ == "nsubj" and verb.lemma_.lower() in lex.state_verbs]
        if verb.dep_ == "relcl" and verb.lemma_.lower() in lex.state_verbs and any(
                c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
            out.append(verb.head)   # "a man who is in custody": the man the clause describes
    elif tok.pos_ == "NOUN" and lemma in lex.counted_nouns and any(c.dep_ == "nummod" for c in tok.children):
        out.append(tok)   # "18 fatalities", "70 bodies", "claimed 17 lives", "reported 719 arrests"
    elif tok.pos_ == "NOUN" and lemma in lex.death_idioms and not any(
            c.dep_ == "nummod" for c in tok.children):
        # "four people lost their lives", "four soldiers embraced martyrdom"
        if tok.head.lemma_.lower() in lex.death_idioms[lemma]:
            out += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        out += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"   # "the lives of 160",
                for g in c.children if g.dep_ == "pobj"]                          # "the martyrdom of five"
    elif tok.pos_ == "NOUN" and lemma in lex.act_nouns and any(c.dep_ == "prep" and c.lower_ == "of"
                                                              for c in tok.children):
        # "the wounding of 40", "the killing of 115 civilians", "the arrest of two suspects"
        out += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    elif lemma in ("injury", "casualty") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.suffer_verbs:
        out += [c for c in tok.head.children if c.dep_ == "nsubj"]   # "18 others sustained injuries"
    elif lemma in ("toll", "fatality", "casualty", "death", "injury", "detainee"):
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):   # "the toll of six had risen to 31", "stands at 41",
            # "revised the death toll to 26", "bringing the toll to six": the figure the verb takes it to
            out += [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("to", "at")
                    for g in c.children if g.dep_ == "pobj" and (g.like_num or g.lower_ in lex.number_words
                                                                 or _counted_people(g, lex))
                    and g.lower_ not in ("a", "an")][:1]
        top = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
        for t in [] if out else top.subtree:
            if t.like_num and t.i != tok.i and not _date_part(t) and not _in_other_clause(t, top):
                out.append(t)
                break
    # "N others injured": the number hangs off a noun the adjective follows
    if not out and tok.dep_ in ("amod", "acl") and tok.head.like_num:
        out.append(tok.head)
    if not out and tok.tag_ == "VBN":   # "left 14 dead and 9 injured": the number hangs on the participle
        nums = [n for c in tok.children if c.dep_ == "nummod"
                for n in [c, *(g for g in c.subtree if g.dep_ == "conj" and g.like_num)] if n.i < tok.i]
        out += sorted(nums, key=lambda n: n.i)[-1:]   # "25 and 56 injured": the nearest, 56
    return out


def _left_subjects(adj, leave, lex: Lexicon) -> list:
    """Who "left ... dead" counts when "leave" has no object: the subject the parser gives
    the adjective itself ("the raid has left at least 18 people dead": the 18 people), else
    a subject of "leave" that names people ("nine villagers left dead"). The deed that left
    them ("an attack left many feared dead") is never its own dead."""
    own = [c for c in adj.children if c.dep_ == "nsubj" and c.i < adj.i]
    if own:
        return own
    return [c for c in leave.children if c.dep_ == "nsubj" and c.i < adj.i
            and (c.like_num or c.lemma_.lower() in lex.person_nouns or any(g.dep_ == "nummod" for g in c.children))]


_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "conj", "parataxis"}


def _shared_subject(verb) -> list:
    """"the gunman opened fire and was arrested": a passive conjunct with no subject of its
    own takes the active subject of the verb it is joined to."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _in_other_clause(tok, top) -> bool:
    """Is ``tok`` inside a clause of its own under ``top`` ("more deaths are feared because
    15 people were badly hurt": the 15 are the wounded of the "because" clause, no toll)?"""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in _CLAUSES:
            return True
        node = node.head
    return False


def _own_subject(verb) -> bool:
    """"Nine were killed and many others wounded": a conjunct verb with a subject of its
    own tells its own people, even when they have no figure ("many others", "others"),
    and never borrows the first verb's figure."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _figure_after(verb, lex: Lexicon) -> tuple[int, Count] | None:
    """"... and wounded at least five others and ...": an active verb whose object the
    parser lost; the figure written right after it (a qualifier between), with its index."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBG", "VBZ", "VBP") \
            or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i + 1
    words = {w for phrase, _ in lex.qualifiers for w in phrase.split()}   # "at least", "more than"
    longest = max(len(phrase.split()) for phrase, _ in lex.qualifiers)    # "at the very least"
    while i < len(doc) and i <= verb.i + longest and doc[i].lower_ in words:
        i += 1
    if i >= len(doc) or doc[i].lower_ in ("a", "an") or doc[i].ent_type_ in ("DATE", "TIME") or not (
            doc[i].like_num or doc[i].lower_ in lex.number_words):
        return None
    parsed = parse_number(doc[i], lex)
    if parsed is None:
        return None
    value, qual = parsed
    return i, Count(value=value, qualifier=qualifier_before(doc[i], lex) or qual, text=doc[i].text)


def _with_subjects(found: Count, noun, patients: list, lex: Lexicon) -> Count:
    """"A farmer, his three sons and a guard were killed": the small parser often makes
    the first members of a listed subject subjects of their own; they are one toll."""
    if noun.dep_ != "nsubjpass":
        return found
    more = [c for n in patients if n.dep_ == "nsubjpass" and n.head.i == noun.head.i and n.i > noun.i
            and ("PROPN" not in (n.pos_, noun.pos_) or _told_along(n, lex) or _joined_by_and(noun, n))
            and (c := count_of(n, lex)) is not None]
    if not more:
        return found
    quals = [c.qualifier for c in (found, *more) if c.qualifier != "exact"]
    return Count(value=found.value + sum(c.value for c in more), qualifier=quals[0] if quals else "exact",
                 text=" and ".join(c.text or "" for c in (found, *more)))


def _counted_people(noun, lex: Lexicon) -> bool:
    """"the toll rose to 137 lives", "to 40 people": the figure told with whom it counts."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _joined_by_and(first, second) -> bool:
    """"Colonel Khan — who headed the unit — and two other officers were killed": a
    second subject the parser split from the first after an aside, with the "and" left
    hanging on the first, is its conjunct."""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "&") and first.i < c.i < second.i for c in first.children)


def _told_along(noun, lex: Lexicon) -> bool:
    """"Ilyas — the police chief — along with three of his relatives were killed": people
    told after "along with" (or "together with"), which the parser may make a subject of
    their own, are counted with the person named before them."""
    doc = noun.doc
    start = min(t.i for t in noun.subtree)
    return start >= 2 and doc[start - 1].lower_ == "with" and doc[start - 2].lower_ in lex.comitatives


def _date_part(tok) -> bool:
    """"2023" of "2023-06-17", a figure the tagger calls a date or time: no toll."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ in ("DATE", "TIME") or (
        len(tok.text) == 4 and tok.text.isdigit() and nxt is not None and nxt.text[:1] in "-/")


def _figure_of_number(noun) -> list:
    """"The number of those killed has risen to 93", "the number of people wounded is
    40": the figure the verb of "the number of ..." gives."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in ("number", "toll", "tally"):
        return []
    counted = prep.head
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = counted.head
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at")
            for g in c.children if g.dep_ == "pobj" and g.like_num][:1] or [
        c for c in verb.children if c.dep_ == "attr" and c.like_num][:1]


def _left_figure(tokens, lex: Lexicon, counts: Counts, joint: set[int] = frozenset()) -> None:
    """"The attack left around 20 others wounded", when the parser hangs "wounded" on the
    attack: the figure "left" took, with the role word right after it."""
    for tok in tokens:
        if tok.lemma_.lower() != "leave" or tok.pos_ != "VERB":
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            end = max(t.i for t in obj.subtree) + 1
            if end >= len(tok.doc):
                continue
            role = _ROLE_ADJ.get(tok.doc[end].lower_)
            if role is not None and getattr(counts, role) is None and end not in joint:
                found = count_of(obj, lex)
                if found is not None:
                    setattr(counts, role, found)


def role_of(tok, lex: Lexicon) -> str | None:
    """The role (killed, injured, arrested) a word counts, or None."""
    low = tok.lower_
    if tok.pos_ == "VERB" and (any(c.dep_ == "advmod" and c.lower_ in _FATALLY for c in tok.children)
                               or (_to_death(tok) and tok.lemma_.lower() not in lex.verdict_verbs)):
        return "killed"   # "fatally shot", "mortally wounded", "stabbed to death" (not "sentenced to death")
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.loss_verbs and _lost_people(tok, lex):
        return "killed"   # "the group lost 25 members in the clashes"
    if low in _ROLE_ADJ and (tok.pos_ in ("ADJ", "VERB") or tok.dep_ == "oprd"):   # "left dozens dead" (ADV)
        if tok.tag_ in ("JJ", "VBN") or tok.dep_ in ("oprd", "acomp", "amod", "conj"):
            return _ROLE_ADJ[low]
    return lex.count_roles.get(tok.lemma_.lower())


def _lost_people(verb, lex: Lexicon) -> bool:
    """Does a verb of loss take people told with a figure ("lost 25 members", "lost dozens
    of men")? Not "lost the election", "lost control" nor "lost their homes"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        people = obj
        if obj.like_num or obj.lower_ in lex.number_words:   # "dozens of men"
            people = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), obj)
            if people is obj:
                continue
        elif not any(c.dep_ == "nummod" for c in obj.children):
            continue
        if people.lemma_.lower() in lex.person_nouns:
            return True
    return False


def _to_death(verb) -> bool:
    """"was stabbed to death", "beat two men to death": the verb killed its patients."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "death"
                                                           for g in c.children) for c in verb.children)


def _joint_casualties(tokens, lex: Lexicon) -> set[int]:
    """Role words that share one figure across roles ("eleven were killed and injured",
    "left 30 people dead or wounded", "killed and wounded 35 fighters"): the figure counts
    the casualties of both roles together, so it is neither the dead nor the wounded. A
    second role word with a figure of its own after a first one told with its own ("left
    nine dead and injured ten others") is two figures."""
    tokens = list(tokens)
    if not tokens:
        return set()
    doc = tokens[0].doc
    out: set[int] = set()
    for tok in (doc[i] for i in sorted({t.i + d for t in tokens for d in (-2, 0)}) if 0 <= i < len(doc) - 2):
        first, second = role_of(tok, lex), doc[tok.i + 2]
        if first not in ("killed", "injured") or doc[tok.i + 1].lower_ not in lex.joint_conjunctions \
                or role_of(second, lex) not in ("killed", "injured") or role_of(second, lex) == first:
            continue
        own_after = _figure_after(second, lex) is not None or any(
            c.dep_ == "dobj" and c.i > second.i and count_of(c, lex) is not None for c in second.children)
        shared_object = tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children)
        if not own_after or shared_object:
            out |= {tok.i, second.i}
    return out


def _wounded_who_died(tok, role: str, lex: Lexicon) -> bool:
    """A wounded participle on people told as the dead ("the deaths of three critically
    wounded children") counts no one wounded: they are a count of the dead."""
    return role == "injured" and tok.dep_ == "amod" and _told_dead(tok.head, lex)


def _told_dead(noun, lex: Lexicon) -> bool:
    """Is ``noun`` told as people who died ("the deaths of three badly wounded children",
    "two wounded passengers died", "killed five wounded soldiers")? A participle that
    describes them ("wounded", "detained") then counts no one of its own role."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return lex.count_roles.get(noun.head.head.lemma_.lower()) == "killed"
    verb = noun.head
    if verb.pos_ != "VERB" or lex.count_roles.get(verb.lemma_.lower()) != "killed":
        return False
    return noun.dep_ == "dobj" or (noun.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children))


def _appositive_count(noun, lex: Lexicon) -> Count | None:
    """The figure of the appositive that restates a noun with none: "the victims, four
    farmers, were killed"; "PLACE, Province - at least three persons were killed", where
    the parser makes the dateline's place the subject and the people its appositive. A
    dateline of several places ("CITY, Province, Country — 21 people, nine of them
    soldiers, were wounded") may hang the people and their breakdown on different places:
    the first figure in reading order is the toll, the later one a part of it."""
    level, found = [noun], []
    for _ in range(3):   # the dateline's places may be appositives or conjuncts of each other
        level = [c for described in level for c in described.children
                 if c.dep_ in ("appos", "conj") and not _age_of(c, described)]
        found += [(c.i, got) for c in level if c.dep_ == "appos" and (got := count_of(c, lex)) is not None]
        if not level:
            break
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _age_of(appos, name) -> bool:
    """"Musa Bello, 45, was arrested": a bare number set off after a name is its age."""
    return appos.like_num and not list(appos.children) and name.pos_ == "PROPN"


def find_counts(tokens, lex: Lexicon) -> Counts:
    """Counts for the event whose clause is ``tokens`` (an iterable of spaCy tokens)."""
    counts = Counts()
    joint = _joint_casualties(tokens, lex)
    # a toll told with its figure ("with the death of a passenger, the toll rose to six")
    # is the clause's count before any death it names
    for tok in sorted(tokens, key=lambda t: t.lemma_.lower() != "toll"):
        role = role_of(tok, lex)
        if role is None or getattr(counts, role) is not None or tok.i in joint or _wounded_who_died(tok, role, lex):
            continue
        patients = _patients(tok, lex)
        for noun in patients:
            found = count_of(noun, lex) or _appositive_count(noun, lex)
            if found is not None:
                setattr(counts, role, _with_subjects(found, noun, patients, lex))
                break
        else:
            ids = {t.i for t in tokens} if getattr(counts, role) is None else set()
            figure = _figure_after(tok, lex) if ids else None
            if figure is not None and figure[0] in ids:
                setattr(counts, role, figure[1])
            elif role == "arrested" and tok.pos_ in ("VERB", "NOUN"):
                one = _one_arrested_among(patients, lex)
                if one is None and not patients and _an_arrest(tok, lex):
                    one = tok
                if one is not None:
                    setattr(counts, role, Count(value=1, qualifier="exact", text=one.text))
            elif role in ("killed", "injured") and tok.pos_ in ("VERB", "ADJ"):
                one = next((n for n in patients if _one_victim(n, lex)), None)
                if one is not None:
                    setattr(counts, role, Count(value=1, qualifier="exact", text=one.text))
    _left_figure(tokens, lex, counts, joint)
    adjacent = _adjacent_figures(tokens, lex, joint)
    tokens = list(tokens)
    # the sentence's other figures: a clause cut at an adverb ("four dead and nine critically
    # | injured") holds the role word but not the figure written before the other one
    told = _adjacent_figures(list(tokens[0].sent), lex, joint) if tokens and any(
        _how_badly(t.doc[t.i - 1]) for t in tokens if t.i > 0 and t.lower_ in _ROLE_ADJ) else adjacent
    for role, figure in adjacent.items():
        have = getattr(counts, role)
        # the figure the parse gave this role is the one written before another role word
        taken = have is not None and any(f.value == have.value != figure.value
                                         for r, f in {**told, **adjacent}.items() if r != role)
        if have is None or taken:
            setattr(counts, role, figure)
    if counts.injured is not None and tokens:
        parts = _severity_parts(tokens[0].sent, lex, joint)
        if parts is not None and parts.value > counts.injured.value:
            counts.injured = parts
    return counts


def _severity_parts(sent, lex: Lexicon, joint: set[int]) -> Count | None:
    """"Five seriously injured, and five others suffered minor injuries", "two were
    badly hurt, with the remaining two lightly injured": a sentence that
    tells the wounded by how badly they were hurt (``counts.severity_words`` on a figure's
    own role word) gives the parts of one toll, which add up. A part told "of them" is
    inside another figure; a vague part ("with several critically injured") is no figure
    to add, and two figures told with no such word are two reports, not parts."""
    figures: dict[int, tuple[Count, bool]] = {}
    for tok in sent:
        if role_of(tok, lex) != "injured" or tok.i in joint or _wounded_who_died(tok, "injured", lex):
            continue
        how = any(c.lower_ in lex.severity_words for c in tok.children)
        for noun in _patients(tok, lex):
            found = None if _part_of_them(noun) else count_of(noun, lex)
            if found is not None:
                if found.qualifier != "exact":
                    return None
                figures.setdefault(noun.i, (found, how))
                break
    if len(figures) < 2 or not any(how for _, how in figures.values()):
        return None
    parts = [figures[i][0] for i in sorted(figures)]
    return Count(value=sum(c.value for c in parts), qualifier="exact", text=" + ".join(c.text or "" for c in parts))


def _part_of_them(noun) -> bool:
    """"five of them", "three of whom", "four of the wounded": a part of people counted
    elsewhere."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "among") and any(
        g.lower_ in ("them", "whom", "those") or g.lower_ in _ROLE_ADJ for g in c.children) for c in noun.children)
