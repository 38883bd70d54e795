"""The extractor: a parsed article in, its *mentions* (``Draft``s) out.

An article that is not about political violence at all (``topic``) has none. Per
sentence: find triggers (``triggers``), read each event's clause for arguments
(``arguments``), counts (``counts``) and cues (``cues``). Page chrome is never coded
(``chrome``). Which mentions tell one happening is decided later, on resolved mentions
(``assemble``).
"""
from __future__ import annotations

import re

from polybius.extract import topic
from polybius.extract.mentions import arguments, chrome, counts, cues, triggers
from polybius.draft import CHROME_KEY, Draft
from polybius.extract.lexicon import Lexicon, load_lexicon
from polybius.extract.parse_tools import DEFINITE_DETS, has_definite_det
from polybius.extract.parse_words import parse_words
from polybius.records import Article, Counts, Evidence
from polybius.resolve.dates import resolve_date
from polybius.settings import Settings

_WORDS = parse_words()


class Extractor:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.lex: Lexicon = load_lexicon(settings.data_dir)

    def extract(self, article: Article, doc) -> list[Draft]:
        lex = self.lex
        text = doc.text
        if topic.off_topic(text, lex):
            return []   # sport, business, weather...: its "attacks" and "raids" are not events
        chrome_r, headline_r = chrome.chrome_ranges(text, lex, article.title)
        body, heads = [], []
        pending: list = []   # (unspecified attack, its words): a next sentence may name its weapon
        # the article has told an accident: "the blast" after it is that accident; with no
        # violent word anywhere, every death and explosion it tells is the accident's
        all_accident = _accident_article(doc, lex)
        accident = all_accident
        skipped = doc.user_data[CHROME_KEY] = []   # for resolve: not the story's words
        for i, sent in enumerate(doc.sents):
            if chrome.inside(sent.start_char, chrome_r):
                skipped.append((sent.start_char, sent.end_char))
                continue
            if _scene_caption(sent, text, lex):
                skipped.append((sent.start_char, sent.end_char))
                continue   # "Officials inspect the wreckage after a bomb attack in X, Aug. 17, 2022."
            hits = triggers.find_hits(sent, lex)
            if not hits:
                accident = accident or triggers.accident_told(sent, lex)
                _weapon_told(pending, sent, lex)
                continue
            if accident:
                hits = [h for h in hits if not _the_accident_again(h, sent, lex, not all_accident)]
                if not hits:
                    continue
            owners = _owners(sent, hits, lex)
            drafts = [self._draft(i, sent, hit, hits,
                                  [t for t in sent if owners.get(t.i) == k],
                                  [t for t in sent if owners.get(t.i) in (k, -1 - k)])
                      for k, hit in enumerate(hits)]
            _share_with_governed(hits, drafts)
            _share_fronted_date(sent, hits, drafts, lex)
            told = list(zip(hits, drafts))   # each hit with its draft, before drafts are dropped
            drafts = _raids_that_kill(hits, drafts)
            drafts = _takings_by_attackers(hits, drafts, lex)
            drafts = [d for d in drafts if not _only_meant(d)]
            drafts = _crowd_arson(drafts, told, lex)
            drafts = _riot_casualties(drafts, told, lex)
            _toll_to_the_attack(drafts)
            kept = pending if all(d.definite for d in drafts) else []   # "The attack took place ..."
            unarmed = [d for d in drafts if d.event_type == "ASSAULT" and d.mode == "unspecified"
                       and d.status == "occurred" and not d.background]
            if unarmed:
                words = _content_words(sent) | {t.lower_ for t in sent if t.like_num}
                kept = kept + [(d, words) for d in unarmed]
            pending = kept
            (heads if chrome.inside(sent.start_char, headline_r) else body).extend(
                d for d in drafts if not d.habitual and not d.unattributed and not d.kind_only)   # habits, standing charges, kinds of deed
        found = body or heads
        if topic.quarrel({d.event_type for d in found}, text, lex):
            return []   # accusations and denials in an article without violence
        if body:
            for d in heads:   # the headline retells the body's news: it may only add to it (assemble)
                d.headline = d.definite = True
            return body + heads
        return heads

    def _draft(self, index: int, sent, hit: triggers.Hit, hits: list[triggers.Hit], owned,
               count_tokens) -> Draft:
        lex = self.lex
        tok = hit.token
        clause = arguments.clause_tokens(tok, [h.token for h in hits])
        args = arguments.find_arguments(tok, clause, lex, hit.event_type)
        for other in hit.absorbed:  # "an attack that killed two soldiers": the victims
            if args.actor_text and args.recipient_text:
                break
            extra = arguments.find_arguments(other.token, clause, lex)
            if not args.recipient_text and extra.recipient_text:
                args.recipient_tok, args.recipient_text = extra.recipient_tok, extra.recipient_text
            if not args.actor_text and extra.actor_text and extra.actor_tok.i != tok.i:
                args.actor_tok, args.actor_text = extra.actor_tok, extra.actor_text
        mode = hit.mode
        clause_text = " ".join(t.text for t in clause)
        status = cues.find_status(tok, lex, hit.trigger.status, hit.event_type)
        if hit.event_type == "ASSAULT" and mode == "unspecified":
            texts = [clause_text] if status in ("planned", "thwarted") else [clause_text, _without_others(sent, hit, hits)]
            # men who storm a place carry their bombs: a blast is told by its own word
            mode = _mode_from_cues(texts, lex, without="explosives" if hit.trigger.armed_entry else None)
            if mode == "armed_clash" and lex.crowd_sides.search(sent.text):   # "... at crowds, in clashes"
                mode = _mode_from_cues(texts, lex, without="armed_clash")
        elif mode == "explosives" and _mode_from_cues([_with_means(tok, clause_text)], lex) in _CARRIERS:
            # "a suicide bomber blew himself up", "a drone exploded", "used a drone to bomb",
            # "the village was bombed by a fighter jet"
            mode = _mode_from_cues([_with_means(tok, clause_text)], lex)
        elif hit.event_type == "PROTEST" and mode == "demonstrate" and lex.riot_cues.search(sent.text):
            mode = "riot"          # "protesters clashed with police and torched a party office"
        elif mode == "armed_clash" and lex.crowd_sides.search(sent.text):
            mode = _mode_from_cues([clause_text], lex, without="armed_clash")   # "police clashed with protesters"
        sent_text = sent.text  # Doc.text rebuilds the whole article on every access
        prefix = sent_text[:tok.idx - sent.start_char]
        background = cues.background_cue(tok, " ".join(t.text for t in outside_relatives(owned, tok, lex)), prefix, lex)
        actor_toks = [args.actor_tok] if args.actor_tok is not None else []
        claim = cues.find_source_claim(tok, sent, lex, actor_toks)
        found = counts.find_counts(count_tokens, lex)
        if hit.event_type == "ASSAULT" and mode != "armed_clash" and not _names_people(args.recipient_tok, lex):
            # "ambushed a convoy, killing seven soldiers": the soldiers were attacked
            victim = counts.victims(count_tokens, lex)
            if victim is not None:
                args.recipient_tok, args.recipient_text = victim, arguments.phrase_text(victim)
        start = sent.start_char
        text = sent_text.rstrip()
        context = list(hit.trigger.context)
        definite = _is_definite(tok)
        strength = hit.trigger.strength
        if args.actor_text:
            strength += 0.05
        if args.places or args.nationwide:
            strength += 0.05
        places = args.places
        reacted = _reacted_to(tok)
        if reacted:   # "X, at a summit in Y, condemned the attack": Y is not its place
            own = " ".join(t.text for t in tok.subtree)
            places = [p for p in places if p in own]
        event_type = hit.event_type
        if event_type == "ASSAULT" and status == "planned" and cues.conditional_plan(tok, lex):
            # "will kill them unless ...": the threat is made; its figures are those it names
            event_type, mode, status, found = "THREATEN", "ultimatum", "occurred", Counts()
        draft = Draft(
            sent_index=index, trigger_text=tok.text, trigger_start=tok.idx,
            event_type=event_type, mode=mode, context=context, status=status,
            evidence=Evidence(sentence=text, start=start, end=start + len(text)),
            strength=min(strength, 0.95),
            actor_text=args.actor_text,
            actor_hint=str(args.actor_tok.idx) if args.actor_tok is not None else None,
            recipient_text=args.recipient_text,
            places=places, reacted_to=reacted,
            sentence_places=arguments.places_in(
                arguments.beside_dateline([t for t in sent if arguments.is_free_place(t, lex)]),
                args.modifier_places),
            modifier_places=args.modifier_places,
            nationwide=args.nationwide,
            date_text=unquoted(_when_date(tok)
                                or arguments.date_in([t for t in outside_comparisons(owned, tok, lex)
                                                      if not _told_by_saying(t, tok, lex)])
                                or _perpetration_date(tok, lex), sent_text, lex),
            said_date=_said_date(sent, lex),
            future=cues.is_future(tok),
            background=background, habitual=cues.habitual(tok, lex), counts=found, source_claim=claim,
            unattributed=hit.event_type == "ACCUSE" and cues.charge_without_accuser(tok),
            anti_group=args.anti_group, thwarter_text=args.thwarter_text, definite=definite,
            spoken_of=definite and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"),
            also=any(t.lower_ in ("also", "another", "additional") and not _listed_with(t)
                     and not _other_half(t, clause, lex) for t in clause),
            casualty_verb=(hit.event_type == "ASSAULT" and mode == "unspecified"
                           and tok.lemma_.lower() in lex.casualty_reports
                           and not (tok.lemma_.lower() in lex.joining_reports and hit.absorbed)),
            joins_only=tok.lemma_.lower() in lex.joining_reports and not hit.absorbed,
            lapse_before=cues.lapse_before(tok, lex),
            lapse=cues.lapse_days(tok, lex),
            lapse_rough=cues.lapse_rough(tok, lex),
        )
        draft.kind_only = status == "occurred" and not cues.running_since(tok, lex) and cues.kind_of_deed(
            tok, any(getattr(found, r) for r in ("killed", "injured", "arrested")), bool(draft.date_text),
            bool(places), lex)
        return draft


