"""Grouped-CV experiment: learned re-scorer of candidate (drug, disease) pairs vs blind rules.

Inputs: /tmp/usesexp/cache/<set>.pkl (from extract.py), /tmp/exp/blind/<set>.json (read only).
"""
import json, math, pickle, re, sys
from collections import Counter, defaultdict
from pathlib import Path
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

CACHE = Path('/tmp/usesexp/cache')
SETS = ['heldout', 'blindtest'] + [f'blindtest{i}' for i in range(2, 118)]
DRUG = ('drug', 'drug_class'); DIS = ('disease', 'phenotype')
WORD = re.compile(r"[a-z][a-z\-]*")

def load():
    papers = []
    for s in SETS:
        blind = {d['doc']: d for d in json.load(open(f'/tmp/exp/blind/{s}.json'))}
        for p in pickle.load(open(CACHE / f'{s}.pkl', 'rb')):
            b = blind[p['doc']]
            p['blind'] = {tuple(u) for u in b['uses']}
            p['uses'] = {tuple(u) for u in p['uses']}
            papers.append(p)
    return papers

def words(text):
    return WORD.findall(text.lower())

def paper_features(p):
    sents = {s[0]: s for s in p['sentences']}
    ments = [m for m in p['mentions'] if m[2]]
    # sentence index of mention: use m[4] if present else locate by offsets
    def sent_of(m):
        if m[4] is not None: return m[4]
        for s in p['sentences']:
            if s[1] <= m[0] < s[2]: return s[0]
        return None
    ms = [(m[0], m[1], m[2], m[3], sent_of(m)) for m in ments]
    drugs = [m for m in ms if m[3] in DRUG]; dis = [m for m in ms if m[3] in DIS]
    nsent = max(1, len(p['sentences']))
    dcount = Counter(m[2] for m in drugs); scount = Counter(m[2] for m in dis)
    dcat = {c: Counter(m[3] for m in drugs if m[2] == c).most_common(1)[0][0] for c in dcount}
    scat = {c: Counter(m[3] for m in dis if m[2] == c).most_common(1)[0][0] for c in scount}
    drank = {c: i for i, (c, _) in enumerate(dcount.most_common())}
    srank = {c: i for i, (c, _) in enumerate(scount.most_common())}
    dfirst = {}; sfirst = {}
    for m in drugs: dfirst.setdefault(m[2], m[4] if m[4] is not None else nsent)
    for m in dis: sfirst.setdefault(m[2], m[4] if m[4] is not None else nsent)
    title_sents = {0}
    # also treat sentences starting within the first 300 chars as title-ish
    head = {s[0] for s in p['sentences'] if s[1] < 300}
    by_sent_d = defaultdict(list); by_sent_s = defaultdict(list)
    for m in drugs: by_sent_d[m[4]].append(m)
    for m in dis: by_sent_s[m[4]].append(m)
    blind_drugs = {d for d, _ in p['blind']}; blind_dis = {s for _, s in p['blind']}
    cands = set((d, s) for d in dcount for s in scount) | set(p['blind'])
    rows = []
    for d, s in sorted(cands):
        f = {}
        f['blind'] = float((d, s) in p['blind'])
        f['drug_in_blind'] = float(d in blind_drugs)
        f['dis_in_blind'] = float(s in blind_dis)
        f['n_blind_pairs'] = math.log1p(len(p['blind']))
        f['drug_mentioned'] = float(d in dcount); f['dis_mentioned'] = float(s in scount)
        f['drug_log_count'] = math.log1p(dcount.get(d, 0)); f['dis_log_count'] = math.log1p(scount.get(s, 0))
        f['drug_share'] = dcount.get(d, 0) / max(1, sum(dcount.values()))
        f['dis_share'] = scount.get(s, 0) / max(1, sum(scount.values()))
        f['drug_rank0'] = float(drank.get(d, 99) == 0); f['dis_rank0'] = float(srank.get(s, 99) == 0)
        f['drug_rank'] = min(drank.get(d, 10), 10) / 10; f['dis_rank'] = min(srank.get(s, 10), 10) / 10
        f['drug_first_rel'] = dfirst.get(d, nsent) / nsent; f['dis_first_rel'] = sfirst.get(s, nsent) / nsent
        f['n_drugs'] = math.log1p(len(dcount)); f['n_dis'] = math.log1p(len(scount))
        f['cat_drug_class'] = float(dcat.get(d) == 'drug_class')
        f['cat_phenotype'] = float(scat.get(s) == 'phenotype')
        f['pfx_' + s.split(':')[0]] = 1.0
        dsent = {m[4] for m in drugs if m[2] == d}; ssent = {m[4] for m in dis if m[2] == s}
        shared = sorted(x for x in dsent & ssent if x is not None)
        f['drug_in_title'] = float(0 in dsent); f['dis_in_title'] = float(0 in ssent)
        f['drug_in_head'] = float(bool(dsent & head)); f['dis_in_head'] = float(bool(ssent & head))
        f['cooc_title'] = float(0 in shared); f['cooc_head'] = float(bool(set(shared) & head))
        f['cooc_log'] = math.log1p(len(shared)); f['cooc_share'] = len(shared) / nsent
        f['cooc_any'] = float(bool(shared))
        # closest shared sentence
        best = None
        for si in shared:
            for a in by_sent_d[si]:
                if a[2] != d: continue
                for b in by_sent_s[si]:
                    if b[2] != s: continue
                    lo, hi = (a, b) if a[0] < b[0] else (b, a)
                    gap = p['text'][lo[1]:hi[0]]
                    nw = len(words(gap))
                    if best is None or nw < best[0]:
                        best = (nw, gap, a[0] < b[0], si, a, b)
        if best:
            nw, gap, drug_first, si, a, b = best
            f['tok_dist'] = min(nw, 40) / 40; f['adjacent'] = float(nw <= 3)
            f['drug_before'] = float(drug_first)
            gw = words(gap)
            if len(gw) > 12: gw = gw[:6] + gw[-6:]
            for w in set(gw): f['bw=' + w] = 1.0
            if ';' in gap or '. ' in gap: f['gap_punct'] = 1.0
            if '(' in gap: f['gap_paren'] = 1.0
            sent_text = sents[si][3].lower() if si in sents else ''
            # words before drug mention (3) and after disease mention (2)
            pre = words(p['text'][max(0, a[0] - 40):a[0]])[-3:]
            for w in pre: f['pre_drug=' + w] = 1.0
            post = words(p['text'][b[1]:b[1] + 30])[:2]
            for w in post: f['post_dis=' + w] = 1.0
        else:
            f['no_shared'] = 1.0
        rows.append(((d, s), f, float((d, s) in p['uses'])))
    return rows

