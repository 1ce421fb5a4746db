"""Write records: one JSON document, JSON Lines (crash-safe, resumable) or CSV (one row per transfer)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import IO, Protocol

from .records import ArticleRecord, ErrorRecord

Output = ArticleRecord | ErrorRecord
CSV_COLUMNS = [
    "path", "sha256", "published", "kind", "date", "origin", "destination", "count", "cumulative_total",
    "cities", "people", "cartels", "announced_by", "error",
]


class Writer(Protocol):
    """Something records are written to, one at a time."""

    def write(self, record: Output) -> None: ...

    def close(self) -> None: ...


def to_json(record: Output, indent: int | None = None) -> str:
    """A record as JSON text (UTF-8, not ASCII-escaped; nulls kept so every key is always present)."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=indent)


class JsonWriter:
    """One indented JSON document per record (used for a single input)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: Output) -> None:
        self.stream.write(to_json(record, indent=2) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonlWriter:
    """JSON Lines. Each line goes out in one ``write`` call on an append-mode file and is
    flushed, so a killed run leaves only whole lines (a torn last line is dropped on resume)."""

    def __init__(self, stream: IO[str] | None = None, path: Path | None = None, append: bool = False) -> None:
        self.stream = stream
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | (0 if append else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644) if path is not None else None

    def write(self, record: Output) -> None:
        line = (to_json(record) + "\n").encode("utf-8")
        if self.fd is not None:
            os.write(self.fd, line)
        else:
            assert self.stream is not None
            self.stream.write(line.decode("utf-8"))
            self.stream.flush()

    def close(self) -> None:
        if self.fd is not None:
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = None


class CsvWriter:
    """One row per transfer record (an article with none, or an error, gets one row with empty transfer cells)."""

    def __init__(self, stream: IO[str], header: bool = True) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        if header:
            self.writer.writeheader()

    def write(self, record: Output) -> None:
        for row in csv_rows(record):
            self.writer.writerow(row)
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def csv_rows(record: Output) -> list[dict[str, object]]:
    """The CSV rows of one record."""
    if isinstance(record, ErrorRecord):
        return [{"path": record.source.path, "sha256": record.source.sha256 or "", "error": f"{record.error.type}: {record.error.message}"}]
    base = {"path": record.source.path, "sha256": record.source.sha256, "published": record.source.published or ""}
    if not record.transfers:
        return [base]
    rows = []
    for t in record.transfers:
        rows.append({
            **base,
            "kind": t.kind,
            "date": t.date.value if t.date and t.date.value else "",
            "origin": t.origin.code if t.origin else "",
            "destination": t.destination.code if t.destination else "",
            "count": "" if t.count is None else t.count,
            "cumulative_total": "" if t.cumulative_total is None else t.cumulative_total,
            "cities": ";".join(c.name for c in t.cities),
            "people": ";".join(p.name for p in t.people),
            "cartels": ";".join(c.name for c in t.cartels),
            "announced_by": ";".join(o.name for o in t.announced_by),
        })
    return rows


def completed_outputs(path: Path) -> set[tuple[str, str]]:
    """(path, sha256) of the articles already in a JSON Lines output, for ``--resume``.

    Error lines and a torn last line are removed (atomically, through a temporary file) so that
    the inputs they stand for are tried again and still end up with exactly one line each.
    """
    if not path.exists():
        return set()
    done: set[tuple[str, str]] = set()
    kept: list[bytes] = []
    changed = False
    for line in path.read_bytes().splitlines(keepends=True):
        try:
            item = json.loads(line) if line.endswith(b"\n") else None
        except json.JSONDecodeError:
            item = None
        source = (item or {}).get("source") or {}
        if item is None or "error" in item or not source.get("sha256"):
            changed = True
            continue
        done.add((source["path"], source["sha256"]))
        kept.append(line)
    if changed:
        temporary = path.with_name(path.name + ".resume-tmp")
        temporary.write_bytes(b"".join(kept))
        os.replace(temporary, path)
    return done
