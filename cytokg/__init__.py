"""cytokg: a knowledge graph of cytokine blockade in inflammatory and vascular disease."""

__version__ = "0.1.0"
