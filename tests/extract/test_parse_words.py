"""The closed word lists of data/parse_words.yaml: read whole, and a broken file named."""
import pytest
import yaml

from polybius.extract.parse_words import ParseWordsError, load_parse_words, parse_words
from polybius.resources import package_data_dir


def test_compass_words_match_whole_tokens_and_name_prefixes():
    words = parse_words()
    assert words.direction_word().match("North-Eastern")
    assert not words.direction_word().match("Northampton")
    assert words.direction_prefix().sub("", "southwestern borno") == "borno"
    assert words.direction_prefix().sub("", "northampton") == "northampton"


def test_one_more_of_a_kind_opens_a_phrase_only_at_its_start():
    opening = parse_words().another_opening()
    assert opening.match("A second blast")
    assert opening.match("another suspect")
    assert not opening.match("the second blast")
    assert not opening.match("anothers")


def test_a_missing_list_is_named(tmp_path):
    doc = yaml.safe_load((package_data_dir() / "parse_words.yaml").read_text(encoding="utf-8"))
    del doc["hit_verbs"]
    broken = tmp_path / "parse_words.yaml"
    broken.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(ParseWordsError, match="hit_verbs"):
        load_parse_words(broken)


def test_a_yaml_boolean_in_a_list_is_refused(tmp_path):
    """An unquoted 'on' is a boolean in YAML: a list holding it would silently lose the word."""
    text = (package_data_dir() / "parse_words.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "parse_words.yaml"
    broken.write_text(text.replace('date_filler: ["on",', "date_filler: [on,"), encoding="utf-8")
    with pytest.raises(ParseWordsError, match="date_filler"):
        load_parse_words(broken)
