"""HTTP GET of a feed with ``If-None-Match`` / ``If-Modified-Since``, so a feed that
has not changed costs the server a 304 and us nothing.

Every failure (refused, timed out, HTTP error, too large) becomes a ``FetchError``
whose message is one line for the watch status and the errors table.
"""
from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

USER_AGENT = "polybius-watch"


class FetchError(Exception):
    """A fetch that failed; ``str()`` is the one-line reason."""


@dataclass(frozen=True)
class Fetched:
    """A 200 answer (``body`` set) or a 304 (``not_modified``), with the validators to
    send next time."""
    not_modified: bool
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


def conditional_get(url: str, *, etag: str | None = None, last_modified: str | None = None,
                    timeout: float = 30.0, max_bytes: int = 10_000_000) -> Fetched:
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, "
                                                  "application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - http(s) only
            body = resp.read(max_bytes + 1)
            got_etag, got_modified = resp.headers.get("ETag"), resp.headers.get("Last-Modified")
            ctype = (resp.headers.get_content_type() or "").lower()
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(True, etag=exc.headers.get("ETag") or etag,
                           last_modified=exc.headers.get("Last-Modified") or last_modified)
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
    except (TimeoutError, socket.timeout) as exc:
        raise FetchError(f"timed out after {timeout:g} s") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise FetchError(f"timed out after {timeout:g} s") from exc
        raise FetchError(f"cannot fetch: {reason}") from exc
    except (OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch: {exc}") from exc
    if len(body) > max_bytes:
        raise FetchError(f"answer larger than {max_bytes:,} bytes")
    return Fetched(False, body, got_etag, got_modified, ctype)
