"""`cytokg evaluate`: text-mined output scored against the curated facts of each paper."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cytokg.config import HELDOUT_DIR, PAPERS_DIR


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--documents", type=Path, default=PAPERS_DIR,
                        help="folder of papers; those with a curation file are scored")
    parser.add_argument("--curation", type=Path, default=None,
                        help="folder of curation files (default: the bundled ones)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--errors", action="store_true", help="list every miss and spurious item")
    parser.add_argument("--heldout", type=Path, nargs="?", const=HELDOUT_DIR, default=None,
                        metavar="DIR", help="score the blind held-out papers against their gold "
                        f"files instead (default folder: {HELDOUT_DIR})")


def evaluate(documents_dir: Path, curation_dir: Path | None = None):
    from cytokg.graph_build import curation, documents, extract, mentions, parse
    from cytokg.graph_build.evaluate import Evaluation

    result = Evaluation()
    docs = {}
    for path in documents.discover(documents_dir):
        doc = documents.read_document(path)
        docs[doc.doc_id] = doc
    for doc_id, doc in sorted(docs.items()):
        if curation_dir:
            cpath = curation_dir / f"{doc_id}.yaml"
        else:
            cpath = curation.curation_path(doc_id)
        if cpath is None or not cpath.exists():
            continue
        curated = curation.load_curation(doc, cpath, docs)
        parsed = parse.parse_document(doc)
        found = mentions.find_mentions(parsed)
        mined = extract.extract_facts(parsed, found)
        result.add(doc_id, curated, mined, found, curation.curated_entities(cpath))
    return result


def run(args: argparse.Namespace, settings) -> int:
    if args.heldout is not None:
        from cytokg.graph_build.heldout import GoldError, evaluate_heldout

        try:
            result = evaluate_heldout(args.heldout)
        except GoldError as exc:
            print(f"cytokg evaluate --heldout: {exc}", file=sys.stderr)
            return 2
    else:
        result = evaluate(args.documents, args.curation)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
        return 0
    summary = result.as_dict()
    print(f"documents scored: {summary['documents']}")
    print(f"{'task':<22} {'precision':>9} {'recall':>7} {'F1':>6}")
    for task in ("entities", "drug_disease_uses"):
        s = summary[task]
        print(f"{task:<22} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}")
    print(f"study design correct:  {summary['study_design_correct']}")
    print(f"patient count correct: {summary['patient_count_correct']}")
    for line in result.details:
        print("  " + line)
    if args.errors:
        for line in result.entities.errors + result.uses.errors:
            print("  " + line)
    return 0
