"""Turn a processed ``Doc`` into an :class:`ArticleRecord` (the only place that builds records)."""

from __future__ import annotations

from typing import AbstractSet, Any

from spacy.tokens import Doc, Span

from .article import Article
from .normalize import name_key
from .records import ArticleRecord, Cartel, City, CountMention, DateMention, Entities, Official, Source, Transfer


def assemble(doc: Doc, article: Article) -> ArticleRecord:
    """Collect the doc's spans and transfer dicts into the output record for ``article``."""
    transfers = [Transfer.model_validate(t) for t in doc._.transfers or []]
    return ArticleRecord(
        source=Source(path=article.path, sha256=article.sha256, published=article.published.isoformat() if article.published else None),
        transfers=transfers,
        entities=entities(doc, moved={name_key(p.name) for t in transfers for p in t.people}),
        warnings=[*article.warnings, *(doc._.article_warnings or [])],
    )


def entities(doc: Doc, moved: AbstractSet[str] = frozenset()) -> Entities:
    """Dates and counts per mention; officials, cartels and cities once each (first mention). An official whose
    name key is in ``moved`` was moved in a transfer, so is not listed as one ("General X ... flown to The Hague")."""
    return Entities(
        dates=[DateMention(**_offsets(s), **s._.date_value) for s in doc.spans.get("dates", [])],
        counts=[CountMention(**_offsets(s), **s._.count_value) for s in doc.spans.get("counts", [])],
        officials=[
            Official(**_offsets(s), **s._.official)
            for s in _first_mentions(doc.spans.get("officials", []), lambda s: name_key(s._.official["name"]))
            if name_key(s._.official["name"]) not in moved
        ],
        cartels=[Cartel(**_offsets(s), name=s._.cartel) for s in _first_mentions(doc.spans.get("cartels", []), lambda s: s._.cartel)],
        cities=[
            City(**_offsets(s), **{k: v for k, v in s._.place.items() if k != "kind"})
            for s in _first_mentions([p for p in doc.spans.get("places", []) if p.label_ == "CITY"], _city_key)
        ],
    )


def _offsets(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start_char, "end": span.end_char}


def _city_key(span: Span) -> tuple[float, float]:
    return (span._.place["lat"], span._.place["lon"])


def _first_mentions(spans: Any, key: Any) -> list[Span]:
    seen: set[Any] = set()
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        k = key(span)
        if k not in seen:
            seen.add(k)
            out.append(span)
    return out
