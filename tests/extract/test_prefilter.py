"""The screen before parsing: everyday news is not parsed, and nothing that could hold an
event is turned away."""
from __future__ import annotations

import shutil

import pytest

import dataclasses
import re

from polybius.extract import topic
from polybius.extract.lexicon import load_lexicon
from polybius.extract.prefilter import NO_TRIGGER, Prefilter
from polybius.nlp.spacy_pipeline import lemma_forms, load
from polybius.pipeline import Pipeline
from polybius.records import Article
from polybius.settings import DATA_DIR, Settings

SPORT = ("United beat City 3-1 in a derby on Sunday. The striker scored twice before half-time and "
         "the goalkeeper saved a penalty. Their attack looked sharp all season, the coach said, "
         "and the fans sang until the final whistle. The league leaders meet Arsenal in the cup "
         "semi-final next week, when the midfielder returns from injury. The referee showed "
         "four yellow cards in a bad-tempered match watched by 60,000 fans at the stadium, where a late "
         "shot from the edge of the box hit the post.")
# long enough to have a topic, with a conflict word ("police") but no trigger spelling
TRAFFIC = ("The ring road will close for repairs from Monday, the city council said. Drivers "
           "should expect long queues near the harbour bridge, where two lanes are being "
           "resurfaced. Police will direct cars at the busiest junctions during the morning rush. "
           "Buses will run every ten minutes, and the council has added extra trams in the "
           "evenings. Shop owners on the high street said they hoped customers would still come. "
           "The work should finish by the end of the month if the weather stays dry.")
BOMBING = ("Bomb kills five in Kabul\n\nKABUL (Wire) - A suicide bomber blew himself up outside a "
           "mosque in Kabul on Friday, killing five people and wounding 12, police said. No group "
           "claimed responsibility for the attack. The Islamic State group has carried out "
           "similar bombings in the capital. Security forces sealed off the area, and ambulances "
           "took the wounded to hospital, a police spokesman said.")
# a trigger only in an irregular spelling the lemmatizer knows from its exception table
IRREGULAR = ("Two men were shot outside a bar in the old town late on Saturday, police said. "
             "Officers found weapons near the scene and are questioning witnesses. The city "
             "council said it would add street lights on the road by the river, where residents "
             "have long complained about the lack of patrols at night. The bar was closed on "
             "Sunday while detectives examined the building and spoke to the owner and staff.")

# a political quarrel: an accusation and a denial, no violence anywhere
QUARREL = ("The union leader accused the rail company on Tuesday of hiding the true cost of the "
           "new ring road. The company denied the charge and said every contract had been published "
           "online. Talks with the union will resume next week, and the company needs its support to "
           "finish the works before the winter. A survey this month put trust in the firm at its "
           "lowest level in six years, and several of its managers have said they may resign when "
           "the auditors' report comes out.")


@pytest.fixture(scope="module")
def nlp():
    return load(Settings().spacy_model)


@pytest.fixture(scope="module")
def screen(nlp):
    return Prefilter(load_lexicon(DATA_DIR), nlp).screen


def test_every_spelling_the_model_lemmatizes_to_a_trigger_is_listed(nlp):
    lex = load_lexicon(DATA_DIR)
    forms = lemma_forms(nlp, lex.trigger_lemmas)
    assert {"shot", "struck", "took", "kidnapped", "blew", "attacks", "killings"} <= forms
    texts = [SPORT, TRAFFIC, BOMBING, IRREGULAR,
             "Militants stormed the base, shelled the town, detained 40 and beheaded a hostage.",
             "ATTACKS ON KILLED SOLDIERS: Rioters torched cars; troops struck back and seized arms.",
             "He has been abducted, she was stabbed, they were deported and the group was outlawed."]
    for doc in nlp.pipe(texts):
        for tok in doc:
            if tok.lemma_.lower() in lex.triggers:
                assert tok.lower_ in forms, (tok.text, tok.lemma_)


def test_everyday_news_is_not_parsed(screen):
    assert screen(SPORT).reason == "sport"
    assert screen(TRAFFIC).reason == NO_TRIGGER
    assert screen("The central bank cut its rate by half a point, and shares rose. " * 8).reason \
        == "no conflict words"


