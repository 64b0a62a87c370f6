"""Text-mined numeric outcomes: 'from A to B (p < x)', 'k/n' counts, and p-values."""

from __future__ import annotations

import re

from cytokg.graph_build.extract import SentenceView, cues, pattern
from cytokg.graph_build.records import Fact

_LEADING_VARIABLE = re.compile(
    r"(\b[\w][\w\- ]{2,60}?)\s+(?:was|were|decreased|increased|fell|rose|"
    r"declined|dropped|reduced|improved)\b",
    re.IGNORECASE,
)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _variable(view: SentenceView, before: int) -> tuple[str, str | None]:
    """The measured variable: the nearest lab measure / finding mention before the numbers,
    else the noun phrase before 'was reduced' and the like."""
    candidates = [
        m for m in view.of("lab_measure", "phenotype", "disease")
        if view.original(0) <= m.start < view.original(before)
    ]
    if candidates:
        m = max(candidates, key=lambda m: m.start)
        return m.text, m.curie
    matches = list(_LEADING_VARIABLE.finditer(view.text[:before]))
    if matches:
        return matches[-1].group(1).strip(), None
    return "unnamed outcome", None


def _looks_like_years(a: str, b: str) -> bool:
    return all(x.isdigit() and 1900 <= int(x) <= 2100 for x in (a, b))


def _p_value(view: SentenceView) -> tuple[float, str] | None:
    match = pattern(cues()["p_value"]).search(view.text)
    if not match:
        return None
    op = {"≤": "<", "≥": ">"}.get(match.group("op"), match.group("op"))
    return _number(match.group("val")), op


def outcome_facts(views: list[SentenceView], group_key: str | None) -> list[Fact]:
    """Numbers of the paper's own population; counts need a group (a review has none)."""
    facts: list[Fact] = []
    from_to = pattern(cues()["from_to"])
    count_of = pattern(cues()["count_of"])
    for view in views:
        p = _p_value(view)
        for n, match in enumerate(from_to.finditer(view.text)):
            if _looks_like_years(match.group("a"), match.group("b")):
                continue  # "from 2018 to 2021" is a period, not an outcome
            label, curie = _variable(view, match.start())
            unit = match.group("ub") or match.group("ua") or ""
            base = f"s{view.sentence.index}-{n}"
            before_after = []
            for phase, value in (("before", match.group("a")), ("after", match.group("b"))):
                props = [("variableLabel", label), ("value", _number(value)), ("phase", phase)]
                if group_key:
                    props.append(("aboutGroup", "#" + group_key))
                if unit:
                    props.append(("unit", unit))
                if curie:
                    props.append(("measuredVariable", curie))
                key = f"outcome-tm-{base}-{phase}"
                before_after.append(key)
                facts.append(Fact("OutcomeMeasurement", key, tuple(props), (view.span(),),
                                  confidence=0.5, label=f"{label} {phase}",
                                  origin="extract_outcomes.from_to"))
            if p:
                props = [("compares", "#" + k) for k in before_after]
                props += [("pValue", p[0]), ("pValueQualifier", p[1])]
                facts.append(Fact("Comparison", f"comparison-tm-{base}", tuple(props),
                                  (view.span(),), confidence=0.5,
                                  label=f"{label}: before vs after (p {p[1]} {p[0]})",
                                  origin="extract_outcomes.from_to"))
        for n, match in enumerate(count_of.finditer(view.text) if group_key else ()):
            k, total = int(match.group("k")), int(match.group("n"))
            if not 0 < total <= 100_000 or k > total:
                continue
            label, curie = _variable(view, match.start())
            props = [("variableLabel", label), ("eventCount", k), ("denominator", total),
                     ("aboutGroup", "#" + group_key)]
            if curie:
                props.append(("measuredVariable", curie))
            facts.append(Fact("OutcomeMeasurement", f"count-tm-s{view.sentence.index}-{n}",
                              tuple(props), (view.span(),), confidence=0.4,
                              label=f"{label}: {k}/{total}", origin="extract_outcomes.count_of"))
    return facts
