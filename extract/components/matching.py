"""Matchers that do less work than spaCy's where our patterns allow it.

:class:`PhraseTable` matches exact phrases (gazetteer names) on the document's text, at token
boundaries: a ``PhraseMatcher`` on ORTH, without tokenizing thousands of names when the
component is built, which was most of our start-up time.

:class:`AnchoredMatcher` is a token-pattern matcher that only looks near the words its patterns require.

spaCy's ``Matcher`` walks every token of the document for every call. Our date and cartel
patterns each require a literal word or shape somewhere ("January", "cartel", ``dddd``), so
:class:`AnchoredMatcher` finds those anchors with one vectorized look-up and runs the
``Matcher`` only on the windows a match could span around them. The matches are the same as
the plain ``Matcher``'s on the whole document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

ANCHOR_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "SHAPE": SHAPE}
UNBOUNDED = math.inf
WORD_START = re.compile(r"\w+|[^\w\s]")
WORD_CHAR = re.compile(r"\w")
TEXT_KEY = "extract.text"


class PhraseTable:
    """Exact phrases found in a document's text where they start and end on token boundaries."""

    def __init__(self) -> None:
        self.by_first_word: dict[str, set[tuple[str, str]]] = {}

    def add(self, label: str, phrases: Iterable[str]) -> None:
        """Add phrases under ``label``, matched case- and accent-exactly."""
        for phrase in phrases:
            first = WORD_START.match(phrase)
            if first is not None:
                self.by_first_word.setdefault(first.group(), set()).add((phrase, label))

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """``(label, start, end)`` token offsets of every match (overlapping ones included), sorted."""
        text = doc_text(doc)
        matches = []
        for word in self.by_first_word.keys() & WORD_START.findall(text):
            for start in _word_starts(text, word):
                for phrase, label in self.by_first_word[word]:
                    if text.startswith(phrase, start):
                        span = doc.char_span(start, start + len(phrase))
                        if span is not None:
                            matches.append((label, span.start, span.end))
        return sorted(matches, key=lambda m: (m[1], m[2], m[0]))


def _word_starts(text: str, word: str) -> Iterable[int]:
    """Where ``word`` occurs in ``text`` as a whole word of :data:`WORD_START`'s split."""
    start = text.find(word)
    while start != -1:
        whole_run = not WORD_CHAR.match(word) or (start == 0 or not WORD_CHAR.match(text, start - 1)) and not WORD_CHAR.match(text, start + len(word))
        if whole_run:
            yield start
        start = text.find(word, start + 1)


def doc_text(doc: Doc) -> str:
    """The document's text, joined once per document and kept in its user data (``Doc.text`` joins every token anew)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class AnchoredMatcher:
    """``Matcher`` with the same matches, run only on windows around each pattern's anchor token."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.anchors: list[tuple[int, set[int], float, float]] = []  # (attr, hashes, before, after)
        self.unanchored = False

    def add(self, key: str, pattern: list[dict[str, Any]]) -> None:
        """Add one token pattern (spaCy ``Matcher`` syntax)."""
        self.matcher.add(key, [pattern])
        anchor = _anchor_of(pattern)
        if anchor is None:
            self.unanchored = True
            return
        attr, values, before, after = anchor
        self.anchors.append((ANCHOR_ATTRS[attr], {self.vocab.strings.add(v) for v in values}, before, after))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` of every match in ``doc``, sorted."""
        if self.unanchored:
            return sorted(self.matcher(doc))
        matches: set[tuple[int, int, int]] = set()
        for start, end in _merged(self._windows(doc)):
            matches.update((key, start + s, start + e) for key, s, e in self.matcher(doc[start:end]))
        return sorted(matches, key=lambda m: (m[1], m[2], m[0]))

    def _windows(self, doc: Doc) -> Iterable[tuple[int, int]]:
        attrs = list(dict.fromkeys(attr for attr, _, _, _ in self.anchors))
        table = doc.to_array(attrs).reshape(len(doc), len(attrs))
        has_sentences = doc.has_annotation("SENT_START")
        for column, attr in enumerate(attrs):
            values = table[:, column]
            wanted = [h for a, hashes, _, _ in self.anchors if a == attr for h in hashes]
            for i in numpy.flatnonzero(numpy.isin(values, wanted)).tolist():
                for anchor_attr, hashes, before, after in self.anchors:
                    if anchor_attr != attr or int(values[i]) not in hashes:
                        continue
                    sent = doc[i].sent if has_sentences and UNBOUNDED in (before, after) else doc[:]
                    start = sent.start if before == UNBOUNDED else max(0, i - int(before))
                    end = sent.end if after == UNBOUNDED else min(len(doc), i + int(after) + 1)
                    yield start, end


def positions_of(doc: Doc, hashes: list[int], attr: int = ORTH) -> list[int]:
    """Indices of the tokens whose ``attr`` (ORTH by default) is one of ``hashes``, in one vectorised look-up."""
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), hashes)).tolist()


def _anchor_of(pattern: list[dict[str, Any]]) -> tuple[str, list[str], float, float] | None:
    """The required literal token that bounds a match most tightly, with the most tokens before/after it."""
    lengths = [_max_length(token) for token in pattern]
    best = None
    for k, token in enumerate(pattern):
        if token.get("OP") in ("?", "*", "!"):
            continue
        for attr in ANCHOR_ATTRS:
            values = _literal_values(token.get(attr))
            if values is None:
                continue
            before, after = sum(lengths[:k]), sum(lengths[k + 1 :])
            if best is None or before + after < best[2] + best[3]:
                best = (attr, values, before, after)
    return best


def _literal_values(spec: Any) -> list[str] | None:
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None


def _max_length(token: dict[str, Any]) -> float:
    return UNBOUNDED if token.get("OP") in ("*", "+") else 1


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
