"""Pure normalization functions: name keys, number words, date expressions.

Nothing here knows about spaCy; every function takes plain strings and dates.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

# ---------------------------------------------------------------- name keys

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_QUOTED = re.compile(r"[\"“”][^\"“”]+[\"“”]")


def strip_accents(text: str) -> str:
    """Remove combining accents ("Beltrán" -> "Beltran")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A comparison key for names: lowercase, no accents, punctuation as spaces.

    >>> name_key("Cártel del Noreste")
    'cartel del noreste'
    >>> name_key("Beltrán-Leyva")
    'beltran leyva'
    """
    text = strip_accents(text).lower().replace("’", "'")
    text = text.replace("'s ", " ").replace("'", "")
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


def same_name(key: str, other: str) -> bool:
    """Whether two name keys can name one person: equal, or one ends the other.

    >>> same_name("garcia harfuch", "omar garcia harfuch"), same_name("rodrigo duterte", "sara duterte")
    (True, False)
    """
    return key == other or key.endswith(" " + other) or other.endswith(" " + key)


def without_nickname(text: str) -> str:
    """A name without the nickname quoted inside it.

    >>> without_nickname('Ismael "El Mayo" Zambada García')
    'Ismael Zambada García'
    """
    return _SPACE.sub(" ", _QUOTED.sub(" ", text)).strip()


# ---------------------------------------------------------------- numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES) | {"dozen", "a", "half", "and"}


def parse_number(text: str) -> int | None:
    """Turn a written number into an int, or None if it is not one.

    Digits with thousands separators, words ("twenty-nine", "two hundred and
    thirty-eight") and dozens ("two dozen", "a dozen", "half a dozen").

    >>> parse_number("twenty-nine"), parse_number("1,200"), parse_number("two dozen")
    (29, 1200, 24)
    """
    cleaned = text.strip().lower().replace("-", " ").replace("\u2011", " ")
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", cleaned):
        return int(cleaned.replace(",", ""))
    words = cleaned.split()
    if not words:
        return None
    if words == ["half", "a", "dozen"]:
        return 6
    total, current, seen = 0, 0, False
    for i, word in enumerate(words):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif re.fullmatch(r"\d+", word):
            current += int(word)
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "a" and i == 0:
            current = 1
            continue
        elif word == "and" and seen:
            continue
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million"):
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# ---------------------------------------------------------------- dates


class DateValue(NamedTuple):
    """A normalized date: ISO value (or None when unresolvable) and its granularity."""

    value: str | None
    granularity: str  # "day" | "month" | "year"


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
_WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation ("Dec." -> 12), else None.

    >>> month_number("Dec."), month_number("July"), month_number("May"), month_number("Tuesday")
    (12, 7, 5, None)
    """
    return _MONTHS.get(word.lower().rstrip("."))


_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_RE = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_YEAR_RE = r"(?P<year>1[89]\d\d|20\d\d)"
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_LEAD = r"^(?:(?:on|in|since|by|from|during|until|before|after|of|the|this past|past)\s+)*"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"
_FUZZ = r"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of|earlier|later)[\s-]+(?:in\s+)?)?"
_REL = r"(?:(?P<rel>last|this|next|past)\s+)?"
_ON_LAST = r"(?:(?:last|this past|past)\s+)?"  # "last February 27": the most recent one, as a bare "February 27" is


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_LEAD + pattern + r"$", re.IGNORECASE)


