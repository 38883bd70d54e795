"""Casualty and arrest counts read from one sentence, as a reader of the report expects."""
from __future__ import annotations

import pytest

from polybius.records import Article

PUB = "2025-04-16"



def test_the_first_figure_of_a_role_is_the_event_s(counts_of):
    # the attack killed 5 soldiers; the 2 civilians come later in the sentence
    got = counts_of("Gunmen killed 5 soldiers in Kidal on Monday, and 2 civilians were killed in the crossfire.")
    assert got["killed"] == (5, "exact")


@pytest.mark.parametrize("text, expected", [
    # figures as reporters write them
    ("A car bomb killed 1,200 people in Mogadishu on Monday.", {"killed": (1200, "exact")}),
    ("Gunmen killed a policeman in Karachi on Monday.", {"killed": (1, "exact")}),
    ("Gunmen killed dozens of villagers in Zamfara on Monday.", {"killed": (24, "at_least")}),
    ("The blast in Beirut on Tuesday killed hundreds of people.", {"killed": (200, "at_least")}),
    # qualifiers before the figure
    ("More than 350 people were killed when a bomb exploded in a market in Kano on Monday.",
     {"killed": (350, "more_than")}),
    ("Up to 30 people may have died in the attack on a village in Ituri on Monday.",
     {"killed": (30, "up_to")}),
    # who the figure belongs to: the subject of "die", the object of "leave ... dead",
    # the conjuncts summed, a part ("two of its gunmen"), "N others injured"
    ("At least 12 soldiers died after militants attacked a base in Borno on Monday.",
     {"killed": (12, "at_least")}),
    ("The attack on a church in Kaduna on Sunday left six people dead and 20 injured.",
     {"killed": (6, "exact"), "injured": (20, "exact")}),
    ("Three police officers and six militants were killed in a gunfight in Peshawar on Monday.",
     {"killed": (9, "exact")}),
    ("Two of its gunmen were killed when soldiers raided a hideout in Borno on Monday.",
     {"killed": (2, "exact")}),
    ("A man was killed and 360 others injured when a bomb exploded in Quetta on Monday.",
     {"killed": (1, "exact"), "injured": (360, "exact")}),
    ("Two people died and five were wounded in a shooting in Chicago on Sunday.",
     {"killed": (2, "exact"), "injured": (5, "exact")}),
    ("Five soldiers were wounded when a roadside bomb exploded in Helmand on Monday.",
     {"injured": (5, "exact")}),
    ("The death toll from the bombing in Kabul on Monday rose to 45.", {"killed": (45, "exact")}),
])
def test_casualty_figures(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police arrested about 40 protesters in Nairobi on Tuesday.", (40, "about")),
    ("Twelve suspects were detained by police in Lagos on Monday.", (12, "exact")),
    ("Security forces detained 12 suspects in Lagos on Monday.", (12, "exact")),
])
def test_arrest_figures(counts_of, text, expected):
    assert counts_of(text, "COERCE") == {"arrested": expected}


def test_figures_of_two_events_in_one_sentence_stay_apart(counts_of):
    text = ("A suicide bomber killed 30 people and wounded 50 at a mosque in Peshawar on Friday, "
            "and 12 were arrested later.")
    assert counts_of(text) == {"killed": (30, "exact"), "injured": (50, "exact")}
    assert counts_of(text, "COERCE") == {"arrested": (12, "exact")}


@pytest.mark.parametrize("phrase, value", [
    ("125 people", (125, "exact")), ("1,200 people", (1200, "exact")), ("three people", (3, "exact")),
    ("dozens of people", (24, "at_least")), ("hundreds of people", (200, "at_least")),
    ("2.5 million people", (2_500_000, "exact")), ("two million people", (2_000_000, "exact")),
    ("three thousand people", (3000, "exact")), ("people", None), ("several people", (3, "at_least")),
])
def test_the_value_of_a_number_token(pipeline, phrase, value):
    # parse_number's own examples: the first token is the number
    from polybius.extract.mentions.counts import parse_number

    doc = pipeline.nlp(phrase)
    assert parse_number(doc[0], pipeline.extractor.lex) == value


