"""The triage pipeline (one typed way into the stages) and the factory that builds it."""
