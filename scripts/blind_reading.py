"""Print, as TSV rows, the design and patient count the text miner of THIS checkout reads on
every paper of one evaluation folder (run by scripts/blind_readings.sh inside a worktree)."""

import sys
from pathlib import Path

import cytokg
from cytokg.graph_build import documents, extract, mentions, parse

folder, commit = Path(sys.argv[1]), sys.argv[2]
assert "/worktrees/" in cytokg.__file__, f"not the worktree's code: {cytokg.__file__}"
for gold in sorted(folder.glob("*.gold.yaml")):
    paper = folder / (gold.name.removesuffix(".gold.yaml") + ".txt")
    doc = documents.read_document(paper, doc_id=paper.stem)
    parsed = parse.parse_document(doc)
    found = mentions.find_mentions(parsed)
    design = count = None
    for fact in extract.extract_facts(parsed, found):
        if fact.kind == "Study":
            design, count = fact.value("hasStudyDesign"), fact.value("numberOfPatients")
            break
    print("\t".join([folder.name, paper.stem, commit, design or "", "" if count is None
                     else str(count)]))
