"""HTTP client for a remote SPARQL 1.1 endpoint (the RemoteBackend's transport).

The answer is read completely, within the time limit and the size bound, before we answer our own
client: a slow or broken remote gives 504 or 502 with a message, never a truncated 200.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

import requests

from cytokg.server import conneg, errors
from cytokg.server.results import QueryResult
from cytokg.server.sparql_lexer import outer_group_open, result_kind, tokens


def with_values(query: str, substitutions: tuple[tuple[str, str], ...]) -> str:
    """The query with a VALUES block of the bound terms at the start of its outer WHERE group.

    Terms arrive as validated N-Triples text (IRIs and literals are valid SPARQL terms as such);
    blank nodes cannot be VALUES and are refused.
    """
    if not substitutions:
        return query
    for name, term in substitutions:
        if term.startswith("_:"):
            raise errors.BadRequest(f"?{name} cannot be bound to a blank node on a remote backend")
        if not name.replace("_", "a").isalnum():
            raise errors.BadRequest(f"{name!r} is not a SPARQL variable name")
    names = " ".join(f"?{n}" for n, _ in substitutions)
    row = " ".join(t for _, t in substitutions)
    block = f" VALUES ({names}) {{ ({row}) }} "
    brace = outer_group_open(tokens(query))
    if brace is None:
        return f"{query}\nVALUES ({names}) {{ ({row}) }}\n"
    return query[: brace.end] + block + query[brace.end :]


class RemoteClient:
    def __init__(self, url: str, max_bytes: int):
        self.url = url
        self.max_bytes = max_bytes
        self.session = requests.Session()
        self.spool = Path(tempfile.mkdtemp(prefix="cytokg-remote-"))

    def _post(self, data: dict, accept: str, timeout: float) -> requests.Response:
        try:
            return self.session.post(
                self.url,
                data=data,
                headers={"Accept": accept},
                timeout=(min(5.0, timeout), timeout),
                stream=True,
            )
        except requests.Timeout:
            raise errors.QueryTimeout(
                f"the backend {self.url} did not answer within {timeout:g} s"
            ) from None
        except requests.ConnectionError as err:
            raise errors.BackendUnavailable(
                f"the SPARQL backend {self.url} is unreachable: {type(err).__name__}"
            ) from None

    def fetch_graph_list(self, timeout: float) -> bytes:
        response = self._post(
            {"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"},
            "application/sparql-results+json",
            timeout,
        )
        with response:
            return response.content if response.ok else b""

    def run(self, req) -> QueryResult:
        kind = result_kind(req.query)
        media, _ = conneg.choose(req.accept, req.fmt, kind)
        data: dict = {"query": with_values(req.query, req.substitutions)}
        if req.default_graphs is not None or req.named_graphs is not None:
            data["default-graph-uri"] = list(req.default_graphs or ())
            data["named-graph-uri"] = list(req.named_graphs or ())
        deadline = time.monotonic() + req.timeout
        response = self._post(data, media, req.timeout)
        with response:
            if response.status_code == 400:
                raise errors.syntax_error(response.text.strip()[:2000] or "bad request")
            if response.status_code != 200:
                raise errors.BackendUnavailable(
                    f"the SPARQL backend answered {response.status_code}: "
                    f"{response.text.strip()[:500]}"
                )
            path = self.spool / f"{uuid.uuid4().hex}.out"
            size = self._spool(response, path, deadline, req.timeout)
        got = response.headers.get("Content-Type", media).split(";")[0].strip()
        return QueryResult(media=got or media, kind=kind, size=size, path=path)

    def _spool(self, response, path: Path, deadline: float, timeout: float) -> int:
        size = 0
        try:
            with open(path, "wb") as handle:
                for block in response.iter_content(64 * 1024):
                    size += len(block)
                    if size > self.max_bytes:
                        raise errors.ContentTooLarge(
                            f"the result is larger than {self.max_bytes} bytes; add a LIMIT"
                        )
                    if time.monotonic() > deadline:
                        raise errors.QueryTimeout(
                            f"the backend did not finish answering within {timeout:g} s"
                        )
                    handle.write(block)
        except requests.RequestException as err:
            path.unlink(missing_ok=True)
            raise errors.BackendUnavailable(f"reading from the backend failed: {err}") from None
        except errors.ApiError:
            path.unlink(missing_ok=True)
            raise
        return size

    def close(self) -> None:
        import shutil

        self.session.close()
        shutil.rmtree(self.spool, ignore_errors=True)
