"""``date_finder``: date expressions, normalized against the publication date.

Candidates are the model's DATE entities and token patterns from ``date_patterns.jsonl``;
each is normalized by :func:`extract.normalize.resolve_date` (month-only stays month,
weekdays go to the most recent such day). Writes ``doc.spans["dates"]`` with
``span._.date_value = {"value", "granularity"}``; the value is None when the
expression is relative and ``doc._.published`` is unset.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lexicons
from ..normalize import month_number, parse_iso_date, resolve_date
from .matching import AnchoredMatcher


class DateFinder:
    """Find and normalize date expressions; see the module docstring."""

    def __init__(self, nlp: Language, name: str, patterns_path: str | None) -> None:
        self.name = name
        self.matcher = AnchoredMatcher(nlp.vocab)
        path = Path(patterns_path) if patterns_path else lexicons.RESOURCES / "date_patterns.jsonl"
        for row in lexicons.read_jsonl(path):
            self.matcher.add(row.get("id", row["label"]), row["pattern"])
        self.people_nouns = set(lexicons.grouped_words("people_nouns.jsonl", "group"))

    def __call__(self, doc: Doc) -> Doc:
        published = parse_iso_date(doc._.published) if doc._.published else None
        candidates = [Span(doc, s, e, label="DATE") for _, s, e in self.matcher(doc)]
        covered = {i for span in candidates for i in range(span.start, span.end)}
        candidates += [  # the model's DATE entities where no pattern matched ("27.02.2025"); they run long ("May 2024, weeks")
            Span(doc, e.start, e.end, label="DATE") for e in doc.ents if e.label_ == "DATE" and not covered.intersection(range(e.start, e.end))
        ]
        resolved = []
        for span in candidates:
            span = self._trim(span)
            value = resolve_date(_month_may(span) or span.text, published) if span is not None else None
            if value is None or self._is_count(doc, span) or _indefinite(span):
                continue
            resolved.append((span, value))
        chosen = filter_spans([span for span, _ in resolved])
        values = {(span.start, span.end): value for span, value in resolved}
        year_before, year_sentence = None, None  # the year of the latest date written with one, and its sentence
        dated_year = None  # the year of the latest date, written or resolved
        for span in chosen:
            value = values[(span.start, span.end)]
            written_year = any(t.shape_ == "dddd" for t in span)
            month_and_day = _month_and_day(span)
            ahead = _ahead(span)
            same_sentence = year_sentence is not None and span.sent.start == year_sentence and month_and_day and not ahead and not _this_year_follows(span)
            # not "sentenced in 2013 ..., is now set to be released on May 17", "accused of ... in July 1995, was arrested ... on May 26 this year"
            if value.value and not written_year and year_before and (_that_year_follows(span) or same_sentence):
                carried = year_before + value.value[4:]  # "on May 10 of that year", "arrested on Dec. 16, 2019, and handed over on Dec. 19"
                value = value._replace(value=carried) if published is None or carried <= published.isoformat() else value
            if value.value and published and not written_year and _put_back_a_year(span, value.value, published) and (ahead or _deadline_to_come(span, value.value, published)):
                value = value._replace(value=str(int(value.value[:4]) + 1) + value.value[4:])  # "scheduled a hearing for Sept. 23", "last until April 13"
            if value.value and dated_year and _that_month(span):
                value = value._replace(value=dated_year + value.value[4:])
            span._.date_value = {"value": value.value, "granularity": value.granularity}
            if value.value and not attributive_year(span):
                dated_year = value.value[:4]
            if (written_year or _this_year_follows(span)) and value.value and not attributive_year(span):
                year_before, year_sentence = value.value[:4], span.sent.start
        doc.spans["dates"] = chosen
        return doc

    @staticmethod
    def _trim(span: Span) -> Span | None:
        """Drop leading prepositions/articles and a trailing possessive so offsets cover the date only."""
        doc, start, end = span.doc, span.start, span.end
        while start < end and doc[start].lower_ in ("on", "in", "since", "by", "the", "from", "during", "until", "of"):
            start += 1
        while end > start and (doc[end - 1].text in ("'s", "’s", ",", ".") or doc[end - 1].is_space):
            end -= 1
        return Span(doc, start, end, label="DATE") if start < end else None

    def _is_count(self, doc: Doc, span: Span) -> bool:
        """"2000 migrants" is a number of people, not a year."""
        if len(span) != 1 or not span[0].like_num:
            return False
        for token in doc[span.end : span.end + 3]:
            if token.is_punct or token.lower_ in ("as", "in", "of", "for", "with", "by", "at", "on", "to"):
                return False  # "entered the country in 2022 as tourists", "took effect in 2019, after prosecutors began"
            if token.lower_ in self.people_nouns:
                return True
        return False


MONTH_PREPOSITIONS = {"in", "since", "until", "by", "during", "from", "through", "before", "after"}
THAT_YEAR = (["of", "that", "year"], ["of", "the", "same", "year"], ["that", "same", "year"], ["that", "year"])


def _month_may(span: Span) -> str | None:
    """"in May", "since May": the month, which a bare "May" (the modal verb) is not; None for any other span."""
    doc = span.doc
    if span.text != "May" or span.start == 0 or doc[span.start - 1].lower_ not in MONTH_PREPOSITIONS or doc[span.end : span.end + 1].text in ("'s", "’s"):
        return None  # not "in May's government"
    return "in May"


def _that_year_follows(span: Span) -> bool:
    """"May 10 of that year", "in May of the same year": the year is the one last written."""
    following = [t.lower_ for t in span.doc[span.end : span.end + 4]]
    return any(following[: len(words)] == words for words in THAT_YEAR)


def _this_year_follows(span: Span) -> bool:
    """"on May 26 this year": the year of publication, not the one last written."""
    return [t.lower_ for t in span.doc[span.end : span.end + 2]] == ["this", "year"]


def _that_month(span: Span) -> bool:
    """"arrested in January 2023 and extradited that September", "That December, ...": a month of the year last dated
    (not "that August group", a name for an event)."""
    doc = span.doc
    named_event = span.end < len(doc) and doc[span.end].is_alpha and doc[span.end].is_lower and not doc[span.end].is_stop
    return span.start > 0 and doc[span.start - 1].lower_ == "that" and len(span) == 1 and month_number(span.text) is not None and not named_event


def _month_and_day(span: Span) -> bool:
    """"Dec. 19", "19 December": a month and a day, no year and no "last"."""
    return len(span) == 2 and sum(month_number(t.text) is not None for t in span) == 1 and sum(t.like_num for t in span) == 1


def attributive_year(span: Span) -> bool:
    """"the 1985 killing of DEA agent Enrique Camarena": a year that names another event, whose year later dates do not take."""
    doc = span.doc
    return len(span) == 1 and span[0].shape_ == "dddd" and span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an") and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].is_alpha


HALF_A_YEAR = 183  # days
FUTURE_WORDS = {"scheduled", "set", "slated", "due", "will", "adjourned", "postponed", "next", "starting", "expected", "upcoming", "ends", "expires", "begins", "starts"}


def _put_back_a_year(span: Span, value: str, published: date) -> bool:
    """A month and day, or a month, that was read as last year's because it is still to come this year."""
    if _month_and_day(span):
        return value < published.isoformat()
    return len(span) == 1 and month_number(span.text) is not None and int(value[:4]) < published.year


