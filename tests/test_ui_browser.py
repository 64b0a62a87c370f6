"""The web UI in a real headless Chromium: load /, run a saved query from its example tab (the
/#run=<name> link clicks it), and find the result rows in the rendered DOM."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cytokg.config import Settings
from cytokg.server.app import create_app

sys.path.insert(0, str(Path(__file__).parent))
from saved_query_support import build_store  # noqa: E402
from server_support import waitress_thread  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed "
                       "(scripts/system-deps.sh installs it)"),
]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions"]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("ui"))
    app = create_app(Settings.from_env(store=store, workers=1))
    with waitress_thread(app) as url:
        yield url
    app.extensions["cytokg"].backend.close()


def dump_dom(url: str, budget_ms: int = 15000) -> tuple[str, str]:
    """The DOM after the page settled, and the page's console messages (for failure reports)."""
    profile = tempfile.mkdtemp(prefix="cytokg-chromium-")
    try:
        done = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}",
             "--enable-logging=stderr", "--v=0", "--dump-dom", url],
            capture_output=True, text=True, timeout=90, check=False,
        )
        console = "\n".join(line for line in done.stderr.splitlines() if "CONSOLE" in line)
        return done.stdout, console
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def test_page_loads_with_saved_query_buttons(base):
    dom, console = dump_dom(base + "/", 5000)
    assert 'data-query="mortality-with-without-drug"' in dom
    assert "CodeMirror" in dom  # the YASQE editor was built by the vendored script
    assert "PREFIX cyr: <https://w3id.org/cytokg/resource/>" in dom  # project prefixes


def test_running_a_saved_query_shows_its_rows(base):
    dom, console = dump_dom(base + "/#run=code-disagreements")
    # 000: "coronary dilation (MESH:D002311)" - D002311 is Cardiomyopathy, Dilated, so the graph
    # records a code disagreement; its row must be in the rendered result table.
    table = dom[dom.find("<table"):]
    assert "<table" in dom, f"no result table was rendered; console:\n{console}"
    assert "D002311" in table
    assert table.count("<tr") >= 3  # header + the two disagreements of paper 000
    # Resource IRIs are shown with the longest matching namespace: cyr:, not cy:resource/...
    assert "cyr:" in table and "cy:resource/" not in table
