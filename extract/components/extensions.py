"""The Doc and Span extension attributes our components write.

Values are plain dicts, lists and strings so that docs survive ``Doc.to_bytes``
(and therefore ``nlp.pipe(n_process=...)``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "published": None,  # ISO publication date "YYYY-MM-DD", set by the caller
    "transfers": None,  # list of transfer-record dicts, set by ``transfer_records``
    "article_warnings": None,  # list of str
}
SPAN_EXTENSIONS = {
    "date_value": None,  # {"value": "YYYY-MM"|..., "granularity": "month"}
    "count_value": None,  # {"value": 37, "counted": "cartel members"}
    "place": None,  # {"kind": "city"|"country"|"demonym"|"region", "name", "code"/"country", ...}
    "cartel": None,  # canonical cartel name
    "official": None,  # {"name", "title", "country"}
}


def register_extensions() -> None:
    """Register our extension attributes once (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def doc_warnings(doc: Doc) -> list[str]:
    """The doc's warning list, created on first use."""
    if doc._.article_warnings is None:
        doc._.article_warnings = []
    return doc._.article_warnings


register_extensions()
