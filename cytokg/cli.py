"""The ``cytokg`` command: one subcommand table, each command implemented in its own module.

A command module defines ``configure(parser)`` and ``run(args, settings) -> int``; it is imported
only when that command runs, so ``cytokg --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cytokg import __version__
from cytokg.config import Settings

# name -> (module implementing it, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "ontology": (
        "cytokg.ontology.commands_ontology",
        "regenerate the OWL ontology (Turtle, RDF/XML) and its HTML docs",
    ),
    "validate": (
        "cytokg.ontology.commands_validate",
        "check a store or RDF file: HermiT consistency and SHACL shapes",
    ),
    "lexicon": (
        "cytokg.graph_build.commands_lexicon",
        "regenerate the scoped lexicon from ontology releases",
    ),
    "design-model": (
        "cytokg.graph_build.commands_design_model",
        "retrain the learned study-design reading from the evaluation sets' gold",
    ),
    "count-model": (
        "cytokg.graph_build.commands_count_model",
        "retrain the learned patient-count reading from the evaluation sets' gold",
    ),
    "uses-model": (
        "cytokg.graph_build.commands_uses_model",
        "retrain the learned drug-disease use reading from the evaluation sets' gold",
    ),
    "extract": (
        "cytokg.graph_build.commands_extract",
        "extract entities and facts from one paper and print them (JSON)",
    ),
    "build": (
        "cytokg.graph_build.commands_build",
        "build the graph from a folder of papers into a store",
    ),
    "load": ("cytokg.graph_build.commands_load", "add an RDF file to a store, in a named graph"),
    "evaluate": (
        "cytokg.graph_build.commands_evaluate",
        "score text-mined output against the curated facts",
    ),
    "info": ("cytokg.graph_build.commands_info", "print a summary of a built store"),
    "serve": (
        "cytokg.server.commands_serve",
        "serve the store over HTTP (SPARQL endpoint, saved queries, UI)",
    ),
    "query": (
        "cytokg.server.commands_query",
        "run a SPARQL query or a saved query against a store",
    ),
    "demo": ("cytokg.server.commands_demo", "run the offline federation demo"),
}


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cytokg",
        description="cytokg: a knowledge graph of cytokine blockade, with a SPARQL endpoint.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="commands:\n" + "\n".join(f"  {n:<12} {h}" for n, (_, h) in COMMANDS.items()),
    )
    parser.add_argument("--version", action="version", version=f"cytokg {__version__}")
    parser.add_argument("command", choices=sorted(COMMANDS), metavar="command")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    top = _top_parser()
    if not argv or argv[0] in {"-h", "--help", "--version"}:
        top.parse_args(argv or ["--help"])
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        top.error(f"unknown command {name!r} (choose from {', '.join(sorted(COMMANDS))})")
    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"cytokg {name}", description=help_text)
    module.configure(parser)
    args = parser.parse_args(rest)
    return int(module.run(args, Settings.from_env()) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
