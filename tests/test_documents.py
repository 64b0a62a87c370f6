"""graph_build.documents: exact reading, the manifest, and a clear refusal for bad input."""

from __future__ import annotations

import hashlib

import pytest

from cytokg.config import PAPERS_DIR, Settings
from cytokg.graph_build.documents import (
    MAX_BYTES,
    DocumentError,
    discover,
    manifest,
    read_document,
)
from cytokg.graph_build.parse import parse_document

SEEDS = ("000", "001", "002", "003", "004")


def test_manifest_pins_every_seed_by_sha256():
    entries = manifest()
    assert sorted(entries) == list(SEEDS)
    for entry in entries.values():
        data = (PAPERS_DIR / entry.file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry.sha256, entry.file


def test_manifest_states_only_what_the_papers_state():
    entries = manifest()
    # 004: "(First Release Nov 1 2013; J Rheumatol 2013;40:2047–51; doi:10.3899/jrheum.130536)"
    assert entries["004"].doi == "10.3899/jrheum.130536"
    # 000: "PMC · DOI: 10.3389/fimmu.2026.1729717 · Frontiers in Immunology · 2026-01-29"
    assert entries["000"].doi == "10.3389/fimmu.2026.1729717"
    # 002: "... Creative Commons Attribution Non-Commercial License (<http://creativecommons.org/..."
    assert entries["002"].licence.startswith("CC BY-NC 4.0")
    # 001 and 003 have no title block, DOI or licence.
    for doc in ("001", "003"):
        assert (entries[doc].title, entries[doc].doi, entries[doc].licence) == ("not stated",) * 3


def test_discover_lists_papers_sorted_without_the_manifest():
    paths = discover(PAPERS_DIR)
    assert [p.name[:3] for p in paths] == list(SEEDS)
    assert all(p.suffix == ".txt" for p in paths)


def test_read_document_keeps_the_text_exact_and_uses_the_manifest_id():
    path = discover(PAPERS_DIR)[3]
    doc = read_document(path)
    assert doc.doc_id == "003"
    assert doc.text == path.read_bytes().decode("utf-8")  # no normalisation at all
    assert doc.sha256 == manifest()["003"].sha256
    assert "\u2014" in doc.text  # "40—80%": odd characters stay as they are


def test_a_new_paper_gets_its_file_stem_as_id(tmp_path):
    path = tmp_path / "still_disease.md"
    path.write_text("Anakinra was given to two adults with Still's disease.\n", encoding="utf-8")
    assert read_document(path).doc_id == "still_disease"
    assert read_document(path, doc_id="X1").doc_id == "X1"


def test_the_size_limit_is_a_setting():
    assert MAX_BYTES == Settings().max_document_bytes == 20_000_000


def _refused(path, **kwargs) -> str:
    with pytest.raises(DocumentError) as err:
        read_document(path, **kwargs)
    assert err.value.path == path
    assert path.name in str(err.value)
    return str(err.value)


def test_empty_and_whitespace_files_are_refused(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n\u00a0\n", encoding="utf-8")
    assert "empty" in _refused(tmp_path / "empty.txt")
    assert "empty" in _refused(tmp_path / "blank.txt")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "figure.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in _refused(path)


def test_mostly_control_characters_is_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"abc" + bytes(range(1, 9)) * 20)
    assert "binary" in _refused(path)


def test_latin1_file_names_the_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Fièvre persistante chez l'enfant.".encode("latin-1"))
    message = _refused(path)
    assert "not UTF-8" in message and "offset 2" in message and "0xe8" in message


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # a sparse 50 MB file: the example
        fh.truncate(50 * 1024 * 1024)
    message = _refused(path)
    assert "too large" in message and "52,428,800" in message


def test_limit_can_be_lowered(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("Tocilizumab was given. " * 10, encoding="utf-8")
    assert "too large" in _refused(path, max_bytes=100)


def test_text_without_prose_is_refused(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("1 2 3 4\n5.5 6.6 7.7\n0.001 <0.05\n" * 20, encoding="utf-8")
    assert "no readable text" in _refused(path)


def test_paper_without_sentences_is_refused_by_the_parser(tmp_path):
    path = tmp_path / "labels.txt"
    path.write_text("ESR\nCRP\nIL6\nTCZ\nKD\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="labels.txt: no readable sentences"):
        parse_document(read_document(path))


def test_missing_file_and_folder_are_named(tmp_path):
    assert "no such file" in _refused(tmp_path / "gone.txt")
    with pytest.raises(DocumentError, match="nowhere"):
        discover(tmp_path / "nowhere")
