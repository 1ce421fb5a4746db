"""``count_finder``: exact numbers of people ("37 cartel members", "twenty-nine prisoners").

A count is a number in digits or words followed, within a few modifiers, by a noun for
people (``people_nouns.jsonl`` plus nationality plurals such as "Venezuelans"). Money,
percentages, years, weights and approximate numbers ("nearly 30") are not counts.
Writes ``doc.spans["counts"]`` with ``span._.count_value = {"value", "counted", "running_total"}``, and
``doc.spans["approximate_counts"]`` with the approximate numbers of people ("more than 1,000 Colombians");
a running total ("bringing the total to 55") is a count of people over several events.
"""

from __future__ import annotations

import calendar

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..normalize import NUMBER_WORDS, parse_number

MOVED_PARTICIPLES = {"sent", "handed", "flown", "transferred", "extradited", "deported", "expelled", "delivered", "returned", "removed"}
MONTHS = set(calendar.month_name[1:])
SHARE_FOLLOWERS = {"in", "on", "last", "this", "earlier", "later"}
EVENT_NOUNS = {"transfer", "transfers", "swap", "swaps", "exchange", "exchanges", "flight", "flights", "release", "releases", "handover", "handovers"}
CHARGE_NOUNS = {"counts", "count", "charges", "charge", "cases", "case", "offenses", "offences"}
ORGANIZATION_NOUNS = {"groups", "organizations", "organisations", "gangs", "cartels", "networks", "cells", "rings", "syndicates", "factions"}
ELLIPSIS_FOLLOWERS = {",", ".", ";", "followed", "were", "arrived", "came", "went", "go", "goes", "headed", "landed", "in", "on", "last", "later"}
MAX_MODIFIERS = 4
QUOTE_MARKS = {'"', "“", "”"}
GROUP_NOUNS = {"group", "groups", "batch", "contingent", "total"}
TALLY_NOUNS = {"number", "total", "tally", "count"}
REMAINING_WORDS = {"left", "remaining", "remain", "remains", "fallen", "fell"}  # "the number of detainees left ... has fallen to 105"
TALLY_WINDOW = 24  # "the sum of ... [a long relative clause] rises to 92"
PARTITIVE_DETERMINERS = {"the", "his", "her", "their", "its", "our", "those", "these", "whom"}
PARTITIVE_WORDS = 8  # "three of the section's five magistrates", "Fourteen of Colombia's most feared former paramilitary commanders"


SERIES_NOUNS = {"flights", "operations", "planes", "transfers", "airlifts", "handovers", "groups", "rounds"}  # a tally over several moves


def _numberish(token: Token) -> bool:
    return token.like_num or token.lower_ in NUMBER_WORDS - {"a", "and", "half"}


