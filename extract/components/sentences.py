"""``news_sentencizer``: sentence boundaries from punctuation and paragraph breaks.

The model's statistical ``senter`` splits wire copy with curly quotes poorly and the
parser is costly; news sentences end at ``.``/``!``/``?`` (possibly followed by a
closing quote or bracket) or at a line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = {".", "!", "?", "…"}
SENTENCE_ENDING_ABBREVIATIONS = {"U.S.", "U.K.", "D.C.", "U.N."}
OPENERS = {"He", "She", "They", "It", "The", "A", "An", "In", "But", "This", "That", "His", "Her", "Their", "We", "I", "On", "At", "After", "Its", "There"}
CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}


class NewsSentencizer:
    """Mark sentence starts after sentence-final punctuation and after line breaks."""

    def __call__(self, doc: Doc) -> Doc:
        boundary = True  # the next word token starts a sentence
        for token in doc:
            text = token.text
            if text.isspace():
                boundary = boundary or "\n" in text
                continue
            if boundary and text not in CLOSERS and not text.islower():
                token.is_sent_start = True  # tokens left unset are not sentence starts
            if text in SENTENCE_END:
                boundary = True
            elif text in SENTENCE_ENDING_ABBREVIATIONS and token.i + 2 < len(doc) and doc[token.i + 1].text in OPENERS and token.whitespace_:
                boundary = True  # "... bound for the U.S. He has denied ..."
            elif text not in CLOSERS:
                boundary = False
        doc[0].is_sent_start = True
        if len(doc) > 1 and not doc[1].is_sent_start:
            doc[1].is_sent_start = False  # marks the boundaries as set even for a one-sentence doc
        return doc


@Language.factory("news_sentencizer")
def make_news_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Create the punctuation-and-paragraph sentence splitter."""
    return NewsSentencizer()