_DATE_FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _compile(r"(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")),
    ("numeric_us", _compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<year>\d{4})")),
    ("weekday_full", _compile(_WEEKDAY_RE + r",?\s+" + _MONTH_RE + r"\s+" + _DAY_RE + r"(?:,?\s+" + _YEAR_RE + r")?")),
    ("month_day_year", _compile(_ON_LAST + _MONTH_RE + r"\s+" + _DAY_RE + r",?\s+" + _YEAR_RE)),
    ("day_month_year", _compile(_DAY_RE + r"\s+(?:of\s+)?" + _MONTH_RE + r",?\s+" + _YEAR_RE)),
    ("month_day", _compile(_ON_LAST + _MONTH_RE + r"\s+" + _DAY_RE + _PART_OF_DAY)),
    ("day_month", _compile(_DAY_RE + r"\s+(?:of\s+)?" + _MONTH_RE)),
    ("next_month_day", _compile(r"(?:the\s+)?next\s+" + _MONTH_RE + r"\s+" + _DAY_RE)),
    ("month_year", _compile(_FUZZ + _MONTH_RE + r",?\s+(?:of\s+)?" + _YEAR_RE)),
    ("month_relative_year", _compile(_FUZZ + _MONTH_RE + r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year")),
    ("month", _compile(_FUZZ + _REL + _MONTH_RE)),
    ("weekday", _compile(_REL + _WEEKDAY_RE + r"(?:'s|’s)?" + _PART_OF_DAY)),
    ("year", _compile(_FUZZ + r"(?:the\s+)?(?:year\s+)?" + _YEAR_RE)),
    ("relative_day", _compile(r"(?P<word>yesterday|today|tomorrow|the day before yesterday)" + _PART_OF_DAY)),
    ("units_ago", _compile(r"(?P<n>\w+(?:-\w+)?)\s+(?P<unit>day|year)s?\s+ago")),
    ("relative_month", _compile(_FUZZ + r"(?P<rel>last|this|next|past|the previous|the following)\s+month")),
    ("relative_year", _compile(_FUZZ + r"(?P<rel>last|this|next|past|the previous|the following)\s+year")),
    ("earlier_this", _compile(r"(?:earlier|later)\s+(?:this|in the)\s+(?P<unit>month|year)")),
]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), "day")


def _month(year: int, month: int) -> DateValue:
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> DateValue:
    return DateValue(f"{year:04d}", "year")


def _recent_month(month: int, published: date, rel: str | None) -> DateValue:
    """The month named, relative to publication: past by default."""
    year = published.year
    if rel == "next":
        return _month(year + 1 if month <= published.month else year, month)
    if rel == "this":
        return _month(year, month)
    if month > published.month or (rel in ("last", "past") and month == published.month):
        year -= 1
    return _month(year, month)


def _coming_day(month: int, day: int, published: date) -> DateValue | None:
    """"next March 4": the first such day after publication."""
    for year in (published.year, published.year + 1):
        if _valid_day(year, month, day) and date(year, month, day) > published:
            return _day(date(year, month, day))
    return None


def _recent_day(month: int, day: int, published: date) -> DateValue | None:
    """A month and day without a year: the most recent such day (a few days of slack for the future)."""
    year = published.year
    if not _valid_day(year, month, day):
        return None
    if date(year, month, day) > published + timedelta(days=7):
        year -= 1
    if not _valid_day(year, month, day):
        return None
    return _day(date(year, month, day))


def _recent_weekday(weekday: int, published: date, rel: str | None) -> DateValue:
    """The weekday on or before the publication date ('last X' is strictly before; 'next X' after)."""
    back = (published.weekday() - weekday) % 7
    if rel == "next":
        return _day(published + timedelta(days=(weekday - published.weekday()) % 7 or 7))
    if rel in ("last", "past") and back == 0:
        back = 7
    return _day(published - timedelta(days=back))


def resolve_date(text: str, published: date | None) -> DateValue | None:
    """Normalize a date expression against the publication date.

    Returns None when the text is not a calendar date expression (durations,
    times of day, "last week"); returns a DateValue whose value is None when the
    expression is relative and no publication date is known.

    >>> resolve_date("last February", date(2026, 1, 21))
    DateValue(value='2025-02', granularity='month')
    >>> resolve_date("Tuesday", date(2026, 1, 21))
    DateValue(value='2026-01-20', granularity='day')
    """
    cleaned = _SPACE.sub(" ", text.replace("’", "'").strip(" ,.;:-–—•*")).strip()  # "- Aug. 12, 2025" in a bullet
    cleaned = re.sub(r"'s$", "", cleaned)
    for form, pattern in _DATE_FORMS:
        match = pattern.match(cleaned)
        if match:
            return _resolve_form(form, match, published)
    return _dateparser_fallback(cleaned, published)


_FALLBACK_SHAPE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d.*\b(?:" + "|".join(_MONTHS) + r")\b|\b(?:" + "|".join(_MONTHS) + r")\b.*\d", re.IGNORECASE)


