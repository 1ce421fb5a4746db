"""Read one article: bytes -> decoded text, publication date header, content hash, clear errors."""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .normalize import parse_iso_date

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{1,2}-\d{1,2})(?=\s|\Z)\s*")


class ArticleError(Exception):
    """An input that cannot be processed; ``kind`` names the problem for error records."""

    def __init__(self, path: str, kind: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.kind = kind
        self.message = message


@dataclass
class Article:
    """A decoded article.

    ``text`` is the file's decoded text (offsets index into it); ``body`` is the same text
    with the date header blanked out by spaces ending in a line break, so offsets into ``body`` equal offsets into
    ``text`` and the model reads the first sentence as the start of a line (after a run of spaces alone it misses
    names: "Rui Pinto was handed over ...").
    """

    path: str
    text: str
    sha256: str
    published: date | None
    body: str
    warnings: list[str] = field(default_factory=list)


def read_article(path: str | Path, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an article file (``-`` for stdin); raise ArticleError with a one-line reason on bad input."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ArticleError(name, "too_large", f"input is larger than the {max_bytes:,}-byte limit (--max-bytes)")
    else:
        data = _read_file(Path(path), max_bytes)
    return article_from_bytes(data, name, published)


def _read_file(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        if path.is_dir():
            raise ArticleError(name, "is_directory", "is a directory, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(name, "too_large", f"file is {size:,} bytes, larger than the {max_bytes:,}-byte limit (--max-bytes)")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        kind = "broken_symlink" if path.is_symlink() else "not_found"
        raise ArticleError(name, kind, "broken symbolic link" if kind == "broken_symlink" else "no such file") from None
    except PermissionError:
        raise ArticleError(name, "unreadable", "permission denied") from None
    except OSError as error:
        raise ArticleError(name, "unreadable", error.strerror or str(error)) from None


def article_from_bytes(data: bytes, path: str = "<text>", published: date | None = None) -> Article:
    """Decode article bytes and parse the header; raise ArticleError on empty or binary input."""
    if not data.strip():
        raise ArticleError(path, "empty", "file is empty" if not data else "file holds only whitespace")
    if b"\x00" in data[:65536]:
        raise ArticleError(path, "binary", "file is binary (contains NUL bytes), not text")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = _decode_legacy(data)
        warnings.append(f"not valid UTF-8 (byte {error.start}); decoded as Windows-1252/Latin-1")
    if not text.strip():
        raise ArticleError(path, "empty", "file holds only whitespace")
    return article_from_text(text, path, published, sha256=hashlib.sha256(data).hexdigest(), warnings=warnings)


def article_from_text(
    text: str, path: str = "<text>", published: date | None = None, sha256: str | None = None, warnings: list[str] | None = None
) -> Article:
    """Build an Article from decoded text; ``published`` overrides the header date."""
    warnings = list(warnings or [])
    body = text
    header_date = None
    match = HEADER.match(text)
    if match:
        header_date = parse_iso_date(match.group(1))
        if header_date is None:
            warnings.append(f"malformed date header {match.group(1)!r}; publication date unknown")
        body = " " * (match.end() - 1) + "\n" + text[match.end() :]  # the same length as the header it blanks
    elif re.match(r"\A\s*date\b", text):
        warnings.append("date header without a YYYY-MM-DD date; publication date unknown")
    chosen = published or header_date
    if chosen is None:
        warnings.append("no publication date: relative dates (\"Tuesday\", \"last February\") are left without a value")
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(path=path, text=text, sha256=digest, published=chosen, body=body, warnings=warnings)


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 (what mis-saved news text usually is), else Latin-1 (never fails)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
