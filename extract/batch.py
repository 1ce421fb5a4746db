"""Walk inputs, run the extractor over them as a stream, write every result, report progress."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from .article import Article, ArticleError, read_article
from .extractor import Extractor, error_record
from .records import ArticleRecord, ErrorRecord
from .writers import Writer


@dataclass
class Summary:
    """Counts for the closing line of a run."""

    articles: int = 0
    transfers: int = 0
    failed: int = 0
    skipped: int = 0

    def line(self) -> str:
        skipped = f", {self.skipped} already done (--resume)" if self.skipped else ""
        return f"extract: {self.articles} articles read, {self.transfers} transfers found, {self.failed} failed{skipped}"


def expand_inputs(paths: Iterable[str], pattern: str = "*.txt") -> list[str | ErrorRecord]:
    """Files as given, folders expanded recursively (sorted); missing paths and empty folders become errors."""
    out: list[str | ErrorRecord] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob(pattern) if p.is_file() or p.is_symlink())
            out.extend(found)
            if not found:
                out.append(error_record(raw, "no_articles", f"folder has no files matching {pattern!r}"))
        elif path.exists() or path.is_symlink():
            out.append(raw)
        else:
            out.append(error_record(raw, "not_found", "no such file or folder"))
    return out


def read_inputs(
    inputs: Iterable[str | Article | ErrorRecord], published: date | None, max_bytes: int, done: set[tuple[str, str]], summary: Summary
) -> Iterator[Article | ErrorRecord]:
    """Read each input lazily; skip those already done (path and hash), turn bad ones into error records."""
    for item in inputs:
        if isinstance(item, (ErrorRecord, Article)):
            yield item
            continue
        try:
            article = read_article(item, published, max_bytes)
        except ArticleError as error:
            yield error_record(error.path, error.kind, error.message)
            continue
        if (article.path, article.sha256) in done:
            summary.skipped += 1
            continue
        yield article


class Progress:
    """A one-line progress display on a terminal: done/total, rate, ETA."""

    def __init__(self, total: int, stream: IO[str] | None) -> None:
        self.total = total
        self.stream = stream
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done: int) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done < self.total:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate > 0 else 0.0
        width = 30
        filled = int(width * done / self.total) if self.total else width
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} {rate:.1f} articles/s ETA {eta:.0f}s ")
        self.stream.flush()

    def finish(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


def run_batch(
    extractor: Extractor,
    inputs: list[str | Article | ErrorRecord],
    writer: Writer,
    jobs: int = 1,
    published: date | None = None,
    max_bytes: int = 0,
    done: set[tuple[str, str]] | None = None,
    progress: IO[str] | None = None,
) -> Summary:
    """Process every input and write exactly one record for each (already-done ones are skipped)."""
    summary = Summary()
    bar = Progress(len(inputs), progress)
    articles = read_inputs(inputs, published, max_bytes, done or set(), summary)
    for count, record in enumerate(extractor.extract_many(articles, jobs=jobs), start=1):
        writer.write(record)
        if isinstance(record, ArticleRecord):
            summary.articles += 1
            summary.transfers += len(record.transfers)
        else:
            summary.failed += 1
        bar.update(count + summary.skipped)
    bar.finish()
    return summary


def stderr_if_terminal(quiet: bool) -> IO[str] | None:
    """Where to draw progress: stderr when it is a terminal and the run is not quiet."""
    return sys.stderr if not quiet and sys.stderr.isatty() else None