def test_conflict_news_is_parsed_with_its_tokens(screen):
    for text in (BOMBING, IRREGULAR, "Gunmen kill four."):  # short texts are never screened away
        verdict = screen(text)
        assert verdict.reason is None
        assert verdict.doc.text == text


def test_a_trigger_with_a_constraint_needs_its_words(screen):
    base = ("The new terminal will open next spring, the airport said. Passengers can take a "
            "train to the city centre, and the police station moves to the arrivals hall. ")
    assert screen(base * 3).reason == NO_TRIGGER   # "open", "take" without "fire", "custody"
    assert screen(base * 3 + "Officers opened fire on a car at the gate.").reason is None
    assert screen(base * 3 + "Officers took two men into custody.").reason is None


def test_a_new_trigger_in_the_lexicon_reaches_the_screen(tmp_path, nlp):
    shutil.copy(DATA_DIR / "cues.yaml", tmp_path / "cues.yaml")
    triggers = (DATA_DIR / "triggers.yaml").read_text(encoding="utf-8")
    text = TRAFFIC + " Vandals wrecked two buses at the depot overnight."
    assert Prefilter(load_lexicon(DATA_DIR), nlp).screen(text).reason == NO_TRIGGER
    (tmp_path / "triggers.yaml").write_text(
        triggers + "  - {lemma: wreck, pos: [VERB], event_type: ASSAULT, mode: unspecified}\n",
        encoding="utf-8")
    assert Prefilter(load_lexicon(tmp_path), nlp).screen(text).reason is None


def test_unparsed_articles_have_no_events_and_are_counted(pipeline):
    before = sum(pipeline.unparsed.values())
    arts = [Article(id="s", text=SPORT), Article(id="t", text="Published: 5 January 2025\n" + TRAFFIC),
            Article(id="b", text=BOMBING, published="2024-03-01")]
    out = dict((a.id, evs) for a, evs in pipeline.process_many(arts))
    assert out["s"] == [] and out["t"] == []
    assert sum(pipeline.unparsed.values()) - before == 2
    assert (arts[1].published, arts[1].published_from) == ("2025-01-05", "dateline")  # as if parsed
    assert [e.event_type for e in out["b"]] == ["ASSAULT"]
    assert pipeline.process(Article(id="s1", text=SPORT)) == []


def test_screening_changes_no_event():
    arts = [Article(id=str(k), text=t, published="2024-03-01")
            for k, t in enumerate((SPORT, TRAFFIC, BOMBING, IRREGULAR, QUARREL,
                                   QUARREL + " The debate set off an explosion of anger online."))]
    screened = Pipeline(Settings(prefilter=True))
    plain = Pipeline(Settings(prefilter=False))
    got = [[e.to_dict() for e in evs] for _a, evs in screened.process_many(arts)]
    want = [[e.to_dict() for e in evs] for _a, evs in plain.process_many(arts)]
    assert got == want and any(got)
    assert plain.unparsed == {} and sum(screened.unparsed.values()) == 3


def test_a_political_quarrel_is_not_parsed(screen):
    assert screen(QUARREL).reason == topic.QUARREL
    # one word of violence, and the article may hold an attack
    assert screen(QUARREL + " Gunmen shot a guard outside the ministry overnight.").reason is None


def test_accusations_and_denials_are_coded_only_beside_violence(pipeline):
    def events(text):
        return sorted(e.event_type for e in pipeline.process(Article(id="q", text=text, published="2024-03-01")))

    assert events(QUARREL) == []
    # the same quarrel between an army and rebels (two strong conflict words) is coded
    armed = QUARREL.replace("The union leader accused the rail company", "The army accused rebel commanders")
    assert events(armed.replace("The company denied", "The rebels denied")) == ["ACCUSE", "REJECT"]
    # a brief is too short to have a topic: always coded
    assert events("The opposition leader accused the minister of ordering the beatings. The ministry denied it.") == \
        ["ACCUSE", "REJECT"]
    # parsed (a trigger word of another type: "explosion"), and still only a quarrel
    assert events(QUARREL + " The debate set off an explosion of anger online.") == []
    assert "ASSAULT" in events(QUARREL + " Gunmen shot dead a guard outside the ministry overnight, police said.")


