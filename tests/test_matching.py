"""The anchored matcher and the phrase table find exactly what spaCy's Matcher and PhraseMatcher find; token positions by text."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher, PhraseMatcher

from extract import lexicons
from extract.article import read_article
from extract.components.matching import TEXT_KEY, AnchoredMatcher, PhraseTable, doc_text, positions_of
from extract.components.transfers import _sentence

from .conftest import CORPUS


@pytest.mark.parametrize("patterns_file", ["date_patterns.jsonl", "cartel_patterns.jsonl"])
def test_same_matches_as_plain_matcher_on_the_corpus(extractor, patterns_file: str) -> None:
    nlp = extractor.nlp
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for row in lexicons.read_jsonl(lexicons.RESOURCES / patterns_file):
        plain.add(row["id"], [row["pattern"]])
        anchored.add(row["id"], row["pattern"])
    assert not anchored.unanchored
    for path in sorted(CORPUS.glob("*.txt")):
        doc = nlp(read_article(path).body)
        assert anchored(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2], m[0])), path.name


def test_pattern_without_a_literal_token_runs_on_the_whole_doc(extractor) -> None:
    nlp = extractor.nlp
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("TITLE_PAIR", [{"IS_TITLE": True}, {"IS_TITLE": True}])
    assert anchored.unanchored
    doc = nlp.make_doc("They met Omar García in Mexico City.")
    assert [doc[s:e].text for _, s, e in anchored(doc)] == ["Omar García", "Mexico City"]


def test_anchor_window_covers_optional_tokens_around_it(extractor) -> None:
    anchored = AnchoredMatcher(extractor.nlp.vocab)
    anchored.add("DAY", [{"LOWER": "last", "OP": "?"}, {"TEXT": "Monday"}, {"LOWER": "night", "OP": "?"}])
    doc = extractor.nlp.make_doc("It happened last Monday night.")
    assert sorted(doc[s:e].text for _, s, e in anchored(doc)) == [
        "Monday", "Monday night", "last Monday", "last Monday night"
    ]


def test_positions_of_tokens_by_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Mexico sent 29 prisoners, then 26, then 37.")
    assert positions_of(doc, [nlp.vocab.strings.add(",")]) == [4, 7]


def test_phrase_table_same_matches_as_phrase_matcher_on_the_corpus(extractor) -> None:
    nlp = extractor.nlp
    names = lexicons.cities().names_over(100_000) + [v for alias in lexicons.cartel_aliases() for v in (alias, alias.lower())]
    matcher, table = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseTable()
    matcher.add("NAME", [nlp.make_doc(n) for n in names])
    table.add("NAME", names)
    for path in sorted(CORPUS.glob("*.txt")):
        doc = nlp.make_doc(read_article(path).body)
        assert table(doc) == sorted(("NAME", s, e) for _, s, e in matcher(doc)), path.name


def test_phrase_table_needs_token_boundaries_and_keeps_overlaps() -> None:
    nlp = spacy.blank("en")
    table = PhraseTable()
    table.add("CITY", ["York", "New York", "Aix-en-Provence"])
    table.add("STATE", ["New York"])
    doc = nlp("New Yorkers left New York for Aix-en-Provence.")
    assert [(label, doc[s:e].text) for label, s, e in table(doc)] == [
        ("CITY", "New York"), ("STATE", "New York"), ("CITY", "York"), ("CITY", "Aix-en-Provence")
    ]


def test_phrase_table_first_word_only_as_a_whole_word() -> None:
    nlp = spacy.blank("en")
    table = PhraseTable()
    table.add("CITY", ["San Juan", "Juan", "(Lima)"])
    doc = nlp("Sanford and DonJuan met in San Juan, not Juana (Lima).")
    assert [doc[s:e].text for _, s, e in table(doc)] == ["San Juan", "Juan", "(Lima)"]


def test_doc_text_is_kept_and_renewed_when_stale() -> None:
    doc = spacy.blank("en")("Mexico sent 29 prisoners.")
    assert doc_text(doc) == doc.text and doc.user_data[TEXT_KEY] == doc.text
    doc.user_data[TEXT_KEY] = "another document's text"
    assert doc_text(doc) == "Mexico sent 29 prisoners."


def test_sentence_lookup_same_as_span_sent(extractor) -> None:
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        doc = extractor.nlp(read_article(path).body)
        for token in doc:
            assert (_sentence(token).start, _sentence(token).end) == (token.sent.start, token.sent.end), path.name
        for span in doc.spans["persons"]:
            assert (_sentence(span).start, _sentence(span).end) == (span.sent.start, span.sent.end), path.name
