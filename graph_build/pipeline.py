"""The build: every paper of a folder -> records -> quads -> a new, validated, published store.

Streaming, so memory does not grow with the corpus: a worker takes one paper through parse,
mentions, facts, RDF and SHACL and writes its sorted N-Quads shard to disk; the main process gets
a summary back, merges the shards into one sorted file and bulk-loads it.

A paper that cannot be read or processed is reported by name and the others still build; a broken
curation file or a failed validation fails the whole build, and then nothing is published: the old
store stays as it was.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import shutil
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph

from cytokg.config import Settings
from cytokg.graph_build import shards
from cytokg.graph_build import store as versions
from cytokg.graph_build.checks import Validator, check_document_shapes, default_validators
from cytokg.graph_build.curation import curation_path, load_curation
from cytokg.graph_build.documents import DocumentError, discover, read_document
from cytokg.graph_build.extract import extract_facts
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.paper_codes import check_paper_codes
from cytokg.graph_build.parse import parse_document
from cytokg.graph_build.provenance import RULES_FILE, BuildActivity, build_activity
from cytokg.graph_build.rdf import document_quads
from cytokg.graph_build.records import Document, DocumentBuilt, DocumentResult, Problem
from cytokg.graph_build.report import BuildReport, count_facts
from cytokg.graph_build.sink import merge_sorted
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


@dataclass(frozen=True)
class BuildContext:
    """What every worker needs besides the paper: the run's papers (curation may quote another),
    the build activity, where shards go, and whether to check shapes."""

    settings: Settings
    documents: dict[str, Document]
    activity: BuildActivity
    shards: Path
    shapes: bool = True


def _init_worker(context: BuildContext) -> None:
    _WORKER["context"] = context


def build_document(path: Path, context: BuildContext) -> tuple[DocumentBuilt, dict[str, float]]:
    """One paper all the way to its validated N-Quads shard on disk; only a summary comes back,
    so the build's memory does not grow with the corpus. ValueError: a curated fact is broken."""
    result, times = process_document(path, context.settings, context.documents)
    clock = time.perf_counter()
    document = result.parsed.document
    quads = document_quads(result, context.activity, context.documents)
    times["rdf"] = time.perf_counter() - clock
    findings: list = []
    if context.shapes:
        clock = time.perf_counter()
        findings = check_document_shapes(path.name, quads, context.documents)
        times["validate"] = time.perf_counter() - clock
    clock = time.perf_counter()
    shard = shards.write_shard(context.shards, shards.document_shard(document.doc_id), quads)
    times["write"] = time.perf_counter() - clock
    built = DocumentBuilt(
        doc_id=document.doc_id,
        file=path.name,
        sha256=document.sha256,
        problems=tuple(result.problems) + tuple(f for f in findings if isinstance(f, Problem)),
        failures=tuple(f for f in findings if not isinstance(f, Problem)),
        facts=tuple(Counter((f.kind, f.agent) for f in result.facts).items()),
        shard=shard,
    )
    return built, times


def _work(path: Path) -> tuple[str, object, object]:
    """One document, never raising: ('ok', built, times), ('problem', Problem), ('fatal', msg)."""
    from cytokg.graph_build.curation import CurationError

    try:
        built, times = build_document(path, _WORKER["context"])
        return "ok", built, times
    except DocumentError as err:
        return "problem", Problem(path.name, "error", err.reason), None
    except CurationError as err:
        return "fatal", f"{path.name}: curation: {err}", None
    except (ValueError, shards.ShardError) as err:  # FactError / SpanError of a curated fact
        return "fatal", f"{path.name}: {err}", None
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


@dataclass
class Processed:
    """What the workers sent back, gathered in doc-id order."""

    built: list[DocumentBuilt] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fatal: list[str] = field(default_factory=list)
    stage_seconds: Counter = field(default_factory=Counter)


def process_all(context: BuildContext, jobs: int, quiet: bool) -> Processed:
    """Build every document (in a process pool when jobs > 1), in doc-id order."""
    paths = [context.documents[k].path for k in sorted(context.documents)]
    bar = _progress(len(paths), quiet)
    done = Processed()

    def gather(outcome: tuple[str, object, object]) -> None:
        status, value, times = outcome
        if status == "ok":
            done.built.append(value)
            done.problems.extend(value.problems)
            done.stage_seconds.update(times)
        elif status == "problem":
            done.problems.append(value)
        else:
            done.fatal.append(value)
        bar.update()

    if jobs > 1 and len(paths) > 1:
        spawn = multiprocessing.get_context("spawn")  # no fork of a process with store threads
        with spawn.Pool(min(jobs, len(paths)), _init_worker, (context,)) as pool:
            for outcome in pool.imap(_work, paths):
                gather(outcome)
    else:
        _init_worker(context)
        for path in paths:
            gather(_work(path))
    bar.close()
    return done


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


