"""Score evaluation sets once, with the learned readings and with the rules alone, side by side.

How every blind batch is measured before anyone reads it (docs/evaluation.md), and how a rule
round is checked on the development papers:

    python scripts/measure_sets.py blindtest478 blindtest479 ...      # one row per set, then totals
    python scripts/measure_sets.py --all --rules --json dev.json        # every set, rules alone
    python scripts/measure_sets.py --diff before.json after.json        # papers whose reading moved

A row gives entity F1, use F1 (with the models, then the rules alone), designs and counts right.
``--json`` keeps each paper's reading (design, count, use pairs against the gold) for ``--diff``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from cytokg.config import DATA_DIR
from cytokg.graph_build import documents, extract, heldout, mentions, parse
from cytokg.graph_build.evaluate import SCORED_CATEGORIES, _study, _uses

MODELS = ("design_model", "uses_model", "count_model")


def all_sets() -> list[str]:
    """heldout, blindtest, blindtest2 … in number order."""
    names = [p.name for p in Path(DATA_DIR).glob("blindtest*") if p.is_dir()]
    return ["heldout", *sorted(names, key=lambda n: int(n.removeprefix("blindtest") or 1))]


def rules_alone(on: bool) -> None:
    """Switch the learned second readings off (or back on): each module's model() gives None."""
    for name in MODELS:
        module = importlib.import_module(f"cytokg.graph_build.{name}")
        if not hasattr(module, "_committed_model"):
            module._committed_model = module.model
        module.model = (lambda *a, **k: None) if on else module._committed_model


def read_paper(gold: heldout.Gold) -> dict:
    """One paper's reading against its gold, as plain data."""
    doc = documents.read_document(gold.paper, doc_id=gold.paper.stem)
    parsed = parse.parse_document(doc)
    found = mentions.find_mentions(parsed)
    mined = extract.extract_facts(parsed, found)
    design, count = _study(mined)
    entities = {m.curie for m in found if m.curie and m.category in SCORED_CATEGORIES}
    uses = _uses(mined)
    return {
        "design": design, "gold_design": gold.design, "count": count,
        "gold_count": gold.patients,
        "entities": [len(entities & gold.entities), len(entities - gold.entities),
                     len(gold.entities - entities)],
        "tp": sorted(map(list, uses & gold.uses)), "fp": sorted(map(list, uses - gold.uses)),
        "fn": sorted(map(list, gold.uses - uses)),
    }


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp + fn else 0.0)


def summary(papers: list[dict]) -> dict:
    ent = [sum(p["entities"][i] for p in papers) for i in range(3)]
    uses = [sum(len(p[k]) for p in papers) for k in ("tp", "fp", "fn")]
    return {"entities": f1(*ent), "uses": f1(*uses), "uses_tp_fp_fn": uses,
            "designs": sum(p["design"] == p["gold_design"] for p in papers),
            "counts": sum(p["count"] == p["gold_count"] for p in papers), "papers": len(papers)}


def measure(sets: list[str], modes: list[str]) -> dict:
    """{mode: {set: {paper: reading}}} for each mode ('models', 'rules')."""
    out: dict = {}
    for mode in modes:
        rules_alone(mode == "rules")
        out[mode] = {s: {g.paper.stem: read_paper(g)
                         for g in heldout.load_all(Path(DATA_DIR) / s)} for s in sets}
    rules_alone(False)
    return out


def report(result: dict) -> None:
    modes = list(result)
    first = result[modes[0]]
    print("set\tentities\tuses\t" + ("uses_rules\t" if "rules" in modes else "")
          + "designs\tcounts\tuses_tp_fp_fn")
    totals: dict = {m: [] for m in modes}
    for name in first:
        row = {m: summary(list(result[m][name].values())) for m in modes}
        for m in modes:
            totals[m] += list(result[m][name].values())
        main = row[modes[0]]
        cells = [name, f"{main['entities']:.3f}", f"{main['uses']:.3f}"]
        if "rules" in modes and modes[0] != "rules":
            cells.append(f"{row['rules']['uses']:.3f}")
        cells += [f"{main['designs']}/{main['papers']}", f"{main['counts']}/{main['papers']}",
                  " ".join(map(str, main["uses_tp_fp_fn"]))]
        print("\t".join(cells))
    for m in modes:
        s = summary(totals[m])
        print(f"# {m}: entities {s['entities']:.3f}, uses {s['uses']:.3f} "
              f"(TP FP FN {' '.join(map(str, s['uses_tp_fp_fn']))}), designs "
              f"{s['designs']}/{s['papers']}, counts {s['counts']}/{s['papers']}")


def diff(before: dict, after: dict) -> None:
    """Papers whose design, count or uses differ between two --json files (same mode)."""
    for mode in after:
        for name, papers in after[mode].items():
            for stem, new in papers.items():
                old = before.get(mode, {}).get(name, {}).get(stem)
                if old is None:
                    continue
                for key in ("design", "count"):
                    if old[key] != new[key]:
                        mark = "+" if new[key] == new["gold_" + key] else (
                            "-" if old[key] == old["gold_" + key] else " ")
                        print(f"{mark} {mode} {name}/{stem} {key}: {old[key]} -> {new[key]} "
                              f"(gold {new['gold_' + key]})")
                for key in ("tp", "fp"):
                    gained = {tuple(p) for p in new[key]} - {tuple(p) for p in old[key]}
                    lost = {tuple(p) for p in old[key]} - {tuple(p) for p in new[key]}
                    for pair in sorted(gained):
                        print(f"{'+' if key == 'tp' else '-'} {mode} {name}/{stem} "
                              f"{key} gained {' '.join(pair)}")
                    for pair in sorted(lost):
                        print(f"{'-' if key == 'tp' else '+'} {mode} {name}/{stem} "
                              f"{key} lost {' '.join(pair)}")
        s_old = summary([p for ps in before[mode].values() for p in ps.values()])
        s_new = summary([p for ps in after[mode].values() for p in ps.values()])
        ents = [[sum(p["entities"][i] for ps in side[mode].values() for p in ps.values())
                 for i in range(3)] for side in (before, after)]
        print(f"# {mode}: entities TP FP FN {ents[0]} -> {ents[1]}")
        print(f"# {mode}: designs {s_old['designs']} -> {s_new['designs']}, counts "
              f"{s_old['counts']} -> {s_new['counts']}, uses TP FP FN {s_old['uses_tp_fp_fn']} "
              f"-> {s_new['uses_tp_fp_fn']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders under cytokg/data")
    parser.add_argument("--all", action="store_true", help="every set (development check)")
    parser.add_argument("--upto", type=int, help="with --all: sets numbered up to this one")
    parser.add_argument("--rules", action="store_true", help="rules alone only")
    parser.add_argument("--models", action="store_true", help="with the models only")
    parser.add_argument("--json", type=Path, help="write each paper's reading here")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.diff:
        diff(*(json.loads(p.read_text()) for p in args.diff))
        return 0
    sets = args.sets or (all_sets() if args.all else [])
    if args.upto:
        sets = [s for s in sets if s == "heldout"
                or int(s.removeprefix("blindtest") or 1) <= args.upto]
    if not sets:
        parser.error("name sets or give --all")
    modes = ["rules"] if args.rules else ["models"] if args.models else ["models", "rules"]
    result = measure(sets, modes)
    if args.json:
        args.json.write_text(json.dumps(result))
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
