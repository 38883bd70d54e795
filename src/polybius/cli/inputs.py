"""Read the article files named on the command line: ``.txt`` (id = file stem) and
``.jsonl`` (one article per line), folders walked for both.

Bad input never stops the run: each problem is yielded as an ``InputError`` naming the
file (and line) so the caller can report it and go on.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from polybius.records import Article

MAX_BYTES = 5_000_000  # one news article is ~5-50 KB; bigger .txt files are refused
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")


@dataclass
class InputError:
    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"error: {where}: {self.reason}"


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, problem): UTF-8, else cp1252 with a note; binary data is refused."""
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes); not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    sample = data[:8192]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if control > len(sample) * 0.05:
        return None, "binary file (control bytes); not text"
    return data.decode("cp1252", errors="replace"), "not valid UTF-8; decoded as cp1252"


def _walk(paths) -> Iterator[Path | InputError]:
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield InputError(str(p), None, "no such file or directory")
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.name.endswith(SUFFIXES))
            yield from found
        else:
            yield p


def read_articles(paths, published: str | None = None, url: str | None = None,
                  title: str | None = None, max_bytes: int = MAX_BYTES,
                  warnings: list[str] | None = None) -> Iterator[Article | InputError]:
    for p in _walk(paths):
        if isinstance(p, InputError):
            yield p
        elif p.name.endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(p, max_bytes)
        else:
            yield _read_text(p, published, url, title, max_bytes, warnings)


def _read_text(p: Path, published, url, title, max_bytes, warnings) -> Article | InputError:
    size = p.stat().st_size
    if size > max_bytes:
        return InputError(str(p), None, f"too large for one article ({size / 1e6:.1f} MB > "
                                        f"{max_bytes / 1e6:.1f} MB); split it into articles (JSONL)")
    text, problem = _decode(p.read_bytes())
    if text is None:
        return InputError(str(p), None, problem or "unreadable")
    if problem and warnings is not None:
        warnings.append(f"warning: {p}: {problem}")
    if not text.strip():
        return InputError(str(p), None, "empty file")
    return Article(id=p.stem, text=text, published=published, url=url, title=title,
                   published_from="metadata" if published else None)


def _read_jsonl(p: Path, max_bytes: int) -> Iterator[Article | InputError]:
    opener = gzip.open if p.name.endswith(".gz") else open
    try:
        with opener(p, "rb") as fh:
            for n, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                if len(raw) > max_bytes:
                    yield InputError(str(p), n, f"line too large ({len(raw) / 1e6:.1f} MB)")
                    continue
                yield _jsonl_article(p, n, raw)
    except (OSError, EOFError) as exc:  # truncated gzip, unreadable file
        yield InputError(str(p), None, f"cannot read: {exc}")


def _jsonl_article(p: Path, n: int, raw: bytes) -> Article | InputError:
    try:
        row = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(str(p), n, f"malformed JSON: {exc}")
    if not isinstance(row, dict):
        return InputError(str(p), n, "expected a JSON object")
    text = row.get("text")
    if text is None and row.get("file"):  # {"id", "file"}: text in a file next to the JSONL
        target = p.parent / str(row["file"])
        if not target.is_file():
            return InputError(str(p), n, f"file {row['file']!r} not found")
        text = target.read_text(encoding="utf-8", errors="replace")
    if not isinstance(text, str) or not text.strip():
        return InputError(str(p), n, "no 'text'")
    art_id = str(row.get("id") or f"{p.stem}-{n}")
    published = row.get("published")
    return Article(id=art_id, text=text, published=str(published)[:10] if published else None,
                   url=row.get("url"), title=row.get("title"), source=row.get("source"),
                   language=row.get("language"), published_from="metadata" if published else None)
