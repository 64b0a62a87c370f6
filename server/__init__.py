"""HTTP layer: Flask app over the Oxigraph store (SPARQL protocol, saved-query API, UI)."""
