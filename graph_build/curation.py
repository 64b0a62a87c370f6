"""Curated facts: cytokg/data/curation/<doc>.yaml read into Fact records, every quote anchored.

A curated fact is only worth more than a text-mined one if it is exactly where it says it is: each
quote must occur verbatim in the pinned paper (its offsets become the fact's spans), each id must
be verified and each name must be in the vocabulary. The file is read with ``yaml.compose`` so
every problem names the file and line; all problems of a file are reported together, and one
bad fact fails the file rather than disappearing. The format is described in docs/curation.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cytokg.config import CURATION_DIR
from cytokg.graph_build.curation_vocabulary import (
    ValueProblem,
    check_curie,
    curation_vocabulary,
    normalise,
)
from cytokg.graph_build.records import Document, Fact, Span, Value

AGENT = "ManualCuration"
KEY_RE = re.compile(r"^[a-z0-9-]+$")
FILE_FIELDS = frozenset({"document", "file", "curator", "evidenceLevel", "entities", "facts"})
# Fact fields that are not vocabulary properties.
RESERVED = frozenset({
    "key", "kind", "label", "quote", "occurrence", "conflictsWithDocument", "conflictsWithQuote",
})


class CurationError(Exception):
    """A curation file that breaks the format; the message names file and line of each problem."""

    def __init__(self, path: Path, problems: list[tuple[int, str]]):
        self.path = path
        self.problems = sorted(problems)
        lines = [f"{path}:{line}: {message}" for line, message in self.problems]
        head = f"{len(lines)} problem(s) in curation file {path}" if len(lines) > 1 else ""
        super().__init__("\n".join([head, *lines]) if head else lines[0])


def curation_path(doc_id: str) -> Path | None:
    """The bundled curation file of a document, or None when it has none."""
    path = CURATION_DIR / f"{doc_id}.yaml"
    return path if path.is_file() else None


def load_curation(
    document: Document, path: Path, documents: Mapping[str, Document] | None = None
) -> list[Fact]:
    """The facts of ``path`` about ``document``; ``documents`` resolves cross-paper conflicts."""
    return _Reader(document, Path(path), documents or {}).read()


def curated_entities(path: Path) -> frozenset[str]:
    """The optional top-level ``entities:`` list (verified CURIEs the paper mentions)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return frozenset(data.get("entities") or ())


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _python(node: Node):
    return SafeConstructor().construct_object(node, deep=True)


