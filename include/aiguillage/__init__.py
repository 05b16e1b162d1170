"""Aiguillage: route French administrative documents to public, sovereign or quarantine."""

__version__ = "0.1.0"
