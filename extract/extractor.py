"""The library API: load the pipeline once, turn articles into records."""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .article import DEFAULT_MAX_BYTES, Article, ArticleError, article_from_text, read_article
from .assemble import assemble
from .components.matching import TEXT_KEY
from .pipeline import build_pipeline
from .records import ArticleRecord, ErrorInfo, ErrorRecord, ErrorSource

DEFAULT_BATCH_SIZE = 16  # the model's default (256) holds ~2 GiB of working memory; 16 is as fast
FAILURE = "extract_failure"  # doc.user_data key: the component that failed on the doc, and why


class ExtractionFailed(RuntimeError):
    """A pipeline component failed on an article (a bug: rerun the article with --debug and report it)."""


class Extractor:
    """Loads the spaCy pipeline once and extracts transfer records from articles.

    >>> extractor = Extractor()                                  # doctest: +SKIP
    >>> record = extractor.extract_text(" date 2026-01-21 Mexico flew 37 ...")  # doctest: +SKIP
    """

    def __init__(self, model: str | None = None, config: dict[str, dict[str, Any]] | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.model = model
        self.config = config
        self.batch_size = batch_size
        self.nlp: Language = build_pipeline(model, config)
        self.nlp.default_error_handler = _drop_failed_doc  # our components: a failing article becomes an error record

    def extract_text(self, text: str, published: date | None = None, path: str = "<text>") -> ArticleRecord:
        """Extract from article text (a leading ``date YYYY-MM-DD`` header is honoured)."""
        return self.extract_article(article_from_text(text, path, published))

    def extract_article(self, article: Article) -> ArticleRecord:
        """Extract from an already read :class:`Article`; raises :class:`ExtractionFailed` when a component fails."""
        doc = self.nlp(self._doc(article))
        if FAILURE in doc.user_data:
            raise ExtractionFailed(f"{article.path}: {doc.user_data[FAILURE]}")
        return assemble(doc, article)

    def extract_files(
        self, paths: Iterable[str | Path], jobs: int = 1, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> Iterator[ArticleRecord | ErrorRecord]:
        """Yield one record per path, in input order, lazily; unreadable inputs give an ErrorRecord."""
        articles = (_read_or_error(path, published, max_bytes) for path in paths)
        yield from self.extract_many(articles, jobs=jobs)

    def extract_many(self, items: Iterable[Article | ErrorRecord], jobs: int = 1) -> Iterator[ArticleRecord | ErrorRecord]:
        """Run the pipeline over a stream of articles (errors pass through in place), in order.

        With ``jobs`` > 1, batches of articles go to that many worker processes, each holding
        the pipeline once; a batch whose worker dies is retried alone, and becomes error records
        only if it kills a worker again; the rest go on.
        """
        if jobs <= 1:
            yield from self._extract_in_process(items)
            return
        remaining = iter(items)
        batches = iter(lambda: list(islice(remaining, self.batch_size)), [])
        gc.freeze()  # forked workers share the loaded model: the collector must not touch (copy) its pages
        pool = self._worker_pool(jobs)
        in_flight: deque[tuple[list[Article | ErrorRecord], Future[list[ArticleRecord | ErrorRecord]]]] = deque()
        try:
            for batch in batches:
                in_flight.append((batch, _submit(pool, batch)))
                while len(in_flight) > 2 * jobs:
                    pool = yield from self._finish_oldest(in_flight, pool, jobs)
            while in_flight:
                pool = yield from self._finish_oldest(in_flight, pool, jobs)
        finally:
            pool.shutdown(cancel_futures=True)
            gc.unfreeze()

    def _worker_pool(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(self,))

    def _finish_oldest(self, in_flight: deque, pool: ProcessPoolExecutor, jobs: int):  # type: ignore[no-untyped-def,type-arg]
        """Yield the oldest batch's records. When a worker died, the pool is replaced, the batches still
        in flight are sent again, and this batch is retried alone: only the batch that kills a worker
        twice becomes error records. Returns the pool to go on with."""
        batch, future = in_flight.popleft()
        try:
            yield from future.result()
            return pool
        except Exception:  # a worker died (killed, out of memory): every pending batch of this pool fails
            pool.shutdown(wait=False, cancel_futures=True)
        yield from self._retry_alone(batch)
        pool = self._worker_pool(jobs)
        resent = [(b, _submit(pool, b)) for b, _ in in_flight]
        in_flight.clear()
        in_flight.extend(resent)
        return pool

    def _retry_alone(self, batch: list[Article | ErrorRecord]) -> Iterator[ArticleRecord | ErrorRecord]:
        with self._worker_pool(1) as pool:
            try:
                yield from _submit(pool, batch).result()
                return
            except Exception as error:
                message = f"the worker process died on this batch ({type(error).__name__}); rerun the article alone with --debug"
        yield from (_passed_over(item, message) for item in batch)

    def _extract_in_process(self, items: Iterable[Article | ErrorRecord]) -> Iterator[ArticleRecord | ErrorRecord]:
        pending: list[Article | ErrorRecord] = []

        def docs() -> Iterator[tuple[Doc, int]]:
            for index, item in enumerate(items):
                pending.append(item)
                if isinstance(item, Article):
                    yield self._doc(item), index

        done = 0
        for doc, index in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.batch_size):
            while done < index:
                yield _passed_over(pending[done])
                done += 1
            article = pending[index]
            assert isinstance(article, Article)
            yield _safe_assemble(doc, article)
            pending[index] = None  # type: ignore[call-overload]  # free the text
            done = index + 1
        for item in pending[done:]:
            yield _passed_over(item)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled as its settings: a process that unpickles it loads the pipeline itself."""
        return {"model": self.model, "config": self.config, "batch_size": self.batch_size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def _doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.body)
        doc.user_data[TEXT_KEY] = article.body  # the tokenizer keeps the text whole: no component needs to join it again
        doc._.published = article.published.isoformat() if article.published else None
        return doc


_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    """Worker process start-up: keep the extractor (inherited by fork, or rebuilt from its settings)."""
    global _worker_extractor
    _worker_extractor = extractor


def _submit(pool: ProcessPoolExecutor, batch: list[Article | ErrorRecord]) -> Future[list[ArticleRecord | ErrorRecord]]:
    """The batch's future; already failed when a worker died since the last submission (the batch is then retried)."""
    try:
        return pool.submit(_extract_in_worker, batch)
    except BrokenProcessPool as error:
        failed: Future[list[ArticleRecord | ErrorRecord]] = Future()
        failed.set_exception(error)
        return failed


def _extract_in_worker(batch: list[Article | ErrorRecord]) -> list[ArticleRecord | ErrorRecord]:
    assert _worker_extractor is not None
    return list(_worker_extractor.extract_many(batch))


def _drop_failed_doc(name: str, component: object, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: the failing doc is marked; ``nlp.pipe`` leaves it out of the stream (``_passed_over``
    reports it), and ``extract_article`` raises."""
    for doc in docs:
        doc.user_data[FAILURE] = f"{name} failed: {type(error).__name__}: {error}"


def _passed_over(item: Article | ErrorRecord, message: str = "the extraction pipeline failed on this article (rerun it alone with --debug)") -> ErrorRecord:
    """An input the pipeline did not return: its error record (a read error, a component failure, a dead worker)."""
    if isinstance(item, ErrorRecord):
        return item
    return error_record(item.path, "internal_error", message, item.sha256)


def _read_or_error(path: str | Path, published: date | None, max_bytes: int) -> Article | ErrorRecord:
    try:
        return read_article(path, published, max_bytes)
    except ArticleError as error:
        return error_record(error.path, error.kind, error.message)


def _safe_assemble(doc: Doc, article: Article) -> ArticleRecord | ErrorRecord:
    try:
        return assemble(doc, article)
    except Exception as error:  # a bug in one article must not stop a batch
        return error_record(article.path, "internal_error", f"{type(error).__name__}: {error}", article.sha256)


def error_record(path: str, kind: str, message: str, sha256: str | None = None) -> ErrorRecord:
    """The output line for an input that failed."""
    return ErrorRecord(source=ErrorSource(path=path, sha256=sha256), error=ErrorInfo(type=kind, message=message))


def available_cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
