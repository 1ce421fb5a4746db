"""``news_sentencizer``: sentence boundaries from punctuation and paragraph breaks.

The model's statistical ``senter`` splits wire copy with curly quotes poorly and the
parser is costly; news sentences end at ``.``/``!``/``?`` (possibly followed by a
closing quote or bracket) or at a line break.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = {".", "!", "?", "…"}
SENTENCE_ENDING_ABBREVIATIONS = {"U.S.", "U.K.", "D.C.", "U.N."}
OPENERS = {"He", "She", "They", "It", "The", "A", "An", "In", "But", "This", "That", "His", "Her", "Their", "We", "I", "On", "At", "After", "Its", "There"}
CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}


class NewsSentencizer:
    """Mark sentence starts after sentence-final punctuation and after line breaks."""

    def __call__(self, doc: Doc) -> Doc:
        doc[0].is_sent_start = True  # raises spaCy's own error on a parsed doc, whose boundaries come from the parse
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]  # cheaper than a Token object per word
        sent_starts = doc.to_array(SENT_START)  # set all at once: each Token.is_sent_start assignment scans the doc
        boundary = True  # the next word token starts a sentence
        for i, text in enumerate(texts):
            if text.isspace():
                boundary = boundary or "\n" in text
                continue
            if boundary and text not in CLOSERS and not text.islower():
                sent_starts[i] = 1  # tokens left unset are not sentence starts
            if text in SENTENCE_END:
                boundary = True
            elif text in SENTENCE_ENDING_ABBREVIATIONS and i + 2 < len(texts) and texts[i + 1] in OPENERS and doc[i].whitespace_:
                boundary = True  # "... bound for the U.S. He has denied ..."
            elif text not in CLOSERS:
                boundary = False
        doc.from_array([SENT_START], sent_starts)
        if len(doc) > 1 and not doc[1].is_sent_start:
            doc[1].is_sent_start = False  # marks the boundaries as set even for a one-sentence doc
        return doc


@Language.factory("news_sentencizer")
def make_news_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Create the punctuation-and-paragraph sentence splitter."""
    return NewsSentencizer()
