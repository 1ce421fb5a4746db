"""Unit tests for the place and cartel normalizers (gazetteer look-ups and matching keys)."""

from __future__ import annotations

import pytest

from extract import lexicons
from extract.evaluate import cartel_key, city_key, person_match
from extract.normalize import name_key


def test_countries_by_name_demonym_and_agency() -> None:
    countries = lexicons.countries()
    assert countries.by_name[name_key("the United States")].code == "US"
    assert countries.by_name[name_key("U.S.")].code == "US"
    assert countries.by_demonym[name_key("Mexican")].code == "MX"
    assert countries.by_plural[name_key("Venezuelans")].code == "VE"
    assert countries.by_agency[name_key("ICE")].code == "US"


def test_cities_resolve_aliases_and_accents() -> None:
    cities = lexicons.cities()
    assert cities[name_key("New York")][0].name == "New York City"
    washington = cities[name_key("Washington")][0]
    assert (washington.country, washington.region) == ("US", "District of Columbia")
    assert cities[name_key("Culiacan")][0].name == "Culiacán"
    assert cities[name_key("Culiacán")][0].region == "Sinaloa"


def test_states_are_regions_not_cities() -> None:
    assert lexicons.regions()[name_key("Pennsylvania")] == ("US", "state")
    assert lexicons.regions()[name_key("Sinaloa")] == ("MX", "state")


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("CJNG", "Jalisco New Generation Cartel"),
        ("Cártel de Jalisco Nueva Generación", "Jalisco New Generation Cartel"),
        ("Cártel del Noreste", "Northeast Cartel"),
        ("the Beltrán-Leyva cartel", "Beltrán-Leyva Organization"),
        ("Gulf Cartel", "Gulf Cartel"),
        ("Clan del Golfo", "Clan del Golfo"),
        ("Gulf Clan", "Clan del Golfo"),
        ("Zetas", "Los Zetas"),
        ("MS-13", "MS-13"),
    ],
)
def test_cartel_aliases(written: str, canonical: str) -> None:
    assert cartel_key(written) == cartel_key(canonical)
    assert lexicons.cartels()[name_key(canonical)].name == canonical


def test_gulf_cartel_is_not_clan_del_golfo() -> None:
    assert cartel_key("Gulf Cartel") != cartel_key("Clan del Golfo")


def test_city_key_and_person_match() -> None:
    assert city_key("New York") == city_key("New York City")
    assert person_match("Joaquín Guzmán Loera", "Joaquín Guzmán")
    assert person_match("María del Rosario Navarro Sánchez", "Maria del Rosario Navarro Sanchez")
    assert not person_match("Omar García Harfuch", "Harfuch")
