"""Bytes -> text: UTF-8 first, then a charset guess that is reported, never silent."""
from __future__ import annotations

import charset_normalizer

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)``; the encoding reads ``"<name> (guessed)"`` when UTF-8 failed
    and the charset was guessed. None when nothing decodes sensibly."""
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return data.decode(best.encoding), f"{best.encoding} (guessed)"
    except (UnicodeDecodeError, LookupError):
        return None
