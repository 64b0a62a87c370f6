"""Query execution in worker processes that can be killed: pyoxigraph cannot cancel a query, so a
query past its time limit takes its process with it, a fresh worker replaces it, and the client gets
504 with a message instead of a truncated 200. Other requests use the other workers meanwhile.

Each worker opens the published store read-only and reopens it when a rebuild publishes anew.
Each worker has its own duplex pipe; an answer up to INLINE_MAX bytes comes back in-band with the
reply, a bigger one is spooled to a file the web process streams (both within max_bytes).
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing as mp
import os
import queue
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from cytokg.server import errors
from cytokg.server.conneg import NotAcceptable
from cytokg.server.results import QueryResult, ResultTooLarge

log = logging.getLogger("cytokg.server")

# Answers up to this size travel back through the pipe; bigger ones go through a spool file, so a
# huge result never sits in the memory of both processes at once.
INLINE_MAX = 1024 * 1024


@dataclass(frozen=True)
class Job:
    """Everything a worker needs, as plain picklable values (terms travel as N-Triples text)."""

    store_dir: str
    query: str
    accept: str | None
    fmt: str | None
    substitutions: tuple[tuple[str, str], ...]
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    union_default_graph: bool
    max_bytes: int
    out_path: str  # where an answer bigger than inline_max is spooled
    inline_max: int = INLINE_MAX


def parse_term(ntriples: str):
    """Rebuild a pyoxigraph term from its N-Triples form (an IRI, literal or blank node)."""
    import pyoxigraph as ox

    doc = f"<urn:cytokg:s> <urn:cytokg:p> {ntriples} .\n".encode()
    try:
        (quad,) = list(ox.parse(doc, format=ox.RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError) as err:
        raise ValueError(f"not an RDF term in N-Triples syntax: {ntriples!r} ({err})") from None
    return quad.object


def execute(store, job: Job) -> tuple:
    """Run one job on an open store; the reply is a picklable tuple."""
    import pyoxigraph as ox

    from cytokg.server.results import serialise_spilling
    from cytokg.server.sparql_lexer import has_from

    kwargs: dict = {}
    if job.default_graphs is not None or job.named_graphs is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    elif job.union_default_graph and not has_from(job.query):
        kwargs["use_default_graph_as_union"] = True
    if job.substitutions:
        kwargs["substitutions"] = {ox.Variable(n): parse_term(t) for n, t in job.substitutions}
    try:
        result = store.query(job.query, **kwargs)
    except SyntaxError as err:
        return ("error", "syntax", str(err.msg or err))
    except (ValueError, RuntimeError) as err:  # e.g. a bound variable not in the projection
        return ("error", "bad_request", str(err))
    try:
        out = Path(job.out_path)
        media, kind, size, data = serialise_spilling(
            result, job.accept, job.fmt, out, job.max_bytes, job.inline_max
        )
    except NotAcceptable as err:
        return ("error", "not_acceptable", str(err))
    except ResultTooLarge as err:
        return ("error", "too_large", str(err))
    except (OSError, RuntimeError, ValueError) as err:
        return ("error", "evaluation", f"query evaluation failed: {err}")
    return ("ok", media, kind, size, data)


def _worker_main(conn) -> None:
    """Loop of one worker process: receive a Job, answer a reply tuple, until the pipe closes."""
    import pyoxigraph as ox

    store, opened = None, None
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if job == "ping":
            conn.send("pong")
            continue
        try:
            if opened != job.store_dir:
                store, opened = ox.Store.read_only(job.store_dir), job.store_dir
            reply = execute(store, job)
        except Exception as err:  # reported to the parent, which logs it and answers 500
            reply = ("error", "internal", f"{type(err).__name__}: {err}")
        conn.send(reply)


_ERRORS = {
    "bad_request": errors.BadRequest,
    "not_acceptable": errors.NotAcceptableError,
    "too_large": errors.ContentTooLarge,
    "evaluation": errors.ServerError,
    "internal": errors.ServerError,
}


class _Worker:
    def __init__(self, ctx):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query processes; a request borrows one, or waits within its time budget."""

    def __init__(self, size: int):
        self._ctx = mp.get_context("spawn")
        # LIFO: at low load the same worker (warm caches, pages of the store) takes each request
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        # Made by the first answer that spills (most never do), so a server stopped without its
        # exit handlers (SIGTERM) leaves no empty folder behind; the random name is not guessable.
        name = f"cytokg-results-{os.getpid()}-{secrets.token_hex(8)}"
        self.spool = Path(tempfile.gettempdir()) / name
        self._names = itertools.count()  # spool names: the folder is this pool's own
        for _ in range(max(1, size)):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx)
        with self._lock:
            self._all.add(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        self._idle.put(self._spawn())

    def spool_path(self) -> str:
        return str(self.spool / f"{next(self._names)}.out")

    def run(self, job: Job, timeout: float) -> QueryResult:
        """Run job within timeout seconds (waiting for a free worker included)."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise errors.ServerBusy(
                f"all query workers stayed busy for {timeout:g} s; try again later"
            ) from None
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                log.warning("query killed after %.1f s: %.200s", timeout, job.query)
                self._discard(worker)
                Path(job.out_path).unlink(missing_ok=True)
                raise errors.QueryTimeout(
                    f"query exceeded the time limit of {timeout:g} s and was stopped"
                )
            reply = worker.conn.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError) as err:
            self._discard(worker)
            Path(job.out_path).unlink(missing_ok=True)
            raise errors.ServerError(f"the query worker died ({type(err).__name__})") from None
        self._idle.put(worker)
        return _result(reply, job)

    def ping(self, timeout: float) -> None:
        """An empty round trip through one idle worker: the cost of the hand-off alone."""
        worker = self._idle.get(timeout=timeout)
        try:
            worker.conn.send("ping")
            answered = worker.conn.poll(timeout) and worker.conn.recv() == "pong"
        except (EOFError, OSError):
            answered = False
        if not answered:
            self._discard(worker)
            raise errors.ServerError("the query worker did not answer a ping")
        self._idle.put(worker)

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(2)
            if worker.process.is_alive():
                worker.kill()
        shutil.rmtree(self.spool, ignore_errors=True)


def _result(reply: tuple, job: Job) -> QueryResult:
    if reply[0] == "ok":
        _, media, kind, size, data = reply
        if data is not None:
            return QueryResult(media=media, kind=kind, size=size, data=data)
        return QueryResult(media=media, kind=kind, size=size, path=Path(job.out_path))
    Path(job.out_path).unlink(missing_ok=True)
    _, code, message = reply
    if code == "syntax":
        raise errors.syntax_error(message)
    if code == "internal":
        log.error("query worker error: %s", message)
        raise errors.ServerError("internal error in the query worker (logged on the server)")
    raise _ERRORS[code](message)
