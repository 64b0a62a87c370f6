"""Logreg ablations + per-era breakdown + comparison with current (tuned, in-sample) rules."""
import json, re, sys
from collections import Counter
import numpy as np
sys.path.insert(0, '/tmp/usesexp')
from experiment import load, paper_features, score, prf
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

papers = load()
X, y, groups, pidx, pairs = [], [], [], [], []
for i, p in enumerate(papers):
    for pair, f, lab in paper_features(p):
        X.append(f); y.append(lab); groups.append(p['set']); pidx.append(i); pairs.append(pair)
y = np.array(y); groups = np.array(groups); pidx = np.array(pidx)
BLINDF = {'blind', 'drug_in_blind', 'dis_in_blind', 'n_blind_pairs'}
variants = {
    'full': lambda k: True,
    'no_blind_feats': lambda k: k not in BLINDF,
    'no_bow': lambda k: not re.match(r'(bw|pre_drug|post_dis)=', k),
    'blind_only': lambda k: k in BLINDF,
}
cur = json.load(open('/tmp/usesexp/current_rules.json'))
for p in papers: p['current'] = {tuple(u) for u in cur[f"{p['set']}/{p['doc']}"]}

def era(s):
    n = 1 if s == 'blindtest' else (0 if s == 'heldout' else int(s[9:]))
    return 'sets 0-40' if n <= 40 else ('sets 41-80' if n <= 80 else 'sets 81-117')

def subset_score(sel, preds):
    return score([papers[i] for i in sel], [preds[i] for i in sel])

oofs = {}
for name, keepf in variants.items():
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=10).split(X, y, groups):
        cnt = Counter(k for i in tr for k in X[i])
        keep = {k for k, c in cnt.items() if c >= 3 and keepf(k)}
        dv = DictVectorizer()
        Xtr = dv.fit_transform([{k: v for k, v in X[i].items() if k in keep} for i in tr])
        Xte = dv.transform([X[i] for i in te])
        m = LogisticRegression(C=0.5, max_iter=4000).fit(Xtr, y[tr])
        oof[te] = m.predict_proba(Xte)[:, 1]
    oofs[name] = oof

def preds_at(oof, t):
    pred = [set() for _ in papers]
    for j in np.where(oof >= t)[0]: pred[pidx[j]].add(pairs[j])
    return pred

allidx = list(range(len(papers)))
print('== ablations (logreg, grouped 10-fold by set), all 964 papers ==')
for name, oof in oofs.items():
    for t in (0.4, 0.5, 0.6):
        (P, R, F), n08, _ = score(papers, preds_at(oof, t))
        print(f'{name:15s} t={t}: P={P:.3f} R={R:.3f} F1={F:.3f} sets>=0.8: {n08}/118')
(P, R, F), n08, _ = score(papers, [p['current'] for p in papers])
print(f'CURRENT rules (tuned on these sets, in-sample, optimistic): P={P:.3f} R={R:.3f} F1={F:.3f} sets>=0.8: {n08}/118')

print('\n== by era (blind rules vs full logreg t=0.5 vs current in-sample rules) ==')
full = preds_at(oofs['full'], 0.5)
for e in ('sets 0-40', 'sets 41-80', 'sets 81-117'):
    sel = [i for i, p in enumerate(papers) if era(p['set']) == e]
    nsets = len({papers[i]['set'] for i in sel})
    for lab, pr in (('blind rules', [p['blind'] for p in papers]), ('model t=0.5', full),
                    ('current rules*', [p['current'] for p in papers])):
        (P, R, F), n08, _ = subset_score(sel, pr)
        print(f'{e:12s} {lab:15s} papers={len(sel)} P={P:.3f} R={R:.3f} F1={F:.3f} sets>=0.8: {n08}/{nsets}')

# error anatomy at t=0.5
add = rem = add_ok = rem_ok = 0
for i, p in enumerate(papers):
    for q in full[i] - p['blind']:
        add += 1; add_ok += q in p['uses']
    for q in p['blind'] - full[i]:
        rem += 1; rem_ok += q not in p['uses']
print(f'\nmodel t=0.5 vs blind: added {add} pairs ({add_ok} correct), removed {rem} blind pairs ({rem_ok} were wrong)')
