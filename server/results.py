"""Serialising pyoxigraph results to bytes in the negotiated format, and streaming them back.

pyoxigraph results cannot leave the thread (or process) that made them, so the query worker
serialises them with a size bound: a small answer stays in memory and travels back in-band (no
file to create, read and delete per request), a big one spills to a spool file that the web
process then streams in chunks.
"""

from __future__ import annotations

import os
import stat
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


def private_folder(path: Path) -> None:
    """Make the spool folder (mode 700) unless it exists; refuse one that is not ours."""
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise OSError(f"spool folder {path} is not a directory of this user")


class SpillWriter:
    """Collects output in memory up to inline_max bytes, then moves it to a file at path and
    writes the rest there; refuses to grow past max_bytes either way."""

    def __init__(self, path: Path, max_bytes: int, inline_max: int):
        self._path = path
        self._max = max_bytes
        self._inline_max = inline_max
        self._buffer = bytearray()
        self._file = None
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self._max:
            raise ResultTooLarge(f"the result is larger than {self._max} bytes; add a LIMIT")
        if self._file is None and self.size > self._inline_max:
            private_folder(self._path.parent)
            self._file = open(self._path, "wb")  # noqa: SIM115 (closed in finish or discard)
            self._file.write(self._buffer)
            self._buffer = bytearray()
        if self._file is not None:
            return self._file.write(data)
        self._buffer += data
        return len(data)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def finish(self) -> bytes | None:
        """The bytes if the output stayed in memory, else None (it is complete in the file)."""
        if self._file is None:
            return bytes(self._buffer)
        self._file.close()
        return None

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
            self._path.unlink(missing_ok=True)


def serialise_spilling(result, accept: str | None, fmt: str | None, path: Path, max_bytes: int,
                       inline_max: int) -> tuple[str, str, int, bytes | None]:  # fmt: skip
    """Negotiate the format, then serialise in memory or, past inline_max bytes, to path;
    returns (media, kind, size, the bytes or None when they are in the file)."""
    kind = kind_of(result)
    media, fmt_name = conneg.choose(accept, fmt, kind)
    fmt_obj = getattr(ox.QueryResultsFormat if kind == "results" else ox.RdfFormat, fmt_name)
    writer = SpillWriter(path, max_bytes, inline_max)
    try:
        result.serialize(writer, fmt_obj)
    except BaseException:
        writer.discard()
        raise
    return media, kind, writer.size, writer.finish()


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
