"""Bytes -> text: UTF-16/32 (by BOM or by the pattern of zero bytes), UTF-8, then a
charset guess that is reported, never silent."""
from __future__ import annotations

import codecs

import charset_normalizer

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def wide_encoding(data: bytes) -> str | None:
    """``utf-16``/``utf-32`` (BOM), ``utf-16-le``/``-be`` (no BOM, but every other byte
    of mostly-ASCII text is zero), else None. Checked before ``looks_binary``, which
    would take the zero bytes for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:8192]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def decode_wide(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` for UTF-16/32 input, None when it is not (or does not decode)."""
    name = wide_encoding(data)
    if name is None:
        return None
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        return None


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
    wide = decode_wide(data)
    if wide is not None:
        return wide
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
