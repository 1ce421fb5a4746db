"""End-to-end: the seed article, every corpus article, and the output contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract import ArticleRecord, ErrorRecord, ExtractionFailed, Extractor
from extract.evaluate import align, annotated_articles, flat_transfer

from .conftest import CORPUS, ROOT, SEED

FLOOR = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))
CORPUS_ARTICLES = annotated_articles(CORPUS)


@pytest.fixture(scope="module")
def records(extractor: Extractor) -> dict[str, ArticleRecord]:
    out = {}
    for path, record in zip(CORPUS_ARTICLES, extractor.extract_files([str(a) for a, _ in CORPUS_ARTICLES])):
        assert isinstance(record, ArticleRecord), record
        out[path[0].name] = record
    return out


def test_corpus_is_large_enough() -> None:
    golds = [json.loads(g.read_text(encoding="utf-8")) for _, g in CORPUS_ARTICLES]
    assert len(golds) >= 40
    assert sum(1 for g in golds if not g["transfers"]) >= 8
    assert sum(1 for g in golds if g["published"] is None) >= 2


@pytest.mark.parametrize(("article", "gold"), CORPUS_ARTICLES, ids=[a.name for a, _ in CORPUS_ARTICLES])
def test_corpus_article(article: Path, gold: Path, records: dict[str, ArticleRecord]) -> None:
    record = records[article.name]
    expected = json.loads(gold.read_text(encoding="utf-8"))
    text = article.read_bytes().decode("utf-8-sig")
    assert record.source.published == expected["published"]
    _assert_offsets(record, text)
    if not expected["transfers"]:
        assert record.transfers == [], "a transfer was invented on an article that reports none"
    elif article.name in FLOOR["articles_fully_aligned"]:
        predicted = [flat_transfer(t) for t in record.model_dump()["transfers"]]
        assert len(align(expected["transfers"], predicted)) == len(expected["transfers"]) == len(predicted)


def _assert_offsets(record: ArticleRecord, text: str) -> None:
    """Every mention's offsets point at exactly its text."""
    entities = record.entities
    for mention in [*entities.dates, *entities.counts, *entities.officials, *entities.cartels, *entities.cities]:
        assert text[mention.start : mention.end] == mention.text
    for transfer in record.transfers:
        for mention in [*transfer.cities, *transfer.people, *transfer.cartels, *transfer.announced_by, *transfer.evidence]:
            assert text[mention.start : mention.end] == mention.text
        if transfer.date is not None:
            assert text[transfer.date.start : transfer.date.end] == transfer.date.text


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")
def test_seed_article(extractor: Extractor) -> None:
    record = next(extractor.extract_files([str(SEED)]))
    assert isinstance(record, ArticleRecord)
    transfers = record.transfers
    assert len(transfers) == 3
    first, second, third = transfers
    for transfer in transfers:
        assert (transfer.origin.code, transfer.destination.code) == ("MX", "US")
    assert (first.date.value, first.count, first.cumulative_total) == ("2026-01-20", 37, 92)
    assert [c.name for c in first.cities] == ["Washington", "Houston", "New York", "San Antonio", "San Diego"]
    assert [p.name for p in first.people] == ["María del Rosario Navarro Sánchez"]
    assert {c.name for c in first.cartels} == {"Sinaloa Cartel", "Beltrán-Leyva Organization", "Jalisco New Generation Cartel", "Northeast Cartel", "Los Zetas"}
    assert [o.name for o in first.announced_by] == ["Omar García Harfuch"]
    assert first.announced_by[0].title == "Security Minister" and first.announced_by[0].country == "MX"
    assert (second.date.value, second.date.granularity, second.count) == ("2025-02", "month", 29)
    assert [p.name for p in second.people] == ["Rafael Caro Quintero"]
    assert (third.date.value, third.count) == ("2025-08", 26)
    officials = {o.name: o.country for o in record.entities.officials}
    assert officials == {"Omar García Harfuch": "MX", "Donald Trump": "US", "Claudia Sheinbaum": "MX"}
    assert "Pennsylvania" not in {c.name for c in record.entities.cities}
    assert any("Pennsylvania" in w for w in record.warnings)
    assert any("matches" in w for w in record.warnings)


def test_no_publication_date_leaves_relative_dates_unresolved(extractor: Extractor) -> None:
    record = extractor.extract_text("Colombia extradited drug lord Dairo Antonio Úsuga to the United States on Wednesday.")
    assert record.source.published is None
    assert [d.value for d in record.entities.dates] == [None]
    assert record.transfers[0].date is None
    assert record.transfers[0].count == 1


def test_distractor_numbers_are_not_counts(extractor: Extractor) -> None:
    record = extractor.extract_text(
        " date 2025-03-05 Trump imposed 25% tariffs, offered a $5 million reward and seized 400 kilograms of fentanyl "
        "in 2024, while nearly 30 suspects fled and 12 prisoners were moved 50 miles."
    )
    assert [(c.value, c.counted) for c in record.entities.counts] == [(12, "prisoners")]


