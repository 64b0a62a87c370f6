"""Current (tuned, in-sample) rules' use output on all dev papers -> /tmp/usesexp/current_rules.json (1 process)."""
import json
from pathlib import Path
DATA = Path('/work/main/cytokg/data')
SETS = ['heldout', 'blindtest'] + [f'blindtest{i}' for i in range(2, 118)]
from cytokg.graph_build import documents, parse, mentions
from cytokg.graph_build.extract import sentence_views
from cytokg.graph_build.extract_uses import drug_disease_uses
out = {}
for s in SETS:
    for p in sorted((DATA / s).glob('*.txt')):
        if not (DATA / s / (p.stem + '.gold.yaml')).exists(): continue
        doc = documents.read_document(p, doc_id=p.stem); pd = parse.parse_document(doc)
        found = mentions.find_mentions(pd)
        facts = drug_disease_uses(list(sentence_views(pd, found)), pd, found).facts
        pairs = []
        for f in facts:
            if f.kind != 'DrugDiseaseUse': continue
            pr = dict(f.properties); pairs.append([pr.get('drug'), pr.get('forDisease')])
        out[f'{s}/{p.stem}'] = pairs
    print(s, flush=True)
json.dump(out, open('/tmp/usesexp/current_rules.json', 'w'))
