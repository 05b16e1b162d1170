"""Audit outputs: manifest, hash-chained decisions, reports. Counts, types, offsets, hashes only."""
