"""The build: every paper of a folder -> records -> quads -> a new, validated, published store.

A paper that cannot be read or processed is reported by name and the others still build; a broken
curation file or a failed validation fails the whole build, and then nothing is published: the old
store stays as it was.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pyoxigraph

from cytokg.config import Settings
from cytokg.graph_build import shards
from cytokg.graph_build import store as versions
from cytokg.graph_build.checks import Validator, default_validators
from cytokg.graph_build.curation import curation_path, load_curation
from cytokg.graph_build.documents import DocumentError, discover, read_document
from cytokg.graph_build.extract import extract_facts
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.paper_codes import check_paper_codes
from cytokg.graph_build.parse import parse_document
from cytokg.graph_build.provenance import RULES_FILE, build_activity
from cytokg.graph_build.rdf import document_quads
from cytokg.graph_build.records import Document, DocumentResult, Problem
from cytokg.graph_build.report import BuildReport, count_facts
from cytokg.graph_build.sink import nquads_lines, write_nquads
from cytokg.terms import VOCABULARY_FILE

NQUADS_FILE = "graph.nq"


class BuildError(Exception):
    """The build cannot be published (broken curation, failed validation, nothing to build)."""


def process_document(
    path: Path, settings: Settings, documents: Mapping[str, Document] | None = None
) -> tuple[DocumentResult, dict[str, float]]:
    """read -> parse -> mentions -> paper codes -> curated facts -> text-mined facts.

    Returns the result and seconds per stage. DocumentError (unreadable paper) and CurationError
    (broken curation file) propagate; the caller decides what each means for the build."""
    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage] = now - clock
        clock = now

    document = read_document(path, max_bytes=settings.max_document_bytes)
    if documents and document.doc_id in documents:
        document = documents[document.doc_id]
    lap("read")
    parsed = parse_document(document)
    lap("parse")
    result = DocumentResult(parsed=parsed)
    result.mentions = list(find_mentions(parsed))
    lap("mentions")
    if not any(m.curie for m in result.mentions):
        result.problems.append(
            Problem(path.name, "warning", "no recognisable entities (no grounded mention)")
        )
    result.facts.extend(check_paper_codes(parsed, result.mentions))
    lap("paper_codes")
    curation = curation_path(document.doc_id)
    if curation is not None:
        result.facts.extend(load_curation(document, curation, documents))
        lap("curation")
    result.facts.extend(extract_facts(parsed, result.mentions))
    lap("extract")
    return result, times


# --- worker side --------------------------------------------------------------------------------

_WORKER: dict = {}


def _init_worker(settings: Settings, documents: dict[str, Document]) -> None:
    _WORKER["settings"] = settings
    _WORKER["documents"] = documents


def _work(path: Path) -> tuple[str, object, object]:
    """One document, never raising: ('ok', result, times), ('problem', Problem), ('fatal', msg)."""
    from cytokg.graph_build.curation import CurationError

    try:
        result, times = process_document(path, _WORKER["settings"], _WORKER["documents"])
        return "ok", result, times
    except DocumentError as err:
        return "problem", Problem(path.name, "error", err.reason), None
    except CurationError as err:
        return "fatal", f"{path.name}: curation: {err}", None
    except Exception as err:  # a bug on one paper must not stop the others; it is reported
        tb = traceback.extract_tb(err.__traceback__)[-1]
        where = f"{Path(tb.filename).name}:{tb.lineno}"
        message = f"processing failed: {type(err).__name__}: {err}"
        return "problem", Problem(path.name, "error", message, where), None


# --- build --------------------------------------------------------------------------------------


def read_all(paths: list[Path], settings: Settings) -> tuple[dict[str, Document], list[Problem]]:
    """Read every paper first (curation may quote another paper); unreadable ones are reported."""
    documents: dict[str, Document] = {}
    problems: list[Problem] = []
    for path in paths:
        try:
            document = read_document(path, max_bytes=settings.max_document_bytes)
        except DocumentError as err:
            problems.append(Problem(path.name, "error", err.reason))
            continue
        if document.doc_id in documents:
            other = documents[document.doc_id].path.name
            message = f"document id {document.doc_id!r} is also {other}"
            problems.append(Problem(path.name, "error", message))
            continue
        documents[document.doc_id] = document
    return documents, problems


def process_all(
    documents: dict[str, Document], settings: Settings, jobs: int, quiet: bool
) -> tuple[list[DocumentResult], list[Problem], list[str], dict[str, float]]:
    """Process the documents (in a process pool when jobs > 1), in doc-id order."""
    paths = [documents[k].path for k in sorted(documents)]
    bar = _progress(len(paths), quiet)
    outcomes = []
    if jobs > 1 and len(paths) > 1:
        context = multiprocessing.get_context("spawn")  # no fork of a process with store threads
        with context.Pool(min(jobs, len(paths)), _init_worker, (settings, documents)) as pool:
            for outcome in pool.imap(_work, paths):
                outcomes.append(outcome)
                bar.update()
    else:
        _init_worker(settings, documents)
        for path in paths:
            outcomes.append(_work(path))
            bar.update()
    bar.close()
    results, problems, fatal = [], [], []
    stage_seconds: dict[str, float] = defaultdict(float)
    for status, value, times in outcomes:
        if status == "ok":
            results.append(value)
            problems.extend(value.problems)
            for stage, secs in times.items():
                stage_seconds[stage] += secs
        elif status == "problem":
            problems.append(value)
        else:
            fatal.append(value)
    return results, problems, fatal, dict(stage_seconds)


class _NoBar:
    def update(self) -> None: ...

    def close(self) -> None: ...


def _progress(total: int, quiet: bool):
    """A tqdm bar on stderr when it is a terminal. Only the main process draws it, so a thread
    lock suffices; tqdm's default multiprocessing lock would show as a leaked semaphore."""
    if quiet or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    tqdm.set_lock(threading.RLock())
    return tqdm(total=total, desc="papers", unit="paper", file=sys.stderr)


