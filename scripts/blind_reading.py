"""Print, as TSV rows, the design, patient count and drug -> disease uses the text miner's RULES
of THIS checkout read on every paper of one evaluation folder (run by scripts/blind_readings.sh
inside a worktree). Where the checkout has learned second readings (design_model, uses_model,
count_model), they are switched off: the models are trained on the rules' blind reading, not on
their own."""

import importlib
import sys
from pathlib import Path

import cytokg
from cytokg.graph_build import documents, extract, mentions, parse

folder, commit = Path(sys.argv[1]), sys.argv[2]
assert "/worktrees/" in cytokg.__file__, f"not the worktree's code: {cytokg.__file__}"
for name in ("design_model", "uses_model", "count_model"):
    try:
        module = importlib.import_module(f"cytokg.graph_build.{name}")
    except ImportError:
        continue
    module.model = lambda *args, **kwargs: None
for gold in sorted(folder.glob("*.gold.yaml")):
    paper = folder / (gold.name.removesuffix(".gold.yaml") + ".txt")
    doc = documents.read_document(paper, doc_id=paper.stem)
    parsed = parse.parse_document(doc)
    found = mentions.find_mentions(parsed)
    design = count = None
    uses = set()
    for fact in extract.extract_facts(parsed, found):
        if fact.kind == "Study" and design is None and count is None:
            design, count = fact.value("hasStudyDesign"), fact.value("numberOfPatients")
        if fact.kind == "DrugDiseaseUse":
            uses |= {(d, s) for d in fact.values("drug") for s in fact.values("forDisease")}
    print("\t".join([folder.name, paper.stem, commit, design or "", "" if count is None
                     else str(count), ";".join(f"{d} {s}" for d, s in sorted(uses))]))
