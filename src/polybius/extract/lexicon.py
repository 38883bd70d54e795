"""Load and validate the trigger and cue files (``data/triggers.yaml``, ``data/cues.yaml``).

Knowledge lives in those files so that domain experts can edit it; this module is the
one place that reads them and fails loudly, naming the entry, when one is malformed.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from polybius.records import EVENT_TYPES, QUALIFIERS

_KNOWN_KEYS = {"lemma", "pos", "event_type", "mode", "context", "strength", "weak", "requires_dobj",
               "requires_near", "not_with", "prt", "requires_intel_actor", "status", "needs_context",
               "not_abstract", "not_as_modifier", "not_as_adjunct", "person_object", "requires_subject",
               "not_subject", "charge_for", "near_by_people", "condition", "names_party", "only_as",
               "armed_doer", "crowd_riot", "denied_part", "armed_entry", "told_as_deed", "counted"}
_CONTEXTS = {"terrorism", "military", "intelligence", "law_enforcement", "diplomacy", "election",
             "economic", "migration"}


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: frozenset[str]
    event_type: str
    mode: str
    context: tuple[str, ...] = ()
    strength: float = 0.6
    weak: bool = False
    requires_dobj: frozenset[str] = frozenset()
    requires_near: frozenset[str] = frozenset()
    not_with: frozenset[str] = frozenset()
    prt: str | None = None
    requires_intel_actor: bool = False
    status: str | None = None
    needs_context: bool = False
    not_abstract: bool = False
    not_as_modifier: bool = False      # "an outlawed group", "a man accused of ...": a description
    not_as_adjunct: bool = False       # "chased them in cooperation with the air force": a manner
    person_object: bool = False        # "captured two rebels", not "captured the town" / "on film"
    requires_subject: bool = False     # "Petro attributed the attack to ...": someone says it
    condition: bool = False            # "unrest": a state, a happening only as a clause's subject or with a day
    not_subject: frozenset[str] = frozenset()   # ... but not these ("media reports attribute ...")
    charge_for: frozenset[str] = frozenset()    # "X was responsible for the attack, police said": the deeds
    near_by_people: frozenset[str] = frozenset()   # words of requires_near that count only as a deed of people
    names_party: frozenset[str] = frozenset()   # "findings point to X", "the work of X": X a name after one of these
    only_as: frozenset[str] = frozenset()   # the trigger's only roles in its clause ("dead" told of its subject)
    armed_doer: bool = False   # "masked men stormed a studio": counts only when armed men (or a crowd) do it
    crowd_riot: bool = False   # "protesters stormed parliament": a crowd's deed is a riot
    denied_part: bool = False  # "the group has no role in the attack": counts only told with "no"
    armed_entry: bool = False  # "stormed the studio waving guns and explosives": bombs carried, no bombing
    told_as_deed: bool = False  # "cooperated", "are cooperating": not "who cooperate", "for cooperating"
    counted: bool = False       # "132 deaths were confirmed": a noun with a figure of its own, not "the death of X"


@dataclass
class Lexicon:
    triggers: dict[str, list[Trigger]]          # lemma -> candidate triggers
    status: dict[str, frozenset[str]]
    background_days: int
    background_governors: frozenset[str]
    background_phrases: tuple[str, ...]
    present_phrases: tuple[str, ...]
    habitual_adverbs: frozenset[str]
    standing_adverbs: frozenset[str]
    earlier_modifiers: frozenset[str]
    recent_modifiers: frozenset[str]
    recent_periods: frozenset[str]
    habitual_units: frozenset[str]
    habit_lengths: frozenset[str]
    habit_governors: frozenset[str]
    prior_markers: frozenset[str]
    elapsed_units: frozenset[str]
    earlier_period: re.Pattern
    earlier_day: re.Pattern                     # "last weekend", "last Thursday"
    lapse_units: frozenset[str]
    lapse_day_units: dict[str, int]
    lapse_rough: frozenset[str]
    lapse_few_days: int
    sequence_verbs: frozenset[str]
    span_starts: frozenset[str]                 # "since April", "since the start of the war": a running total
    speaker_days: re.Pattern   # "yesterday", "this morning": the speaker's today
    attribution_verbs: frozenset[str]
    attribution_preps: tuple[str, ...]
    count_roles: dict[str, str]                 # lemma -> role
    counted_nouns: frozenset[str]               # "18 fatalities": the noun counts its own figure
    act_nouns: frozenset[str]                   # "the wounding of 40"
    suffer_verbs: frozenset[str]                # "sustained injuries"
    loss_verbs: frozenset[str]                  # "lost 25 members": a side's dead
    result_verbs: frozenset[str]                # "left 70 dead": keeps the toll with its attack
    verdict_verbs: frozenset[str]               # "sentenced to death": a penalty, no death
    qualifiers: list[tuple[str, str]]           # (phrase, qualifier), longest phrase first
    number_words: dict[str, tuple[int, str]]
    multipliers: dict[str, int]
    person_nouns: frozenset[str]
    mode_modifiers: dict[str, tuple[str, str]]
    mode_cues: list[tuple[str, re.Pattern]]     # mode, word-bounded phrase pattern
    riot_cues: re.Pattern                       # a demonstration told with the crowd's violence
    arson_lemmas: frozenset[str]                # a crowd's arson beside its protest is the riot's
    crowd_sides: re.Pattern                     # a clash with a crowd is not two armed sides
    crowd_missiles: frozenset[str]              # "attacked with bricks": a crowd's means
    generic_predicates: frozenset[str]
    trend_verbs: frozenset[str]
    change_verbs: frozenset[str]
    aim_verbs: frozenset[str]
    aim_adjectives: frozenset[str]
    aim_nouns: frozenset[str]
    implicative_verbs: frozenset[str]
    escape_verbs: frozenset[str]
    perpetration_verbs: frozenset[str]
    belonging_nouns: frozenset[str]
    anti_prefixes: frozenset[str]
    instrument_nouns: frozenset[str]
    generic_modifiers: frozenset[str]
    collective_nouns: frozenset[str]
    none_words: frozenset[str]
    habitual_modifiers: frozenset[str]
    readiness_verbs: frozenset[str]
    open_answers: frozenset[str]
    paper_nouns: frozenset[str]
    offence_heads: frozenset[str]
    capability_words: frozenset[str]
    non_violent_causes: frozenset[str]   # animals included
    context_words: frozenset[str]
    abstract_objects: frozenset[str]
    nationwide: tuple[str, ...]
    chrome: list[re.Pattern] = field(default_factory=list)
    not_scene_verbs: frozenset[str] = frozenset()   # "police say", "the toll is": no photo caption's scene
    accident_words: frozenset[str] = frozenset()
    violence_words: frozenset[str] = frozenset()
    animals: frozenset[str] = frozenset()      # no victim of political violence
    empty_aims: frozenset[str] = frozenset()   # "fired into the air": aimed at nobody
    fired_things: frozenset[str] = frozenset()   # "fired shots", "fired rounds"
    happening_nouns: frozenset[str] = frozenset()   # "a protest march": a trigger modifying one is told
    accident_article_words: frozenset[str] = frozenset()
    conflict_anchor: re.Pattern | None = None   # an article without one is not coded
    topic_min_chars: int = 400                  # ... when it is long enough to have a topic
    topics: dict[str, re.Pattern] = field(default_factory=dict)   # everyday topics (sport, ...)
    strong_anchor: re.Pattern | None = None
    topic_min_words: int = 3
    topic_min_strong: int = 2
    rehearsal: re.Pattern | None = None         # "mock drill", "simulated": a make-believe attack
    rehearsal_min_words: int = 2
    verbal_event_types: frozenset[str] = frozenset()   # coded only beside violence words
    reaction_types: frozenset[str] = frozenset()   # an undated one keeps the report's day, not the main's
    toll_update: re.Pattern | None = None       # "the death toll rose to 12"
    claim: re.Pattern | None = None             # "X claimed responsibility for the attack"
    death_update: re.Pattern | None = None      # "succumbed to his wounds": the dead's update only
    separate_event: re.Pattern | None = None    # "in a separate attack"
    mode_family: dict[str, int] = field(default_factory=dict)   # mode -> family index
    casualty_reports: frozenset[str] = frozenset()   # "were injured": joins, never founds
    joining_reports: frozenset[str] = frozenset()    # "six died": joins, never founds, even with a place
    war_nouns: frozenset[str] = frozenset()   # "the insurgency has claimed 4,000 lives": a war's toll
    raiders: re.Pattern | None = None               # "gunmen raided": their raid is an attack
    dying_doers: re.Pattern | None = None           # "the bomber was killed in the blast": the doer's own death
    armed_descriptions: re.Pattern | None = None    # "masked men", "unidentified men": armed men too
    raid_attack_targets: frozenset[str] = frozenset()   # "raided the village": an attack
    war_captives: frozenset[str] = frozenset()   # "the rebels captured six soldiers": no abduction
    answer_cues: re.Pattern | None = None           # "in retaliation": a blow at the attackers
    span_words: frozenset[str] = frozenset()        # "so far this year", "in recent months": no day
    nearby_km: float = 0.0                          # "the attack on X": a town this near is the same area
    pointed_time: re.Pattern = re.compile(r"(?!)")  # "last", "ago", "after": a time told from another day
    recalled_time: re.Pattern = re.compile(r"(?!)")  # "earlier this week": told as before the news
    strike_effects: frozenset[str] = frozenset()    # "explosions rocked the city": also a strike's
    generic_people: frozenset[str] = frozenset()    # "two people, a woman and her son": who they were
    total_nouns: frozenset[str] = frozenset()       # "a total of 17 soldiers": the people after "of"
    joint_conjunctions: frozenset[str] = frozenset()   # "killed or injured": one figure for both roles
    comitatives: frozenset[str] = frozenset()       # "along with": the people told with the counted
    reflexive_one: frozenset[str] = frozenset()     # "killing himself": one
    reflexive_many: frozenset[str] = frozenset()    # "killing themselves": as many as the subject
    one_person_pronouns: frozenset[str] = frozenset()   # "arrested him": one
    state_verbs: frozenset[str] = frozenset()      # "is (remains) in custody": the subject is held
    group_nouns: frozenset[str] = frozenset()      # "arrested the crew": no figure
    quantity_nouns: frozenset[str] = frozenset()   # "killed a number of people": no one person
    death_idioms: dict[str, frozenset[str]] = field(default_factory=dict)   # "lost their lives": the subject died
    pair_determiners: frozenset[str] = frozenset()   # "both attackers": two
    severity_words: frozenset[str] = frozenset()     # "two seriously injured, three lightly": parts of one toll

    def names_raiders(self, text: str | None) -> bool:
        """Does ``text`` name armed men (``assembly.raiders``: "gunmen", "the attackers",
        "four militants"), or people told as armed or unknown (``armed_descriptions``:
        "masked men", "a group of hooded men", "unidentified men")?"""
        return bool(text and any(p is not None and p.search(text) for p in (self.raiders, self.armed_descriptions)))

    def names_people(self, word: str) -> bool:
        """Is ``word`` a word for people ("soldier", "soldiers", "gunmen"), read off the
        singular when it is a plain English plural?"""
        w = word.lower()
        return w in self.person_nouns or w.rstrip("s") in self.person_nouns or (
            w.endswith("men") and w[:-3] + "man" in self.person_nouns)

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        return frozenset(self.triggers)


def _trigger(entry: dict, where: str) -> Trigger:
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("lemma", "pos", "event_type", "mode"):
        if key not in entry:
            raise LexiconError(f"{where}: missing {key!r}")
    for key in ("pos", "requires_dobj", "requires_near", "not_with", "context", "not_subject", "charge_for", "names_party",
                "only_as"):
        bad = [v for v in entry.get(key) or () if not isinstance(v, str)]
        if bad:  # YAML reads bare on/off/yes/no as booleans: quote them
            raise LexiconError(f"{where}: {key} has non-string values {bad}")
    if entry["event_type"] not in EVENT_TYPES:
        raise LexiconError(f"{where}: unknown event_type {entry['event_type']!r}")
    bad_ctx = set(entry.get("context") or ()) - _CONTEXTS
    if bad_ctx:
        raise LexiconError(f"{where}: unknown context {sorted(bad_ctx)}")
    return Trigger(
        lemma=str(entry["lemma"]).lower(), pos=frozenset(entry["pos"]),
        event_type=entry["event_type"], mode=entry["mode"],
        context=tuple(entry.get("context") or ()), strength=float(entry.get("strength", 0.6)),
        weak=bool(entry.get("weak", False)),
        requires_dobj=frozenset(entry.get("requires_dobj") or ()),
        requires_near=frozenset(str(x).lower() for x in entry.get("requires_near") or ()),
        not_with=frozenset(entry.get("not_with") or ()), prt=entry.get("prt"),
        requires_intel_actor=bool(entry.get("requires_intel_actor", False)),
        status=entry.get("status"),
        needs_context=bool(entry.get("needs_context", False)),
        not_abstract=bool(entry.get("not_abstract", False)),
        not_as_modifier=bool(entry.get("not_as_modifier", False)),
        not_as_adjunct=bool(entry.get("not_as_adjunct", False)),
        told_as_deed=bool(entry.get("told_as_deed", False)),
        person_object=bool(entry.get("person_object", False)),
        requires_subject=bool(entry.get("requires_subject", False)),
        condition=bool(entry.get("condition", False)),
        not_subject=frozenset(str(x).lower() for x in entry.get("not_subject") or ()),
        charge_for=frozenset(str(x).lower() for x in entry.get("charge_for") or ()),
        near_by_people=frozenset(str(x).lower() for x in entry.get("near_by_people") or ()),
        names_party=frozenset(str(x).lower() for x in entry.get("names_party") or ()),
        only_as=frozenset(entry.get("only_as") or ()),
        armed_doer=bool(entry.get("armed_doer", False)),
        crowd_riot=bool(entry.get("crowd_riot", False)),
        denied_part=bool(entry.get("denied_part", False)),
        armed_entry=bool(entry.get("armed_entry", False)),
        counted=bool(entry.get("counted", False)),
    )


def load_lexicon(data_dir: Path) -> Lexicon:
    return _load(str(data_dir))


def _earlier_period(words, periods) -> re.Pattern:
    """"last week", "the previous year", "last July": the period before the current one."""
    months = [m for m in calendar.month_name[1:]]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:"
                      + "|".join(map(re.escape, [*periods, *months])) + r")\b", re.IGNORECASE)


def _earlier_day(words, days) -> re.Pattern:
    """"last weekend", "the previous Thursday": the day or days before the current week's."""
    weekdays = [d for d in calendar.day_name]
    return re.compile(r"^\s*(?:the\s+)?(?:" + "|".join(map(re.escape, words)) + r")\s+(?:"
                      + "|".join(map(re.escape, [*days, *weekdays])) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _load(data_dir: str) -> Lexicon:
    base = Path(data_dir)
    trig_doc = yaml.safe_load((base / "triggers.yaml").read_text(encoding="utf-8"))
    cues = yaml.safe_load((base / "cues.yaml").read_text(encoding="utf-8"))
    triggers: dict[str, list[Trigger]] = {}
    for i, entry in enumerate(trig_doc.get("triggers") or []):
        trig = _trigger(entry, f"triggers.yaml entry {i} ({entry.get('lemma')})")
        triggers.setdefault(trig.lemma, []).append(trig)

    st = cues["status"]
    status = {k: frozenset(v) for k, v in st.items()}
    count_roles = {lemma: role for role, lemmas in cues["counts"]["roles"].items() for lemma in lemmas}
    quals = [(phrase, q) for q, phrases in cues["counts"]["qualifiers"].items() for phrase in phrases]
    for _, q in quals:
        if q not in QUALIFIERS:
            raise LexiconError(f"cues.yaml counts.qualifiers: unknown qualifier {q!r}")
    quals.sort(key=lambda pq: -len(pq[0]))
    words = {w: (int(v), q) for w, (v, q) in cues["counts"]["words"].items()}
    modifiers = {k: (v[0], v[1]) for k, v in cues["modes"]["modifiers"].items()}
    for k, (etype, _) in modifiers.items():
        if etype not in EVENT_TYPES:
            raise LexiconError(f"cues.yaml modes.modifiers.{k}: unknown event type {etype!r}")
    verbal = frozenset(cues["verbal_event_types"])
    for etype in sorted(verbal - set(EVENT_TYPES)):
        raise LexiconError(f"cues.yaml verbal_event_types: unknown event type {etype!r}")
    reactions = frozenset(cues["reaction_types"])
    for etype in sorted(reactions - set(EVENT_TYPES)):
        raise LexiconError(f"cues.yaml reaction_types: unknown event type {etype!r}")
    return Lexicon(
        triggers=triggers,
        status=status,
        background_days=int(cues["background_days"]),
        background_governors=frozenset(cues["background"]["governors"]),
        background_phrases=tuple(cues["background"]["phrases"]),
        present_phrases=tuple(cues["background"]["present_phrases"]),
        habitual_adverbs=frozenset(cues["background"]["habitual"]),
        standing_adverbs=frozenset(cues["background"]["standing_adverbs"]),
        earlier_modifiers=frozenset(cues["background"]["earlier_modifiers"]),
        recent_modifiers=frozenset(cues["background"]["recent_modifiers"]),
        recent_periods=frozenset(cues["background"]["recent_periods"]),
        habitual_units=frozenset(cues["background"]["habitual_units"]),
        habit_lengths=frozenset(cues["background"]["habit_lengths"]),
        habit_governors=frozenset(cues["background"]["habit_governors"]),
        prior_markers=frozenset(cues["background"]["prior_markers"]),
        elapsed_units=frozenset(cues["background"]["elapsed_units"]),
        earlier_period=_earlier_period(cues["background"]["earlier_words"], cues["background"]["earlier_periods"]),
        earlier_day=_earlier_day(cues["background"]["earlier_words"], cues["background"]["earlier_days"]),
        lapse_units=frozenset(cues["background"]["lapse_units"]),
        lapse_day_units={str(k): int(v) for k, v in cues["background"]["lapse_day_units"].items()},
        lapse_rough=frozenset(cues["background"]["lapse_rough"]),
        lapse_few_days=int(cues["background"]["lapse_few_days"]),
        sequence_verbs=frozenset(cues["background"]["sequence_verbs"]),
        span_starts=frozenset(cues["background"]["span_starts"]),
        speaker_days=_phrases(cues["background"]["speaker_days"]),
        attribution_verbs=frozenset(cues["attribution"]["verbs"]),
        attribution_preps=tuple(cues["attribution"]["prepositions"]),
        count_roles=count_roles,
        counted_nouns=frozenset(cues["counts"]["counted_nouns"]),
        act_nouns=frozenset(cues["counts"]["act_nouns"]),
        suffer_verbs=frozenset(cues["counts"]["suffer_verbs"]),
        loss_verbs=frozenset(cues["counts"]["loss_verbs"]),
        result_verbs=frozenset(cues["counts"]["result_verbs"]),
        verdict_verbs=frozenset(cues["counts"]["verdict_verbs"]),
        qualifiers=quals,
        number_words=words,
        multipliers={k: int(v) for k, v in cues["counts"]["multipliers"].items()},
        person_nouns=frozenset(cues["counts"]["person_nouns"]),
        mode_modifiers=modifiers,
        mode_cues=[(mode, _phrases(phrases)) for mode, phrases in cues["modes"]["sentence_cues"]],
        riot_cues=_phrases(cues["modes"]["riot_cues"]),
        arson_lemmas=frozenset(cues["modes"]["arson_lemmas"]),
        crowd_sides=_phrases(cues["modes"]["crowd_sides"]),
        crowd_missiles=frozenset(cues["modes"]["crowd_missiles"]),
        generic_predicates=frozenset(cues["generic_predicates"]),
        war_nouns=frozenset(cues["war_nouns"]),
        trend_verbs=frozenset(cues["trend_verbs"]),
        change_verbs=frozenset(cues["change_verbs"]),
        aim_verbs=frozenset(cues["aim_verbs"]),
        aim_adjectives=frozenset(cues["aim_adjectives"]),
        aim_nouns=frozenset(cues["aim_nouns"]),
        implicative_verbs=frozenset(cues["implicative_verbs"]),
        escape_verbs=frozenset(cues["escape_verbs"]),
        perpetration_verbs=frozenset(cues["perpetration_verbs"]),
        belonging_nouns=frozenset(cues["belonging_nouns"]),
        anti_prefixes=frozenset(cues["anti_prefixes"]),
        instrument_nouns=frozenset(cues["instrument_nouns"]),
        generic_modifiers=frozenset(cues["generic_modifiers"]),
        collective_nouns=frozenset(cues["collective_nouns"]),
        none_words=frozenset(cues["none_words"]),
        habitual_modifiers=frozenset(cues["habitual_modifiers"]),
        readiness_verbs=frozenset(cues["readiness_verbs"]),
        open_answers=frozenset(cues["open_answers"]),
        paper_nouns=frozenset(cues["paper_nouns"]),
        offence_heads=frozenset(cues["offence_heads"]),
        capability_words=frozenset(cues["capability_words"]),
        non_violent_causes=frozenset(cues["non_violent_causes"]) | frozenset(cues["animals"]),
        animals=frozenset(cues["animals"]),
        empty_aims=frozenset(cues["empty_aims"]),
        fired_things=frozenset(cues["fired_things"]),
        happening_nouns=frozenset(cues["happening_nouns"]),
        context_words=frozenset(cues["context_words"]),
        abstract_objects=frozenset(cues["abstract_objects"]),
        nationwide=tuple(cues["nationwide"]),
        chrome=[re.compile(p, re.I) for p in cues["chrome_patterns"]],
        not_scene_verbs=frozenset(cues["caption_not_scene_verbs"]),
        accident_words=frozenset(cues["accident_words"]),
        violence_words=frozenset(cues["violence_words"]),
        accident_article_words=frozenset(cues["accident_article_words"]),
        topic_min_chars=int(cues["topic_min_chars"]),
        topics={name: _alternatives(words) for name, words in cues["topics"].items()},
        strong_anchor=_alternatives(cues["strong_anchors"]),
        topic_min_words=int(cues["topic_min_words"]),
        topic_min_strong=int(cues["topic_min_strong"]),
        rehearsal=_alternatives(cues["rehearsal_words"]),
        rehearsal_min_words=int(cues["rehearsal_min_words"]),
        verbal_event_types=verbal,
        reaction_types=reactions,
        conflict_anchor=_alternatives(cues["conflict_anchors"]),
        toll_update=_phrases(cues["assembly"]["toll_updates"]),
        claim=_phrases(cues["assembly"]["claims"]),
        death_update=_phrases_or_none(cues["assembly"]["death_updates"]),
        separate_event=_alternatives([re.escape(p) + "(?:e?s)?" for p in cues["assembly"]["separate_event"]]
                                     + [_another_place(cues["assembly"]["other_places"])]),
        casualty_reports=frozenset(cues["assembly"]["casualty_reports"]),
        joining_reports=frozenset(cues["assembly"]["joining_reports"]),
        raiders=_phrases(cues["assembly"]["raiders"]),
        dying_doers=_phrases(cues["assembly"]["dying_doers"]),
        armed_descriptions=_described(cues["assembly"]["armed_descriptions"]),
        raid_attack_targets=frozenset(cues["assembly"]["raid_attack_targets"]),
        war_captives=frozenset(cues["assembly"]["war_captives"]),
        answer_cues=_phrases_or_none(cues["assembly"]["answer_cues"]),
        strike_effects=frozenset(cues["assembly"]["strike_effects"]),
        span_words=frozenset(cues["assembly"]["span_words"]),
        nearby_km=float(cues["assembly"]["nearby_km"]),
        pointed_time=re.compile(r"\b(?:" + "|".join(map(re.escape, cues["assembly"]["pointed_words"])) + r")\b"),
        recalled_time=_phrases(cues["assembly"]["recalled_times"]),
        mode_family={mode: k for k, modes in enumerate(cues["assembly"]["mode_families"]) for mode in modes},
        generic_people=frozenset(cues["counts"]["generic_people"]),
        total_nouns=frozenset(cues["counts"]["total_nouns"]),
        joint_conjunctions=frozenset(cues["counts"]["joint_conjunctions"]),
        comitatives=frozenset(cues["counts"]["comitatives"]),
        reflexive_one=frozenset(cues["counts"]["reflexive_one"]),
        reflexive_many=frozenset(cues["counts"]["reflexive_many"]),
        one_person_pronouns=frozenset(cues["counts"]["one_person_pronouns"]),
        state_verbs=frozenset(cues["counts"]["state_verbs"]),
        group_nouns=frozenset(cues["counts"]["group_nouns"]),
        quantity_nouns=frozenset(cues["counts"]["quantity_nouns"]),
        death_idioms={noun: frozenset(verbs) for noun, verbs in cues["counts"]["death_idioms"].items()},
        pair_determiners=frozenset(cues["counts"]["pair_determiners"]),
        severity_words=frozenset(cues["counts"].get("severity_words", ())),
    )


def _alternatives(patterns: list[str]) -> re.Pattern:
    """One case-insensitive, whole-word pattern for a list of regular expressions."""
    return re.compile(r"\b(" + "|".join(patterns) + r")\b", re.I)


def _phrases(phrases: list[str]) -> re.Pattern:
    """One case-insensitive, word-bounded pattern for a list of literal phrases, plurals
    included ("suicide bomber" finds "suicide bombers")."""
    return _alternatives([re.escape(p) + "(?:e?s)?" for p in phrases])


def _another_place(words: list[str]) -> str:
    """"in another town", "in another northern city": one word may stand between."""
    return r"another\s+(?:[\w-]+\s+)?(?:" + "|".join(map(re.escape, words)) + ")"


def _described(table: dict) -> re.Pattern:
    """"masked men", "unidentified individuals": a word of ``words`` right before one of ``people``."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, table["words"])) + r")\s+(?:"
                      + "|".join(map(re.escape, table["people"])) + r")\b", re.I)


def _phrases_or_none(phrases: list[str]) -> re.Pattern | None:
    """``_phrases``, or None for an empty list (whose pattern would match everywhere)."""
    return _phrases(phrases) if phrases else None
