"""What `cytokg design-model`, `count-model` and `uses-model` share: retrain a learned second
reading from the development sets' gold, write its JSON (what the build scores) and print the
grouped cross-validation beside the rules' blind reading. Needs scikit-learn: pip install
'cytokg[train]'.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path


def configure(parser: argparse.ArgumentParser, model_file: Path) -> None:
    parser.add_argument("--out", type=Path, default=model_file, help="where to write the model")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")


def run(args: argparse.Namespace, command: str, load: Callable[[], list],
        cross_validate: Callable[[list], dict], train: Callable[[list, dict | None], dict]) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print(f"cytokg {command}: needs scikit-learn (pip install 'cytokg[train]')",
              file=sys.stderr)
        return 1
    data = load()
    cv = None if args.no_cv else cross_validate(data)
    model = train(data, cv)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    json.dump({"wrote": str(args.out), "features": len(model["features"]), **(cv or {})},
              sys.stdout, indent=2)
    print()
    return 0
