"""The accuracy ratchet: no field's F1 on the corpus may fall below the recorded floor."""

from __future__ import annotations

import json

import pytest

from extract import Extractor
from extract.evaluate import Report, evaluate

from .conftest import CORPUS, ROOT

FLOOR = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(extractor: Extractor) -> Report:
    return evaluate(CORPUS, extractor)


@pytest.mark.parametrize("field", sorted(FLOOR["fields"]))
def test_field_f1_not_below_floor(report: Report, field: str) -> None:
    f1 = report.rows()[field].f1
    assert f1 >= FLOOR["fields"][field] - 1e-9, f"{field}: F1 {f1:.4f} fell below the recorded floor {FLOOR['fields'][field]}"


def test_no_transfers_invented_on_negatives(report: Report) -> None:
    assert report.negatives >= 8
    assert report.transfers_on_negatives == 0
