"""Helpers for recognizer tests: run the session detector on a short text and list what it found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Find = Callable[[str, str], list[str]]


@pytest.fixture(scope="session")
def find(detector) -> Find:  # type: ignore[no-untyped-def]
    """``find(text, entity_type)`` → the matched substrings of that type (policy threshold 0.5)."""

    def _find(text: str, entity_type: str) -> list[str]:
        return [text[f.start:f.end] for f in detector.analyze(text)
                if f.entity_type == entity_type and f.score >= 0.5]

    return _find
