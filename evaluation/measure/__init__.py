"""Measurements behind the figures in the READMEs, run as `casework measure redaction`,
`casework measure retrieval` and `casework measure routing` (see evaluation/README.md). Each prints
a table and returns its numbers; none writes letter text."""
