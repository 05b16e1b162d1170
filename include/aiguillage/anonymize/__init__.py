"""Anonymization with presidio-anonymizer, one operator per entity type chosen by the policy,
and release copies of the original files (DOCX, PDF, ODT) with personal data really removed."""

from aiguillage.anonymize.anonymizer import Anonymized, anonymize
from aiguillage.anonymize.pseudonyms import Pseudonyms
from aiguillage.anonymize.session import Replacement, Session

__all__ = ["Anonymized", "Pseudonyms", "Replacement", "Session", "anonymize"]
