"""Concepts from several sources merged into one table, then written as lexicon rows.

Rules, in order of trust (tier 0 = overrides.tsv, 1 = reference table, then the sources in the
order they are added):
* an id belongs to one concept: the first source to claim it (as primary id or exact xref) owns it;
* a later concept whose primary id is already owned is merged into the owner (its synonyms only);
  its other xrefs that another concept owns are dropped (so MONDO's toxic shock syndrome never keeps
  MeSH D012772, which the reference gives to septic shock);
* a surface key goes to the best (tier, label-before-synonym) claim; a tie between two concepts
  makes the key ambiguous and it is dropped (reported in the build summary).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from cytokg.graph_build.lexicon import COLUMNS, is_case_sensitive, normalise_key
from cytokg.identifiers import expand


@dataclass(frozen=True)
class Synonym:
    text: str
    tier: int
    is_label: bool
    source: str
    reordered: bool = False  # "type 1 autoimmune pancreatitis" made from "... pancreatitis type 1"


@dataclass(frozen=True)
class Concept:
    curie: str
    label: str
    category: str
    source: str
    xrefs: tuple[str, ...] = ()
    broad_xrefs: tuple[str, ...] = ()
    synonyms: tuple[Synonym, ...] = ()
    parents: tuple[str, ...] = ()  # is_a parents (ontology sources), for tie-breaking


# a disease's or finding's type after its name ("autoimmune pancreatitis type 1"), which papers
# write before it ("type 1 autoimmune pancreatitis")
_TYPE_AFTER = re.compile(r"(?P<name>[a-z][\w' -]*?),?\s+type\s+(?P<type>\d|i{1,3}|iv|[a-c])",
                         re.IGNORECASE)


def reordered(syn: Synonym) -> Synonym | None:
    """The synonym with its type put first, a claim weaker than any the sources make."""
    m = _TYPE_AFTER.fullmatch(syn.text)
    if not m:
        return None
    return replace(syn, text=f"type {m['type']} {m['name']}", is_label=False, reordered=True)


def expandable(curie: str) -> bool:
    try:
        expand(curie)
    except Exception:  # curies raises its own error types for unknown prefixes / bad CURIEs
        return False
    return True


@dataclass
class ConceptTable:
    """The concepts being built, with id ownership and per-key claims."""

    stopwords: frozenset[str]
    agent_names: re.Pattern | None = None  # synonyms that name an agent (a virus), not a disease
    adjectives: re.Pattern | None = None  # one-word synonyms that are adjectives ("pituitary")
    concepts: dict[str, Concept] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)
    blocked: set[tuple[str, str]] = field(default_factory=set)  # (key, curie)
    stats: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, concept: Concept) -> str:
        """Add or merge a concept; returns the primary id it ended up under."""
        if not expandable(concept.curie):
            raise ValueError(
                f"{concept.source}: {concept.curie} ({concept.label}) is not expandable"
            )
        home = self.owner.get(concept.curie)
        if home is not None and concept.source != "reference":  # reference labels stay distinct
            old = self.concepts[home]
            self.concepts[home] = replace(old, synonyms=old.synonyms + concept.synonyms)
            self.stats[f"merged:{concept.source}"] += 1
            return home
        xrefs = tuple(
            x for x in dict.fromkeys(concept.xrefs)
            if x != concept.curie and expandable(x)
            and (concept.source == "reference" or x not in self.owner)
        )
        broad = tuple(x for x in dict.fromkeys(concept.broad_xrefs) if expandable(x))
        if concept.curie in self.concepts:
            raise ValueError(f"{concept.source}: two reference labels share {concept.curie}")
        self.concepts[concept.curie] = replace(concept, xrefs=xrefs, broad_xrefs=broad)
        for x in (concept.curie, *xrefs):
            self.owner.setdefault(x, concept.curie)
        self.stats[f"concepts:{concept.source}"] += 1
        return concept.curie

    def add_synonym(self, curie: str, text: str, tier: int, source: str) -> None:
        home = self.owner.get(curie)
        if home is None:
            raise KeyError(f"{source}: no concept owns {curie} (for synonym {text!r})")
        old = self.concepts[home]
        added = Synonym(text, tier, True, source)
        self.concepts[home] = replace(old, synonyms=old.synonyms + (added,))

    def relabel(self, curie: str, text: str) -> None:
        """Give a concept the label its ontology uses where the reference table named it by the
        phrase it helps to post-coordinate."""
        home = self.owner.get(curie)
        if home is None:
            raise KeyError(f"override: no concept owns {curie} (for label {text!r})")
        self.concepts[home] = replace(self.concepts[home], label=text)

    def block(self, text: str, curie: str) -> None:
        self.blocked.add((normalise_key(text), self.owner.get(curie, curie)))

    def _ancestors(self, curie: str) -> set[str]:
        seen: set[str] = set()
        stack = list(self.concepts[curie].parents) if curie in self.concepts else []
        while stack:
            p = stack.pop()
            if p not in seen:
                seen.add(p)
                stack.extend(self.concepts[p].parents if p in self.concepts else ())
        return seen

    def _keep(self, syn: Synonym, category: str = "") -> bool:
        key = normalise_key(syn.text)
        if not key or len(syn.text) > 100 or key in self.stopwords:
            return False
        if syn.tier <= 1:  # hand-checked tiers (overrides, reference table) keep everything
            return True
        if not syn.is_label and self.agent_names and self.agent_names.search(syn.text):
            return False  # MONDO lists "human herpesvirus 8" under Kaposi's sarcoma
        if (not syn.is_label and category in ("disease", "phenotype") and self.adjectives
                and self.adjectives.fullmatch(syn.text)):
            return False  # MONDO lists "pituitary" under hypophysitis, "allergic" under eczema
        alnum = sum(c.isalnum() for c in syn.text)
        # acronyms that ontologies list in lower case ('era', 'gave', 'papa') read as English words
        lower_acronym = (
            not syn.is_label and alnum <= 4 and syn.text.isalpha() and syn.text.islower()
        )
        return alnum >= 3 and not lower_acronym

    def rows(self) -> list[dict[str, str]]:
        """Resolve key claims and return lexicon rows, sorted for byte-stable output."""
        claims: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
        synonyms = {curie: c.synonyms + (tuple(r for r in map(reordered, c.synonyms) if r)
                                         if c.category in ("disease", "phenotype") else ())
                    for curie, c in self.concepts.items()}
        self.stats["type-first synonyms made"] = sum(
            len(found) - len(self.concepts[curie].synonyms) for curie, found in synonyms.items())
        for c in self.concepts.values():
            for s in synonyms[c.curie]:
                if self._keep(s, c.category):
                    # an acronym shared by two classes goes to the domain's seed entity if one is
                    # (CRS: cytokine release syndrome, not congenital rubella syndrome)
                    seed = 0 if c.source == "reference" and is_case_sensitive(s.text) else 1
                    rank = 2 if s.reordered else 0 if s.is_label else 1
                    claims[normalise_key(s.text)].append((s.tier, rank, seed, c.curie))
        winner: dict[str, str] = {}
        for key, found in claims.items():
            found = [f for f in found if (key, f[3]) not in self.blocked]
            if not found:
                continue
            best = min(f[:3] for f in found)
            curies = {f[3] for f in found if f[:3] == best}
            if len(curies) > 1:  # a class and its subclass share the form: the general one keeps it
                curies = {c for c in curies if not self._ancestors(c) & curies} or curies
            if len(curies) > 1:
                self.stats["ambiguous keys dropped"] += 1
                continue
            winner[key] = curies.pop()
        rows = []
        for c in self.concepts.values():
            xrefs = "|".join([*c.xrefs, *("~" + b for b in c.broad_xrefs)])
            seen: set[str] = set()
            for s in sorted(synonyms[c.curie], key=lambda s: (s.tier, s.reordered,
                                                              not s.is_label, s.text)):
                key = normalise_key(s.text)
                if s.text in seen or winner.get(key) != c.curie or not self._keep(s, c.category):
                    continue
                seen.add(s.text)
                rows.append({"synonym": s.text, "key": key, "category": c.category,
                             "curie": c.curie, "label": c.label, "xrefs": xrefs,
                             "source": s.source})
        rows.sort(key=lambda r: (r["category"], r["curie"], r["key"], r["synonym"]))
        return rows


def write_rows(rows: list[dict[str, str]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for r in rows:
        bad = [v for v in r.values() if "\t" in v or "\n" in v]
        if bad:
            raise ValueError(f"lexicon value with a tab or newline: {bad[0]!r}")
    lines = ["\t".join(COLUMNS)] + ["\t".join(r[c] for c in COLUMNS) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