def test_the_topic_verdict_follows_the_lexicon_it_was_asked_with():
    lex = load_lexicon(DATA_DIR)
    text = TRAFFIC + " Two buses were late."
    assert topic.off_topic(text, lex) is None          # "police" is a conflict word
    strict = dataclasses.replace(lex, conflict_anchor=re.compile(r"\b(gunmen)\b", re.I))
    assert topic.off_topic(text, strict) == "no conflict words"
    assert topic.off_topic(text, lex) is None


# War told only through its weapons: no militants, troops or police are named.
_WEAPONS_ONLY = [
    "A large drone attack on the Belgorod region overnight left three people hurt and damaged "
    "a row of flats, the regional governor wrote on Telegram. He said 12 unmanned aircraft "
    "were brought down over the region. Two of the injured were taken to hospital. The "
    "regional administration promised to pay for repairs to the damaged homes within a month, "
    "and schools in the district stayed open as usual on the following day.",
    "Mortar rounds landed near the presidential compound in the capital on Monday, and a "
    "guard at the gate died of his wounds, an official said. Windows of parked cars were "
    "shattered and a passer-by was lightly hurt. Nobody has said who fired them. Traffic "
    "around the compound was diverted for several hours, and the president's office said "
    "that the cabinet meeting planned for the afternoon would go ahead.",
    "Two villages near the border were shelled during the night, the governor said, and "
    "a barn and three houses burned down. Air defence units were active over the town "
    "until morning, and one resident was hurt by falling debris from the interceptions. "
    "Electricity was cut in part of the district, and the local council opened a school "
    "gym as a shelter for the families whose homes were damaged by the fires.",
]


@pytest.mark.parametrize("text", _WEAPONS_ONLY)
def test_war_told_through_its_weapons_is_conflict_news(text):
    assert len(text) >= load_lexicon(DATA_DIR).topic_min_chars
    assert topic.off_topic(text, load_lexicon(DATA_DIR)) is None


def test_a_neighbour_spelled_by_the_attribute_ruler_is_listed(nlp):
    # the attribute ruler gives "be" to "is"/"'s" and "are"/"'re" through a set of spellings
    forms = lemma_forms(nlp, ["be"])
    assert {"is", "'s", "are", "'re", "was"} <= forms


def _lexicon_with(tmp_path, entry: str):
    shutil.copy(DATA_DIR / "cues.yaml", tmp_path / "cues.yaml")
    triggers = (DATA_DIR / "triggers.yaml").read_text(encoding="utf-8")
    (tmp_path / "triggers.yaml").write_text(triggers + entry, encoding="utf-8")
    return load_lexicon(tmp_path)


def test_a_neighbour_that_cannot_be_listed_leaves_the_screen_on_and_says_so(tmp_path, nlp, caplog):
    # "nothing" is also a regular-expression pattern of the attribute ruler ("nuthin'"):
    # its spellings cannot all be listed
    lex = _lexicon_with(tmp_path, "  - {lemma: wreck, pos: [VERB], requires_near: [nothing], "
                                  "event_type: ASSAULT, mode: unspecified}\n")
    with caplog.at_level("WARNING", logger="polybius.extract.prefilter"):
        pre = Prefilter(lex, nlp)
    assert pre.needs is not None and pre.forms is not None   # the screen is still on
    assert any("wreck" in w and "nothing" in w for w in pre.warnings)
    assert any("wreck" in r.getMessage() for r in caplog.records)
    assert pre.screen(TRAFFIC).reason == NO_TRIGGER
    # the constraint is not screened: the trigger's own word is enough to be parsed
    assert pre.screen(TRAFFIC + " Vandals wrecked two buses at the depot overnight.").reason is None


def test_a_listable_lexicon_gives_no_warning(nlp):
    assert Prefilter(load_lexicon(DATA_DIR), nlp).warnings == []


