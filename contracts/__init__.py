"""Shared contracts of every layer: the typed records, settings, domain errors, JSONL I/O and
text helpers. Imports nothing from the project."""
