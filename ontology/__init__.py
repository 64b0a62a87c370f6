"""OWL ontology of cytokg: authoring (owlready2), reasoning, shapes, documentation."""
