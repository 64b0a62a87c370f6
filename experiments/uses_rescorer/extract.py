"""Cache parse + mentions for all dev sets (heldout, blindtest, blindtest2..117)."""
import pickle, sys
from pathlib import Path
from multiprocessing import Pool
DATA = Path('/work/main/cytokg/data')
SETS = ['heldout', 'blindtest'] + [f'blindtest{i}' for i in range(2, 118)]
OUT = Path('/tmp/usesexp/cache')

def one(setname):
    from cytokg.graph_build import documents, parse, mentions
    from cytokg.graph_build.heldout import load_gold
    out = OUT / f'{setname}.pkl'
    if out.exists():
        return setname, 'cached'
    papers = []
    for p in sorted((DATA / setname).glob('*.txt')):
        g = DATA / setname / (p.stem + '.gold.yaml')
        if not g.exists():
            continue
        gold = load_gold(g)
        doc = documents.read_document(p, doc_id=p.stem)
        pd = parse.parse_document(doc)
        found = mentions.find_mentions(pd)
        papers.append(dict(
            set=setname, doc=p.stem, text=doc.text,
            sentences=[(s.index, s.start, s.end, s.text, s.section) for s in pd.sentences],
            mentions=[(m.start, m.end, m.curie, m.category, m.sentence, m.text, m.source) for m in found],
            uses=sorted(gold.uses), entities=sorted(gold.entities)))
    pickle.dump(papers, open(out, 'wb'))
    return setname, len(papers)

if __name__ == '__main__':
    with Pool(2) as pool:
        for r in pool.imap_unordered(one, SETS):
            print(*r, flush=True)
