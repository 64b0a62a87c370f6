"""Build pipeline: documents -> parsed text -> mentions -> facts -> RDF -> store."""
