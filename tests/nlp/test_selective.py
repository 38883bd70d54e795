"""Parsing only some sentences of an article: the rest keeps its text and offsets."""
from __future__ import annotations

import pytest

from polybius.extract.prefilter import ranges, sentences
from polybius.nlp import selective
from polybius.nlp.spacy_pipeline import load
from polybius.pipeline import Pipeline
from polybius.records import Article
from polybius.settings import Settings

FILLER = ("The central bank kept its rate unchanged. Exports of cocoa rose four percent. "
          "Economists expect a modest recovery next year. The trade deficit widened. ")
TEXT = ("Bomb kills five in Kano\n\nKANO (Wire) - Markets were busy on Friday.\n\n" + FILLER * 3
        + "A bomb exploded near a mosque in Kano on Friday, killing five people, police said. "
        + FILLER * 3)


@pytest.fixture(scope="module")
def nlp():
    return load(Settings().spacy_model)


def test_sentences_end_at_full_stops_and_line_breaks(nlp):
    doc = nlp.make_doc('Headline here\nHe said: "Go." Then he left! Is it? Yes.')
    assert [doc[a:b].text.strip() for a, b in sentences(doc)] == [
        "Headline here", 'He said: "Go."', "Then he left!", "Is it?", "Yes."]


def test_ranges_keep_the_lead_the_trigger_sentence_and_its_neighbours(nlp):
    doc = nlp.make_doc(TEXT)
    forms = frozenset({"bomb", "exploded"})
    kept = [doc[a:b].text for a, b in ranges(doc, forms, lead=2, context=0)]
    assert kept[0].startswith("Bomb kills five in Kano") and "Markets were busy" in kept[0]
    assert [k.strip() for k in kept[1:]] == [
        "A bomb exploded near a mosque in Kano on Friday, killing five people, police said."]
    wider = [doc[a:b].text for a, b in ranges(doc, forms, lead=2, context=1)]
    assert "The trade deficit widened. A bomb exploded" in wider[1]
    assert "killing five people, police said. The central bank kept" in wider[1]
    assert ranges(doc, frozenset({"the", "of"}), lead=2, context=1) is None   # nearly all: whole


def test_pasted_parse_keeps_the_whole_text(nlp):
    doc = nlp.make_doc(TEXT)
    r = ranges(doc, frozenset({"bomb", "exploded"}), lead=1, context=0)
    c = selective.cut(doc, r)
    c.part = nlp(c.part)
    out = selective.paste(c)
    assert out.text == TEXT
    assert sum(len(s) for s in out.sents) == len(out)
    bomb = next(t for t in out if t.text == "exploded")
    assert (bomb.lemma_, bomb.pos_) == ("explode", "VERB")
    assert any(e.text == "Kano" for e in out.ents)
    assert all(t.lemma_ == "" for t in out if t.text == "cocoa")   # not parsed


def test_sentence_parsing_finds_the_same_events():
    arts = [Article(id="a", text=TEXT, published="2024-03-02")]
    whole = Pipeline(Settings(parse_context=-1))
    part = Pipeline(Settings(parse_context=1))
    want = [e.to_dict() for _a, evs in whole.process_many(arts) for e in evs]
    assert want and [e.to_dict() for _a, evs in part.process_many(arts) for e in evs] == want
    assert [e.to_dict() for e in part.process(arts[0])] == want


def test_a_cut_keeps_the_tokenizers_norms(nlp):
    doc = nlp.make_doc("Filler line here.\nJOLO, Philippines, Aug. 30 (UPI) - Gunmen attacked a camp.")
    aug = next(t.i for t in doc if t.text == "Aug.")
    part = selective.cut(doc, [(aug - 4, len(doc))]).part
    assert [t.norm_ for t in part if t.text == "Aug."] == [doc[aug].norm_] == ["August"]


CAPTAIN = ("Blast kills three in Babil\n\nThe province was calm on Friday. "
           "Three people were killed near the market, said Capt. Muthanna Ahmed, a police spokesman. "
           "Farmers sold dates and rice in the square. Traders said prices had risen in Iraq.")


def test_a_range_the_parser_runs_on_past_is_not_kept(nlp):
    """A range that ends where the parser, reading the margin, does not end a sentence
    (here after "No.") is not pasted: the article is then parsed whole."""
    doc = nlp.make_doc("Gunmen killed two guards at house No. 5 in the old town on Friday. Farmers sold rice.")
    no = next(t.i for t in doc if t.text == "No")
    c = selective.cut(doc, [(0, no + 2)], margin=selective.MARGIN)   # to "No" and its full stop
    c.part = nlp(c.part)
    assert all(c.keep[t.head.i] for t in c.part if c.keep[t.i])   # no head outside the range
    assert selective.paste(c) is None
    stop = next(t.i for t in doc if t.text == "Friday") + 2
    fine = selective.cut(doc, [(0, stop)], margin=selective.MARGIN)   # to the full stop
    fine.part = nlp(fine.part)
    assert selective.paste(fine) is not None


def test_entities_of_the_whole_article_with_only_the_trigger_sentences_parsed(nlp):
    doc = nlp.make_doc(CAPTAIN.replace("said Capt. Muthanna Ahmed", "the police said"))
    forms = frozenset({"killed"})
    plan = selective.Plan(None, ranges(doc, forms, lead=1, context=0), selective.MARGIN)
    from polybius.nlp import spacy_pipeline
    (out,) = selective.parse_parts(nlp, [doc], lambda d: plan, spacy_pipeline, 8)
    assert out.text == doc.text
    assert any(e.text == "Iraq" and e.label_ == "GPE" for e in out.ents)   # a sentence not parsed
    assert all(t.lemma_ == "" for t in out if t.text in ("Farmers", "Iraq"))
    killed = next(t for t in out if t.text == "killed")
    assert (killed.lemma_, killed.pos_) == ("kill", "VERB")
