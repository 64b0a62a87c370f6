"""`cytokg design-model`: retrain the learned design reading from the development sets' gold.

Writes graph_build/data/design_model.json (what the build scores) and prints the grouped
cross-validation (each set's papers predicted by a model that saw none of them) beside the
rules' blind accuracy on the same papers. Needs scikit-learn: pip install 'cytokg[train]'.
"""

from __future__ import annotations

import argparse

from cytokg.graph_build import commands_training
from cytokg.graph_build.design_model import MODEL_FILE


def configure(parser: argparse.ArgumentParser) -> None:
    commands_training.configure(parser, MODEL_FILE)


def run(args: argparse.Namespace, settings) -> int:
    from cytokg.graph_build import design_training as training

    return commands_training.run(args, "design-model", training.rows, training.cross_validate,
                                 training.train)
