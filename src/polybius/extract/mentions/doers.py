"""Who does a deed, read in the parse: the doer phrase of a trigger and what it names
(armed men, a crowd). A storming, a break-in or a strike is violence only in armed hands
("masked men stormed a studio", not "she stormed out"), and a crowd's is a riot."""
from __future__ import annotations

from polybius.extract.lexicon import Lexicon
from polybius.extract.parse_tools import near_lemmas


def doers(tok) -> list:
    """Who does the deed ``tok`` tells: its subject, the agent of a passive ("stormed by
    protesters"), the subject of the verb it is joined to ("crossed the border and stormed
    a camp"), the noun a relative clause or participle describes ("herders who stormed the
    village", "militants storming the base"); for a noun, its owner or a word before it
    ("the rebels' raid", "a jihadist strike")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i] + \
            [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    for _ in range(3):
        found = [c for c in tok.children if c.dep_ == "nsubj"]
        found += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if found:
            if tok.dep_ == "relcl" and all(f.lower_ in ("who", "that", "which") for f in found):
                return [tok.head]
            return found
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return [tok.head]
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _phrase_words(root) -> str:
    """The words of a doer phrase up to its head, with its "of" phrase ("a group of hooded
    men", "supporters of the former president") and its appositions, not its relative
    clauses."""
    words = [t for t in root.subtree if t.i <= root.i]
    words += [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    named = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    # "RIO DE JANEIRO (AP) - Supporters of ...": a dateline parsed as the subject, the doer its apposition
    return " ".join([named, *(_phrase_words(c) for c in root.children if c.dep_ == "appos")])


def doer_kind(tok, lex: Lexicon) -> str | None:
    """"armed" when the deed's doer names armed men (``Lexicon.names_raiders``: "gunmen",
    "masked men", "the bandits"), "crowd" when it names a crowd (``modes.crowd_sides``:
    "protesters", "a mob"), else None."""
    texts = [_phrase_words(d) for d in doers(tok)]
    if any(lex.names_raiders(t) for t in texts):
        return "armed"
    if any(lex.crowd_sides.search(t) for t in texts):
        return "crowd"
    return None


def crowd_deed(tok, lex: Lexicon) -> bool:
    """A crowd's deed: done by a crowd ("protesters stormed the parliament"), or by no armed
    men with a crowd's missiles ("police were attacked with fence palings and bricks")."""
    kind = doer_kind(tok, lex)
    return kind == "crowd" or (kind is None and bool(near_lemmas(tok) & lex.crowd_missiles))