@pytest.mark.parametrize("phrase, index, qualifier", [
    ("more than 350 people", 2, "more_than"), ("at least 12 people", 2, "at_least"),
    ("killing 12 people", 1, None), ("12 people", 0, None),
])
def test_the_qualifier_before_a_number(pipeline, phrase, index, qualifier):
    from polybius.extract.mentions.counts import qualifier_before

    doc = pipeline.nlp(phrase)
    assert qualifier_before(doc[index], pipeline.extractor.lex) == qualifier


@pytest.fixture(scope="module")
def count_text(pipeline):
    def _text(text: str, role: str, event_type: str = "ASSAULT") -> tuple[int, str, str | None]:
        events = pipeline.process(Article(id="t", text=text, published=PUB, published_from="metadata"))
        count = getattr(next(e for e in events if e.event_type == event_type).counts, role)
        return count.value, count.qualifier, count.text
    return _text


@pytest.mark.parametrize("text, role, expected", [
    # the words the figure was read from, qualifier included, as the record shows them
    ("More than 350 people were killed when a bomb exploded in a market in Kano on Monday.", "killed",
     (350, "more_than", "More than 350")),
    ("Up to 30 people may have died in the attack on a village in Ituri on Monday.", "killed",
     (30, "up_to", "Up to 30")),
    ("Three police officers and six militants were killed in a gunfight in Peshawar on Monday.", "killed",
     (9, "exact", "Three and six")),
    ("A man was killed and 360 others injured when a bomb exploded in Quetta on Monday.", "killed",
     (1, "exact", "A man")),
    ("An officer was killed when gunmen attacked a checkpoint in Quetta on Monday.", "killed",
     (1, "exact", "An officer")),
    ("Gunmen killed 5 soldiers in Kidal on Monday.", "killed", (5, "exact", "5")),
    ("Police arrested about 40 protesters in Nairobi on Tuesday.", "arrested", (40, "about", "about 40")),
])
def test_the_words_a_figure_was_read_from(count_text, text, role, expected):
    assert count_text(text, role, "COERCE" if role == "arrested" else "ASSAULT") == expected


def test_a_loose_part_makes_the_sum_loose(count_text):
    value, qualifier, _ = count_text("Three soldiers and at least six militants were killed in a gunfight "
                                     "in Peshawar on Monday.", "killed")
    assert (value, qualifier) == (9, "at_least")


@pytest.mark.parametrize("words, index, value", [
    (["they", "killed", "12"], 2, (12, "exact")),           # a figure at the very end of the text
    (["they", "killed", "three"], 2, (3, "exact")),
    (["twenty-five", "people"], 0, (25, "exact")),          # one token, as some tokenisers leave it
    (["killed", "2", "million"], 1, (2_000_000, "exact")),  # a multiplier as the last word
    (["killed", "three", "thousand"], 1, (3000, "exact")),
])
def test_a_number_token_at_the_end_or_hyphenated(pipeline, words, index, value):
    from spacy.tokens import Doc

    from polybius.extract.mentions.counts import parse_number

    doc = Doc(pipeline.nlp.vocab, words=words)
    assert parse_number(doc[index], pipeline.extractor.lex) == value


