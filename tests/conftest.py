"""Shared fixtures: one extractor (the model loads once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "000_4bcaff0d4fdfc99e.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