# Everyday articles whose topic is told in words beyond the first lists: a laboratory
# story, a ferry accident, a handset price fight. Each holds a conflict word ("killing",
# "killed", "war") and no strong one.
_EVERYDAY = [
    ("health",
     "A modified virus that kills tumour cells has done well in an early clinical study, its "
     "developers said on Tuesday. The virus infects the cancer cells and then wakes the immune "
     "system, which goes on to attack tumours elsewhere in the body. Scientists at the "
     "university hospital said the therapy still has to be tried on many more volunteers before "
     "regulators look at it, and that the killing of healthy tissue was rare in the first group."),
    ("disaster",
     "A ferry carrying about 80 passengers capsized on the river on Sunday evening, and at least "
     "nine people drowned, the district administration said. Police divers were still searching for the "
     "missing on Monday. The boat had set out in heavy downpours, and the meteorological office "
     "had warned against sailing. Relatives waited on the bank, and the transport minister "
     "promised an inquiry into how many people had been allowed on board and who was killed."),
    ("business",
     "The country's two largest telecom operators cut their data tariffs again this week, the "
     "latest shot in a fight for subscribers that has gone on since spring. The smaller firm's "
     "CEO said the war would not end soon. Shareholders were less calm: the company's quarterly "
     "sales fell by a tenth, its bonds were marked down, and smartphones sold with bundled data "
     "went on drawing customers away from the older operator, whose own chief has promised cuts."),
    ("sport",
     "The national squad came home from the Olympics with four medals on Monday, the best haul in "
     "twenty years. Two of its athletes reached the podium in the shot put, a throwing event the "
     "country had never won anything in, and the women's team took bronze after a bruising last "
     "day. Officials said the players would be received by the president, and that the clubs "
     "that trained them would share a grant to build new halls before the next games."),
    ("wildlife",
     "A herd of wild elephants strayed into a village on the edge of the reserve overnight and "
     "flattened two huts and a field of maize, the forest department and police said. Rangers "
     "drove the animals back with drums and torches. Villagers asked for an electric fence after "
     "the third visit this month, and officials promised compensation for the crops. Nobody was "
     "hurt, although one man was killed by a tusker in the same area last year."),
    ("ceremony",
     "Four hundred recruits took the oath at the police college on Saturday in a passing-out "
     "parade watched by their families. The band of the signals regiment played the anthem, "
     "the cadets gave a general salute, and the best recruits received medals from the inspector "
     "general, who told them that the force expected courage and honesty from them. The "
     "graduation ended with a march past and a lunch for the families on the drill square."),
]


@pytest.mark.parametrize("name,text", _EVERYDAY)
def test_an_everyday_article_is_known_by_the_words_of_its_topic(name, text):
    lex = load_lexicon(DATA_DIR)
    assert len(text) >= lex.topic_min_chars
    assert topic.off_topic(text, lex) == name


_DRILL = ("Police commandos stormed a hangar at the city airport on Sunday morning and freed twenty "
          "hostages held by gunmen, in a mock drill that the emergency services had planned for months. "
          "In the scenario, a bomb went off in the departure hall and the attackers took passengers "
          "captive on a parked plane. Volunteers played the wounded, and firefighters, paramedics and "
          "a bomb squad practised their parts. Officials said the exercise showed gaps in how the "
          "terminal's radios work and promised a second one before the summer holidays.")
_REAL = ("Gunmen stormed a hotel in the capital on Sunday and held guests hostage for six hours before "
         "police commandos ended the siege, killing three attackers, officials said. A bomb went off at "
         "the gate as the assault began, and at least nine people were killed and 20 wounded. Security "
         "experts had long warned of exactly such a scenario, and the interior minister promised an "
         "inquiry into how the attackers reached the building with rifles and explosives.")


def test_a_drill_stages_its_violence():
    lex = load_lexicon(DATA_DIR)
    assert topic.off_topic(_DRILL, lex) == topic.REHEARSAL


def test_one_word_of_a_rehearsal_does_not_make_real_violence_a_drill():
    lex = load_lexicon(DATA_DIR)
    assert len(_REAL) >= lex.topic_min_chars
    assert topic.off_topic(_REAL, lex) is None
