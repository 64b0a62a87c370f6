"""The typed records that flow through the pipeline, one stage to the next.

documents -> ParsedDocument (sections, sentences, table rows) -> Mention -> Fact -> RDF quads.
Every record is a frozen dataclass; offsets are Python string indices into Document.text,
which is the file decoded as UTF-8 with nothing else changed (no normalisation), so
``document.text[start:end] == quote`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cytokg.graph_build.shards import Shard


@dataclass(frozen=True)
class Document:
    """One source file, pinned by its digest."""

    doc_id: str  # stable id, e.g. "000" (manifest id) or the file stem for new papers
    path: Path
    text: str
    sha256: str


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    journal: str | None = None
    year: int | None = None
    doi: str | None = None


@dataclass(frozen=True)
class Section:
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str  # == document.text[start:end]
    section: str | None = None


@dataclass(frozen=True)
class TableRow:
    table: str  # e.g. "Table 1"
    row: int
    cells: tuple[str, ...]
    start: int
    end: int
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedDocument:
    document: Document
    metadata: Metadata
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    tables: tuple[TableRow, ...] = ()
    # clean_text maps back to document offsets; stages that need de-hyphenated text use it.
    # (short form, long form) defined in this document
    abbreviations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Mention:
    """A grounded entity mention (shape of OAK's TextAnnotation)."""

    start: int
    end: int
    text: str  # == document.text[start:end]
    # disease | phenotype | drug | gene | protein | lab_measure | procedure | drug_class
    category: str
    # primary id (MONDO, HP, DRUGBANK, HGNC, UniProtKB, LOINC, MESH ...); None if ungrounded
    curie: str | None
    label: str  # preferred label of the grounded entity
    xrefs: tuple[str, ...] = ()
    source: str = "lexicon"  # lexicon | abbreviation | paper_code
    sentence: int | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Span:
    """The exact text a fact came from."""

    start: int
    end: int
    quote: str  # == document.text[start:end]
    doc: str | None = None  # set when the span lies in another document (cross-paper conflict)


# A property value of a Fact:
#   str starting with "#"   -> reference to another fact of the same document by key
#   str that is a CURIE     -> external entity (expanded with the bioregistry converter)
#   str that is a cy: individual name (e.g. "Improved") for object properties with a
#                            controlled range
#   str / int / float / bool for data properties (typed by the vocabulary's range)
Value = str | int | float | bool

# How text mining read a fact (cy:ReadingMethod individuals, ontology/vocabulary.yaml): by the
# rules, by the rules with a learned model's probability, or by a learned model alone.
RULE_READING, MODEL_RESCORED_READING, MODEL_READING = (
    "RuleReading", "ModelRescoredReading", "ModelReading")


@dataclass(frozen=True)
class Fact:
    """One statement about a document, an individual of a vocabulary class.

    ``kind`` is a class name of ontology/vocabulary.yaml; ``properties`` are (property name, value)
    pairs with property names from the same file (repeat a name for several values).
    """

    kind: str
    key: str  # unique within the document; becomes part of the fact IRI
    properties: tuple[tuple[str, Value], ...]
    spans: tuple[Span, ...]
    agent: str = "TextMining"  # TextMining | ManualCuration
    confidence: float = 1.0
    label: str | None = None
    origin: str | None = None  # curation file and line, or extractor name
    # text mining's reading method (a cy:ReadingMethod individual): None is RULE_READING
    reading: str | None = None

    def values(self, name: str) -> list[Value]:
        return [v for k, v in self.properties if k == name]

    def value(self, name: str) -> Value | None:
        vals = self.values(name)
        return vals[0] if vals else None

    @property
    def reading_method(self) -> str | None:
        """The cy:ReadingMethod of a text-mined fact (the rules', unless a learned model read or
        rescored it); None for a curated one."""
        return None if self.agent == "ManualCuration" else self.reading or RULE_READING


@dataclass(frozen=True)
class Problem:
    """Something the build could not use, reported by document (never silently dropped)."""

    doc: str  # file name or doc id
    level: str  # error | warning
    message: str
    where: str | None = None  # e.g. "curation/000.yaml:42"


@dataclass
class DocumentResult:
    """Everything one document produced; the unit the RDF sink consumes."""

    parsed: ParsedDocument
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentBuilt:
    """What a build worker sends back for one paper once its shard is on disk: a summary only,
    so the build's memory does not grow with the corpus."""

    doc_id: str
    file: str  # the paper's file name
    sha256: str
    problems: tuple[Problem, ...]  # reported with the build
    failures: tuple[str, ...]  # SHACL violations of curated facts: the build fails
    facts: tuple[tuple[tuple[str, str], int], ...]  # ((kind, agent), count)
    shard: Shard