def input_digests(documents: Mapping[str, Document]) -> list[str]:
    """What the build output depends on besides the code version: papers, curation, vocabulary."""
    from cytokg.graph_build.curation import curation_path

    items = [f"rules:{_sha(RULES_FILE)}", f"vocabulary:{_sha(VOCABULARY_FILE)}"]
    for doc in documents.values():
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
    """Build every paper of ``documents_dir`` into a new version of ``store`` and publish it.

    Streaming: each worker turns one paper into a sorted, validated N-Quads shard on disk
    (graph_build/shards.py) and sends back a summary; the shards are merged into graph.nq in
    constant memory and bulk-loaded. ``validators``: the store checks (default: every default
    check and SHACL per document; a list given here replaces both). ``emit_shards``: keep the
    shards there too."""
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
    documents, problems = read_all(paths, settings)
    if not documents:
        raise BuildError(f"none of the {len(paths)} papers in {documents_dir} could be built")
    stage_seconds: Counter = Counter()
    work = versions.new_version_dir(store)  # the shards (not a store; never published)
    target = versions.new_version_dir(store)
    try:
        clock = time.perf_counter()
        imports = ontology_quads()
        try:
            imported = shards.write_imports(work, imports)
        except shards.ShardError as err:
            raise BuildError(f"imported graphs: {err}") from err
        digest = hashlib.sha256("".join(s.sha256 for s in imported).encode()).hexdigest()
        activity = build_activity([*input_digests(documents), f"imports:{digest}"],
                                  settings.build_time)  # fmt: skip
        shapes = validators is None
        failures = []
        if shapes:
            for finding in check_document_shapes("imported graphs", imports, {}):
                (problems if isinstance(finding, Problem) else failures).append(finding)
        del imports
        stage_seconds["imports"] += time.perf_counter() - clock

        context = BuildContext(settings, documents, activity, work, shapes)
        done = process_all(context, jobs, quiet)
        problems += done.problems
        stage_seconds.update(done.stage_seconds)
        if done.fatal:
            raise BuildError("build stopped, nothing published:\n" + "\n".join(done.fatal))
        if not done.built:
            raise BuildError(f"none of the {len(paths)} papers in {documents_dir} could be built")
        failures += [f for b in done.built for f in b.failures]
        if failures:
            shown = "\n".join(f"  {m}" for m in failures[:50])
            raise BuildError(f"validation failed ({len(failures)} problem(s)):\n{shown}")

        clock = time.perf_counter()
        written = (*imported, *(b.shard for b in done.built))
        nq = target / NQUADS_FILE
        total = merge_sorted([work / s.file for s in written], nq)
        if emit_nquads:
            shutil.copyfile(nq, emit_nquads)
        stage_seconds["merge"] += time.perf_counter() - clock
        clock = time.perf_counter()
        triples_by_graph = load_store(target, nq, total)
        stage_seconds["load"] += time.perf_counter() - clock
        clock = time.perf_counter()
        built_files = {b.doc_id: b.file for b in done.built}
        for check in validators if validators is not None else default_validators():
            for finding in check(target):
                if isinstance(finding, Problem):
                    name = built_files.get(finding.doc)
                    problems.append(replace(finding, doc=name) if name else finding)
                else:
                    failures.append(finding)
        stage_seconds["check"] += time.perf_counter() - clock
        if failures:
            shown = "\n".join(f"  {m}" for m in failures[:50])
            raise BuildError(f"validation failed ({len(failures)} problem(s)):\n{shown}")
        notes: list[str] = []
        if emit_shards:
            clock = time.perf_counter()
            shards.write_manifest(work, written)
            try:
                shards.publish(work, emit_shards)
            except shards.ShardError as err:
                raise BuildError(f"--emit nquads: {err}") from err
            count = sum(s.quads for s in written)
            notes.append(f"N-Quads shards: {len(written)} files, {count} quads in {emit_shards}")
            stage_seconds["shards"] += time.perf_counter() - clock
        stage_seconds["total"] = time.perf_counter() - started
        built = sorted(done.built, key=lambda b: b.doc_id)
        facts: Counter = Counter()
        for b in built:
            facts.update(dict(b.facts))
        report = BuildReport(
            version=f"build-{activity.digest}",
            build_time=activity.started,
            activity=activity.iri,
            documents=tuple(b.doc_id for b in built),
            files=tuple((b.doc_id, b.file, b.sha256) for b in built),
            problems=tuple(sorted(set(problems), key=lambda p: (p.doc, p.level, p.message))),
            facts_by_kind=count_facts(facts),
            triples_by_graph=triples_by_graph,
            stage_seconds=tuple((k, round(v, 3)) for k, v in stage_seconds.items()),
            total_triples=total,
            notes=tuple(notes),
        )
        versions.publish(target, store, {"kind": "build", **report.to_dict()})
    except BaseException:
        versions.discard(target)
        raise
    finally:
        versions.discard(work)
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
