"""Serialising pyoxigraph results to bytes in the negotiated format, and streaming them back.

pyoxigraph results cannot leave the thread (or process) that made them, so the query worker writes
them to a spool file, with a size bound; the web process then streams that file in chunks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from cytokg.server import conneg

CHUNK = 64 * 1024


class ResultTooLarge(Exception):
    """The serialised result passed the configured byte limit."""


def kind_of(result) -> str:
    """'results' for SELECT/ASK answers, 'graph' for CONSTRUCT/DESCRIBE answers."""
    return "graph" if isinstance(result, ox.QueryTriples) else "results"


class LimitedWriter:
    """A binary file wrapper that refuses to grow past max_bytes."""

    def __init__(self, handle, max_bytes: int):
        self._handle = handle
        self._max = max_bytes
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self._max:
            raise ResultTooLarge(f"the result is larger than {self._max} bytes; add a LIMIT")
        return self._handle.write(data)

    def flush(self) -> None:
        self._handle.flush()


def write_result(result, fmt_name: str, path: Path, max_bytes: int) -> int:
    """Serialise result to path in the pyoxigraph format fmt_name; returns the size in bytes."""
    kind = kind_of(result)
    fmt = getattr(ox.QueryResultsFormat if kind == "results" else ox.RdfFormat, fmt_name)
    with open(path, "wb") as handle:
        writer = LimitedWriter(handle, max_bytes)
        result.serialize(writer, fmt)
        return writer.size


def serialise_to(result, accept: str | None, fmt: str | None, path: Path, max_bytes: int):
    """Negotiate the format for this result's kind, then write it; returns (media, kind, size)."""
    kind = kind_of(result)
    media, fmt_name = conneg.choose(accept, fmt, kind)
    size = write_result(result, fmt_name, path, max_bytes)
    return media, kind, size


@dataclass
class QueryResult:
    """A finished, complete answer ready to stream: the status is decided before the body starts."""

    media: str
    kind: str
    size: int
    path: Path | None = None
    data: bytes | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def content_type(self) -> str:
        return conneg.content_type_header(self.media)

    def chunks(self) -> Iterator[bytes]:
        """The body in chunks; the spool file is removed when done (or on close())."""
        try:
            if self.data is not None:
                yield self.data
                return
            with open(self.path, "rb") as handle:
                while block := handle.read(CHUNK):
                    yield block
        finally:
            self.close()

    def read(self) -> bytes:
        return b"".join(self.chunks())

    def close(self) -> None:
        if not self._closed and self.path is not None:
            self._closed = True
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass
