"""Score extraction against hand annotations: precision, recall and F1 per field.

Annotations are ``NAME.gold.json`` files beside ``NAME.txt`` (format in ``corpus/ANNOTATION.md``).
Predicted transfer records are aligned one-to-one with annotated ones: a pair aligns when it
agrees on the date or the count and on at least one more field. Unaligned predictions are
false positives (every record predicted on an article annotated with none is one).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import lexicons
from .normalize import name_key
from .records import ArticleRecord

SCALAR_FIELDS = ("kind", "date", "origin", "destination", "count", "cumulative_total")
SET_FIELDS = ("cities", "people", "cartels")
TRANSFER_FIELDS = (*SCALAR_FIELDS, *SET_FIELDS)
ENTITY_FIELDS = ("officials", "cartels", "cities", "dates", "counts")
GOLD_SUFFIX = ".gold.json"


@dataclass
class Score:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class ArticleDiff:
    """What one article's prediction missed and added, per field."""

    path: str
    missed: dict[str, list[Any]] = field(default_factory=dict)
    extra: dict[str, list[Any]] = field(default_factory=dict)


@dataclass
class Report:
    """Scores per field over a set of articles."""

    articles: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    diffs: list[ArticleDiff] = field(default_factory=list)
    negatives: int = 0
    transfers_on_negatives: int = 0

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def totals(self) -> dict[str, Score]:
        transfer_total, entity_total = Score(), Score()
        for name in TRANSFER_FIELDS:
            transfer_total.add(self.score(f"transfer.{name}"))
        for name in ENTITY_FIELDS:
            entity_total.add(self.score(f"entities.{name}"))
        return {"transfer_fields.micro": transfer_total, "entities.micro": entity_total}

    def rows(self) -> dict[str, Score]:
        names = ["transfers", *(f"transfer.{n}" for n in TRANSFER_FIELDS), *(f"entities.{n}" for n in ENTITY_FIELDS)]
        return {**{n: self.score(n) for n in names}, **self.totals()}

    def as_dict(self, per_article: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": self.articles,
            "negatives": self.negatives,
            "transfers_on_negatives": self.transfers_on_negatives,
            "fields": {name: score.as_dict() for name, score in self.rows().items()},
        }
        if per_article:
            out["per_article"] = [{"path": d.path, "missed": d.missed, "extra": d.extra} for d in self.diffs if d.missed or d.extra]
        return out

    def table(self) -> str:
        lines = [f"{'field':32} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
        for name, s in self.rows().items():
            lines.append(f"{name:32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        lines.append(f"articles: {self.articles}; negatives: {self.negatives}; transfers predicted on negatives: {self.transfers_on_negatives}")
        return "\n".join(lines)


# ---------------------------------------------------------------- matching keys


def person_match(a: str, b: str) -> bool:
    """Full-name match: equal keys, or one name is the other with middle names dropped; never a bare surname."""
    ka, kb = name_key(a).split(), name_key(b).split()
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short) < 2 or short[0] != long[0] or short[-1] not in long[1:]:
        return False
    position = 0
    for word in short:
        if word not in long[position:]:
            return False
        position = long.index(word, position) + 1
    return True


def cartel_key(name: str) -> str:
    """The canonical-name key of a cartel, through the gazetteer's aliases."""
    gazetteer = lexicons.cartels()
    key = name_key(name)
    for candidate in (key, key.removeprefix("the "), key.removesuffix(" cartel"), "los " + key):
        if candidate in gazetteer:
            return name_key(gazetteer[candidate].name)
    return key.removeprefix("the ")


def city_key(name: str) -> str:
    """A city key: aliases ("New York", "D.C.") resolve to the gazetteer name."""
    key = name_key(name)
    entries = lexicons.cities().get(key)
    return name_key(entries[0].name) if entries else key


def _official_name(item: Any) -> str:
    return item["name"] if isinstance(item, dict) else item


def _match_lists(gold: list[Any], predicted: list[Any], same: Callable[[Any, Any], bool]) -> tuple[Score, list[Any], list[Any]]:
    """One-to-one matching of two lists; returns the score, the missed gold items and the extra predictions."""
    remaining = list(predicted)
    missed = []
    for item in gold:
        hit = next((p for p in remaining if same(item, p)), None)
        if hit is None:
            missed.append(item)
        else:
            remaining.remove(hit)
    return Score(tp=len(gold) - len(missed), fp=len(remaining), fn=len(missed)), missed, remaining


def _dedupe(items: Iterable[Any], key: Callable[[Any], Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


SAME: dict[str, Callable[[Any, Any], bool]] = {
    "people": person_match,
    "officials": lambda g, p: person_match(_official_name(g), _official_name(p)),
    "cartels": lambda g, p: cartel_key(g) == cartel_key(p),
    "cities": lambda g, p: city_key(g) == city_key(p),
    "dates": lambda g, p: g == p,
    "counts": lambda g, p: g == p,
}


# ---------------------------------------------------------------- flattening predictions


def flat_transfer(record: dict[str, Any]) -> dict[str, Any]:
    """A predicted transfer in the annotation's shape."""
    return {
        "kind": record["kind"],
        "date": record["date"]["value"] if record["date"] else None,
        "origin": record["origin"]["code"] if record["origin"] else None,
        "destination": record["destination"]["code"] if record["destination"] else None,
        "count": record["count"],
        "cumulative_total": record["cumulative_total"],
        "cities": [c["name"] for c in record["cities"]],
        "people": [p["name"] for p in record["people"]],
        "cartels": [c["name"] for c in record["cartels"]],
    }


def flat_entities(entities: dict[str, Any]) -> dict[str, list[Any]]:
    """Predicted entities in the annotation's shape (distinct dates and counts)."""
    return {
        "officials": [o["name"] for o in entities["officials"]],
        "cartels": [c["name"] for c in entities["cartels"]],
        "cities": _dedupe((c["name"] for c in entities["cities"]), city_key),
        "dates": _dedupe((d["value"] for d in entities["dates"] if d["value"]), lambda v: v),
        "counts": _dedupe((c["value"] for c in entities["counts"]), lambda v: v),
    }


# ---------------------------------------------------------------- scoring


def _agreement(gold: dict[str, Any], predicted: dict[str, Any]) -> int:
    agree = sum(1 for f in ("date", "origin", "destination", "count", "cumulative_total") if gold.get(f) is not None and gold.get(f) == predicted.get(f))
    for name in SET_FIELDS:
        if _match_lists(gold.get(name) or [], predicted.get(name) or [], SAME[name])[0].tp:
            agree += 1
    return agree


def align(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment: pairs that agree on date or count and on at least one more field."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            anchored = any(g.get(f) is not None and g.get(f) == p.get(f) for f in ("date", "count"))
            agreement = _agreement(g, p)
            if anchored and agreement >= 2:
                candidates.append((agreement, -abs(gi - pi), gi, pi))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return pairs


def score_article(report: Report, gold: dict[str, Any], record: ArticleRecord, path: str) -> None:
    """Add one article's comparison to the report."""
    diff = ArticleDiff(path)
    predicted = [flat_transfer(t) for t in record.model_dump()["transfers"]]
    gold_transfers = gold.get("transfers", [])
    if not gold_transfers:
        report.negatives += 1
        report.transfers_on_negatives += len(predicted)
    pairs = align(gold_transfers, predicted)
    report.score("transfers").add(Score(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold_transfers) - len(pairs)))
    aligned_gold = {gi for gi, _ in pairs}
    aligned_pred = {pi for _, pi in pairs}
    if len(pairs) < len(gold_transfers):
        diff.missed["transfers"] = [_brief(g) for i, g in enumerate(gold_transfers) if i not in aligned_gold]
    if len(pairs) < len(predicted):
        diff.extra["transfers"] = [_brief(p) for i, p in enumerate(predicted) if i not in aligned_pred]
    empty: dict[str, Any] = {}
    comparisons = pairs + [(gi, None) for gi in range(len(gold_transfers)) if gi not in aligned_gold]
    comparisons += [(None, pi) for pi in range(len(predicted)) if pi not in aligned_pred]
    for gi, pi in comparisons:
        g = gold_transfers[gi] if gi is not None else empty
        p = predicted[pi] if pi is not None else empty
        label = f"transfer[{gi if gi is not None else '-'}|{pi if pi is not None else '-'}]"
        for name in SCALAR_FIELDS:
            gv, pv = g.get(name), p.get(name)
            s = Score(tp=int(gv is not None and gv == pv), fp=int(pv is not None and gv != pv), fn=int(gv is not None and gv != pv))
            report.score(f"transfer.{name}").add(s)
            if s.fp or s.fn:
                diff.missed.setdefault(f"{label}.{name}", []).append(gv) if s.fn else None
                diff.extra.setdefault(f"{label}.{name}", []).append(pv) if s.fp else None
        for name in SET_FIELDS:
            s, missed, extra = _match_lists(g.get(name) or [], p.get(name) or [], SAME[name])
            report.score(f"transfer.{name}").add(s)
            if missed:
                diff.missed[f"{label}.{name}"] = missed
            if extra:
                diff.extra[f"{label}.{name}"] = extra
    predicted_entities = flat_entities(record.model_dump()["entities"])
    gold_entities = gold.get("entities", {})
    for name in ENTITY_FIELDS:
        gold_items = gold_entities.get(name, [])
        if name == "officials":
            gold_items = [_official_name(o) for o in gold_items]
        s, missed, extra = _match_lists(gold_items, predicted_entities[name], SAME[name])
        report.score(f"entities.{name}").add(s)
        if missed:
            diff.missed[f"entities.{name}"] = missed
        if extra:
            diff.extra[f"entities.{name}"] = extra
    report.articles += 1
    report.diffs.append(diff)


def _brief(transfer: dict[str, Any]) -> str:
    return f"{transfer.get('kind')} {transfer.get('date')} {transfer.get('origin')}->{transfer.get('destination')} count={transfer.get('count')}"


def annotated_articles(directory: str | Path) -> list[tuple[Path, Path]]:
    """(article, annotation) pairs in ``directory``, sorted by path."""
    pairs = []
    for gold in sorted(Path(directory).rglob(f"*{GOLD_SUFFIX}")):
        article = gold.with_name(gold.name[: -len(GOLD_SUFFIX)] + ".txt")
        if article.exists():
            pairs.append((article, gold))
    return pairs


def evaluate(directory: str | Path, extractor: Any, jobs: int = 1) -> Report:
    """Run ``extractor`` over every annotated article in ``directory`` and score it."""
    pairs = annotated_articles(directory)
    report = Report()
    records = extractor.extract_files([str(article) for article, _ in pairs], jobs=jobs)
    for (article, gold_path), record in zip(pairs, records):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not isinstance(record, ArticleRecord):
            raise RuntimeError(f"{article}: {record.error.message}")
        score_article(report, gold, record, str(article))
    return report