def outside_relatives(tokens, trigger, lex: Lexicon | None = None) -> list:
    """``tokens`` without those of a relative clause the trigger is not in ("the province,
    where an insurgency has raged for decades"): such a clause tells of the noun it
    describes, and its words of history ("for decades") are not the deed's. A clause
    describing the trigger itself ("an attack that killed 15 earlier this month") is the
    deed's own telling and stays."""
    cut = {t.i for r in trigger.sent if r.dep_ == "relcl" and r.head.i != trigger.i
           and trigger not in r.subtree for t in r.subtree}
    return [t for t in outside_comparisons(tokens, trigger, lex) if t.i not in cut]


def outside_comparisons(tokens, trigger, lex: Lexicon | None = None) -> list:
    """``tokens`` without those of a phrase the trigger is not in that measures the deed
    against others (``_comparison``; without ``lex``, no rank told with "be")."""
    cut = {t.i for r in trigger.sent if _comparison(r, lex) and trigger not in r.subtree for t in r.subtree}
    return [t for t in tokens if t.i not in cut]


def _comparison(tok, lex: Lexicon | None) -> bool:
    """Is ``tok`` a phrase that measures the deed against other deeds ("killed ten soldiers,
    in one of the boldest raids of the decade", "the bombing was the third big attack
    on the town this month")? Its span of time ("in recent years") is that of
    the deeds compared, not the deed's own."""
    if lex is None:
        return False
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ == "NOUN":
        # "the bombing was the third big attack on the town this month": its rank among deeds
        return triggers.restated(tok, lex) and (
            _superlative(tok) or any(c.ent_type_ == "ORDINAL" for c in tok.children))
    if tok.dep_ not in ("pobj", "appos") or tok.pos_ not in ("NOUN", "PRON", "NUM"):
        return False
    nouns = [tok] + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"   # "one of the ..."
                     for o in p.children if o.dep_ == "pobj"]
    return any(_superlative(n) and triggers.candidates(n, lex) for n in nouns)


