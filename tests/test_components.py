"""Single rules of the components, on one sentence each (each rule also has a corpus article)."""

from __future__ import annotations

import pytest

from extract import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[int, bool]]:
    record = extractor.extract_text(text)
    return [(c.value, c.running_total) for c in record.entities.counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The indictment charged three of El Chapo's sons.", [(3, False)]),
        ("The decision was split: three of the section's five magistrates voted against it.", [(3, False), (5, False)]),
        ("There were 131 deportees on board. Of them, 23 were women.", [(131, False), (23, False)]),
        ("Thursday's handover brings to 38 the number of people Guatemala has extradited.", [(38, True)]),
        ("They arrived on Tuesday, bringing the total to 55 with this week's group.", [(55, True)]),
        ("The number of flights rose to 12 this year.", []),
        ("Twelve others freed by Russia flew to Germany.", [(12, False)]),
    ],
)
def test_counts(extractor: Extractor, text: str, expected: list[tuple[int, bool]]) -> None:
    assert _counts(extractor, text) == expected


def test_city_named_with_the_keeps_its_article(extractor: Extractor) -> None:
    record = extractor.extract_text("The jet carrying him took off for The Hague late on Tuesday.")
    assert [c.name for c in record.entities.cities] == ["The Hague"]


def test_surname_of_a_person_is_not_a_city(extractor: Extractor) -> None:
    record = extractor.extract_text("Secretary of State Marco Rubio arrived on Tuesday. Rubio told reporters the talks went well.")
    assert record.entities.cities == []


def test_sitting_official_named_without_a_title(extractor: Extractor) -> None:
    record = extractor.extract_text("They spent four months in the prison Nayib Bukele built on the outskirts of the capital.")
    assert [(o.name, o.title, o.country, o.title_in_text) for o in record.entities.officials] == [("Nayib Bukele", "President", "SV", False)]