def _ahead(span: Span) -> bool:
    """"scheduled a hearing to confirm the charges for Sept. 23", "due to begin on March 24 and last until April 13",
    "hosts starting in June": the date is to come."""
    before = span.doc[max(span.sent.start, span.start - 12) : span.start]
    doc = span.doc
    return any(
        t.lower_ in FUTURE_WORDS
        and not (t.lower_ == "set" and doc[t.i + 1].lower_ == "by")  # not "a deadline set by Uribe, who on Dec. 17 signed"
        and not (t.lower_ == "next" and t.i > 0 and doc[t.i - 1].lower_ == "the")  # not "The next day, May 5, Otoniel appeared"
        for t in before
    )


def _deadline_to_come(span: Span, value: str, published: date) -> bool:
    """"gave Khalil's lawyers until April 23" (a deadline weeks ahead), not "They stayed there until July 18" (months
    back): "until" a date read as past by more than half a year."""
    before = span.doc[max(span.sent.start, span.start - 3) : span.start]
    day = parse_iso_date(value if len(value) > 7 else value + "-01")
    return day is not None and any(t.lower_ == "until" for t in before) and (published - day).days > HALF_A_YEAR


WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _indefinite(span: Span) -> bool:
    """"on a Sunday", "every Friday": no particular day (not "a September 2021 ruling")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an", "one", "every", "each", "any") and span[0].text in WEEKDAYS


@Language.factory("date_finder", default_config={"patterns_path": None})
def make_date_finder(nlp: Language, name: str, patterns_path: str | None) -> DateFinder:
    """Create the date finder; ``patterns_path`` replaces the bundled token patterns (JSONL)."""
    return DateFinder(nlp, name, patterns_path)