@pytest.mark.parametrize("text, expected", [
    # the subject of "succumb" and "perish" is who died; "found dead" counts the found
    ("Two soldiers succumbed to their wounds after an attack on a base in Borno on Monday.",
     {"killed": (2, "exact")}),
    ("Four miners perished when gunmen attacked a mine in Zamfara on Monday.", {"killed": (4, "exact")}),
    ("Three men were found dead after gunmen attacked a village in Zamfara on Monday.",
     {"killed": (3, "exact")}),
    ("Six people were killed and 12 injured when a bomb exploded in a market in Kano on Monday.",
     {"killed": (6, "exact"), "injured": (12, "exact")}),
    ("Gunmen shot dead two farmers in Benue on Monday.", {"killed": (2, "exact")}),
    ("The attack in Kano on Monday killed three people, injured 12 and displaced hundreds.",
     {"killed": (3, "exact"), "injured": (12, "exact")}),
    ("Twelve people were injured, three of them seriously, in a bombing in Kano on Monday.",
     {"injured": (12, "exact")}),
    ("A bombing in Kano on Monday left three people dead and 12 wounded.",
     {"killed": (3, "exact"), "injured": (12, "exact")}),
    ("Fatalities from the bombing in Kano on Monday rose to 45.", {"killed": (45, "exact")}),
    ("The death toll from the bombing in Kano on Monday reached 45, officials said.", {"killed": (45, "exact")}),
])
def test_who_the_figure_counts(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text,value", [
    ("Gunmen killed twenty-five villagers in Zamfara on Monday.", 25),
    ("Gunmen killed forty two villagers in Zamfara on Monday.", 42),
    ("Fighting killed 1.5 million people in Darfur on Monday.", 1_500_000),
    ("Two hundred people were killed in Benue on Monday.", 200),
    ("The bombing in Kano left six dead on Monday.", 6),
    ("Officials confirmed 12 dead after the attack in Kano on Monday.", 12),
])
def test_compound_numbers_and_numbers_on_dead(counts_of, text, value):
    """"twenty-five" is 25 (not 5), "1.5 million" a million and a half, and "left six
    dead" counts six."""
    assert counts_of(text)["killed"][0] == value


@pytest.mark.parametrize("text, expected", [
    # one sentence per parse shape the figure can hang on (issue 20's survivors):
    # "dead" after a verb other than "leave" (acomp: the subject is counted)
    ("Two policemen lay dead after gunmen attacked a checkpoint in Quetta on Monday.",
     {"killed": (2, "exact")}),
    ("Three people are dead after gunmen attacked a village in Zamfara on Monday.",
     {"killed": (3, "exact")}),
    # "shot ... dead" with the object before "dead", active and passive
    ("A gunman shot a policeman dead in Karachi on Monday.", {"killed": (1, "exact")}),
    ("Gunmen shot two farmers dead in Benue on Monday.", {"killed": (2, "exact")}),
    ("Two farmers were shot dead in Benue on Monday.", {"killed": (2, "exact")}),
    # "left dead" in the passive, and in a second clause
    ("Three soldiers were left dead when militants attacked a base in Borno on Monday.",
     {"killed": (3, "exact")}),
    ("Gunmen attacked a village in Zamfara on Monday and four villagers were left dead.",
     {"killed": (4, "exact")}),
    # "pronounced / declared dead" in the passive: the subject is who died
    ("Two soldiers were pronounced dead after a bomb exploded in Helmand on Monday.",
     {"killed": (2, "exact")}),
    ("Two soldiers were declared dead after a bomb exploded in Helmand on Monday.",
     {"killed": (2, "exact")}),
    # "dead" / "wounded" before the noun they describe
    ("Four dead soldiers were found after an attack on a base in Borno on Monday.",
     {"killed": (4, "exact")}),
    ("Six wounded civilians were taken to hospital after a bomb exploded in Kano on Monday.",
     {"injured": (6, "exact")}),
    # "leaving N injured": the participle hangs on the number
    ("A bomb exploded in Kano on Monday, leaving seven injured.", {"injured": (7, "exact")}),
    ("Gunmen attacked a village in Zamfara on Monday, leaving 15 people dead.",
     {"killed": (15, "exact")}),
    # "left two people dead and three wounded": the second figure is a conjunct
    ("The attack on a church in Kaduna on Sunday left two people dead and three wounded.",
     {"killed": (2, "exact"), "injured": (3, "exact")}),
    ("The attack in Kano on Monday left three dead and twelve injured.",
     {"killed": (3, "exact"), "injured": (12, "exact")}),
    # verbs joined by "and", each with its own object
    ("The blast in Kano on Monday injured 30 and killed 4.",
     {"killed": (4, "exact"), "injured": (30, "exact")}),
    ("Seven people were killed and twelve wounded when gunmen attacked a village in Zamfara on Monday.",
     {"killed": (7, "exact"), "injured": (12, "exact")}),
    # a participle clause after the main verb
    ("Gunmen stormed a church in Kaduna on Sunday, killing 12 worshippers.", {"killed": (12, "exact")}),
    # "fatally" / "mortally" make a shooting or wounding a death
    ("Gunmen fatally shot three farmers in Benue on Monday.", {"killed": (3, "exact")}),
    ("A soldier was mortally wounded when militants attacked a base in Borno on Monday.",
     {"killed": (1, "exact")}),
    # toll nouns as the subject of "rose to"
    ("Deaths from the bombing in Kano on Monday rose to 45.", {"killed": (45, "exact")}),
    ("Injuries from the bombing in Kano on Monday rose to 30.", {"injured": (30, "exact")}),
    # the first figure is told with the toll noun; the update after "to" is the figure
    ("The toll of four from the bombing at the market in Kano had escalated to 19 by Friday.",
     {"killed": (19, "exact")}),
    # the victims are the subject of the first of two conjoined verbs
    ("Nine travellers were pulled from a van near Turbat and shot dead by gunmen on Monday.",
     {"killed": (9, "exact")}),
])
def test_figures_in_each_parse_shape(counts_of, text, expected):
    assert counts_of(text) == expected


