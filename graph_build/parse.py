"""One document in, one ParsedDocument out: metadata, sections, sentences, tables, abbreviations.

Tables are found first so that headings and sentences are not looked for inside them; every
offset indexes ``document.text`` unchanged. A document without a single readable sentence is
refused with DocumentError, so the build reports it instead of adding an empty paper.
"""

from __future__ import annotations

from cytokg.graph_build.abbreviations import find_abbreviations
from cytokg.graph_build.documents import DocumentError
from cytokg.graph_build.metadata import extract_metadata
from cytokg.graph_build.records import Document, ParsedDocument, Sentence
from cytokg.graph_build.sections import find_headings, sections_from
from cytokg.graph_build.sentences import split_sentences
from cytokg.graph_build.tables import find_tables

MIN_WORDS = 3  # a readable sentence has at least this many words of letters


def _readable(sentence: Sentence) -> bool:
    """Prose, not a list of labels: enough words, some of them ordinary lower-case words."""
    words = sentence.text.split()
    lower = sum(1 for w in words if w.strip(".,;:()").isalpha() and w.islower())
    return len(words) >= MIN_WORDS and lower >= 2


def parse_document(document: Document) -> ParsedDocument:
    """Parse ``document``; raises DocumentError (naming the file) when it has no prose."""
    text = document.text
    tables = find_tables(text)
    metadata = extract_metadata(text)
    headings = find_headings(text, tables.regions)
    if headings and metadata.title and headings[0].title == metadata.title:
        headings = headings[1:]  # a title line between blank lines is not a section
    sections = sections_from(headings, len(text))
    sentences = split_sentences(text, headings, tables.regions, sections)
    if not any(_readable(s) for s in sentences):
        raise DocumentError(document.path, "no readable sentences (not a paper in prose)")
    return ParsedDocument(
        document=document,
        metadata=metadata,
        sections=sections,
        sentences=sentences,
        tables=tables.rows,
        abbreviations=find_abbreviations(text),
    )
