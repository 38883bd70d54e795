"""What readers yield: a ``Candidate`` article with its provenance, or a ``ReadError``.

Both carry ``origin`` (path or URL) and ``line`` (the line of a JSONL file, the item of
a feed, the record of a WARC; None for one-document files) so every problem can be
traced back to where it came from.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from polybius.records import Article

#: Error kinds written to the ``errors`` table (see docs/store.md).
ERROR_KINDS = (
    "empty", "binary", "decode", "gzip", "html", "json", "feed", "warc", "too_large",
    "no_text", "non_english", "unsupported", "io", "fetch", "pipeline", "store", "id_reused",
)


@dataclass
class ReadError:
    origin: str
    line: int | None
    kind: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "line": self.line, "kind": self.kind, "reason": self.reason}

    def where(self) -> str:
        return self.origin if self.line is None else f"{self.origin}:{self.line}"


@dataclass
class Candidate:
    """An article as read, before dedup, language check and extraction."""
    article: Article
    origin: str
    line: int | None = None
    author: str | None = None
    encoding: str | None = None

    def extra(self) -> dict[str, Any]:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return {"origin": where, "author": self.author, "encoding": self.encoding}
