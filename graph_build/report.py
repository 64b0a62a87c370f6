"""What a build did: documents built, problems by document, facts, triples per graph, stage times.

The same record is printed by ``cytokg build`` and stored as ``build.json`` beside the store, where
``cytokg info`` and the server read it back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from cytokg.graph_build.records import Problem


@dataclass(frozen=True)
class BuildReport:
    version: str
    build_time: str
    activity: str
    documents: tuple[str, ...]  # doc ids built
    files: tuple[tuple[str, str, str], ...]  # (doc id, file name, sha256)
    problems: tuple[Problem, ...]
    facts_by_kind: tuple[tuple[str, str, int], ...]  # (kind, agent, count)
    triples_by_graph: tuple[tuple[str, int], ...]
    stage_seconds: tuple[tuple[str, float], ...]
    total_triples: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        return data

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


def count_facts(counts: Counter) -> tuple[tuple[str, str, int], ...]:
    """(kind, agent) -> count as sorted (kind, agent, count) rows."""
    return tuple((kind, agent, n) for (kind, agent), n in sorted(counts.items()))


def problems_by_document(problems: tuple[Problem, ...]) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = {}
    for problem in problems:
        grouped.setdefault(problem.doc, []).append(problem)
    return grouped


def format_report(report: BuildReport, store: str | None = None) -> str:
    """A short human summary: documents, facts by kind, triples, problems, stage times."""
    lines = [
        f"built version {report.version} ({report.build_time}, activity {report.activity})",
        f"documents: {len(report.documents)} built ({', '.join(report.documents) or 'none'})",
    ]
    if store:
        lines.append(f"store: {store}")
    kinds: Counter = Counter()
    agents: dict[str, Counter] = {}
    for kind, agent, n in report.facts_by_kind:
        kinds[kind] += n
        agents.setdefault(kind, Counter())[agent] += n
    lines.append(f"facts: {sum(kinds.values())}")
    for kind, n in sorted(kinds.items()):
        split = ", ".join(f"{a} {c}" for a, c in sorted(agents[kind].items()))
        lines.append(f"  {kind:<24} {n:>5}  ({split})")
    lines.append(f"triples: {report.total_triples} in {len(report.triples_by_graph)} graphs")
    for graph_iri, n in report.triples_by_graph:
        lines.append(f"  {n:>7}  {graph_iri}")
    grouped = problems_by_document(report.problems)
    lines.append(f"problems: {len(report.problems)}")
    for doc, problems in sorted(grouped.items()):
        for p in problems:
            where = f" [{p.where}]" if p.where else ""
            lines.append(f"  {doc}: {p.level}: {p.message}{where}")
    for note in report.notes:
        lines.append(f"note: {note}")
    times = ", ".join(f"{stage} {secs:.2f}s" for stage, secs in report.stage_seconds)
    lines.append(f"time: {times}")
    return "\n".join(lines)