class CountFinder:
    """Find counts of people; see the module docstring."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        context = lexicons.word_groups("count_context.jsonl", "role")
        self.approximate = sorted(context["approximate"], key=len, reverse=True)
        self.stop = context["stop"]
        self.hand_over = context["hand_over"]
        self.carried = context["carried"]
        countries = lexicons.countries()
        self.people_nouns = set(lexicons.grouped_words("people_nouns.jsonl", "group")) | {plural.split()[-1] for plural in countries.by_plural}  # "South Koreans"
        self.demonyms = set(countries.by_demonym)
        strings = nlp.vocab.strings
        self.number_word_hashes = [strings.add(w) for w in NUMBER_WORDS - {"a", "and", "half"}]
        self.lead_hashes = [strings.add(w) for w in ("a", "half")]
        self.follow_hashes = [strings.add(w) for w in ("dozen", "a")]

    def __call__(self, doc: Doc) -> Doc:
        blocked = {t.i for group in ("dates", "cartels") for span in doc.spans.get(group, []) for t in span}
        cartel_tokens = {t.i for span in doc.spans.get("cartels", []) for t in span}
        spans: list[Span] = []
        approximate: list[Span] = []  # "more than 1,000 Colombians": people, but no count
        resume = 0
        for i in self._number_starts(doc):
            if i < resume:
                continue
            start, end = self._number_at(doc, i)
            if end == start or any(k in blocked for k in range(start, end)):
                continue
            value = parse_number(doc[start:end].text)
            after = self._after_coordinated_numbers(doc, end)
            head = self._head_noun(doc, after, cartel_tokens, spans)
            if head is None and value is not None and value > 1:
                head = self._partitive(doc, after, cartel_tokens)  # "13 of them", "three of his sons"
            if head is None and after + 1 < len(doc) and doc[after].lower_ in ("were", "are") and doc[after + 1].lower_ in self.people_nouns:
                head = after + 1  # "Of them, 23 were women"
            if head is None and self._in_all_after_people(doc, start, after):
                head = after + 1  # "The prisoners — 37 in all — were put aboard"
            counted = doc[end : head + 1].text if head is not None else self._group_before(doc, start) or self._object_of_move(doc, start, after, spans)
            if counted is None and value is not None:
                counted = _share_of_earlier_count(doc, spans, start, after)  # "55 cartel figures ..., 29 in February and 26 last month"
            if counted is None and value is not None and value > 1:
                counted = _dated_recap(doc, spans, start, after)  # "37 operatives ..., after 29 in February and 26 in August"
            tally = self._running_total(doc, start, end) or _makes_in_all(doc, spans, start, after) if counted is None else _series_total(doc, start)
            if value is not None and counted and self._approximate(doc, start):
                approximate.append(Span(doc, start, end, label="APPROXIMATE_COUNT"))
            elif value is not None and (counted or tally):
                span = Span(doc, start, end, label="COUNT")
                span._.count_value = {"value": value, "counted": counted or tally, "running_total": tally is not None and not still_there(tally)}
                spans.append(span)
            resume = end
        doc.spans["counts"] = spans
        doc.spans["approximate_counts"] = approximate
        return doc

    def _number_starts(self, doc: Doc) -> list[int]:
        """Tokens a written number may start at: digits, number words, "a"/"half" before "dozen"/"a"."""
        table = doc.to_array([LIKE_NUM, LOWER])
        lower = table[:, 1]
        numberish = (table[:, 0] == 1) | numpy.isin(lower, self.number_word_hashes)
        leading = numpy.isin(lower, self.lead_hashes)
        leading[:-1] &= numpy.isin(lower[1:], self.follow_hashes)
        leading[-1:] = False
        return numpy.flatnonzero(numberish | leading).tolist()

    @staticmethod
    def _number_at(doc: Doc, i: int) -> tuple[int, int]:
        """Token range of a written number starting at ``i`` (empty when there is none)."""
        start = i
        if doc[i].lower_ in ("a", "half") and i + 1 < len(doc) and doc[i + 1].lower_ in ("dozen", "a"):
            end = i + 1
        elif _numberish(doc[i]):
            end = i + 1
        else:
            return i, i
        while end < len(doc):
            token = doc[end]
            if _numberish(token) or token.lower_ == "dozen":
                end += 1
            elif token.text == "-" and not doc[end - 1].whitespace_ or (token.lower_ in ("and", "a") and doc[end - 1].lower_ in ("hundred", "thousand", "million")):
                if end + 1 < len(doc) and (_numberish(doc[end + 1]) or doc[end + 1].lower_ == "dozen"):
                    end += 2
                else:
                    break
            else:
                break
        return start, end

    def _after_coordinated_numbers(self, doc: Doc, end: int) -> int:
        """Skip "and 26" in "29 and 26 prisoners" so both numbers share the noun."""
        while end + 1 < len(doc) and doc[end].lower_ in ("and", "or", ","):
            start, next_end = self._number_at(doc, end + 1)
            if next_end == start:
                break
            end = next_end
        return end

    def _head_noun(self, doc: Doc, index: int, cartel_tokens: set[int], found: list[Span]) -> int | None:
        """Index of the people noun after the number, skipping a few modifiers."""
        skipped = 0
        j = index
        while j < len(doc) and skipped <= MAX_MODIFIERS:
            token = doc[j]
            lower = token.lower_
            if token.text in QUOTE_MARKS:
                j += 1  # 37 "operators of criminal organizations", 92 "high-impact" criminals
                continue
            if lower in self.people_nouns and not (j + 1 < len(doc) and doc[j + 1].lower_ in self.people_nouns and doc[j + 1].lower_ != lower):
                if j + 1 < len(doc) and doc[j + 1].lower_ in EVENT_NOUNS | ORGANIZATION_NOUNS | CHARGE_NOUNS:
                    return None  # "three mass prisoner transfers": events, not people; "six Mexican criminal groups": groups; "eight criminal counts": charges
                return j
            if j == index and lower in self.demonyms and token.is_title and doc[index - 1].lower_ == "one" and not (j + 1 < len(doc) and doc[j + 1].is_alpha and doc[j + 1].is_lower):
                return j  # "thirteen Nigerians and one Gambian" (not "one Mexican official")
            if j == index and lower == "more" and j + 1 < len(doc) and doc[j + 1].lower_ in ELLIPSIS_FOLLOWERS and (
                self._people_context(doc, index, found) or doc[j + 1].lower_ == "followed" and found
            ):
                return j  # "The second, on Aug. 12, moved 26 more, including ...", "and 26 more followed last August" (after any count of people)
            if j == index and index >= 2 and doc[index - 2].lower_ == "another" and lower in ELLIPSIS_FOLLOWERS and token.is_alpha and self._people_context(doc, index, found):
                return j  # "Last August, another 26 followed."
            if j == index and index >= 2 and doc[index - 2].lower_ == "the" and (lower in ("were", "are", "have", "had", "landed", "arrived") or lower in MOVED_PARTICIPLES) and self._people_context(doc, index, found):
                return j  # "Gertz Manero said the 29 were sent at Washington's request", "superior to the 13 extradited in 2015", "The five landed in Darwin"
            if j == index and lower == "were" and j + 1 < len(doc) and doc[j + 1].lower_ in MOVED_PARTICIPLES and token.sent[0].lower_ != "of" and self._people_context(doc, index, found):
                return j  # "the second mass transfer of the year, after 29 were handed over in February" (not "Of the 37, four were sent")
            if lower in self.stop or token.is_punct and token.text != "-" or token.like_num or token.is_space:
                return None
            if not (token.is_lower or token.text == "-" or j in cartel_tokens or lower in self.demonyms or token.is_title):
                return None
            skipped += 1
            j += 1
        return None

    def _in_all_after_people(self, doc: Doc, start: int, after: int) -> bool:
        following = [t.lower_ for t in doc[after : after + 2]]
        return following in (["in", "all"], ["in", "total"], ["all", "told"]) and any(
            t.lower_ in self.people_nouns for t in doc[max(start - 4, doc[start].sent.start) : start]
        )

    def _people_context(self, doc: Doc, index: int, found: list[Span]) -> bool:
        """The sentence, or the one before, counts people elsewhere ("29 prisoners were flown north. The second moved 26
        more."), or counted them just before, or the sentence names them after the number."""
        sentence = doc[index].sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        return (
            any(t.lower_ in self.people_nouns for t in doc[previous.start : sentence.end])
            or any(t.lower_ in ("including", "among") for t in doc[index : sentence.end])
            or any(c.start >= previous.start for c in found[-1:])  # "The first batch of 29 ... Twenty-six more followed"
        )

    def _partitive(self, doc: Doc, index: int, cartel_tokens: set[int]) -> int | None:
        """Index of "them" in "13 of them", or of the noun in "14 of the 15 people", "three of El Chapo's sons"."""
        if index + 1 >= len(doc) or doc[index].lower_ != "of":
            return None
        if doc[index + 1].lower_ in ("them", "those", "these", "us"):
            return index + 1
        j = index + 1
        while j < min(len(doc), index + 1 + PARTITIVE_WORDS):
            token = doc[j]
            if token.lower_ in self.people_nouns:
                return j
            possessor = j + 1 < len(doc) and doc[j + 1].text in ("'s", "’s")  # "the section's"
            modifier = token.is_lower and token.is_alpha and j > index + 1 and token.lower_ not in self.stop  # "29 of its most notorious drug traffickers"
            if not (token.lower_ in PARTITIVE_DETERMINERS or token.text in ("'s", "’s") or possessor or _numberish(token) or token.is_title or j in cartel_tokens or modifier):
                return None
            j += 1
        return None

    def _running_total(self, doc: Doc, start: int, end: int) -> str | None:
        """"brings to 38 the number of people ...", "bringing the total to 55", "the total is 55", "the sum of
        high-impact criminals sent ... rises to 92": a stated tally of people."""
        following = [t.lower_ for t in doc[end : end + 5]]
        if following[:1] == ["the"] and following[1:2] == ["total"] and following[2:3] and following[2] in TALLY_NOUNS:
            following = following[:1] + following[2:]  # "brings to 92 the total number of prisoners"
        if len(following) >= 3 and following[0] == "the" and following[1] in TALLY_NOUNS and following[2] == "of":
            return doc[end : end + 4].text
        sentence_start = doc[start].sent.start
        before = doc[max(start - TALLY_WINDOW, sentence_start) : start]
        labelled = len(before) >= 3 and before[-1].text == ":" and before[-3].lower_ in ("running", "cumulative")  # "Running total: 29."
        stated = len(before) >= 2 and before[-1].lower_ in ("is", "was") and before[-2].lower_ in ("total", "tally")  # "With Tuesday's group, the total is 55."
        if not before or before[-1].lower_ not in ("to", "reaches", "reached", "at") and not labelled and not stated:
            return None
        words = [t.lower_ for t in before]
        for n, word in enumerate(words):
            unrelated = n > 0 and words[n - 1] in ("death", "body", "casualty", "vote", "medal")  # "the death tally"
            if word in ("total", "tally") and not unrelated or word in ("number", "sum") and any(w in self.people_nouns for w in words[n + 1 : n + 7]):
                return before[n:].text
        return None

    def _object_of_move(self, doc: Doc, start: int, after: int, found: list[Span]) -> str | None:
        """"The first flight, last Thursday, brought 135.": the number of people a move carried, the noun left out."""
        verb = start - 2 if start > 1 and doc[start - 1].lower_ in ("back", "home") else start - 1  # "a second flight brought back 116"
        if verb < 0 or doc[verb].lower_ not in self.carried or after >= len(doc):
            return None
        if doc[after].text in (".", ",", ";") or doc[after].lower_ in ("to", "back", "home", "north", "south"):
            return doc[verb].text if self._people_context(doc, start, found) else None
        return None

    @staticmethod
    def _group_before(doc: Doc, start: int) -> str | None:
        """"group of 26": the collective noun before the number, or None."""
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in GROUP_NOUNS:
            return doc[start - 2].text
        return None

    def _approximate(self, doc: Doc, start: int) -> bool:
        if start > 0 and doc[start - 1].lower_ == "a":
            start -= 1  # "more than a million Uyghurs"
        before = doc[max(start - 3, 0) : start]
        text = " ".join(t.lower_ for t in before)
        for phrase in self.approximate:
            if text == phrase or text.endswith(" " + phrase):
                if phrase == "over" and len(before) >= 2 and before[-2].lower_ in self.hand_over:
                    return False
                return True
        return False


@Language.factory("count_finder")
def make_count_finder(nlp: Language, name: str) -> CountFinder:
    """Create the people-count finder."""
    return CountFinder(nlp, name)


def still_there(counted: str) -> bool:
    """"number of detainees left at Guantánamo has fallen to": the people who remain, not a tally of moves."""
    return bool(REMAINING_WORDS & set(counted.lower().split()))


def _share_of_earlier_count(doc: Doc, found: list[Span], start: int, after: int) -> str | None:
    """What a bare number in a list after a count of people counts ("55 figures ..., 29 in February and 26 last month")."""
    if start == 0 or doc[start - 1].text not in (",", "and", ":") or after >= len(doc) or doc[after].lower_ not in SHARE_FOLLOWERS:
        return None
    earlier = [s for s in found if s.sent.start == doc[start].sent.start and s.end <= start]
    return earlier[-1]._.count_value["counted"] if earlier else None


def _dated_recap(doc: Doc, found: list[Span], start: int, after: int) -> str | None:
    """What a bare number counts when a month or "followed" follows it ("after 29 in February", "that's 29 back in
    February, another 26 in August", "a further 26 followed"), after a count of people earlier in the article: an
    earlier group of the same people."""
    i = after + 1 if after < len(doc) and doc[after].lower_ in ("back", ",") else after  # "29 back in February", "The second, of 26, followed"
    dated = i + 1 < len(doc) and doc[i].lower_ in ("in", "last") and doc[i + 1].text in MONTHS
    followed = i < len(doc) and doc[i].lower_ == "followed"  # "In August a further 26 followed."
    if not (dated or followed) or not found or doc[start - 1].lower_ not in ("after", "another", "further", "of", ",", "and", "'s", "’s", "is", "was"):
        return None
    return found[-1]._.count_value["counted"]


def _series_total(doc: Doc, start: int) -> str | None:
    """"Together, the two February operations have returned 367 Venezuelans": a tally over several moves."""
    sentence_start = doc[start].sent.start
    opening = [t.lower_ for t in doc[sentence_start:start]]
    if opening[:1] in (["together"], ["altogether"], ["combined"]) and any(w in SERIES_NOUNS for w in opening):
        return doc[sentence_start].text
    return None


def _makes_in_all(doc: Doc, found: list[Span], start: int, after: int) -> str | None:
    """"Sixty-five people ... The first flight brought 135. That makes 200 in all", "a second group of 26 followed. ...
    That made 55.": a tally of the people counted just before."""
    following = [t.lower_ for t in doc[after : after + 2]]
    counted_before = bool(found) and start - found[-1].end <= TALLY_WINDOW
    if start > 0 and doc[start - 1].lower_ in ("makes", "made", "make") and following in (["in", "all"], ["in", "total"]) and counted_before:
        return doc[start - 1 : after + 2].text
    if start > 1 and [t.lower_ for t in doc[start - 2 : start]] in (["that", "made"], ["that", "makes"]) and following[:1] == ["."] and found and "\n" not in doc[found[-1].end : start].text:  # in the same paragraph
        return doc[start - 2 : start].text
    return None
