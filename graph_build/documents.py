"""Reading papers: exact text, pinned by digest, with a clear refusal for anything unusable.

The text is the file decoded as strict UTF-8 and nothing else (no newline or Unicode
normalisation), because every offset in the graph indexes this string. Bad input raises
``DocumentError`` naming the file, so a build can report it and carry on with the others.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cytokg.config import PAPERS_DIR, Settings
from cytokg.graph_build.records import Document

MANIFEST = PAPERS_DIR / "manifest.tsv"
MANIFEST_COLUMNS = ("id", "file", "title", "doi", "source", "licence", "sha256")
SUFFIXES = (".txt", ".md")
MAX_BYTES = Settings.max_document_bytes  # default; callers pass settings.max_document_bytes
# Above this share of control / unassigned characters a decoded file is binary, not prose.
_MAX_NON_TEXT = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


class DocumentError(Exception):
    """A file that cannot be used as a paper; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass(frozen=True)
class ManifestEntry:
    """One bundled paper as recorded in manifest.tsv ("not stated" where the paper is silent)."""

    id: str
    file: str
    title: str
    doi: str
    source: str
    licence: str
    sha256: str


@cache
def _manifest_at(path: Path) -> dict[str, ManifestEntry]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != MANIFEST_COLUMNS:
            raise DocumentError(path, f"manifest columns must be {', '.join(MANIFEST_COLUMNS)}")
        entries: dict[str, ManifestEntry] = {}
        for line, row in enumerate(reader, start=2):
            if any(row.get(c) in (None, "") for c in MANIFEST_COLUMNS):
                raise DocumentError(path, f"line {line}: every column needs a value")
            if row["id"] in entries:
                raise DocumentError(path, f"line {line}: duplicate id {row['id']!r}")
            entries[row["id"]] = ManifestEntry(**{c: row[c] for c in MANIFEST_COLUMNS})
        return entries


def manifest(path: Path = MANIFEST) -> dict[str, ManifestEntry]:
    """The bundled papers by id (cytokg/data/papers/manifest.tsv)."""
    return _manifest_at(path)


def _manifest_id(path: Path) -> str | None:
    """Manifest id of a bundled file, matched by file name inside the papers folder."""
    if not MANIFEST.exists() or path.resolve().parent != PAPERS_DIR.resolve():
        return None
    for entry in manifest().values():
        if entry.file == path.name:
            return entry.id
    return None


def discover(folder: Path) -> list[Path]:
    """The papers of a folder: *.txt and *.md files, sorted by name, without the manifest."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DocumentError(folder, "is not a folder of papers")
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != MANIFEST.name
    )


def _decode(path: Path, data: bytes) -> str:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(path, f"binary file (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as err:
        raise DocumentError(
            path,
            f"not UTF-8: byte 0x{data[err.start]:02x} at offset {err.start} cannot be decoded "
            f"({err.reason}); convert the file to UTF-8",
        ) from None


def _check_text(path: Path, text: str) -> None:
    if not text.strip():
        raise DocumentError(path, "empty file (nothing but whitespace)")
    odd = sum(
        1
        for c in text
        if c not in _TEXT_CONTROLS and unicodedata.category(c) in {"Cc", "Cn", "Co", "Cs"}
    )
    if odd > _MAX_NON_TEXT * len(text):
        raise DocumentError(
            path, f"binary file ({odd} of {len(text)} characters are control or unassigned codes)"
        )
    letters = sum(1 for c in text if c.isalpha())
    if letters < 0.3 * sum(1 for c in text if not c.isspace()):
        raise DocumentError(path, "no readable text (fewer than 30% of the characters are letters)")


def read_document(path: Path, doc_id: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """The paper at ``path``: exact text, sha256 of its bytes, manifest id or file stem as id."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(path, "no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(
            path,
            f"too large: {size:,} bytes, the limit is {max_bytes:,} "
            "(setting max_document_bytes, CYTOKG_MAX_DOCUMENT_BYTES)",
        )
    data = path.read_bytes()
    if not data.strip():
        raise DocumentError(path, "empty file (nothing but whitespace)")
    text = _decode(path, data)
    _check_text(path, text)
    return Document(
        doc_id=doc_id or _manifest_id(path) or path.stem,
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
    )
