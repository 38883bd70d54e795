"""The spaCy wrapper: loading once, batching, and line breaks as sentence ends."""
from __future__ import annotations

import pytest

from polybius.nlp.spacy_pipeline import line_breaks, load, parse, parse_many
from polybius.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    return load(Settings().spacy_model)


def _per_token_reference(doc):
    """The obvious (slow) rule the component implements: after a newline, a new sentence;
    and after a wire dateline heading a line ("KABUL (Wire) - |Gunmen ..."); the word after
    such a start (unless it is in capitals, a dateline's city) does not start another."""
    starts = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or (
                prev.text == "-" and doc[tok.i - 2].text == ")" and doc[tok.i - 3].text == "Wire"):
            tok.is_sent_start = True
            starts.append(tok)
    for tok in starts:
        if tok.i + 1 < len(doc) and not tok.is_space and not tok.is_upper and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = False
    return doc


TEXTS = [
    "Gunmen kill four in raid\nKABUL (Wire) - Gunmen killed four people on Monday.",
    "Headline\n\nBody sentence one. Body sentence two.\n\nAnother paragraph here.",
    "Caption: a burnt bus\r\nPolice said the bus was set alight overnight.",
    "no break at all in this text",
    "ends with a break\n\n",
    "\n\nstarts with a break",
    "tab\tand a break \n between words",
    "x",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_line_breaks_match_the_per_token_rule(nlp, text):
    fast = line_breaks(nlp.make_doc(text))
    slow = _per_token_reference(nlp.make_doc(text))
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]


@pytest.mark.parametrize("text, line", [
    ("World news\n\n8 dead, 30 hurt after rockets strike Aden\n\n\nNine people died when rockets hit Aden.",
     "8 dead, 30 hurt after rockets strike Aden"),
    ("Middle East\n\nRebels strike town\n\n\nNine people died and 30 were hurt when rockets hit Aden.",
     "Rebels strike town"),
])
def test_a_line_s_first_word_stays_with_its_sentence(nlp, text, line):
    # the parser, given a sentence start after a line break, used to end a sentence
    # right after that line's first word ("8" | "dead, 30 hurt ..."), losing the figure
    sents = [s.text.strip() for s in parse(nlp, text).sents]
    assert line in sents


def test_headline_and_dateline_are_separate_sentences(nlp):
    doc = parse(nlp, "Bomb kills five in market\nMOGADISHU (Wire) - A bomb killed five people.")
    sents = list(doc.sents)
    assert sents[0].text.strip() == "Bomb kills five in market"  # the "\n" token ends it
    assert sents[1].text.startswith("MOGADISHU")


def test_the_page_s_date_heading_is_a_sentence_of_its_own(nlp):
    # parsed with the lead, "date" became its subject and the figure hung from the date
    doc = parse(nlp, "date 2025-03-02 Eleven pilgrims were killed and 20 hurt when a bomb hit a bus.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "date 2025-03-02"
    assert sents[1].startswith("Eleven pilgrims were killed")


def test_component_sits_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("polybius_line_breaks") < names.index("parser")


def test_load_is_cached(nlp):
    assert load(Settings().spacy_model) is nlp


def test_parse_many_keeps_order_and_count(nlp):
    texts = [f"Police arrested {n} suspects in Lagos." for n in range(2, 9)]
    docs = list(parse_many(nlp, texts, batch_size=3))
    assert [d.text for d in docs] == texts


def test_missing_pipeline_is_a_clear_error():
    with pytest.raises(RuntimeError, match="not installed"):
        load("en_no_such_pipeline_xyz")