def test_active_pronounced_dead_counts_the_object(counts_of):
    assert counts_of("Doctors pronounced two soldiers dead after a bomb exploded in Helmand on Monday.") \
        == {"killed": (2, "exact")}


def test_left_n_injured_after_a_kill_counts_both(counts_of):
    assert counts_of("The gunmen killed four and left 12 injured in an attack on a village in Zamfara "
                     "on Monday.") == {"killed": (4, "exact"), "injured": (12, "exact")}


@pytest.mark.parametrize("text", [
    # a collective noun says nothing about how many: no figure rather than "1"
    "Police detained the crew of a fishing boat in Lagos on Monday.",
    "Police arrested a group of protesters in Nairobi on Tuesday.",
    "Police arrested the leadership of the union in Nairobi on Tuesday.",
])
def test_a_group_without_a_number_has_no_figure(counts_of, text):
    assert counts_of(text, "COERCE") == {}


def test_hurt_is_injured(counts_of):
    assert counts_of("Five people were hurt when a bomb exploded in Kano on Monday.") == {"injured": (5, "exact")}


@pytest.mark.parametrize("text, expected", [
    ("A shopkeeper was stabbed to death in Karachi on Monday.", {"killed": (1, "exact")}),
    ("A mob beat two men to death in Jharkhand on Tuesday.", {"killed": (2, "exact")}),
])
def test_to_death_makes_the_patients_killed(counts_of, text, expected):
    assert counts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The blast in the market left 14 dead and 9 injured, officials said.",
     {"killed": (14, "exact"), "injured": (9, "exact")}),
    # a bombing of a bus is no accident
    ("The toll from Thursday's bombing of a bus in Cali rose to 14 dead, officials said.", {"killed": (14, "exact")}),
    ("Four farmers were gunned down by suspected bandits near Gusau on Friday.", {"killed": (4, "exact")}),
    ("A cop was martyred when militants fired on a checkpoint in Tank district on Friday.", {"killed": (1, "exact")}),
])
def test_dead_and_injured_as_reporters_write_them(counts_of, text, expected):
    assert counts_of(text) == expected


def test_two_bare_figures_side_by_side_are_not_one_toll(counts_of):
    got = counts_of("Doctors said the toll from the depot blast had reached 31 and 48 injured were in hospital.")
    assert got["killed"] == (31, "exact")


@pytest.mark.parametrize("text, expected", [
    # a vague word before "dozen" or "hundred" is the vague plural: "dozens", "hundreds"
    ("A bomb exploded in a market in Kano on Monday; at least 30 people were killed and several dozen injured.",
     {"killed": (30, "at_least"), "injured": (24, "at_least")}),
    ("Gunmen raided a village in Zamfara on Friday and killed several hundred residents, locals said.",
     {"killed": (200, "at_least")}),
    ("A car bomb tore through a crowded square in Mosul on Monday, wounding a few dozen shoppers.",
     {"injured": (24, "at_least")}),
])
def test_a_vague_word_before_a_multiplier(counts_of, text, expected):
    assert counts_of(text) == expected
