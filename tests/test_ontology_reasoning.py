"""HermiT over the ontology and the reference drugs: consistent, and the defined classes classify
the drugs by their verified targets (identifiers.tsv drug_target rows)."""

from __future__ import annotations

import json

import pytest

from cytokg.identifiers import expand
from cytokg.ontology import reasoning
from cytokg.terms import CY


@pytest.fixture(scope="module")
def report() -> reasoning.ReasonerReport:
    return reasoning.run_reasoner()  # really runs HermiT (Java), no cache


def classes(report, curie):
    return report.classes_of(expand(curie))


def test_consistent_without_unsatisfiable_classes(report):
    assert report.consistent, report.message
    assert report.unsatisfiable == ()


@pytest.mark.parametrize("curie", [
    "DRUGBANK:DB06273",  # tocilizumab: target IL6R (P08887)
    "DRUGBANK:DB11767",  # sarilumab: target IL6R (P08887)
    "DRUGBANK:DB09036",  # siltuximab: target IL6 (P05231)
])
def test_il6_blockers(report, curie):
    assert CY.IL6PathwayBlocker in classes(report, curie)
    assert CY.IL1PathwayBlocker not in classes(report, curie)


@pytest.mark.parametrize("curie", [
    "DRUGBANK:DB00026",  # anakinra: target IL1R1 (P14778)
    "DRUGBANK:DB06168",  # canakinumab: target IL1B (P01584)
])
def test_il1_blockers(report, curie):
    assert classes(report, curie) == {CY.IL1PathwayBlocker}


@pytest.mark.parametrize("curie", ["DRUGBANK:DB00065", "DRUGBANK:DB00005", "DRUGBANK:DB00051"])
def test_tnf_blockers(report, curie):  # infliximab, etanercept, adalimumab: target TNF (P01375)
    assert classes(report, curie) == {CY.TNFBlocker}


@pytest.mark.parametrize("curie", [
    "DRUGBANK:DB00563",  # methotrexate (DHFR)
    "DRUGBANK:DB00028",  # IVIG (Fc receptors, complement)
    "DRUGBANK:DB00860",  # prednisolone (NR3C1)
    "DRUGBANK:DB00073",  # rituximab (MS4A1)
])
def test_other_drugs_are_not_classified(report, curie):
    assert classes(report, curie) == frozenset()


def test_exactly_the_expected_assertions(report):
    assert len(report.inferred) == 8


def test_cache_is_used_and_keyed_by_inputs(tmp_path, report, monkeypatch):
    cache = tmp_path / "cache.json"
    cache.write_text(json.dumps({
        "key": reasoning.inputs_digest(), "consistent": True, "message": "HermiT: consistent",
        "unsatisfiable": [], "inferred": [list(x) for x in report.inferred],
    }))
    monkeypatch.setattr(reasoning, "run_reasoner", lambda: pytest.fail("cache not used"))
    cached = reasoning.reason(cache_file=cache)
    assert cached.inferred == report.inferred and cached.message.endswith("(cached)")
    # A stale key means the inputs changed: reason again.
    cache.write_text(json.dumps({"key": "stale"}))
    with pytest.raises(pytest.fail.Exception, match="cache not used"):
        reasoning.reason(cache_file=cache)


def test_committed_cache_matches_a_fresh_run(report):
    data = json.loads(reasoning.CACHE_FILE.read_text(encoding="utf-8"))
    assert data["key"] == reasoning.inputs_digest(), "run `cytokg ontology --reason`"
    assert [tuple(x) for x in data["inferred"]] == list(report.inferred)
