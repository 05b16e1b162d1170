"""Anonymization with presidio-anonymizer, one operator per entity type chosen by the policy,
and release copies of the original files (DOCX, PDF, ODT) with personal data really removed.

The names below are imported when first used (PEP 562): a module of this package (the labels,
value location) imports without loading presidio-anonymizer and Presidio, for a process that only
plans, extracts and audits (the CLI's main process)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiguillage.anonymize.anonymizer import Anonymized, anonymize
    from aiguillage.anonymize.pseudonyms import Pseudonyms
    from aiguillage.anonymize.session import Replacement, Session

__all__ = ["Anonymized", "Pseudonyms", "Replacement", "Session", "anonymize"]

_HOMES = {"Anonymized": "anonymizer", "anonymize": "anonymizer", "Pseudonyms": "pseudonyms",
          "Replacement": "session", "Session": "session"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
