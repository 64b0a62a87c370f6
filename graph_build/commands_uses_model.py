"""`cytokg uses-model`: retrain the learned drug -> disease use reading from the development
sets' gold.

Writes graph_build/data/uses_model.json (what the build scores) and prints the grouped
cross-validation (each set's papers scored by a model that saw none of them) beside the rules'
blind pairs on the same papers. Needs scikit-learn: pip install 'cytokg[train]'.
"""

from __future__ import annotations

import argparse

from cytokg.graph_build import commands_training
from cytokg.graph_build.uses_model import MODEL_FILE


def configure(parser: argparse.ArgumentParser) -> None:
    commands_training.configure(parser, MODEL_FILE)


def run(args: argparse.Namespace, settings) -> int:
    from cytokg.graph_build import uses_training as training

    return commands_training.run(args, "uses-model", training.papers, training.cross_validate,
                                 training.train)
