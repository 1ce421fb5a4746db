"""``news_sentencizer``: sentence boundaries from punctuation and paragraph breaks.

The model's statistical ``senter`` splits wire copy with curly quotes poorly and the
parser is costly; news sentences end at ``.``/``!``/``?`` (possibly followed by a
closing quote or bracket) or at a line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = {".", "!", "?", "…"}
CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}


class NewsSentencizer:
    """Mark sentence starts after sentence-final punctuation and after line breaks."""

    def __call__(self, doc: Doc) -> Doc:
        boundary = True  # the next word token starts a sentence
        for token in doc:
            if token.i > 0:
                token.is_sent_start = boundary and not token.is_space and not token.is_lower and token.text not in CLOSERS
            if token.is_space:
                boundary = boundary or "\n" in token.text
            elif token.text in SENTENCE_END:
                boundary = True
            elif token.text not in CLOSERS:
                boundary = False
        return doc


@Language.factory("news_sentencizer")
def make_news_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Create the punctuation-and-paragraph sentence splitter."""
    return NewsSentencizer()
