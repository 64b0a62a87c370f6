"""Benchmark output: results.json (everything), results.md (the tables), throughput.png (plot)."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path


def machine() -> dict:
    """nproc, CPU model, RAM and Python/pyoxigraph versions of the machine the run was on."""
    import pyoxigraph

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text()
                      .splitlines() if line.startswith("MemTotal"))  # fmt: skip
    except (OSError, StopIteration):
        mem_kb = 0
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "load_average": list(os.getloadavg()),
    }


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def markdown(results: dict) -> str:
    m = results["machine"]
    out = [
        "# cytokg benchmark results",
        "",
        f"Run {results['started']} ({results['mode']}) in {results['elapsed_seconds']:.0f} s on "
        f"{m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}, "
        f"pyoxigraph {m['pyoxigraph']}; load average at start {m['load_average'][0]:.2f}.",
        "",
        "## Build (parse + extract + RDF, then write, load, validate)",
        "",
        "| papers | jobs | triples | wall s | papers/s | graph stages s | peak RSS MB "
        "| worker peak MB | slowest stages |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results["build"]["rows"]:
        stages = sorted(r["stage_seconds"].items(), key=lambda kv: -kv[1])
        top = ", ".join(f"{k} {v:.1f}" for k, v in stages if k != "total")
        out.append(
            f"| {r['papers']} | {r['jobs']} | {r['triples']} | {r['wall_seconds']:.1f} "
            f"| {r['papers_per_second']:.2f} | {r['graph_seconds']:.1f} | {r['peak_rss_mb']:.0f} "
            f"| {r['peak_worker_rss_mb']:.0f} | {top} |"
        )
    slopes = results["build"]["growth_exponents"]
    if slopes:
        out += ["", "Growth exponent (log-log slope of wall time against papers): " + "; ".join(
            f"jobs {s['jobs']} {s['from']}→{s['to']}: {s['exponent']:.2f}" for s in slopes)]
    load = results["load"]
    out += [
        "", "## Load", "",
        "| file | quads | ours s | raw bulk_load s | ours quads/s | raw quads/s "
        "| ratio (goal ≥ 0.8) |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| {load['file']} | {load['quads']} | {load['ours_seconds']:.2f} | "
        f"{load['raw_seconds']:.2f} | {load['ours_quads_per_second']:.0f} | "
        f"{load['raw_quads_per_second']:.0f} | {load['ratio']:.2f} |",
    ]  # fmt: skip
    out += ["", "## Queries", "", results["query"]["method"]]
    for g in results["query"]["graphs"]:
        out += [
            "",
            "| graph | kind | clients | server | QPS | p50 ms | p95 ms | p99 ms | errors "
            "| × oxigraph | × rdflib-endpoint |",
            "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in g["rows"]:
            out.append(
                f"| {r['graph']} ({g['triples']} quads) | {r['kind']} ({r['queries']}) "
                f"| {r['clients']} | {r['server']} | {r['qps']:.1f} | {r['p50_ms']:.1f} "
                f"| {r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} "
                f"| {_fmt(r.get('ratio_to_oxigraph'), 2)} "
                f"| {_fmt(r.get('ratio_to_rdflib-endpoint'), 2)} |"
            )
        if g["excluded"]:
            names = ", ".join(f"{k} ({', '.join(v)})" for k, v in sorted(g["excluded"].items()))
            out += ["", f"Left out on {g['label']} (failed on the server named): {names}"]
        if g.get("picked"):
            values = "; ".join(f"{q} {p}=<{v}>" for q, ps in sorted(g["picked"].items())
                               for p, v in sorted(ps.items()))  # fmt: skip
            out += ["", f"Parameter values picked from the {g['label']} graph: {values}"]
        side = g.get("rdflib_apart")
        if side:
            got = ", ".join(f"{k} {len(v)}" for k, v in side["answered"].items())
            out += ["", f"rdflib-endpoint on the {g['label']} graph (rows `…∩rdflib`, 1 client, "
                    f"each query run alone as soon as it answered, equal-weight mix of those "
                    f"runs; ours and oxigraph measured the same way on the same subset): loaded in "
                    f"{side['load_seconds']:.0f} s; "
                    f"queries answered within the limit: {got}."]
            if side["failed"]:
                why = "; ".join(f"{k}: {v[:90]}" for k, v in sorted(side["failed"].items()))
                out += ["", f"Not in its subset: {why}"]
    c = results["query"]["client_ceiling"]
    out += [
        "", f"Load-generator ceiling: {c['qps']:.0f} requests/s of `ASK {{}}` on oxigraph at "
        f"{c['clients']} clients (p50 {c['p50_ms']:.2f} ms; client CPU "
        f"{100 * c['client_cpu_share']:.0f}% of its wall time per process).",
        "", "![throughput](throughput.png)", "",
    ]  # fmt: skip
    return "\n".join(out)


def plot(results: dict, path: Path) -> None:
    """Left: papers/s against corpus size; right: QPS against graph size, per server and kind."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    rows = results["build"]["rows"]
    for jobs in sorted({r["jobs"] for r in rows}):
        pts = sorted((r["papers"], r["papers_per_second"]) for r in rows if r["jobs"] == jobs)
        left.plot(*zip(*pts, strict=True), marker="o", label=f"--jobs {jobs}")
    left.set(xscale="log", xlabel="papers", ylabel="papers / s", title="build")
    left.legend()
    graphs = results["query"]["graphs"]
    clients = max(r["clients"] for g in graphs for r in g["rows"])
    series: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for g in graphs:
        for r in g["rows"]:
            if r["clients"] == clients:
                series.setdefault((r["server"], r["kind"]), []).append((g["triples"], r["qps"]))
    for (server, kind), pts in sorted(series.items()):
        style = "-" if kind == "saved" else "--"
        right.plot(*zip(*sorted(pts), strict=True), style, marker="o", label=f"{server} {kind}")
    right.set(xscale="log", yscale="log", xlabel="quads in store", ylabel="queries / s",
              title=f"SPARQL throughput, {clients} clients")  # fmt: skip
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write(results: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (out / "results.md").write_text(markdown(results) + "\n", encoding="utf-8")
    plot(results, out / "throughput.png")
