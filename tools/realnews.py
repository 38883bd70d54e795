"""Keep the real development corpus (eval/realnews): texts stay out of git.

Subcommands:
  check URL...        is the URL reserved (shared/reserved-urls.sha256) or already in the corpus?
  register N ...      hash texts/NNN.txt and write its manifest line (replacing an older one)
  write N --url U [--json]  write texts/NNN.txt from an excerpt on standard input (restoring from saved
                      search results), then check it against the manifest's sha256
  verify              every manifest text present with its sha256; restores from the machine cache
  cache               copy the texts into the machine cache (/var/tmp/polybius-realnews/texts)
  copycheck           list gold notes, review lines, tests and docs that repeat 8+ words of an
                      article text (our test sentences and notes are our own words)

A text file is the URL on line 1, then the search excerpt (headline, blank line, body).
The manifest's sha256 is of the excerpt with surrounding whitespace stripped.
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "eval" / "realnews"
TEXTS = CORPUS / "texts"
MANIFEST = CORPUS / "manifest.jsonl"
CACHE = Path("/var/tmp/polybius-realnews/texts")
RESERVED = ROOT.parent / "shared" / "reserved-urls.sha256"


def canonical(url: str) -> str:
    u = url.strip().lower()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix):]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def url_hash(url: str) -> str:
    return hashlib.sha256(canonical(url).encode("utf-8")).hexdigest()


def reserved_hashes() -> set[str]:
    if not RESERVED.exists():
        sys.exit(f"error: reserved list not found at {RESERVED}")
    return {line.strip() for line in RESERVED.read_text().splitlines()
            if line.strip() and not line.startswith("#")}


def read_manifest() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def excerpt_of(path: Path) -> tuple[str, str]:
    """(url, excerpt) of a corpus text file."""
    raw = path.read_text(encoding="utf-8")
    url, _, rest = raw.partition("\n")
    return url.strip(), rest.strip()


def text_sha(excerpt: str) -> str:
    return hashlib.sha256(excerpt.strip().encode("utf-8")).hexdigest()


def cmd_check(args) -> int:
    reserved = reserved_hashes()
    known = {canonical(row["url"]): row["file"] for row in read_manifest()}
    bad = 0
    for url in args.urls:
        if url_hash(url) in reserved:
            print(f"RESERVED  {url}  (never use)")
            bad = 1
        elif canonical(url) in known:
            print(f"IN CORPUS {url}  ({known[canonical(url)]})")
            bad = 1
        else:
            print(f"ok        {url}")
    return bad


def cmd_register(args) -> int:
    name = f"{int(args.n):03d}.txt"
    path = TEXTS / name
    if not path.exists():
        sys.exit(f"error: {path} does not exist; write the text first")
    url, excerpt = excerpt_of(path)
    if not url.startswith("http"):
        sys.exit(f"error: line 1 of {path} must be the URL")
    if url_hash(url) in reserved_hashes():
        path.unlink()
        sys.exit(f"error: {url} is reserved; text removed")
    published = None if args.published in (None, "", "null", "none") else args.published
    row = {"file": name, "article": f"r{int(args.n):03d}", "url": url, "query": args.query,
           "sha256": text_sha(excerpt), "outlet": args.outlet, "published": published}
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    with open(MANIFEST, "a+", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        rows = [json.loads(l) for l in fh.read().splitlines() if l.strip()]
        dup = [r for r in rows if canonical(r["url"]) == canonical(url) and r["file"] != name]
        if dup:
            sys.exit(f"error: {url} is already in the corpus as {dup[0]['file']}")
        rows = sorted([r for r in rows if r["file"] != name] + [row], key=lambda r: r["file"])
        fh.seek(0)
        fh.truncate()
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    CACHE.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, CACHE / name)
    print(f"registered {name} {url} sha256={row['sha256'][:12]}")
    return 0


def cmd_write(args) -> int:
    name = f"{int(args.n):03d}.txt"
    raw = sys.stdin.read().strip()
    # --json: the excerpt pasted as the JSON string literal `search` returned, escapes and all,
    # which copies more faithfully than the decoded text
    excerpt = json.loads(raw).strip() if args.json else raw
    TEXTS.mkdir(parents=True, exist_ok=True)
    (TEXTS / name).write_text(f"{args.url}\n{excerpt}\n", encoding="utf-8")
    expected = {r["file"]: r["sha256"] for r in read_manifest()}.get(name)
    if expected and expected != text_sha(excerpt):
        print(f"warning: {name} does not match the manifest's sha256", file=sys.stderr)
        return 1
    print(f"wrote {name}")
    return 0


def cmd_verify(args) -> int:
    missing, bad = [], []
    TEXTS.mkdir(parents=True, exist_ok=True)
    for row in read_manifest():
        path = TEXTS / row["file"]
        if not path.exists() and (CACHE / row["file"]).exists():
            shutil.copy2(CACHE / row["file"], path)
        if not path.exists():
            missing.append(row)
            continue
        if text_sha(excerpt_of(path)[1]) != row["sha256"]:
            bad.append(row["file"])
    n = len(read_manifest())
    print(f"{n - len(missing) - len(bad)}/{n} texts present and verified")
    for row in missing:
        print(f"missing {row['file']}: re-run search query {row['query']!r} and take {row['url']}")
    for name in bad:
        print(f"sha256 mismatch {name}")
    return 1 if missing or bad else 0


def cmd_cache(args) -> int:
    CACHE.mkdir(parents=True, exist_ok=True)
    n = 0
    for path in sorted(TEXTS.glob("*.txt")):
        shutil.copy2(path, CACHE / path.name)
        n += 1
    print(f"cached {n} texts in {CACHE}")
    return 0


def _shingles(text: str, n: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def cmd_copycheck(args) -> int:
    """Our notes are paraphrases: flag any 8-word run shared with an article text."""
    source: set[str] = set()
    for path in TEXTS.glob("*.txt"):
        source |= _shingles(excerpt_of(path)[1])
    found = 0
    for path in sorted((CORPUS / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            for ev in (row or {}).get("events", []):
                shared = _shingles(ev.get("note") or "") & source
                if shared:
                    found += 1
                    print(f"{path.name} {row['article']} {ev['id']}: {sorted(shared)[0]!r}")
    for path in sorted([*ROOT.glob("tests/**/*.py"), *ROOT.glob("docs/*.md"), ROOT / "README.md"]):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            shared = _shingles(line) & source
            if shared:
                found += 1
                print(f"{path.relative_to(ROOT)}:{n}: {sorted(shared)[0]!r}")
    review = CORPUS / "REVIEW.md"
    for n, line in enumerate(review.read_text(encoding="utf-8").splitlines() if review.exists() else [], 1):
        shared = _shingles(line) & source
        if shared:
            found += 1
            print(f"REVIEW.md:{n}: {sorted(shared)[0]!r}")
    print(f"{found} notes repeat article wording")
    return 1 if found else 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("urls", nargs="+")
    c.set_defaults(fn=cmd_check)
    r = sub.add_parser("register")
    r.add_argument("n")
    r.add_argument("--query", required=True)
    r.add_argument("--outlet", required=True)
    r.add_argument("--published", required=True, help="ISO date, or null when the page gives none")
    r.set_defaults(fn=cmd_register)
    w = sub.add_parser("write")
    w.add_argument("n")
    w.add_argument("--url", required=True)
    w.add_argument("--json", action="store_true",
                   help="standard input is the excerpt as a JSON string literal, quotes included")
    w.set_defaults(fn=cmd_write)
    sub.add_parser("verify").set_defaults(fn=cmd_verify)
    sub.add_parser("cache").set_defaults(fn=cmd_cache)
    sub.add_parser("copycheck").set_defaults(fn=cmd_copycheck)
    args = p.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