class _Reader:
    def __init__(self, document: Document, path: Path, documents: Mapping[str, Document]):
        self.document = document
        self.path = path
        self.documents = documents
        self.problems: list[tuple[int, str]] = []

    def fail(self, node_or_line: Node | int, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else _line(node_or_line)
        self.problems.append((line, message))

    def read(self) -> list[Fact]:
        try:
            text = self.path.read_text(encoding="utf-8")
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except (OSError, UnicodeDecodeError) as err:
            raise CurationError(self.path, [(0, f"cannot read curation file: {err}")]) from err
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 1 if mark else 0
            raise CurationError(self.path, [(line, f"not valid YAML: {err}")]) from err
        if not isinstance(root, MappingNode):
            raise CurationError(self.path, [(1, "expected a mapping with document, file, facts")])
        top = self.mapping(root)
        self.check_header(top, root)
        facts_node = top.get("facts")
        facts: list[Fact] = []
        if not isinstance(facts_node, SequenceNode) or not facts_node.value:
            self.fail(facts_node or root, "'facts' must be a non-empty list")
        else:
            facts = self.read_facts(facts_node, top)
        if self.problems:
            raise CurationError(self.path, self.problems)
        return facts

    def mapping(self, node: MappingNode) -> dict[str, Node]:
        """Keys to value nodes; duplicate or non-text keys are problems."""
        out: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.fail(key_node, "mapping keys must be plain names")
            elif key in out:
                self.fail(key_node, f"duplicate field {key!r} (first on line {_line(out[key])})")
            else:
                out[key] = value_node
        return out

    def check_header(self, top: dict[str, Node], root: Node) -> None:
        for name, node in top.items():
            if name not in FILE_FIELDS:
                allowed = ", ".join(sorted(FILE_FIELDS))
                self.fail(node, f"unknown top-level field {name!r} (allowed: {allowed})")
        doc = top.get("document")
        if doc is None or _python(doc) != self.document.doc_id:
            self.fail(doc or root, f"'document' must be the quoted doc id {self.document.doc_id!r}")
        file_node = top.get("file")
        if file_node is not None and _python(file_node) != self.document.path.name:
            self.fail(file_node, f"'file' is {_python(file_node)!r} but the document is "
                                 f"{self.document.path.name!r} (the paper changed?)")
        for node in getattr(top.get("entities"), "value", None) or []:
            self.value_check(node, lambda n=node: check_curie(str(_python(n))))

    def value_check(self, node: Node, thunk):
        try:
            return thunk()
        except ValueProblem as err:
            self.fail(node, str(err))
            return None

    def read_facts(self, seq: SequenceNode, top: dict[str, Node]) -> list[Fact]:
        items: list[tuple[Node, dict[str, Node]]] = []
        keys: dict[str, int] = {}
        for item in seq.value:
            if not isinstance(item, MappingNode):
                self.fail(item, "each fact must be a mapping with key, kind and quote")
                continue
            fields = self.mapping(item)
            items.append((item, fields))
            key_node = fields.get("key")
            key = _python(key_node) if key_node is not None else None
            if not isinstance(key, str) or not KEY_RE.match(key):
                self.fail(key_node or item, f"fact key {key!r} must match [a-z0-9-]+")
            elif key in keys:
                self.fail(key_node, f"duplicate fact key {key!r} (first on line {keys[key]})")
            else:
                keys[key] = _line(item)
        known = frozenset(keys)
        facts = [self.read_fact(item, fields, known) for item, fields in items]
        facts = [f for f in facts if f is not None]
        return self.default_evidence_level(facts, top)

    def read_fact(self, item: Node, fields: dict[str, Node], keys: frozenset[str]) -> Fact | None:
        kind_node = fields.get("kind")
        kind = _python(kind_node) if kind_node is not None else None
        if kind not in curation_vocabulary().kinds:
            self.fail(kind_node or item, f"unknown fact kind {kind!r} (a vocabulary class under "
                                         "Fact, Study, StudyGroup, Patient or Publication)")
        properties: list[tuple[str, Value]] = []
        for name, node in fields.items():
            if name in RESERVED:
                continue
            nodes = node.value if isinstance(node, SequenceNode) else [node]
            for value_node in nodes:
                value = self.value_check(
                    value_node, lambda n=value_node, p=name: normalise(p, _python(n), keys)
                )
                if value is not None:
                    properties.append((name, value))
        spans = self.quotes(fields, item)
        label_node = fields.get("label")
        label = _python(label_node) if label_node is not None else None
        if label is not None and not isinstance(label, str):
            self.fail(label_node, "label must be text")
        if kind == "Conflict" and "conflictsWith" not in fields:
            self.fail(item, "a Conflict needs conflictsWith: ['#claim', ...]")
        return Fact(
            kind=str(kind), key=str(_python(fields["key"])) if "key" in fields else "",
            properties=tuple(properties), spans=tuple(spans), agent=AGENT, confidence=1.0,
            label=label, origin=f"{self.path.parent.name}/{self.path.name}:{_line(item)}",
        )

    def quotes(self, fields: dict[str, Node], item: Node) -> list[Span]:
        spans = self.resolve(fields.get("quote"), fields.get("occurrence"), self.document, None)
        if "quote" not in fields:
            self.fail(item, "every fact needs at least one verbatim quote")
        other_node = fields.get("conflictsWithDocument")
        quote_node = fields.get("conflictsWithQuote")
        if (other_node is None) != (quote_node is None):
            self.fail(other_node or quote_node,
                      "conflictsWithDocument and conflictsWithQuote go together")
        elif other_node is not None:
            other_id = _python(other_node)
            other = self.documents.get(other_id) if isinstance(other_id, str) else None
            if other is None:
                self.fail(other_node, f"conflictsWithDocument {other_id!r}: that document was not "
                                      "given (pass documents={doc_id: Document} to load_curation)")
            else:
                spans += self.resolve(quote_node, None, other, other.doc_id)
        return spans

    def resolve(self, node, occurrence_node, document: Document, doc: str | None) -> list[Span]:
        """Spans of a quote node: a string, a list of strings, or {text, occurrence} mappings."""
        if node is None:
            return []
        items = node.value if isinstance(node, SequenceNode) else [node]
        if occurrence_node is not None and len(items) != 1:
            self.fail(occurrence_node, "fact-level occurrence needs a single quote; "
                                       "use {text: ..., occurrence: N} per quote")
        spans = []
        for quote_node in items:
            occ_node = occurrence_node
            if isinstance(quote_node, MappingNode):
                sub = self.mapping(quote_node)
                quote_node, occ_node = sub.get("text", quote_node), sub.get("occurrence")
            quote = _python(quote_node)
            occurrence = _python(occ_node) if occ_node is not None else None
            if not isinstance(quote, str) or not quote.strip():
                self.fail(quote_node, "a quote must be non-empty text")
                continue
            if occurrence is not None and (isinstance(occurrence, bool)
                                           or not isinstance(occurrence, int) or occurrence < 1):
                self.fail(occ_node, f"occurrence must be a whole number >= 1, got {occurrence!r}")
                continue
            span = self.locate(quote_node, quote, occurrence, document, doc)
            if span is not None:
                spans.append(span)
        return spans

    def locate(self, node, quote, occurrence, document: Document, doc) -> Span | None:
        text, starts, at = document.text, [], document.text.find(quote)
        while at >= 0:
            starts.append(at)
            at = text.find(quote, at + 1)
        where = document.path.name
        if not starts:
            good = _matching_prefix(text, quote)
            self.fail(node, f"quote not found in {where}: {quote[:60]!r}... (the first {good} "
                            f"characters match; next is {quote[good:good + 20]!r})")
            return None
        if occurrence is None and len(starts) > 1:
            self.fail(node, f"quote occurs {len(starts)} times in {where}: add occurrence: N "
                            f"or lengthen it: {quote[:60]!r}")
            return None
        if occurrence is not None and occurrence > len(starts):
            self.fail(node, f"occurrence {occurrence} but the quote occurs {len(starts)} time(s)")
            return None
        start = starts[(occurrence or 1) - 1]
        return Span(start=start, end=start + len(quote), quote=quote, doc=doc)

    def default_evidence_level(self, facts: list[Fact], top: dict[str, Node]) -> list[Fact]:
        """Facts without evidenceLevel take the file's, else the Study fact's."""
        level = _python(top["evidenceLevel"]) if "evidenceLevel" in top else None
        if level is not None:
            level = self.value_check(top["evidenceLevel"],
                                     lambda: normalise("evidenceLevel", level, frozenset()))
        if level is None:
            study = next((f for f in facts if f.kind == "Study" and f.value("evidenceLevel")), None)
            level = study.value("evidenceLevel") if study else None
        if level is None:
            return facts
        return [f if f.value("evidenceLevel") else
                replace(f, properties=f.properties + (("evidenceLevel", level),)) for f in facts]


def _matching_prefix(text: str, quote: str) -> int:
    """Length of the longest prefix of ``quote`` found in ``text`` (a hint for the curator)."""
    low, high = 0, len(quote)
    while low < high:
        mid = (low + high + 1) // 2
        if quote[:mid] in text:
            low = mid
        else:
            high = mid - 1
    return low
