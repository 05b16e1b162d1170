"""Summaries of routed documents: one small interface, an embedded French summarizer, an
OpenAI-compatible backend per route, a transparency notice, and energy accounting."""

from aiguillage.summarize.base import (
    Passage,
    PermanentSummaryError,
    Summarizer,
    Summary,
    SummaryError,
    TransientSummaryError,
    split_passages,
)
from aiguillage.summarize.extractive import ExtractiveSummarizer

__all__ = [
    "ExtractiveSummarizer",
    "Passage",
    "PermanentSummaryError",
    "Summarizer",
    "Summary",
    "SummaryError",
    "TransientSummaryError",
    "split_passages",
]
