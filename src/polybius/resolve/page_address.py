"""Names a page's web address gives, read back in its text.

A news page's address often ends in a slug, its headline in short
("/news/123/bomb-hits-x-bus-terminal"). When a report names its town only in a title
("X Senior Superintendent of Police said") or a road's name, no "in X" tells where it
happened, while the slug does. A slug's words count only as the text writes them: a
capitalised name the tagger calls a place or a body, or an untagged proper noun inside a
sentence; never a person, a people, or a word of a headline set in title case ("Police
Arrest Four": no town called Arrest).
"""
from __future__ import annotations

import re
import unicodedata

#: Words of a web address's last part: "/news/123/gunmen-kill-five-in-x-market.html".
_SLUG_WORD = re.compile(r"[a-z]+")
#: Longest run of slug words read as one name ("puerto-jordan", "dera-ismail-khan").
LONGEST = 3
_NAMED_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def slug_words(url: str | None) -> list[str]:
    """The words of the page's slug (the last part of its address written as words
    joined by hyphens), or none."""
    if not url:
        return []
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    parts = [p for p in path.split("/")[3:] if "-" in p or "_" in p]
    return _SLUG_WORD.findall(parts[-1].lower()) if parts else []


def slug_names(url: str | None, doc):
    """The names of the slug as the text writes them, longest runs of words first, each
    as its first such spelling in ``doc``."""
    words = slug_words(url)
    folded = _folded(doc.text) if words else ""
    for n in range(LONGEST, 0, -1):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            if any(len(w) < 3 for w in gram):
                continue
            found = next((m for m in re.finditer(r"\b" + r"[\s-]+".join(gram) + r"\b", folded, re.IGNORECASE)
                          if _named(doc, m)), None)
            if found is not None:
                yield doc.text[found.start():found.end()]


def _folded(text: str) -> str:
    """``text`` with each letter's accents dropped, one character for one (a town's "á" is
    the slug's "a"): a slug is written without them, and offsets stay those of the text."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c) if not c.isascii() else c for c in text)


def _named(doc, m) -> bool:
    """Is the text's match ``m`` a capitalised name the tagger tagged as a place or a body
    ("X police chief"), or left untagged as a proper noun inside a sentence ("the X-Y main
    road")?"""
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    return doc.text[m.start()].isupper() and span is not None and not title_case_line(doc.text, m.start()) \
        and all(t.ent_type_ in _NAMED_LABELS or (not t.ent_type_ and t.pos_ == "PROPN" and not t.is_sent_start)
                for t in span)


def title_case_line(text: str, at: int) -> bool:
    """Is the line holding offset ``at`` a headline set in title case ("Police Arrest Four
    In X"), where every word is capitalised and none is told apart as a name?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
