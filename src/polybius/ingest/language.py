"""Language identification with langdetect, made deterministic.

langdetect samples at random; its factory's ``seed`` fixes the sample so the same text
always gets the same answer. Only the first few thousand characters are looked at.
"""
from __future__ import annotations

import re
from functools import lru_cache

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

SAMPLE_CHARS = 2000
MIN_CHARS = 40  # below this the guess is noise: no language is claimed
#: Function words that only English uses among the languages news comes in. When they
#: make up a fifth of the words, the text is English and langdetect (pure Python, the
#: slowest step of ingest after spaCy) is not asked.
_ENGLISH = frozenset("the of and to was were is are said that with for by from at after have has "
                     "had it they he she this who which would been their an or not but".split())
_WORD = re.compile(r"[a-z']+")


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory


def detect(text: str) -> tuple[str, float] | None:
    """``(ISO 639-1 code, probability)`` of the text's language, or None when the text
    is too short or has no letters."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return None
    words = _WORD.findall(sample[:1000].lower())
    if len(words) >= 20 and sum(w in _ENGLISH for w in words) >= 0.2 * len(words):
        return "en", 1.0
    detector = _factory().create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang, float(best.prob)


def non_english_reason(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """``(language, reason)``: reason is None when the article may go on (English or
    unknown), else says why it is skipped."""
    found = detect(text)
    if found is None:
        lang = (declared or "").lower()[:2] or None
        if lang and lang != "en":
            return lang, f"declared language {declared!r} is not English (multilingual support is not there yet)"
        return lang, None
    lang, prob = found
    if lang != "en" and prob >= 0.8:
        return lang, (f"detected language {lang!r} (p={prob:.2f}), not English "
                      f"(multilingual support is not there yet)")
    return ("en" if lang == "en" else lang), None
