"""Readers that turn ontology releases into lexicon concepts (used by scripts/build_lexicon.py)."""
