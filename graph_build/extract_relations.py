"""Text-mined relations: drug -> target links, adverse events (uses: extract_uses)."""

from __future__ import annotations

import re

from cytokg.graph_build.extract import SentenceView, cues, pattern, slug
from cytokg.graph_build.records import Fact, Mention

_TARGET_CATEGORIES = ("protein", "gene")


def _nearest(mention: Mention, others: list[Mention]) -> Mention:
    return min(others, key=lambda o: abs(o.start - mention.start))


def _protein_id(mention: Mention) -> str | None:
    if mention.curie and mention.curie.startswith("UniProtKB:"):
        return mention.curie
    return next((x for x in mention.xrefs if x.startswith("UniProtKB:")), None)


_RECEPTOR_AFTER = re.compile(r"^[\s-]*receptors?\b", re.IGNORECASE)


def _receptor_id(mention: Mention) -> str | None:
    """'IL-6 receptor blocker': the mention is the cytokine, the target is its receptor.
    Look the receptor up in the lexicon by '<any name of the cytokine> receptor'."""
    from cytokg.graph_build.lexicon import default_lexicon, normalise_key

    lexicon = default_lexicon()
    for name in lexicon.names(mention.curie or ""):
        for entry in lexicon.lookup(normalise_key(f"{name} receptor")):
            if entry.category in _TARGET_CATEGORIES:
                if entry.curie.startswith("UniProtKB:"):
                    return entry.curie
                found = next((x for x in entry.xrefs if x.startswith("UniProtKB:")), None)
                if found:
                    return found
    return None


def drug_target_links(views: list[SentenceView]) -> list[Fact]:
    """'<drug>, an <target> receptor antagonist' or 'anti-<target> antibody' next to a drug."""
    apposition = [pattern(src) for src in cues()["target_apposition"]]
    mechanism = pattern(cues()["mechanism_words"])
    found: dict[tuple[str, str], Fact] = {}
    for view in views:
        text = view.sentence.text
        for drug in view.of("drug"):
            for target in view.of(*_TARGET_CATEGORIES):
                if target.start <= drug.end or target.start - drug.end > 60:
                    continue
                between = text[drug.end - view.sentence.start : target.start - view.sentence.start]
                after = text[target.end - view.sentence.start :][:40]
                if not any(p.search(between) for p in apposition):
                    continue
                if not mechanism.search(target.text + " " + after):
                    continue
                if target.text.lower().rstrip("s").endswith("antagonist"):
                    continue  # the antagonist protein itself, not what it blocks
                if _RECEPTOR_AFTER.match(after):
                    protein = _receptor_id(target)
                else:
                    protein = _protein_id(target)
                if not protein or (drug.curie, protein) in found:
                    continue
                found[(drug.curie, protein)] = Fact(
                    kind="DrugTargetLink",
                    key=f"target-{slug(drug.curie)}-{slug(protein)}",
                    properties=(("drug", drug.curie), ("target", protein)),
                    spans=(view.span(),),
                    confidence=0.8,
                    label=f"{drug.label} targets {target.label}",
                    origin="extract_relations.drug_target_links",
                )
    return [found[k] for k in sorted(found)]


def adverse_events(views: list[SentenceView]) -> list[Fact]:
    """A finding next to an adverse-event cue and a drug -> an adverse event of that drug."""
    conf = cues()["adverse_event"]
    cue = pattern(conf["cues"])
    withdrawal = pattern(conf["withdrawal"])
    facts: dict[str, Fact] = {}
    for view in views:
        if not cue.search(view.text):
            continue
        drugs = view.of("drug")
        findings = view.of("phenotype", "disease")
        if not drugs or not findings:
            continue
        for finding in findings:
            drug = _nearest(finding, drugs)
            key = f"ae-{slug(drug.curie)}-{slug(finding.curie)}"
            if key in facts:
                continue
            props: list[tuple[str, object]] = [
                ("drug", drug.curie),
                ("finding", finding.curie),
                ("variableLabel", finding.text),
            ]
            if withdrawal.search(view.text):
                props.append(("ledToWithdrawal", True))
            facts[key] = Fact(
                kind="AdverseEvent",
                key=key,
                properties=tuple(props),
                spans=(view.span(),),
                confidence=0.4,
                label=f"{finding.label} under {drug.label}",
                origin="extract_relations.adverse_events",
            )
    return [facts[k] for k in sorted(facts)]