def input_digests(results: list[DocumentResult]) -> list[str]:
    """What the build output depends on besides the code version: papers, curation, vocabulary."""
    from cytokg.graph_build.curation import curation_path

    items = [f"rules:{_sha(RULES_FILE)}", f"vocabulary:{_sha(VOCABULARY_FILE)}"]
    for r in results:
        doc = r.parsed.document
        items.append(f"doc:{doc.doc_id}:{doc.sha256}")
        curation = curation_path(doc.doc_id)
        if curation is not None:
            items.append(f"curation:{doc.doc_id}:{_sha(curation)}")
    return items


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def ontology_quads() -> list:
    """Graphs that come with every build: ontology, MONDO slice, xrefs, inferred, and the
    saved-query library as SIB-style examples (cyg:examples)."""
    from cytokg.ontology.imports import import_quads
    from cytokg.server.examples_graph import examples_quads

    return [*import_quads(), *examples_quads()]


def build(
    settings: Settings,
    documents_dir: Path | None = None,
    store: Path | None = None,
    jobs: int | None = None,
    *,
    quiet: bool = False,
    validators: list[Validator] | None = None,
    emit_nquads: Path | None = None,
    emit_shards: Path | None = None,
) -> BuildReport:
    """Build every paper of ``documents_dir`` into a new version of ``store`` and publish it;
    ``emit_shards``: also write per-document N-Quads shards there (graph_build/shards.py)."""
    started = time.perf_counter()
    documents_dir = Path(documents_dir or settings.documents)
    store = Path(store or settings.store)
    jobs = jobs or settings.jobs
    try:
        paths = discover(documents_dir)
    except DocumentError as err:
        raise BuildError(str(err)) from err
    if not paths:
        raise BuildError(f"no papers (*.txt, *.md) in {documents_dir}")
    if emit_shards:
        try:
            shards.check_target(emit_shards)
        except shards.ShardError as err:
            raise BuildError(f"--emit nquads: {err}") from err
    stage_seconds: Counter = Counter()
    documents, problems = read_all(paths, settings)
    results, more_problems, fatal, times = process_all(documents, settings, jobs, quiet)
    problems += more_problems
    stage_seconds.update(times)
    if fatal:
        raise BuildError("build stopped, nothing published:\n" + "\n".join(fatal))
    if not results:
        raise BuildError(f"none of the {len(paths)} papers in {documents_dir} could be built")

    clock = time.perf_counter()
    notes: list[str] = []
    quads = ontology_quads()
    imported, by_doc = list(quads), {}
    imports = hashlib.sha256(b"".join(nquads_lines(quads))).hexdigest()
    activity = build_activity([*input_digests(results), f"imports:{imports}"], settings.build_time)
    built_docs = {r.parsed.document.doc_id: r.parsed.document for r in results}
    for result in results:
        try:
            doc_quads = document_quads(result, activity, built_docs)
        except ValueError as err:  # FactError / SpanError of a curated fact: ours to fix
            raise BuildError(f"{result.parsed.document.path.name}: {err}") from err
        quads += doc_quads
        by_doc[result.parsed.document.doc_id] = doc_quads
        problems += [p for p in result.problems if p not in problems]
    stage_seconds["rdf"] += time.perf_counter() - clock

    version = f"build-{activity.digest}"
    target = versions.new_version_dir(store)
    try:
        clock = time.perf_counter()
        nq = target / NQUADS_FILE
        total = write_nquads(quads, nq)
        if emit_nquads:
            Path(emit_nquads).write_bytes(nq.read_bytes())
        stage_seconds["write"] += time.perf_counter() - clock
        clock = time.perf_counter()
        triples_by_graph = load_store(target, nq, total)
        stage_seconds["load"] += time.perf_counter() - clock
        clock = time.perf_counter()
        failures = []
        for check in validators if validators is not None else default_validators():
            for finding in check(target):
                if isinstance(finding, Problem):
                    doc = built_docs.get(finding.doc)
                    problems.append(replace(finding, doc=doc.path.name) if doc else finding)
                else:
                    failures.append(finding)
        stage_seconds["validate"] += time.perf_counter() - clock
        if failures:
            shown = "\n".join(f"  {m}" for m in failures[:50])
            raise BuildError(f"validation failed ({len(failures)} problem(s)):\n{shown}")
        if emit_shards:
            clock = time.perf_counter()
            try:
                written = shards.write_shards(emit_shards, imported, by_doc)
            except shards.ShardError as err:
                raise BuildError(f"--emit nquads: {err}") from err
            count = sum(s.quads for s in written)
            notes.append(f"N-Quads shards: {len(written)} files, {count} quads in {emit_shards}")
            stage_seconds["shards"] += time.perf_counter() - clock
        stage_seconds["total"] = time.perf_counter() - started
        report = BuildReport(
            version=version,
            build_time=activity.started,
            activity=activity.iri,
            documents=tuple(sorted(built_docs)),
            files=tuple((k, d.path.name, d.sha256) for k, d in sorted(built_docs.items())),
            problems=tuple(sorted(problems, key=lambda p: (p.doc, p.level, p.message))),
            facts_by_kind=count_facts(results),
            triples_by_graph=triples_by_graph,
            stage_seconds=tuple((k, round(v, 3)) for k, v in stage_seconds.items()),
            total_triples=total,
            notes=tuple(notes),
        )
        versions.publish(target, store, {"kind": "build", **report.to_dict()})
    except BaseException:
        versions.discard(target)
        raise
    return report


def load_store(target: Path, nquads: Path, expected: int) -> tuple[tuple[str, int], ...]:
    """Bulk-load the N-Quads into a fresh store at ``target``; triples per named graph."""
    store = pyoxigraph.Store(str(target))
    try:
        store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
        store.flush()
        query = (Path(__file__).resolve().parent / "data" / "queries" / "graph_counts.rq")
        rows = store.query(query.read_text(encoding="utf-8"))
        counts = tuple((row["g"].value, int(row["n"].value)) for row in rows)
        loaded = len(store)
    finally:
        del store
    if loaded != expected:
        raise BuildError(f"store holds {loaded} quads, the N-Quads file {expected}")
    return counts
