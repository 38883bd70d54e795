"""The trigger and cue files load, and malformed entries fail loudly with their name."""
from __future__ import annotations

import shutil

import pytest

from polybius.extract.lexicon import LexiconError, load_lexicon
from polybius.records import EVENT_TYPES
from polybius.settings import DATA_DIR


def test_shipped_lexicon_is_valid():
    lex = load_lexicon(DATA_DIR)
    assert {"attack", "arrest", "detain", "airstrike", "protest", "deny"} <= lex.trigger_lemmas
    assert all(t.event_type in EVENT_TYPES for ts in lex.triggers.values() for t in ts)
    assert lex.number_words["dozens"] == (24, "at_least")


@pytest.mark.parametrize("bad,message", [
    ("  - {lemma: zap, pos: [VERB], event_type: ZAP, mode: x}\n", "unknown event_type"),
    ("  - {lemma: zap, pos: [VERB], event_type: ASSAULT}\n", "missing 'mode'"),
    ("  - {lemma: zap, pos: [VERB], event_type: ASSAULT, mode: x, colour: red}\n", "unknown keys"),
    ("  - {lemma: zap, pos: [VERB], event_type: ASSAULT, mode: x, requires_near: [on]}\n", "non-string"),
])
def test_malformed_trigger_entries_are_named(tmp_path, bad, message):
    shutil.copy(DATA_DIR / "cues.yaml", tmp_path / "cues.yaml")
    (tmp_path / "triggers.yaml").write_text("triggers:\n" + bad, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        load_lexicon(tmp_path)
    assert "zap" in str(err.value)


@pytest.mark.parametrize("word,people", [
    ("soldier", True), ("soldiers", True), ("Gunmen", True), ("policemen", True),
    ("town", False), ("weapons", False), ("amen", False)])
def test_a_word_for_people_is_read_off_its_singular(word, people):
    assert load_lexicon(DATA_DIR).names_people(word) is people