def prf(tp, fp, fn):
    P = tp / (tp + fp) if tp + fp else 1.0
    R = tp / (tp + fn) if tp + fn else 1.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F

def score(papers, predsets):
    tp = fp = fn = 0; per_set = defaultdict(lambda: [0, 0, 0])
    for p, pred in zip(papers, predsets):
        g = p['uses']; a, b, c = len(pred & g), len(pred - g), len(g - pred)
        tp += a; fp += b; fn += c
        ps = per_set[p['set']]; ps[0] += a; ps[1] += b; ps[2] += c
    setF = {s: prf(*v)[2] if sum(v) else 1.0 for s, v in per_set.items()}
    return prf(tp, fp, fn), sum(F >= 0.8 for F in setF.values()), setF

def main():
    papers = load()
    X_dicts, y, groups, pidx, pairs = [], [], [], [], []
    for i, p in enumerate(papers):
        for pair, f, lab in paper_features(p):
            X_dicts.append(f); y.append(lab); groups.append(p['set']); pidx.append(i); pairs.append(pair)
    y = np.array(y); groups = np.array(groups); pidx = np.array(pidx)
    ngold = sum(len(p['uses']) for p in papers)
    ncand_pos = int(y.sum())
    print(f'papers={len(papers)} sets={len(set(groups))} candidates={len(y)} gold pairs={ngold} '
          f'gold in candidates={ncand_pos} ceiling recall={ncand_pos/ngold:.3f}')
    nb = sum(len(p['blind']) for p in papers)
    print(f'blind rule pairs={nb}')
    # ceiling of mention-only candidates (without blind pairs)
    ment_only = sum(1 for f, l in zip(X_dicts, y) if l and f['drug_mentioned'] and f['dis_mentioned'])
    print(f'gold pairs among mention x mention candidates only: {ment_only} ({ment_only/ngold:.3f})')

    gkf = GroupKFold(n_splits=10)
    models = {
        'logreg': lambda: LogisticRegression(C=0.5, max_iter=4000, class_weight=None),
        'hgb': lambda: HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                                       min_samples_leaf=20, l2_regularization=1.0, random_state=0),
    }
    oof = {k: np.zeros(len(y)) for k in models}
    for tr, te in gkf.split(X_dicts, y, groups):
        dv = DictVectorizer(sparse=True)
        # keep only features seen in >=3 training candidates (bag of words pruning)
        cnt = Counter(k for i in tr for k in X_dicts[i])
        keep = {k for k, c in cnt.items() if c >= 3}
        Xtr = dv.fit_transform([{k: v for k, v in X_dicts[i].items() if k in keep} for i in tr])
        Xte = dv.transform([X_dicts[i] for i in te])
        for k, mk in models.items():
            m = mk()
            if k == 'hgb':
                m.fit(Xtr.toarray(), y[tr]); oof[k][te] = m.predict_proba(Xte.toarray())[:, 1]
            else:
                m.fit(Xtr, y[tr]); oof[k][te] = m.predict_proba(Xte)[:, 1]

    (P, R, F), n08, rulesF = score(papers, [p['blind'] for p in papers])
    print(f'\nBLIND RULES       P={P:.3f} R={R:.3f} F1={F:.3f}  sets F1>=0.8: {n08}/{len(rulesF)}')
    results = {}
    for k in models:
        for t in (0.3, 0.4, 0.5, 0.6, 0.7):
            pred = [set() for _ in papers]
            for j in np.where(oof[k] >= t)[0]:
                pred[pidx[j]].add(pairs[j])
            (P, R, F), n08, setF = score(papers, pred)
            results[(k, t)] = setF
            better = sum(setF[s] > rulesF[s] + 1e-9 for s in setF); worse = sum(setF[s] < rulesF[s] - 1e-9 for s in setF)
            print(f'{k:7s} t={t:.1f}      P={P:.3f} R={R:.3f} F1={F:.3f}  sets F1>=0.8: {n08}/{len(setF)}'
                  f'  (sets better/worse than rules: {better}/{worse})')
    # full-data logreg weights
    cnt = Counter(k for f in X_dicts for k in f)
    keep = {k for k, c in cnt.items() if c >= 3}
    dv = DictVectorizer(sparse=True)
    X = dv.fit_transform([{k: v for k, v in f.items() if k in keep} for f in X_dicts])
    m = models['logreg']().fit(X, y)
    w = sorted(zip(m.coef_[0], dv.get_feature_names_out()), key=lambda t: -abs(t[0]))
    print('\nTop logreg weights (full data):')
    for c, n in w[:40]:
        print(f'  {c:+.3f}  {n}')
    np.save('/tmp/usesexp/oof.npy', np.vstack([oof[k] for k in models]))
    pickle.dump(dict(pairs=pairs, pidx=pidx, y=y, groups=groups), open('/tmp/usesexp/oof_meta.pkl', 'wb'))

if __name__ == '__main__':
    main()
