"""The shape every summarizer shares: passages with offsets, the summary record, the protocol.

A summary never stands alone: it keeps references (character offsets) to the passages of the
source text it comes from, so that a person can check it against the document.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

# Below this size a document is not worth a model call: its text is its own summary.
TRIVIAL_CHARS = 280
TRIVIAL_SENTENCES = 2

_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(]?[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ0-9\[])|\n\s*\n|\n(?=\s*\S)"
)


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of the source text: its rank in the text and its offsets."""

    index: int
    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"passage": self.index, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Summary:
    """What a summarizer returns. ``references`` point into the summarized text."""

    text: str
    references: tuple[Passage, ...]
    method: str  # extractive | generative | trivial
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cpu_seconds: float = 0.0
    truncated: bool = False
    extra: dict[str, str] = field(default_factory=dict)


class SummaryError(RuntimeError):
    """A summary could not be produced. ``code`` is safe to record (never a document value)."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code


class TransientSummaryError(SummaryError):
    """Worth retrying later (timeout, 5xx, 429, connection): the document stays pending."""


class PermanentSummaryError(SummaryError):
    """Retrying will not help (400, 401, 404, model missing): the document is marked failed."""


@runtime_checkable
class Summarizer(Protocol):
    """One backend. ``model`` names it in notices and accounting; ``model_class`` picks the energy
    estimate; ``generative`` says whether a language model writes the text."""

    @property
    def model(self) -> str: ...

    @property
    def model_class(self) -> str: ...

    @property
    def generative(self) -> bool: ...

    def summarize(self, text: str) -> Summary: ...


def split_passages(text: str) -> list[Passage]:
    """Sentences (and lines) of ``text`` with offsets; blank ones dropped. Deterministic."""
    passages: list[Passage] = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            passages.append(Passage(len(passages) + 1, start, stop))
        if m is not None:
            pos = m.end()
    return passages


def is_trivial(text: str, passages: list[Passage] | None = None) -> bool:
    """Too short to need a summary: no model call, the text stands for itself."""
    stripped = text.strip()
    if len(stripped) < TRIVIAL_CHARS:
        return True
    return len(passages if passages is not None else split_passages(text)) < TRIVIAL_SENTENCES


def trivial_summary(text: str) -> Summary:
    passages = split_passages(text)
    return Summary(text.strip(), tuple(passages), "trivial", "none")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
