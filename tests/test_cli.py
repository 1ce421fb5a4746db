"""The command line: single file, folders, formats, errors, resume, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPUS

ARTICLE = sorted(CORPUS.glob("0*.txt"))[0]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], input=stdin.decode() if stdin else None, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three good articles, an empty one, a binary one, a Latin-1 one and a broken symlink."""
    root = tmp_path_factory.mktemp("articles")
    for article in sorted(CORPUS.glob("0*.txt"))[:3]:
        (root / article.name).write_bytes(article.read_bytes())
    (root / "sub").mkdir()
    (root / "sub" / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (root / "latin1.txt").write_bytes(" date 2025-08-13 Mexico sent 26 cartel members to the United States on Tuesday, said Omar García Harfuch.".encode("latin-1"))
    (root / "broken.txt").symlink_to(root / "gone.txt")
    return root


def test_single_file_prints_one_json_document() -> None:
    result = run(str(ARTICLE))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    assert document["source"]["path"] == str(ARTICLE)
    assert document["transfers"]


@pytest.mark.parametrize("content", [b"", b"\x00\x00binary", None])
def test_single_bad_file_one_line_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = run(str(path))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert "Traceback" not in result.stderr


def test_folder_gives_one_line_per_input_in_sorted_order(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 1  # some inputs failed, the others are written
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    paths = [line["source"]["path"] for line in lines]
    assert paths == sorted(str(p) for p in folder.rglob("*.txt"))
    errors = {Path(line["source"]["path"]).name: line["error"]["type"] for line in lines if "error" in line}
    assert errors == {"empty.txt": "empty", "binary.txt": "binary", "broken.txt": "broken_symlink"}
    latin = next(line for line in lines if line["source"]["path"].endswith("latin1.txt"))
    assert any("UTF-8" in w for w in latin["warnings"]) and latin["transfers"][0]["count"] == 26


def test_output_file_is_replaced_without_resume(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run(str(folder), "-o", str(out), "--quiet")
    first = out.read_text(encoding="utf-8")
    run(str(folder), "-o", str(out), "--quiet")
    assert out.read_text(encoding="utf-8").count("\n") == first.count("\n")


def test_resume_skips_done_articles_and_drops_a_torn_line(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out), "--quiet").returncode == 1
    complete = out.read_text(encoding="utf-8").splitlines()
    good = [line for line in complete if '"error"' not in line]
    out.write_text("\n".join(good[:2]) + "\n" + good[2][:40], encoding="utf-8")  # a run killed mid-line
    result = run(str(folder), "-o", str(out), "--resume")
    assert result.returncode == 1
    assert "already done" in result.stderr
    resumed = out.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["source"]["path"] for line in resumed) == sorted(json.loads(line)["source"]["path"] for line in complete)


def test_csv_has_one_row_per_transfer(tmp_path: Path) -> None:
    result = run(str(ARTICLE), "--format", "csv")
    assert result.returncode == 0
    rows = result.stdout.strip().splitlines()
    document = json.loads(run(str(ARTICLE)).stdout)
    assert rows[0].startswith("path,sha256,published,kind")
    assert len(rows) - 1 == len(document["transfers"])


def test_stdin_and_published(tmp_path: Path) -> None:
    result = run("-", "--published", "2026-01-21", stdin=b"Mexico flew 37 cartel members to the United States on Tuesday.")
    document = json.loads(result.stdout)
    assert document["source"]["published"] == "2026-01-21"
    assert document["transfers"][0]["date"]["value"] == "2026-01-20"


def test_missing_path_and_usage_errors() -> None:
    result = run("/no/such/file.txt")
    assert result.returncode == 1 and "/no/such/file.txt" in result.stderr
    assert run("--published", "yesterday", str(ARTICLE)).returncode == 2
    assert run(str(ARTICLE), "--resume").returncode == 2


def test_schema_help_version() -> None:
    schema = json.loads(run("schema").stdout)
    assert "ArticleRecord" in schema["$defs"] and "ErrorRecord" in schema["$defs"]
    assert "--jobs" in run("--help").stdout
    assert run("--version").stdout.startswith("extract ")
