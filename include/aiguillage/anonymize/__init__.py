"""Anonymization with presidio-anonymizer, one operator per entity type chosen by the policy."""

from aiguillage.anonymize.anonymizer import Anonymized, anonymize

__all__ = ["Anonymized", "anonymize"]