def _dateparser_fallback(text: str, published: date | None) -> DateValue | None:
    """Explicit dates our forms do not cover ("27.02.2025", "the 27th day of February"), read by dateparser.

    Only texts with a digit and a month (or a dotted numeric date) are tried, so dateparser never
    invents dates from words like "now"; its period keeps the granularity (no made-up day).
    """
    if not _FALLBACK_SHAPE.search(text) or (published is None and not re.search(r"\b\d{4}\b", text)):
        return None
    parsed = _date_parser(published).get_date_data(text)
    if parsed.date_obj is None or parsed.period not in ("day", "month", "year"):
        return None
    found = parsed.date_obj.date()
    return {"day": _day(found), "month": _month(found.year, found.month), "year": _year(found.year)}[parsed.period]


@lru_cache(maxsize=8)
def _date_parser(published: date | None):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser  # imported on first use: it is slow to import

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime.combine(published, datetime.min.time())
    return DateDataParser(languages=["en"], settings=settings)


def _resolve_form(form: str, m: re.Match[str], published: date | None) -> DateValue | None:
    groups = m.groupdict()
    month = _MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    rel = (groups.get("rel") or "").lower() or None
    if form in ("iso", "numeric_us"):
        y, mo, d = int(groups["year"]), int(groups["m"]), int(groups["d"])
        return _day(date(y, mo, d)) if _valid_day(y, mo, d) else None
    if form in ("weekday_full", "month_day_year", "day_month_year") and month and day:
        if year is None:
            return _recent_day(month, day, published) if published else DateValue(None, "day")
        return _day(date(year, month, day)) if _valid_day(year, month, day) else None
    if form in ("month_day", "day_month") and month and day:
        return _recent_day(month, day, published) if published else DateValue(None, "day")
    if form == "next_month_day" and month and day:
        return _coming_day(month, day, published) if published else DateValue(None, "day")
    if form == "month_year" and month and year:
        return _month(year, month)
    if form == "month_relative_year" and month:
        if not published:
            return DateValue(None, "month")
        return _month(published.year + {"last": -1, "this": 0, "next": 1}[rel or "this"], month)
    if form == "month" and month:
        if groups["month"].lower().rstrip(".") == "may" and rel is None and not m.group(0).lower().startswith(("in ", "early", "mid", "late", "the end", "the beginning", "the start", "the middle")):
            return None  # the modal verb "may"
        return _recent_month(month, published, rel) if published else DateValue(None, "month")
    if form == "weekday":
        weekday = _WEEKDAYS[groups["weekday"].lower().rstrip(".")]
        return _recent_weekday(weekday, published, rel) if published else DateValue(None, "day")
    if form == "year" and year:
        return _year(year)
    if form == "relative_day":
        if not published:
            return DateValue(None, "day")
        back = {"tomorrow": -1, "today": 0, "yesterday": 1, "the day before yesterday": 2}[groups["word"].lower()]
        return _day(published - timedelta(days=back))
    if form == "units_ago":
        n, unit = parse_number(groups["n"]), groups["unit"].lower()
        if n is None or unit == "year" and n < 2:
            return None  # "a year ago" is a rough span, "two years ago" a year
        if not published:
            return DateValue(None, unit)
        return _day(published - timedelta(days=n)) if unit == "day" else _year(published.year - n)
    if form in ("relative_month", "earlier_this"):
        unit = (groups.get("unit") or "month").lower()
        delta = {"last": -1, "past": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel or "", 0)
        if not published:
            return DateValue(None, unit)
        if unit == "year":
            return _year(published.year)
        return _month(*_shift_month(published.year, published.month, delta))
    if form == "relative_year":
        delta = {"last": -1, "past": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel or "", 0)
        return _year(published.year + delta) if published else DateValue(None, "year")
    return None


def parse_iso_date(text: str) -> date | None:
    """Parse a YYYY-MM-DD string into a date, or None when it is not a valid date."""
    match = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text.strip())
    if not match:
        return None
    y, m, d = map(int, match.groups())
    return date(y, m, d) if _valid_day(y, m, d) else None
