"""Load the rule data files under ``extract/resources`` (gazetteers, lexicons, patterns).

Each loader reads its file once per process and returns plain, read-only lookups
keyed by :func:`extract.normalize.name_key`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .normalize import name_key

RESOURCES = Path(__file__).resolve().parent / "resources"


def read_jsonl(path: Path | str) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSON Lines file, skipping blank lines."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@dataclass(frozen=True)
class Country:
    """A country: ISO alpha-2 code and English short name."""

    code: str
    name: str


@dataclass(frozen=True)
class City:
    """A gazetteer city."""

    name: str
    country: str
    region: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Countries:
    """Country names, demonyms and national agencies, keyed by name key."""

    by_name: dict[str, Country]
    by_demonym: dict[str, Country]
    by_plural: dict[str, Country]
    by_agency: dict[str, Country]
    by_code: dict[str, Country] = field(default_factory=dict)


@lru_cache(maxsize=None)
def countries() -> Countries:
    """Countries, with their names, demonyms ("Mexican"), plural nouns ("Mexicans") and agencies ("DEA")."""
    by_name: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    by_plural: dict[str, Country] = {}
    by_code: dict[str, Country] = {}
    for row in read_jsonl(RESOURCES / "countries.jsonl"):
        country = Country(row["code"], row["name"])
        by_code[country.code] = country
        for alias in [row["name"], *row["aliases"]]:
            by_name.setdefault(name_key(alias), country)
        for demonym in row["demonyms"]:
            by_demonym.setdefault(name_key(demonym), country)
        for plural in row["plurals"]:
            by_plural.setdefault(name_key(plural), country)
    by_agency = {
        name_key(alias): by_code[row["country"]]
        for row in read_jsonl(RESOURCES / "agencies.jsonl")
        for alias in row["aliases"]
    }
    return Countries(by_name, by_demonym, by_plural, by_agency, by_code)


@lru_cache(maxsize=None)
def regions() -> dict[str, tuple[str, str]]:
    """States, provinces and departments: name key -> (country code, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for row in read_jsonl(RESOURCES / "regions.jsonl"):
        for name in row.get("names", []):
            table[name_key(name)] = (row["country"], row["kind"])
    return table


@lru_cache(maxsize=None)
def cities() -> dict[str, list[City]]:
    """Cities by name key, most populous first; manual aliases ("New York", "D.C.") included."""
    table: dict[str, list[City]] = {}
    with open(RESOURCES / "cities.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            city = City(row["name"], row["country"], row["region"] or None, float(row["lat"]), float(row["lon"]), int(row["population"]))
            table.setdefault(name_key(city.name), []).append(city)
    for entries in table.values():
        entries.sort(key=lambda c: -c.population)
    for row in read_jsonl(RESOURCES / "city_aliases.jsonl"):
        target = next(
            (c for c in table.get(name_key(row["name"]), []) if c.country == row["country"] and (not row.get("region") or c.region == row["region"])),
            None,
        )
        if target is not None:
            entries = table.setdefault(name_key(row["alias"]), [])
            entries[:] = [target] + [c for c in entries if c is not target]
    return table


@dataclass(frozen=True)
class CartelEntry:
    """A cartel in the gazetteer: canonical English name and home country."""

    name: str
    country: str | None


@lru_cache(maxsize=None)
def cartels() -> dict[str, CartelEntry]:
    """Cartel aliases (Spanish names, acronyms) by name key -> canonical entry."""
    table: dict[str, CartelEntry] = {}
    for row in read_jsonl(RESOURCES / "cartels.jsonl"):
        entry = CartelEntry(row["name"], row.get("country"))
        for alias in [row["name"], *row["aliases"]]:
            table.setdefault(name_key(alias), entry)
    return table


def cartel_aliases() -> list[str]:
    """Every cartel name and alias as written in the gazetteer."""
    return [alias for row in read_jsonl(RESOURCES / "cartels.jsonl") for alias in [row["name"], *row["aliases"]]]


@lru_cache(maxsize=None)
def grouped_words(name: str, key: str) -> dict[str, str]:
    """A JSONL lexicon of ``{key: group, "words": [...]}`` rows as word -> group."""
    return {word.lower(): row[key] for row in read_jsonl(RESOURCES / name) for word in row["words"]}
