"""A hard-wrapped page (its paragraphs cut into short lines) is read sentence by
sentence, not line by line (texts written for these tests)."""
from __future__ import annotations

from polybius.nlp.wrapped import soft_breaks

WRAPPED = ("Gunmen shot dead a village\n"
           "chief and wounded two of his guards in an ambush near\n"
           "the town of Kidal on Sunday, officials said.\n"
           "The interior minister said the rebel group was likely to have carried out the\n"
           "attack.\n"
           "Residents said the gunmen fled on motorbikes towards\n"
           "the border after the shooting.")

PLAIN = ("Gunmen kill village chief in Mali\n"
         "Gunmen shot dead a village chief near Kidal on Sunday, officials said.\n"
         "Mali Army Says Patrols Stepped Up\n"
         "The army said patrols had been stepped up in the region.")


def test_a_wrapped_page_has_soft_breaks_and_a_plain_one_none():
    soft = soft_breaks(WRAPPED)
    assert WRAPPED.index("village\n") + len("village") in soft
    assert WRAPPED.index("attack.\n") + len("attack.") not in soft   # a closed sentence
    assert soft_breaks(PLAIN) == frozenset()


def test_a_wrapped_sentence_keeps_its_verb_figure_and_place(run):
    events = run(WRAPPED)
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.counts.killed.value == 1 and attack.counts.injured.value == 2
    assert attack.location.name == "Kidal"
    assert attack.date.value == "2025-04-13"


def test_headlines_of_a_plain_page_stay_their_own_sentences(pipeline):
    from polybius.records import Article
    doc_sents = [s.text.strip() for s in pipeline._nlp_mod.parse(pipeline.nlp, PLAIN).sents]
    assert "Gunmen kill village chief in Mali" in doc_sents


WRAPPED_CAPITAL = ("Gunmen shot dead a National\n"
                   "Guard officer in a raid on a village near Gao on Sunday, officials said.\n"
                   "The attackers believed to be\n"
                   "rebels clashed with local guards as they fled towards the\n"
                   "border, with some of them wounded.\n"
                   "The governor said\n"
                   "the killing could have been avoided if troops had acted on\n"
                   "warnings received as early as last week.")

WRAPPED_HEADLINE = ("Gunmen Kill Guard Officer Near Kidal\n"
                    "Gunmen shot dead a guard officer in a raid on a village\n"
                    "near Kidal on Sunday, officials said, and wounded two\n"
                    "of his men before they fled towards the border, where\n"
                    "troops were searching for them on Monday.")


def test_a_wrapped_first_line_that_is_no_headline_joins_its_sentence(run):
    events = run(WRAPPED_CAPITAL)
    attack = next(e for e in events if e.event_type == "ASSAULT" and e.counts.killed)
    assert attack.counts.killed.value == 1 and attack.location.name == "Gao"
    assert attack.evidence.sentence.startswith("Gunmen shot dead a National\nGuard officer")


def test_a_wrapped_page_keeps_its_headline_apart():
    soft = soft_breaks(WRAPPED_HEADLINE)
    assert WRAPPED_HEADLINE.index("\n") not in soft
    assert WRAPPED_HEADLINE.index("village\n") + len("village") in soft


def test_a_part_cut_from_an_article_keeps_the_articles_verdict(pipeline):
    from polybius.nlp import selective, spacy_pipeline, wrapped
    nlp = pipeline.nlp
    # ranges of a plain article: the joins of a part ("... a village \nshot dead") may look
    # like a wrapped text's, but the article is not one
    plain = spacy_pipeline.tokenize(nlp, PLAIN)
    part = selective.cut(plain, [(0, 3), (8, 12), (16, 20), (24, 28)]).part
    assert part.user_data[wrapped.SOFT_KEY] == frozenset()
    # a wrapped article: its soft breaks come along at their offsets in the part
    doc = spacy_pipeline.tokenize(nlp, WRAPPED)
    whole = selective.cut(doc, [(0, len(doc))]).part
    assert whole.user_data[wrapped.SOFT_KEY] == soft_breaks(WRAPPED)
