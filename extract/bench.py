"""Benchmark: speed and memory of ``extract`` next to the bare spaCy model, on this machine, in one run.

    python -m extract.bench [--articles 300] [--memory-sizes 100 2000] [--model NAME]

Articles are the corpus articles repeated (with distinct file names) to the wanted number.
Reports articles/s and words/s for the bare model's full pipeline (``nlp.pipe``), for the
model's components that ``extract`` keeps, and for ``extract`` itself (in-process and as a
command with ``--jobs 1`` and ``--jobs 2``); cold-start times; and peak RSS per process.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from .article import read_article
from .extractor import DEFAULT_BATCH_SIZE, Extractor
from .pipeline import UNUSED_MODEL_COMPONENTS, default_model

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def make_folder(target: Path, count: int) -> list[Path]:
    """``count`` article files in ``target``, copied round-robin from the corpus."""
    sources = sorted(CORPUS.glob("*.txt"))
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = target / f"{i:05d}_{sources[i % len(sources)].name}"
        shutil.copyfile(sources[i % len(sources)], path)
        paths.append(path)
    return paths


def timed(function) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def run_command(args: list[str]) -> tuple[float, int | None, int | None]:
    """Wall time (s), peak RSS (MiB) of the command's process and the largest peak among its
    worker processes (None without workers).

    Peaks are each process's own high-water mark (``VmHWM``, polled from ``/proc``): ``ru_maxrss``
    of a child also counts the memory of this benchmark process it was forked from. None where
    ``/proc`` is not available.
    """
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak: int | None = None
    workers: dict[int, int] = {}
    while process.poll() is None:
        peak = _high_water_mib(process.pid) or peak
        for child in _children(process.pid):
            workers[child] = _high_water_mib(child) or workers.get(child, 0)
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{args} failed with status {process.returncode}")
    return elapsed, peak, max(workers.values(), default=None)


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _high_water_mib(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--memory-sizes", type=int, nargs="+", default=[100, 2000])
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeats", type=int, default=3, help="runs to take the median of (cold start, --jobs 1 and 2)")
    args = parser.parse_args()
    model = args.model or default_model()
    extract_cmd = [sys.executable, "-m", "extract.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        paths = make_folder(folder, args.articles)
        texts = [read_article(p).body for p in paths]
        words = sum(len(t.split()) for t in texts)
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, spaCy {spacy.__version__}, model {model}")
        print(f"texts: {len(texts)} articles, {words} words ({words / len(texts):.0f} per article)\n")

        def rate(seconds: float) -> str:
            return f"{len(texts) / seconds:7.1f} articles/s {words / seconds:9.0f} words/s"

        full = spacy.load(model)
        bare = timed(lambda: list(full.pipe(texts, batch_size=DEFAULT_BATCH_SIZE)))
        print(f"bare model, full default pipeline (nlp.pipe):  {rate(bare)}   1.00x")
        kept = spacy.load(model, exclude=list(UNUSED_MODEL_COMPONENTS))
        ner_only = timed(lambda: list(kept.pipe(texts, batch_size=DEFAULT_BATCH_SIZE)))
        print(f"bare model, only the components we keep ({'+'.join(kept.pipe_names)}): {rate(ner_only)}   {bare / ner_only:.2f}x")
        extractor = Extractor(model=model)
        ours = timed(lambda: list(extractor.extract_files([str(p) for p in paths])))
        print(f"extract, in process (read + pipeline + records): {rate(ours)}   {bare / ours:.2f}x")
        print(f"  our components add {100 * (ours - ner_only) / ner_only:.0f}% to the kept model components' time\n")

        out = Path(tmp) / "out.jsonl"
        runs: dict[int, list[tuple[float, int | None, int | None]]] = {1: [], 2: []}
        for _ in range(args.repeats):  # alternated, so that a slow spell of the machine hits both
            for jobs in (1, 2):
                out.unlink(missing_ok=True)
                runs[jobs].append(run_command([*extract_cmd, str(folder), "--jobs", str(jobs), "--quiet", "-o", str(out)]))
        times = {jobs: statistics.median(seconds for seconds, _, _ in results) for jobs, results in runs.items()}
        for jobs, results in runs.items():
            rss = max(r for _, r, _ in results if r is not None)
            worker_rss = max((w for _, _, w in results if w is not None), default=None)
            workers = f", {worker_rss} MiB per worker" if worker_rss else ""
            print(f"extract {folder.name}/ --jobs {jobs} (command, start-up included, median of {args.repeats}): {rate(times[jobs])}  peak RSS {rss} MiB (main process){workers}")
        ratios = sorted(one[0] / two[0] for one, two in zip(runs[1], runs[2]))
        print(f"  --jobs 2 speed-up over --jobs 1: {times[1] / times[2]:.2f}x (per pair of runs: {', '.join(f'{r:.2f}' for r in ratios)})\n")

        load = [run_command([sys.executable, "-c", f"import spacy; spacy.load({model!r})"])[0] for _ in range(args.repeats)]
        single = [run_command([*extract_cmd, str(paths[0])])[0] for _ in range(args.repeats)]
        print(f"cold start: python -c 'import spacy; spacy.load(MODEL)' {statistics.median(load):.2f} s; "
              f"extract one-article.txt {statistics.median(single):.2f} s; difference {statistics.median(single) - statistics.median(load):+.2f} s\n")

        for size in args.memory_sizes:
            sized = Path(tmp) / f"mem{size}"
            make_folder(sized, size)
            out.unlink(missing_ok=True)
            seconds, rss, _ = run_command([*extract_cmd, str(sized), "--jobs", "1", "--quiet", "-o", str(out)])
            print(f"peak RSS, {size} articles, --jobs 1: {rss} MiB ({size / seconds:.1f} articles/s)")
            shutil.rmtree(sized)


if __name__ == "__main__":
    main()
