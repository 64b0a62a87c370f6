"""Mentions written as a paraphrase of a lexicon name, found after the dictionary scan.

Ontologies name a changed measure "Elevated transaminases" and a measured cytokine "IL-6 level";
papers write "a moderate rise in transaminases", "transaminase levels increased", "enlarged lymph
nodes", "the serum interleukin-6 concentration", "IVIG resistance" (HPO: refractory drug
response). The dictionary scan cannot see these (the words are in another order or another word
is used), so rules from data/paraphrases.yaml rewrite the phrase into the forms the lexicon uses
and look them up. A paraphrase match replaces the plain matches it covers ("transaminases" alone
would be a weaker reading). Works on the clean text view with (start, end, entry) matches, like
mentions._scan.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from cytokg.graph_build.lexicon import Entry, Lexicon, normalise_key

SOURCE = "paraphrase"
PARAPHRASES_FILE = Path(__file__).resolve().parent / "data" / "paraphrases.yaml"
_ACCEPTED = ("phenotype", "disease", "lab_measure")
_MEASURED = ("gene", "protein")

Match = tuple[int, int, Entry]


@cache
def rules() -> dict:
    return yaml.safe_load(PARAPHRASES_FILE.read_text(encoding="utf-8"))


def _lookup(lexicon: Lexicon, forms: list[str], categories=_ACCEPTED) -> Entry | None:
    for form in forms:
        for entry in lexicon.lookup(normalise_key(form)):
            if entry.category in categories:
                return replace(entry, source=SOURCE)
    return None


def _change_phrases(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Change phrases whose measure the dictionary did not match itself ("a rise in CRP" stays
    the lab measure CRP), unless the rule narrows that match ("warm autoimmune haemolytic
    anaemia" is the warm type, not the plain match inside it)."""
    found = []
    for rule in rules()["change_phrases"]:
        for m in re.finditer(rule["pattern"], text, re.IGNORECASE):
            if not rule.get("narrows") and any(
                    m.start("x") < e and s < m.end("x") for s, e, _ in matches):
                continue
            words = list(re.finditer(r"\S+", m.group("x")))
            named = {k: v for k, v in m.groupdict().items() if k != "x" and v}  # "{t}": its type
            for n in range(len(words), 0, -1):
                x = m.group("x")[: words[n - 1].end()]
                entry = _lookup(lexicon, [f.format(x=x, **named) for f in rule["try"]])
                if entry:
                    end = m.start("x") + words[n - 1].end() if m.end("x") == m.end() else m.end()
                    found.append((m.start(), end, entry))
                    break
    return found


def _measured_genes(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    before = re.compile(rules()["measured_before"], re.IGNORECASE)
    after = re.compile(rules()["measured_after"], re.IGNORECASE)
    found = []
    for start, end, entry in matches:
        if entry.category not in _MEASURED:
            continue
        b = before.search(text, max(0, start - 20), start)
        a = after.match(text, end)
        if not (a or b):
            continue
        forms = [f.format(name=name) for name in lexicon.names(entry.curie)
                 for f in rules()["measured_forms"]]
        measure = _lookup(lexicon, forms, ("lab_measure",))
        if measure:
            found.append((b.start() if b else start, a.end() if a else end, measure))
    return found


def _drug_responses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    after = re.compile(rules()["drug_response_after"], re.IGNORECASE)
    before = re.compile(rules()["drug_response_before"], re.IGNORECASE)
    finding = _lookup(lexicon, rules()["drug_response_forms"], ("phenotype",))
    if finding is None:
        return []
    found = []
    for start, end, entry in matches:
        if entry.category not in ("drug", "drug_class"):
            continue
        for m in (after.match(text, end), before.search(text, max(0, start - 50), start)):
            if m:
                found.append((m.start(1), m.end(1), finding))
    return found


_COORDINATED_BEFORE = re.compile(
    r"((?:[A-Za-z][\w'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*)[ \t]*,?[ \t]+(?:and|or|and/or)[ \t]+$")


def _elided_heads(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """A name whose head word is written once for two ("rheumatoid and psoriatic arthritis",
    "giant cell and Takayasu arteritis"): the first name, its modifier words joined to the
    second's head, where the lexicon has that name as a disease and no match covers the words
    (not in a name written in title case, an organisation's)."""
    found = []
    for start, end, entry in matches:
        words = text[start:end].split()
        if entry.category not in ("disease", "phenotype") or len(words) < 2:
            continue
        before = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
        if not before:
            continue
        head = " ".join(words[1:])
        modifier = before.group(1).split()
        if head[:1].isupper() and modifier[-1][:1].isupper():
            continue  # a name in title case: "Department of Rheumatic and Immunologic Diseases"
        for n in range(len(modifier), 0, -1):  # the longest name first
            first = modifier[-n:]
            at = before.end(1) - len(" ".join(first))
            if text[at : before.end(1)] != " ".join(first) or any(
                    s < before.end(1) and at < e for s, e, _ in matches):
                continue
            named = _lookup(lexicon, [f"{' '.join(first)} {head}"], ("disease",))
            if named and named.curie != entry.curie:
                found.append((at, before.end(1), named))
                break
    return found


def add_paraphrases(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """The matches with paraphrase matches added; plain matches they cover are replaced."""
    extra = (_change_phrases(text, matches, lexicon) + _measured_genes(text, matches, lexicon)
             + _drug_responses(text, matches, lexicon) + _elided_heads(text, matches, lexicon))
    if not extra:
        return matches
    chosen: list[Match] = []
    for match in sorted(extra, key=lambda m: (m[0], -(m[1] - m[0]))):
        if not chosen or match[0] >= chosen[-1][1]:
            chosen.append(match)
    kept = [m for m in matches if not any(s < m[1] and m[0] < e for s, e, _ in chosen)]
    return sorted(kept + chosen, key=lambda m: m[0])
