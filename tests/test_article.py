"""Reading articles: header, encodings, and clear errors for bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.article import ArticleError, article_from_text, read_article


def test_header_is_parsed_and_blanked(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2026-01-21 Mexico flew 37 people to the United States.", encoding="utf-8")
    article = read_article(path)
    assert article.published == date(2026, 1, 21)
    assert len(article.body) == len(article.text)
    assert article.body.strip().startswith("Mexico flew")
    assert article.text[article.body.index("Mexico") :].startswith("Mexico")
    assert article.body[: article.body.index("Mexico")].strip(" ") == "\n"


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff date 2026-01-21 One.\r\nTwo.".encode("utf-8"))
    article = read_article(path)
    assert article.published == date(2026, 1, 21)
    assert not article.text.startswith("\ufeff")
    assert "\r\n" in article.text


def test_published_overrides_header() -> None:
    article = article_from_text(" date 2026-01-21 Text.", published=date(2025, 5, 5))
    assert article.published == date(2025, 5, 5)


def test_missing_and_malformed_header_warn() -> None:
    assert article_from_text("Mexico flew 37 people.").published is None
    malformed = article_from_text(" date 2026-13-45 Mexico flew 37 people.")
    assert malformed.published is None
    assert any("malformed date header" in w for w in malformed.warnings)


def test_cp1252_is_decoded_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(" date 2026-01-21 Cártel del Noreste members were sent.".encode("cp1252"))
    article = read_article(path)
    assert "Cártel" in article.text
    assert any("not valid UTF-8" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("content", "kind"),
    [(b"", "empty"), (b"  \n\t ", "empty"), (b"abc\x00def", "binary")],
)
def test_bad_content(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    assert raised.value.kind == kind
    assert str(path) in str(raised.value)


def test_missing_file_broken_symlink_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(tmp_path / "nope.txt")
    assert raised.value.kind == "not_found"
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ArticleError) as raised:
        read_article(link)
    assert raised.value.kind == "broken_symlink"
    with pytest.raises(ArticleError) as raised:
        read_article(tmp_path)
    assert raised.value.kind == "is_directory"


def test_too_large_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    assert raised.value.kind == "too_large"


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # permission bits do not stop root, so simulate the refusal
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    assert raised.value.kind == "unreadable"
