"""`cytokg uses-model`: retrain the learned drug -> disease use reading from the development
sets' gold.

Writes graph_build/data/uses_model.json (what the build scores) and prints the grouped
cross-validation (each set's papers scored by a model that saw none of them) beside the rules'
blind pairs on the same papers. Needs scikit-learn: pip install 'cytokg[train]'.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cytokg.graph_build.uses_model import MODEL_FILE


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where to write the model")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")


def run(args: argparse.Namespace, settings) -> int:
    from cytokg.graph_build import uses_training

    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("cytokg uses-model: needs scikit-learn (pip install 'cytokg[train]')",
              file=sys.stderr)
        return 1
    data = uses_training.papers()
    cv = None if args.no_cv else uses_training.cross_validate(data)
    model = uses_training.train(data, cv)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    json.dump({"wrote": str(args.out), "features": len(model["features"]), **(cv or {})},
              sys.stdout, indent=2)
    print()
    return 0
