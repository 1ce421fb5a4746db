"""Unit tests for the pure normalizers: numbers, dates, name keys."""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize import DateValue, month_number, name_key, parse_iso_date, parse_number, resolve_date, same_name, without_nickname

PUBLISHED = date(2026, 1, 21)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("37", 37), ("1,200", 1200), ("twenty-nine", 29), ("twenty nine", 29), ("two dozen", 24), ("a dozen", 12),
        ("half a dozen", 6), ("two hundred and thirty-eight", 238), ("one", 1), ("Ten", 10), ("a thousand", 1000),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "and", "a", "dozens", "many", "37%", "$5"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("Tuesday", "2026-01-20", "day"),
        ("Tuesday’s", "2026-01-20", "day"),
        ("on Wednesday", "2026-01-21", "day"),  # the publication day itself
        ("last Wednesday", "2026-01-14", "day"),
        ("yesterday", "2026-01-20", "day"),
        ("tomorrow", "2026-01-22", "day"),
        ("two days ago", "2026-01-19", "day"),
        ("Two years ago", "2024", "year"),
        ("last February", "2025-02", "month"),
        ("August", "2025-08", "month"),
        ("in January", "2026-01", "month"),
        ("mid-February", "2025-02", "month"),
        ("earlier this month", "2026-01", "month"),
        ("last month", "2025-12", "month"),
        ("Dec. 30", "2025-12-30", "day"),  # across the year boundary
        ("Feb. 27, 2025", "2025-02-27", "day"),
        ("last February 27", "2025-02-27", "day"),
        ("last February 27, 2025", "2025-02-27", "day"),
        ("27 February 2025", "2025-02-27", "day"),
        ("February 2025", "2025-02", "month"),
        ("Tuesday, Jan. 20", "2026-01-20", "day"),
        ("2025-02-27", "2025-02-27", "day"),
        ("1985", "1985", "year"),
        ("late 2024", "2024", "year"),
        ("last year", "2025", "year"),
        ("this year", "2026", "year"),
        ("next March 4", "2026-03-04", "day"),
        ("- Aug. 12, 2025", "2025-08-12", "day"),  # a bullet's dash
        ("the next January 5", "2027-01-05", "day"),  # after the publication day
    ],
)
def test_resolve_date(text: str, value: str, granularity: str) -> None:
    assert resolve_date(text, PUBLISHED) == DateValue(value, granularity)


@pytest.mark.parametrize("text", ["this morning", "last week", "10 years", "two weeks", "may", "recently", "decades", "a year ago"])
def test_not_dates(text: str) -> None:
    assert resolve_date(text, PUBLISHED) is None


def test_relative_dates_without_publication_date_have_no_value() -> None:
    assert resolve_date("Tuesday", None) == DateValue(None, "day")
    assert resolve_date("last February", None) == DateValue(None, "month")
    assert resolve_date("Feb. 27, 2025", None) == DateValue("2025-02-27", "day")


def test_explicit_dates_outside_our_forms_go_through_dateparser() -> None:
    assert resolve_date("27.02.2025", PUBLISHED) == DateValue("2025-02-27", "day")
    assert resolve_date("the 27th day of February 2025", PUBLISHED) == DateValue("2025-02-27", "day")
    assert resolve_date("now", PUBLISHED) is None


def test_invalid_calendar_dates() -> None:
    assert resolve_date("February 30, 2025", PUBLISHED) is None
    assert parse_iso_date("2026-13-45") is None
    assert parse_iso_date("2026-01-21") == date(2026, 1, 21)


def test_name_key() -> None:
    assert name_key("Cártel del Noreste") == "cartel del noreste"
    assert name_key("Beltrán-Leyva") == "beltran leyva"
    assert name_key("  García   Harfuch ") == "garcia harfuch"


@pytest.mark.parametrize(("word", "number"), [("Dec.", 12), ("December", 12), ("sept", 9), ("May", 5), ("Tuesday", None), ("19", None)])
def test_month_number(word: str, number: int | None) -> None:
    assert month_number(word) == number


@pytest.mark.parametrize(
    ("key", "other", "same"),
    [("garcia harfuch", "omar garcia harfuch", True), ("omar garcia harfuch", "harfuch", True), ("rodrigo duterte", "sara duterte", False), ("harfuch", "harfuch", True)],
)
def test_same_name(key: str, other: str, same: bool) -> None:
    assert same_name(key, other) is same


@pytest.mark.parametrize(
    ("name", "plain"),
    [('Ismael "El Mayo" Zambada García', "Ismael Zambada García"), ("Joaquín “El Chapo” Guzmán", "Joaquín Guzmán"), ("Omar García Harfuch", "Omar García Harfuch")],
)
def test_without_nickname(name: str, plain: str) -> None:
    assert without_nickname(name) == plain
