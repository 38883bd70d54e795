"""Small helpers over a spaCy dependency parse, shared by the extract modules.

They take spaCy ``Token``/``Span`` objects but never import spaCy (only ``nlp/`` does).
"""
from __future__ import annotations

from typing import Iterable, Iterator

# Dependents that start a separate clause or aside; a noun phrase stops there.
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "appos", "punct", "parataxis", "ccomp", "xcomp", "mark"}
SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})


def has_definite_det(tok) -> bool:
    """"the attack", "this raid", "Sunday's attack": a definite or demonstrative
    determiner, or a possessive, hangs on ``tok``."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss" for c in tok.children)


def phrase_tokens(tok, keep_preps: Iterable[str] = ("of",)) -> list:
    """The tokens of the noun phrase headed by ``tok``: its modifiers and ``of`` phrases,
    without relative clauses, appositions or other clauses."""
    keep = set(keep_preps)
    out = [tok]
    for child in tok.children:
        if child.dep_ in _CLAUSE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in keep:
            continue
        if child.dep_ == "compound" and child.ent_type_ and tok.ent_type_ and child.ent_type_ != tok.ent_type_:
            continue  # "... President Vladimir Putin Türkiye was prepared": another name
        if child.dep_ in ("cc", "conj") and child.i > tok.i:
            out.extend([child] if child.dep_ == "cc" else phrase_tokens(child, keep))
            continue
        out.extend(phrase_tokens(child, keep) if child.dep_ != "cc" else [child])
    return out


def phrase_text(tok, keep_preps: Iterable[str] = ("of",)) -> str:
    """Contiguous surface text of ``tok``'s noun phrase (see ``phrase_tokens``)."""
    toks = phrase_tokens(tok, keep_preps)
    start = min(t.i for t in toks)
    end = max(t.i for t in toks)
    # trim punctuation and leading conjunctions at the edges
    doc = tok.doc
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start:end + 1].text


def prep_objects(tok, preps: Iterable[str]) -> Iterator:
    """Objects of the prepositions ``preps`` hanging off ``tok`` ("attack on X")."""
    wanted = set(preps)
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in wanted:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (c for c in obj.children if c.dep_ == "conj")


def near_lemmas(tok) -> set[str]:
    """Lemmas near ``tok`` in the parse: children, grandchildren through a preposition,
    the head, and the head's head when the head is a preposition."""
    out: set[str] = set()
    for c in tok.children:
        out.add(c.lemma_.lower())
        out.add(c.lower_)
        if c.dep_ in ("prep", "agent", "dobj", "xcomp", "conj"):
            for g in c.children:
                out.add(g.lemma_.lower())
                if g.dep_ in ("prep",):
                    out.update(x.lemma_.lower() for x in g.children)
    head = tok.head
    if head.i != tok.i:
        out.add(head.lemma_.lower())
        out.add(head.lower_)
        if head.dep_ in ("prep", "pobj", "dobj", "compound") and head.head.i != head.i:
            out.add(head.head.lemma_.lower())
    return out


def is_plural_bare(tok) -> bool:
    """A plural noun with no determiner or number: a candidate generalisation."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)


def charge_parts(tok, deeds, charging_verbs):
    """(the one who charges, the one charged) of a charge told as "X is responsible for
    the attack" in what someone says or finds ("X was responsible for the bombing, the
    army said", "the evidence indicates that X is responsible for the launch"), or None:
    ``tok`` the adjective, ``deeds`` the lemmas of the deed after "for", ``charging_verbs``
    the verbs that report the charge. The one charged is a name (a proper noun in its
    phrase); a negated or perfect copula ("was not", "has been responsible for many
    attacks": a standing record) tells no charge."""
    cop = tok.head
    if tok.dep_ != "acomp" or cop.lemma_ != "be":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and (deeds is None or o.lemma_.lower() in deeds) for o in c.children)
            for c in tok.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ == "have") for c in cop.children):
        return None
    charged = next((c for c in cop.children if c.dep_ in SUBJ), None)
    if charged is None or not any(t.pos_ == "PROPN" for t in charged.subtree):
        return None
    verb = None
    if cop.dep_ in ("ccomp", "parataxis") and cop.head.lemma_.lower() in charging_verbs:
        verb = cop.head   # "the army said X was responsible", "... indicates that X is"
    else:   # "X was responsible for the attack, the army said"
        verb = next((c for c in cop.children if c.dep_ in ("parataxis", "ccomp")
                     and c.lemma_.lower() in charging_verbs), None)
    if verb is None:
        return None
    speaker = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if speaker is None or speaker.i == charged.i:
        return None
    return speaker, charged


def party_named(tok, preps):
    """The party a speaker points at ("our findings point to the X", "the minister pointed
    towards X as a suspect", "the bombing is the work of X"), or None: the object of one of
    ``preps`` hanging on ``tok``, with a proper noun in its phrase. A noun counts only as
    what its clause says a deed is (the copula's complement, "was the work of X"), not "the
    work of the police" praised; a verb only with a subject of its own that is not negated
    ("did not point to X")."""
    if tok.pos_ == "NOUN" and not any(c.dep_ in SUBJ for c in tok.children):   # a verb tagged as a noun has one
        if tok.dep_ != "attr" or tok.head.lemma_ != "be":
            return None
        if any(c.dep_ == "neg" for c in tok.head.children):
            return None
    elif not any(c.dep_ in SUBJ for c in tok.children) or any(c.dep_ == "neg" for c in tok.children):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and any(t.pos_ == "PROPN" for t in obj.subtree):
                return obj
    return None