def test_negative_kinds_yield_no_transfer(extractor: Extractor) -> None:
    texts = [
        " date 2025-02-04 Mexico deployed 10,000 National Guard troops to the border with the United States on Tuesday.",
        " date 2025-02-04 A judge approved the extradition of drug lord Juan Pérez López to the United States on Monday.",
        " date 2025-02-04 Police arrested cartel leader Juan Pérez López in Culiacán on Monday; he faces extradition to the United States.",
        " date 2025-02-04 Authorities transferred 12 inmates to a maximum-security prison in Jalisco on Monday.",
    ]
    for text in texts:
        assert extractor.extract_text(text).transfers == [], text


def test_a_failing_article_becomes_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = Extractor()
    component = extractor.nlp.get_pipe("count_finder")
    original = type(component).__call__

    def fragile(self, doc):  # type: ignore[no-untyped-def]
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(component), "__call__", fragile)
    paths = []
    for name, text in [("a.txt", "Mexico sent 3 prisoners to the US."), ("b.txt", "BOOM"), ("c.txt", "Colombia sent 2 men to Spain.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    records = list(extractor.extract_files(paths))
    assert [r.source.path for r in records] == paths
    assert isinstance(records[0], ArticleRecord) and isinstance(records[2], ArticleRecord)
    assert records[1].error.type == "internal_error"


def _write_articles(folder: Path, texts: list[str]) -> list[str]:
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_worker_processes_give_the_same_records_in_order(extractor: Extractor) -> None:
    paths = [str(a) for a, _ in CORPUS_ARTICLES[:40]]
    alone = [r.model_dump() for r in extractor.extract_files(paths)]
    parallel = [r.model_dump() for r in extractor.extract_files(paths, jobs=2)]
    assert parallel == alone


def _dies_on_crash(batch: list) -> list:  # type: ignore[type-arg]
    """Stands in for the worker's batch function: the process dies on an article that says CRASH."""
    import os

    import extract.extractor as module

    if any("CRASH" in getattr(item, "text", "") for item in batch):
        os._exit(1)  # the worker process is killed (as by the OOM killer)
    return list(module._worker_extractor.extract_many(batch))  # type: ignore[union-attr]


def test_a_dead_worker_loses_only_its_batch(extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.extractor as module

    monkeypatch.setattr(module, "_extract_in_worker", _dies_on_crash)
    monkeypatch.setattr(extractor, "batch_size", 2)
    texts = [f"Mexico sent {n + 2} prisoners to the United States." for n in range(10)]
    texts[4] = "CRASH"
    paths = _write_articles(tmp_path, texts)
    paths.append(str(tmp_path / "missing.txt"))
    records = list(extractor.extract_files(paths, jobs=2))
    assert [r.source.path for r in records] == paths
    failed = [n for n, r in enumerate(records) if not isinstance(r, ArticleRecord)]
    assert failed == [4, 5, 10]  # the batch with the crash (articles 4 and 5) and the missing file
    assert records[4].error.type == "internal_error" and records[10].error.type == "not_found"
    assert [r.transfers[0].count for n, r in enumerate(records) if n not in failed] == [2, 3, 4, 5, 8, 9, 10, 11]


def test_corpus_dates_need_no_dateparser() -> None:
    """dateparser costs ~0.4 s to load: our own date forms should read every date in the corpus."""
    import subprocess
    import sys

    script = (
        "import sys; from extract import Extractor; "
        f"list(Extractor().extract_files(sorted(str(p) for p in __import__('pathlib').Path({str(CORPUS)!r}).glob('*.txt')))); "
        "print('dateparser' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_corpus_articles_with_a_malformed_date_header_extract_without_error(extractor: Extractor) -> None:
    """Relative dates have no value without a publication date; no rule may then fail on one."""
    for article, _ in CORPUS_ARTICLES:
        text = re.sub(r"^(\s*date )\d{4}-\d\d-\d\d", r"\g<1>2025-13-45", article.read_text(encoding="utf-8"))
        record = extractor.extract_text(text)
        assert record.source.published is None, article.name


def test_a_failing_component_is_reported_never_silently_dropped(extractor: Extractor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def fail(doc: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(extractor.nlp.get_pipe("transfer_records"), "_assemble", fail)
    text = " date 2026-01-21 Mexico sent 37 prisoners to the United States on Tuesday."
    with pytest.raises(ExtractionFailed, match="transfer_records failed: ValueError: boom"):
        extractor.extract_text(text)
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    (record,) = extractor.extract_files([str(article)])
    assert isinstance(record, ErrorRecord) and record.error.type == "internal_error"
