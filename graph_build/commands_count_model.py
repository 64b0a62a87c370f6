"""`cytokg count-model`: retrain the learned patient-count reading from the development sets' gold.

Writes graph_build/data/count_model.json (what the build scores) and prints the grouped
cross-validation beside the rules' blind accuracy on the same papers. Needs scikit-learn:
pip install 'cytokg[train]'.
"""

from __future__ import annotations

import argparse

from cytokg.graph_build import commands_training
from cytokg.graph_build.count_model import MODEL_FILE


def configure(parser: argparse.ArgumentParser) -> None:
    commands_training.configure(parser, MODEL_FILE)


def run(args: argparse.Namespace, settings) -> int:
    from cytokg.graph_build import count_training as training

    return commands_training.run(args, "count-model", training.rows, training.cross_validate,
                                 training.train)