def _superlative(noun) -> bool:
    """"the deadliest attack", "the most brazen raids"."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.tag_ == "RBS" for g in c.children))
               for c in noun.children)


def unquoted(date_text: str | None, sent_text: str, lex: Lexicon) -> str | None:
    """A day told from the speaker's today ("yesterday", "this morning") inside a quotation
    is the speaker's, not the page's: "the attack in the city yesterday", Amaq said, on a
    day the page may not give. None then (the happening takes a day from its other
    mentions or from the article's news); any other date is kept."""
    if not date_text or not lex.speaker_days.search(date_text):
        return date_text
    at = sent_text.find(date_text)
    if at < 0:
        return date_text
    opened = sum(sent_text[:at].count(q) for q in '"\u201c') - sum(sent_text[:at].count(q) for q in '\u201d')
    straight = sent_text[:at].count('"')
    inside = (straight % 2 == 1) if straight else opened > 0
    return None if inside else date_text


def _said_date(sent, lex: Lexicon) -> str | None:
    """"..., emergency services said on Friday": the day the sentence's news was reported,
    which bounds an event the sentence gives no day of its own."""
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.attribution_verbs:
            found = arguments.date_in([t for c in verb.children if c.dep_ in ("npadvmod", "prep")
                                       and (c.dep_ == "npadvmod" or c.lower_ == "on") for t in c.subtree])
            if found:
                return found
    # "police said on Tuesday they had foiled ...", however the parser hangs the day
    # "..., according to witnesses on Monday", "..., said security sources on Tuesday"
    return arguments.date_in([t for t in sent if arguments.after_saying(t, lex.attribution_verbs)
                              or arguments.in_attribution(t, lex.attribution_verbs)]) \
        or arguments.date_in([t for t in sent if arguments.of_toll_update(t)])   # "the toll rose to 8 on Friday"


_YEAR = re.compile(r"\b(19|20)\d\d\b")


def _scene_caption(sent, text: str, lex: Lexicon) -> bool:
    """A photo caption the page set at the start of a line: a sentence told in the present
    tense of what the picture shows ("Officials inspect the wreckage of a truck after a bomb
    attack in X, Aug. 17, 2022.", "Relatives gather at the site ... Thursday, Jan. 16 2019,
    in X") with a calendar date of its own. News is told in the past; a present verb of
    saying or being ("police say", "the toll is"; cues.yaml ``caption_not_scene_verbs``)
    is not a scene."""
    start = sent.start_char
    if start > 0 and text[start - 1] != "\n":
        return False   # a caption opens its line (pages often glue the next paragraph to it)
    root = sent.root
    if root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() in lex.not_scene_verbs:
        return False
    return any(ent.label_ == "DATE" and _YEAR.search(ent.text) for ent in sent.ents)


def _reacted_to(tok) -> bool:
    """"Leaders in X condemned the attack", "NATO and the United States also condemned the
    attack", "the group claimed responsibility for Sunday's attack": a deed named again ("the
    attack") as what someone reacts to or claims (parse_words.yaml ``reaction_verbs``) is the
    one the article told; the places of the reaction or the claim are not its."""
    if tok.pos_ != "NOUN" or not has_definite_det(tok):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head = head.head.head   # "claimed responsibility for Sunday's attack"
    elif tok.dep_ != "dobj":
        return False
    elif head.dep_ == "ccomp" and head.head.lemma_.lower() in _WORDS.reaction_verbs:
        head = head.head   # "the group claimed they carried out the attack"
    return head.lemma_.lower() in _WORDS.reaction_verbs


def _told_by_saying(t, trigger, lex: Lexicon) -> bool:
    """Is ``t`` part of a date told right after a verb of saying, before the trigger
    ("the army said on Friday it had killed 12": the day of the saying, however the
    parser hangs it), of the news's source ("according to witnesses on Monday"), or of a
    toll's update ("the death toll rose to eight on Friday": the day the toll was told)?"""
    return (t.i < trigger.i and arguments.after_saying(t, lex.attribution_verbs)) \
        or arguments.in_attribution(t, lex.attribution_verbs) or arguments.of_toll_update(t)


def _when_date(tok) -> str | None:
    """"the first attack since 12 January, when rebels killed 30": a clause opened by
    "when" that hangs on a date tells what happened on that date, even after "since"
    (which otherwise makes a date a reference point, not the event's)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("relcl", "advcl") or tok.head.ent_type_ != "DATE" \
            or not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < tok.i for c in tok.children):
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.head.i < e.end and e.label_ == "DATE"), None)
    return ent.text if ent is not None and tok.i >= ent.end else None


def _perpetration_date(tok, lex: Lexicon) -> str | None:
    """"In September, the army carried out airstrikes": the date of the verb that
    performs a noun trigger is the trigger's; so is that of the casualty verb a noun
    trigger tells the cause of ("six civilians died on Monday in an attack")."""
    head = tok.head
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ == "VERB" \
            and lex.count_roles.get(head.head.lemma_.lower()) in ("killed", "injured"):
        verb = head.head   # its date, not the "in an attack" phrase the trigger stands in
    elif tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lex.perpetration_verbs:
        verb = head
    else:
        return None
    return arguments.date_in([t for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i != tok.head.i
                              for t in c.subtree])


def _names_people(tok, lex: Lexicon) -> bool:
    """Does the phrase headed by ``tok`` name people or a body of them ("the soldiers",
    "a police station", "Hamas") rather than a thing ("a convoy", "a house")?"""
    if tok is None:
        return False
    if tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    return any(t.lemma_.lower() in lex.person_nouns for t in tok.subtree if t.i <= tok.i)


def _is_definite(tok) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        return has_definite_det(tok)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in obj.children)


def _the_accident_again(hit, sent, lex: Lexicon, violent_article: bool = True) -> bool:
    """"The blast triggered a fire ..." after "a reactor exploded at a factory": a bare
    definite explosion or death with no violent word is the accident told again, and an
    arrest told without one (the driver, the factory owner) is about the accident. In an
    article with no violent word at all ("tragedy struck", "something blew up", "caught
    ablaze, killing one" after a gas explosion) every such death or explosion is."""
    blast = hit.event_type == "ASSAULT" and hit.mode in ("explosives", "unspecified")
    if not violent_article:
        return blast or (hit.event_type == "COERCE" and hit.mode == "arrest")
    if triggers.sentence_words(sent) & lex.violence_words:
        return False
    if hit.event_type == "COERCE" and hit.mode == "arrest":
        return True   # "the driver was arrested on suspicion of reckless driving"
    return blast and _is_definite(hit.token)


def _accident_article(doc, lex: Lexicon) -> bool:
    """Is the article an accident's story: it tells an accident ("a gas explosion
    destroyed the building, killing two") and no word of it (headline included) names
    violence (cues.yaml ``violence_words``, less the ``accident_article_words`` accident
    copy uses too: "tragedy struck")? Sentences left unparsed are read by their words."""
    violent = lex.violence_words - lex.accident_article_words
    for t in doc:
        low = t.lower_
        if low in violent or t.lemma_.lower() in violent or (low.endswith("s") and low[:-1] in violent):
            return False
    return any(triggers.accident_told(sent, lex) for sent in doc.sents)


def _weapon_told(pending: list, sent, lex: Lexicon) -> None:
    """"Militants attacked a police post. [...] A dozen militants opened indiscriminate
    firing on the post.": a sentence with no event of its own, naming a weapon right after
    an attack told without one and sharing a word with it (the post, the militants), or
    naming its group again by number ("The five had been riding in a truck that struck a mine"),
    tells how that attack was carried out."""
    if not pending:
        return
    mode = _mode_from_cues([sent.text], lex)
    if mode == "unspecified":
        return
    words = _content_words(sent)
    group = _group_named_again(sent)
    for d, told in pending:
        if told & words or (group is not None and group in told):
            d.told_mode = d.told_mode or mode


def _group_named_again(sent) -> str | None:
    """"The five had been riding in a truck ...": a sentence opening on "the" and a bare number
    names again the group of that size the attack just told ("five guards missing after an
    ambush"); the number, else None."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) > 2 and toks[0].lower_ == "the" and toks[1].like_num and not toks[2].like_num \
            and (toks[2].pos_ in ("AUX", "VERB") or toks[2].lower_ in ("were", "was", "had", "have")):
        return toks[1].lower_
    return None


def _content_words(sent) -> set[str]:
    """The sentence's content words, read without the parser (a sentence with no event of
    its own is not parsed when only trigger sentences are, see nlp/selective.py)."""
    return {t.lower_ for t in sent if t.is_alpha and len(t) > 2 and not t.is_stop
            and t.lower_ not in _REPORTING}


def _with_means(tok, clause_text: str) -> str:
    """The clause and, for a verb told as a purpose ("used a drone to bomb the depot"),
    the means the verb above it names, or for a verb conjoined to another ("a drone
    crashed and exploded in a house"), the subject they share."""
    if tok.head.pos_ != "VERB" or tok.dep_ not in ("xcomp", "conj"):
        return clause_text
    dep = "dobj" if tok.dep_ == "xcomp" else "nsubj"
    means = [t.text for c in tok.head.children if c.dep_ == dep for t in c.subtree]
    return " ".join(means + [clause_text])


def _without_others(sent, hit, hits) -> str:
    """The sentence's text without the trigger words of the other events that tell their
    own toll: in "the first killings since clashes between the two communities killed
    155", "clashes" names the weapon of the clashes that killed 155, not the killings'
    (but in "a suicide attack leaves one officer dead, one militant killed" the attack
    is the cause of both deaths)."""
    tolled = [h for h in hits if h is not hit and h.absorbed]
    others = {h.token.i for h in tolled} | {b.token.i for h in tolled for b in h.absorbed}
    others -= {hit.token.i} | {b.token.i for b in hit.absorbed}
    if not others:
        return sent.text
    return " ".join("_" if t.i in others else t.text for t in sent)


def _mode_from_cues(texts, lex: Lexicon, without: str | None = None) -> str:
    for text in texts:
        for mode, pattern in lex.mode_cues:
            if mode != without and pattern.search(text):
                return mode
    return "unspecified"


_AFTER = frozenset({"following", "after", "during", "amid"})
# what may carry an explosion and names its mode: the bomber, the drone, the aircraft
_CARRIERS = frozenset({"suicide_bomb", "drone", "aerial"})
_REPORTING = frozenset({"said", "says", "told", "added", "according", "reported", "stated"})
_PHRASE_DEPS = frozenset({"pobj", "pcomp", "prep", "dobj", "appos", "compound", "npadvmod"})


def _governed(hits, drafts):
    """(draft, the draft whose clause it continues) pairs: "raided the camp on Saturday,
    killing five" gives (the killing, the raid)."""
    by_token = {h.token.i: d for h, d in zip(hits, drafts)}
    for hit, d in zip(hits, drafts):
        if hit.token.dep_ not in ("advcl", "conj", "xcomp", "relcl"):
            continue
        head = hit.token.head
        gov = by_token.get(head.i)
        if gov is None and hit.token.dep_ == "relcl":
            # "an air attack on a school in X that killed seven", "the attack was on
            # October 20, when seven were shot": up the phrase the clause hangs from
            for _ in range(5):
                if head.dep_ not in _PHRASE_DEPS or head.head.i == head.i:
                    break
                head = head.head
                gov = by_token.get(head.i)
                if gov is not None:
                    break
        if gov is None:   # "carried out airstrikes ..., killing 13": the strikes' clause;
            # "the attack was on October 20 ...": the subject of "was"
            gov = next((by_token[c.i] for c in head.children
                        if c.i in by_token and (c.dep_ == "dobj" or (c.dep_ == "nsubj" and head.lemma_ == "be"))),
                       None)
        if gov is not None and gov is not d:
            yield d, gov


def _share_with_governed(hits, drafts) -> None:
    """The governed event takes the date and place of the event whose clause it continues."""
    for d, gov in _governed(hits, drafts):
        d.date_text = d.date_text or gov.date_text
        d.places = d.places or gov.places
    # "Rioters set fire to a hotel on Sunday": the noun trigger that is the subject of a
    # verb trigger is told by that verb's clause, with its day and place
    by_token = {h.token.i: d for h, d in zip(hits, drafts)}
    for hit, d in zip(hits, drafts):
        verb = by_token.get(hit.token.head.i)
        if hit.token.dep_ == "nsubj" and hit.token.pos_ in ("NOUN", "PROPN") and verb is not None and verb is not d:
            d.date_text = d.date_text or verb.date_text
            d.places = d.places or verb.places


def _share_fronted_date(sent, hits, drafts, lex: Lexicon) -> None:
    """A date that opens the sentence before any trigger and modifies one of them ("In
    July 2009, rioters attacked residents, killing 197") dates every event of the
    sentence without a date of its own; one that modifies a verb of saying ("On Monday
    the army said it had killed ...") dates only the saying."""
    first = min(h.token.i for h in hits)
    before = [t for t in sent if t.i < first and not _told_by_saying(t, sent.doc[first], lex)]
    fronted = unquoted(arguments.date_in(before) or _untagged_opening(before), sent.text, lex)
    if fronted is None:   # (unquoted: a speaker's "Today, ..." is not the page's day)
        return
    trigger_ids = {h.token.i for h in hits} | {a.token.i for h in hits for a in h.absorbed}
    heads, saying = set(), False
    phrase = _phrase_tokens(before, fronted)
    for t in before:
        if t.ent_type_ in ("DATE", "TIME") or t.i in phrase:
            while t.i < first and t.head.i != t.i:   # up "In July 2009" to the verb it modifies
                saying = saying or (t.pos_ == "VERB" and t.lemma_.lower() in lex.attribution_verbs)
                t = t.head
            heads.add(t.i)
    if not heads & trigger_ids:
        if not saying:   # "As reported on April 26, the governor ...": the report's day
            _share_from_a_verb(sent.doc, heads, fronted, hits, drafts, lex)
        return
    for h, d in zip(hits, drafts):
        if _told_by_the_dated_verb(h.token, heads):
            d.date_text = _fronted_or_own(d.date_text, fronted)


def _cause_of_death(noun, verb, lex: Lexicon) -> bool:
    """Is ``noun`` what the dead of ``verb`` died in ("Last month, four soldiers embraced
    martyrdom in a blast", "... were killed in an ambush")? The deaths' day is its day."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.i != verb.i:
        return False
    lemma = verb.lemma_.lower()
    return lex.count_roles.get(lemma) in ("killed", "injured") or any(
        c.dep_ == "dobj" and lemma in lex.death_idioms.get(c.lemma_.lower(), ()) for c in verb.children)


def _untagged_opening(before) -> str | None:
    """A short phrase opening the sentence that the tagger left without a DATE label but
    that reads as a date and modifies the verb after it ("This month police raided ...",
    "Last week, gunmen ..."); None for anything else."""
    if not before or before[0].i != before[0].sent.start:
        return None
    for t in before[:4]:
        if t.ent_type_ in ("DATE", "TIME"):
            return None   # tagged, and left out for a reason ("April 16 (AGENCY) —": the filing day)
        if t.dep_ in ("npadvmod", "advmod") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") \
                and all(x.head.i == t.i or x.i == t.i for x in before[:t.i - before[0].i + 1]):
            text = before[0].doc[before[0].i:t.i + 1].text
            return text if _readable(text) else None
    return None


def _phrase_tokens(tokens, text: str) -> set[int]:
    """The token indices ``text`` covers among ``tokens``: a relative phrase the tagger
    left untagged ("This month police raided ...") still shows the verb it modifies."""
    if not tokens:
        return set()
    sent = tokens[0].sent   # its own text: Doc.text rebuilds the whole article on every access
    at = sent.text.find(text, tokens[0].idx - sent.start_char)
    if at < 0:
        return set()
    at += sent.start_char
    return {t.i for t in tokens if at <= t.idx < at + len(text)}


_ANY_DAY = "2000-01-05"   # a reference day: is a date text a day or a longer period?


def _fronted_or_own(own: str | None, fronted: str) -> str | None:
    """The trigger's own date text, unless it has none or only a length and the fronted
    date names a time."""
    if own is None or (not _readable(own) and _readable(fronted)):
        return fronted
    return own


def _readable(text: str | None) -> str | None:
    """A date text that names a time, not only a length ("Last month, a girl died two days
    after she was injured": "two days" gives way to the fronted "Last month")."""
    return text if text and resolve_date(text, _ANY_DAY, anchor=_ANY_DAY).value else None


_OWN_CLAUSES = frozenset({"conj", "advcl", "xcomp", "dobj", "pcomp", "prep", "pobj", "acl"})


def _share_from_a_verb(doc, heads: set[int], fronted: str, hits, drafts, lex: Lexicon) -> None:
    """A fronted date of a verb that is no trigger dates the trigger verbs it governs:
    "On March 30, jets strafed the market and dropped bombs, killing five" (the killing
    is the strafing's), and a trigger noun that is the subject of one of its clauses ("On
    April 2, four troops were martyred when a bomb went off"), not one told as its object
    ("On Sunday, the president condemned the attack"). A verb of saying or claiming
    shares only a period, not a day: "In February, the rebels claimed the attacks that
    killed nine" (February holds both), but "On Monday, the army said it had killed 12"
    (Monday is the saying's day). A day reaches only the verb's own clauses, not a
    relative clause ("On Monday, mourners buried the men who were killed ...")."""
    verbs = [doc[i] for i in heads if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ == "ROOT"]
    nouns = [doc[i] for i in heads if doc[i].pos_ == "NOUN" and doc[i].dep_ == "ROOT"]
    if not verbs and len(nouns) == 1:
        # the parser made the subject the root ("On August 11, a wave of bomb attacks
        # killed four": "wave" the root, "killed" its clause): the date is the
        # sentence's, so every trigger in the noun's phrase takes it
        span = {t.i for t in nouns[0].subtree}
        for h, d in zip(hits, drafts):
            if h.token.i in span and not _readable(d.date_text):
                d.date_text = fronted
        return
    if len(verbs) != 1:
        return
    verb = verbs[0]
    day = resolve_date(fronted, _ANY_DAY).precision == "day"
    if day and verb.lemma_.lower() in lex.attribution_verbs:
        return
    for h, d in zip(hits, drafts):
        tok = h.token
        if _readable(d.date_text):
            continue
        path = []
        while tok.i != verb.i and tok.head.i != tok.i:
            path.append(tok.dep_)
            tok = tok.head
        if tok.i != verb.i:
            continue
        if h.token.pos_ == "VERB":
            told = not day or all(dep in _OWN_CLAUSES for dep in path)
        else:   # a noun only as the subject of one of the verb's clauses ("when a bomb went off")
            while path and path[0] in ("appos", "compound"):
                path = path[1:]
            told = bool(path) and path[0] in ("nsubj", "nsubjpass") and all(
                dep in ("conj", "advcl", "xcomp") for dep in path[1:]) or _cause_of_death(h.token, verb, lex)
        if told:
            d.date_text = _fronted_or_own(d.date_text, fronted)


def _told_by_the_dated_verb(tok, heads: set[int]) -> bool:
    """The dated verb, another verb of the sentence ("killing 197"), or the dated verb's
    subject ("In May, an attack on the base killed six"); not a noun told after it
    ("police on Saturday arrested the man behind a rampage": the rampage is not
    Saturday's)."""
    return tok.i in heads or tok.pos_ in ("VERB", "AUX") or (
        tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in heads)


def _riot_casualties(drafts: list[Draft], told: list[tuple[triggers.Hit, Draft]], lex: Lexicon) -> list[Draft]:
    """"43 were killed in clashes as police dispersed protesters": deaths a sentence tells
    of a riot, with no one named doing them and no weapon, are the riot's toll, not an
    attack beside it; so are those its rioting verb goes on to tell ("rioters stormed the
    district, killing 40": the riot killed them). Told beside a weapon of the sentence or
    as reported ("... killed and hundreds injured in clashes, as police fired tear gas and
    rubber bullets", "four were reportedly killed during protests", "one killed and
    buildings torched during rioting"), the deaths are still the riot's toll, and the
    attack the weapon may tell stays beside it with the same toll."""
    # a protest whose own clause took a toll ("the protests have left a man dead and 100
    # injured") is told with its casualties too
    riots = [d for d in drafts if d.event_type == "PROTEST" and (
        d.mode == "riot" or d.counts.killed is not None or d.counts.injured is not None)]
    if not riots:
        return drafts
    lemmas = {id(d): h.token.lemma_.lower() for h, d in told}
    verbs = {id(d) for h, d in told if h.token.pos_ == "VERB"}
    relcls = {id(d) for h, d in told if h.token.dep_ == "relcl"}
    governed = {id(d): gov for d, gov in _governed([h for h, _ in told], [d for _, d in told])
                if id(gov) in verbs or id(d) in relcls}   # "rioted, killing 40"; "riots that killed four"
    unnamed = [d for d in drafts if d.event_type == "ASSAULT" and not d.actor_text]
    toll = [d for d in unnamed if d.status == "occurred" and (   # "an attack left nine dead" stays an attack
        d.casualty_only or d.mode == "armed_clash" or d.trigger_text.casefold().startswith("clash"))]
    toll += [d for d in drafts if d.event_type == "ASSAULT" and d not in toll and _casualty_told(d, lemmas, lex)
             and governed.get(id(d)) in riots and governed[id(d)].mode == "riot"]
    armed = [d for d in unnamed if d not in toll and d.status in ("occurred", "alleged")
             and (_casualty_told(d, lemmas, lex) or _riot_deed(d, lex))]
    for d in toll + armed:
        for role in ("killed", "injured"):
            if getattr(riots[0].counts, role) is None:
                setattr(riots[0].counts, role, getattr(d.counts, role))
    return [d for d in drafts if not any(d is t for t in toll)]


def _crowd_arson(drafts: list[Draft], told: list[tuple[triggers.Hit, Draft]], lex: Lexicon) -> list[Draft]:
    """"Rioters torched cars and looted shops", "protesting since Monday, blocking roads and
    setting cars on fire": arson (cues.yaml ``modes.arson_lemmas``) with no toll, done by
    no one named or by the crowd (``crowd_sides``), told beside a protest of its sentence,
    is the crowd's doing: the protest is a riot, and the arson no attack beside it."""
    protests = [d for d in drafts if d.event_type == "PROTEST"]
    if not protests:
        return drafts
    arson = [d for h, d in told if d.event_type == "ASSAULT" and d.status == "occurred"
             and h.token.lemma_.lower() in lex.arson_lemmas and d.counts.killed is None
             and d.counts.injured is None and (not d.actor_text or lex.crowd_sides.search(d.actor_text))]
    if not arson:
        return drafts
    for d in protests:
        if d.mode == "demonstrate":
            d.mode = "riot"
    return [d for d in drafts if not any(d is a for a in arson)]


def _riot_deed(d: Draft, lex: Lexicon) -> bool:
    """A crowd's deed with a toll ("one killed ... and buildings torched during rioting")."""
    return bool(lex.riot_cues.search(d.trigger_text)) and (d.counts.killed is not None or d.counts.injured is not None)


def _casualty_told(d: Draft, lemmas: dict[int, str], lex: Lexicon) -> bool:
    """A casualty verb ("were killed", "injured") with a figure of its own, whatever weapon
    words its sentence names."""
    return lemmas.get(id(d)) in lex.casualty_reports and (d.counts.killed is not None or d.counts.injured is not None)


def _toll_to_the_attack(drafts: list[Draft]) -> None:
    """"The group denied any role in the explosion that left 60 dead", "accused of causing
    the deaths of 11 after a drone strike": a denial or an accusation kills no one; the
    toll its clause took is the attack's of the same sentence."""
    attacks = [d for d in drafts if d.event_type == "ASSAULT"]
    for d in drafts:
        if d.event_type not in ("REJECT", "ACCUSE") or not attacks:
            continue
        for role in ("killed", "injured"):
            figure = getattr(d.counts, role)
            if figure is not None and getattr(attacks[0].counts, role) is None:
                setattr(attacks[0].counts, role, figure)
                setattr(d.counts, role, None)


_TAKINGS = ("arrest", "seize", "raid")


def _only_meant(d: Draft) -> bool:
    """"Troops were sent to search for the bandits for possible arrest", "more rioters would
    be arrested", "with the intention of seizing the base": an arrest, seizure or search told
    only as meant or to come has not happened; unlike an attack plot (a threat to the
    public the news reports as such), an intended arrest is no event (a ban or a curfew
    announced ahead is one)."""
    return d.event_type == "COERCE" and d.mode in _TAKINGS and d.status == "planned"


def _raids_that_kill(hits, drafts) -> list[Draft]:
    """"armed men raided a village, killing 15": the raid is the attack, not an arrest
    operation beside it. The governed attack keeps the raiders, the raid's place and its
    day ("was killed during a police raid on a den on May 7"); the raid is dropped."""
    dropped = set()
    for d, raid in [*_governed(hits, drafts), *_raid_circumstances(hits, drafts)]:
        if d.event_type == "ASSAULT" and raid.event_type == "COERCE" and raid.mode == "raid" \
                and raid.trigger_text.lower().startswith("raid"):   # not a manhunt for the killers
            d.actor_text, d.actor_hint = d.actor_text or raid.actor_text, d.actor_hint or raid.actor_hint
            d.places = d.places or raid.places
            d.date_text = d.date_text or raid.date_text   # "killed during a raid ... on May 7"
            d.casualty_verb = False   # no bare casualty report: the raid told its cause
            dropped.add(id(raid))
    return [d for d in drafts if id(d) not in dropped]


def _takings_by_attackers(hits, drafts, lex: Lexicon) -> list[Draft]:
    """People taken by armed men are abducted, not arrested: "militants captured two
    aid workers", "the attackers rounded up the villagers" (the doer a ``raiders`` word;
    not soldiers, captives of a war: ``assembly.war_captives``) is an abduction
    (ASSAULT/abduct, no arrest count); an arrest verb joined by "and" to a kidnapping
    ("were rounded up and kidnapped by the gang") is that kidnapping, and is dropped."""
    by_token = {h.token.i: d for h, d in zip(hits, drafts)}
    dropped = set()
    for hit, d in zip(hits, drafts):
        if d.event_type != "COERCE" or d.mode != "arrest" or hit.token.pos_ != "VERB":
            continue
        tok = hit.token
        joined = [by_token.get(c.i) for c in tok.children if c.dep_ == "conj"]
        joined += [by_token.get(tok.head.i)] if tok.dep_ == "conj" else []
        if any(j is not None and j.event_type == "ASSAULT" and j.mode == "abduct" for j in joined):
            dropped.add(id(d))
        elif lex.names_raiders(d.actor_text) and not _war_captives(d.recipient_text, lex):
            d.event_type, d.mode = "ASSAULT", "abduct"
            d.counts.arrested = None
    return [d for d in drafts if id(d) not in dropped]


def _war_captives(taken: str | None, lex: Lexicon) -> bool:
    """Are the taken soldiers ("six of its soldiers")? Captives of a war, no abduction."""
    words = re.findall(r"[a-z]+", (taken or "").lower())
    return any(w in lex.war_captives or w.removesuffix("s") in lex.war_captives for w in words)


def _raid_circumstances(hits, drafts):
    """(killing, raid) pairs where the raid is the circumstance of the killing: "troops
    killed seven during a raid on the camp", "eight were injured in the raid". The killing
    may be a verb its hit absorbed ("gunmen struck and killed a guard in a raid"), or one of
    verbs joined by "and" ("killed 20 and injured ten in a dawn raid")."""
    by_token = {h.token.i: d for h, d in zip(hits, drafts)}
    for h, d in zip(hits, drafts):
        for b in h.absorbed:
            by_token.setdefault(b.token.i, d)
    for hit, d in zip(hits, drafts):
        prep = hit.token.head
        if hit.token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i not in by_token \
                and prep.head.dep_ == "conj" and prep.head.head.i in by_token:
            yield by_token[prep.head.head.i], d
        elif hit.token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in by_token:
            yield by_token[prep.head.i], d
        elif hit.token.dep_ in ("pobj", "dobj") and prep.lower_ in _AFTER and prep.head.i in by_token:
            yield by_token[prep.head.i], d   # "five were killed following a raid on the camp"


def _heads_clause(tok, lex: Lexicon) -> bool:
    """A verb of another clause ("protests erupted", "who blocked"), not a participle
    modifier ("training school") or a result verb ("left 70 dead")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() not in lex.result_verbs and tok.dep_ in (
        "ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis", "csubj", "pcomp")


def _dates_a_participle(tok, trig_ids) -> bool:
    """Is ``tok`` a date of a participle clause told of a noun that is no event?"""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    for a in tok.ancestors:
        if a.i in trig_ids:
            return False
        if _participle_of_a_thing(a, trig_ids):
            return True
    return False


def _participle_of_a_thing(tok, trig_ids) -> bool:
    """A past participle with its own doer, told of a noun that is no event ("over a bill
    adopted by lawmakers on Tuesday", "the towns retaken by the army last year"): a
    relative clause cut short, whose day is its own verb's, not the event told before it."""
    return tok.head.i not in trig_ids and reduced_relative(tok)


def reduced_relative(tok) -> bool:
    """Is ``tok`` a past participle with its own doer ("by ...") told of a noun?"""
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "acl" \
        and tok.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "agent" for c in tok.children)


def _nested_under(trigger, tok, trig_ids, deeds) -> bool:
    """Is ``trigger`` the object of another trigger, or in a phrase of a deed ("stabbed
    two people at a rally on Friday"), that ``tok`` hangs from directly (not through
    ``trigger``)? Not in a phrase of a statement: in "blamed the group for bombings in
    2021" the year is the bombings', wherever the parser hangs it."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in deeds:
        head = head.head
    if trigger.dep_ not in ("dobj", "pobj") or head.i not in trig_ids or head.i == trigger.i:
        return False
    return tok.head.i == head.i or (tok.head.head.i == head.i and tok.dep_ == "pobj"
                                    and tok.head.dep_ == "prep")


def _day_owned(tok):
    """The possessive a token of a date is part of ("last week's", "Thursday's"), or None:
    the date of the noun it owns."""
    x = tok
    while x.ent_type_ == "DATE" and x.dep_ != "poss" and x.head.i != x.i and x.head.ent_type_ == "DATE":
        x = x.head
    return x if x.dep_ == "poss" and x.ent_type_ == "DATE" else None


def _owners(sent, hits, lex: Lexicon) -> dict[int, int]:
    """token index -> index of the trigger whose date and counts the token can carry.

    The nearest trigger before the token with no other clause's verb in between wins
    ("its attack at a concert hall on March 22 that left 144 dead", even when the parser
    hangs the date elsewhere); else the nearest trigger among its ancestors; else, for a
    sentence that opens with the counts ("Five died when gunmen attacked"), the next one.
    """
    trig_ids = {h.token.i: k for k, h in enumerate(hits)}
    for k, h in enumerate(hits):
        for b in h.absorbed:
            trig_ids[b.token.i] = k
    for k, h in enumerate(hits):  # "Rioters set fire ... on Sunday": the subject's verb is its clause
        head = h.token.head
        if h.token.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and head.i not in trig_ids \
                and head.lemma_.lower() not in lex.sequence_verbs:   # "this attack follows Sunday's strike"
            trig_ids[head.i] = k
    deeds = {h.token.i for h in hits if h.event_type in ("ASSAULT", "COERCE")}
    owners: dict[int, int] = {}
    last_trigger = None
    for tok in sent:
        if tok.i in trig_ids:
            last_trigger = tok.i
            owners[tok.i] = trig_ids[tok.i]
            continue
        if _heads_clause(tok, lex):
            last_trigger = None
        owner = trig_ids.get(last_trigger) if last_trigger is not None else None
        if owner is not None and _nested_under(sent.doc[last_trigger], tok, trig_ids, deeds):
            owner = None   # "arrested 20 protesters on Tuesday": the arrest's day, not the protest's
        owned_day = _day_owned(tok)
        if owned_day is not None and owned_day.head.i in trig_ids:
            owner = trig_ids[owned_day.head.i]   # "blamed X for last month's shootings": their day
        if owner is None:
            for a in tok.ancestors:  # the governing trigger, unless another clause intervenes
                if a.i in trig_ids:
                    owner = trig_ids[a.i]
                    break
                if _heads_clause(a, lex):
                    if a.dep_ == "relcl" and a.head.i in trig_ids:
                        owner = trig_ids[a.head.i]   # "the bombing, which targeted a mosque on Friday"
                    elif _day_of_its_circumstance(tok, a, trig_ids):
                        owner = trig_ids[a.head.i]   # "was ambushed as he rode home on Friday night"
                    break
        if owner is not None and not _dates_a_participle(tok, trig_ids):
            owners[tok.i] = owner
    first = min(trig_ids) if trig_ids else None
    for tok in sent:
        if tok.i not in owners and first is not None and tok.i < first:
            owners[tok.i] = -1 - trig_ids[first]   # weak: counts only
    _casualty_clauses(sent, trig_ids, owners, lex)
    return owners


def _day_of_its_circumstance(tok, clause, trig_ids) -> bool:
    """Is ``tok`` a date in a clause telling what was going on as a trigger's deed happened
    ("was ambushed as he was riding home on Wednesday night", "shot while they slept on
    Sunday")? That clause is no event of its own: its day is the deed's."""
    return tok.ent_type_ in ("DATE", "TIME") and clause.dep_ == "advcl" and clause.head.i in trig_ids \
        and any(c.dep_ == "mark" and c.lower_ in _WORDS.circumstance_marks for c in clause.children)


def _casualty_clauses(sent, trig_ids: dict[int, int], owners: dict[int, int], lex: Lexicon) -> None:
    """"The police suffered another attack when three constables were martyred", "a
    bomber blew himself up, sparking a siege that left dozens dead": a casualty clause no
    trigger owns tells the toll of the trigger its verb hangs under (the trigger itself,
    or the object of a verb above it, or what a verb of saying reports: "two guards were
    killed in the blast, he said, adding that two others were wounded"); its words carry
    counts only (weak)."""
    for tok in sent:
        if tok.i in owners or tok.pos_ not in ("VERB", "ADJ", "ADV") \
                or counts.role_of(tok, lex) not in ("killed", "injured"):
            continue
        owner = None
        for a in tok.ancestors:
            if a.i in trig_ids:
                owner = trig_ids[a.i]
            else:
                owner = next((trig_ids[c.i] for c in a.children if c.i in trig_ids and c.i < tok.i
                              and (c.dep_ in ("dobj", "nsubj", "nsubjpass")
                                   or (c.dep_ == "ccomp" and a.lemma_.lower() in lex.attribution_verbs))), None)
                if owner is None:   # "In a clash at a jail, the death toll rose to 12, with 9 others wounded"
                    owner = next((trig_ids[g.i] for c in a.children if c.dep_ == "prep" and c.i < tok.i
                                  for g in c.children if g.dep_ == "pobj" and g.i in trig_ids), None)
            if owner is not None:
                break
        if owner is not None:   # "that left dozens dead": the figure hangs on "left"
            clause = tok.head if tok.dep_ in ("oprd", "acomp", "xcomp") else tok
            for t in clause.subtree:
                owners.setdefault(t.i, -1 - owner)


def _other_half(word, clause, lex: Lexicon) -> bool:
    """"Killed three and wounded another ten": "another" on the figure of a role word after
    one of another role in its clause tells the toll's other half, not one more beside a
    toll told before."""
    if word.lower_ == "also":
        return False
    role, verb = None, word.head
    for _ in range(3):
        role = counts.role_of(verb, lex)
        if role is not None or verb.head is verb:
            break
        verb = verb.head
    return role is not None and any(t.i < verb.i and counts.role_of(t, lex) not in (None, role) for t in clause)


def _listed_with(word) -> bool:
    """"A teacher and another civilian were killed": "another" on a later member of a list
    tells the list's second person, not one more beside a toll told before."""
    if word.lower_ == "also":
        return False
    if word.dep_ == "conj" and word.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return True   # "a soldier and another were killed"
    return word.dep_ in ("det", "amod") and word.head.dep_ == "conj" and word.head.head.pos_ in ("NOUN", "PROPN", "PRON")
