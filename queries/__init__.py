"""Saved SPARQL queries (data files: *.rq with grlc-style headers)."""
