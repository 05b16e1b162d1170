"""Classify a text as the pipeline does: the real detector's findings, then the classifier."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from aiguillage.records import Extraction, Part
from aiguillage.sensitivity import Fact, default_classifier

Classify = Callable[..., set[str]]


@pytest.fixture(scope="session")
def facts(detector) -> Callable[..., list[Fact]]:  # type: ignore[no-untyped-def]
    def _facts(text: str, parts: tuple[Part, ...] | None = None) -> list[Fact]:
        extraction = Extraction("txt", parts or (Part(text),))
        return default_classifier().classify(extraction, detector.analyze(extraction.text))

    return _facts


@pytest.fixture(scope="session")
def categories(facts) -> Classify:  # type: ignore[no-untyped-def]
    def _categories(text: str, parts: tuple[Part, ...] | None = None) -> set[str]:
        return {f.category for f in facts(text, parts)}

    return _categories
