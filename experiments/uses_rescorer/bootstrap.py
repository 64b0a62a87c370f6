"""Set-level bootstrap CI of micro-F1 difference (logreg t=0.5 OOF minus blind rules)."""
import pickle, sys
from collections import defaultdict
import numpy as np
sys.path.insert(0, '/tmp/usesexp')
from experiment import load, prf
papers = load(); oof = np.load('/tmp/usesexp/oof.npy')[0]; meta = pickle.load(open('/tmp/usesexp/oof_meta.pkl', 'rb'))
pred = [set() for _ in papers]
for j in np.where(oof >= 0.5)[0]: pred[meta['pidx'][j]].add(meta['pairs'][j])
S = defaultdict(lambda: np.zeros(6))
for p, q in zip(papers, pred):
    g = p['uses']; b = p['blind']
    S[p['set']] += [len(q & g), len(q - g), len(g - q), len(b & g), len(b - g), len(g - b)]
A = np.array(list(S.values())); rng = np.random.default_rng(0); d = []
for _ in range(5000):
    t = A[rng.integers(0, len(A), len(A))].sum(0)
    d.append(prf(*t[:3])[2] - prf(*t[3:])[2])
t = A.sum(0); print('point diff', prf(*t[:3])[2] - prf(*t[3:])[2], '95% CI', np.percentile(d, [2.5, 97.5]))
