"""The on-disk store and its versions: a build never replaces a good store until it is complete.

``<store>`` is a symlink to ``<store>.versions/<version>/``, a pyoxigraph store directory with a
``build.json`` beside the data. Publishing a new version builds it elsewhere, then swaps the symlink
with one atomic ``os.replace``; a server holding the old version keeps answering from it and reopens
when ``version_id`` changes. Older versions are pruned, keeping a few.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph

BUILD_INFO = "build.json"
KEEP_VERSIONS = 3


def versions_dir(store: Path) -> Path:
    store = Path(store)
    return store.parent / (store.name + ".versions")


def new_version_dir(store: Path) -> Path:
    """A fresh, empty directory to build the next version in (not yet visible)."""
    parent = versions_dir(store)
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="building-", dir=parent))


def current(store: Path) -> Path:
    """The directory of the published version (the store itself if it is a plain directory)."""
    store = Path(store)
    if not store.exists():
        raise FileNotFoundError(f"no store at {store}: run `cytokg build --store {store}` first")
    return store.resolve()


def build_info(store: Path) -> dict:
    path = current(store) / BUILD_INFO
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def version_id(store: Path) -> str:
    """Identifies the published content; changes on every publish (used for caching and ETags)."""
    info = build_info(store)
    return str(info.get("version") or current(store).name)


def open_read_only(store: Path) -> pyoxigraph.Store:
    return pyoxigraph.Store.read_only(str(current(store)))


def publish(built: Path, store: Path, info: dict) -> Path:
    """Make ``built`` (a complete store directory) the current version, atomically."""
    store = Path(store)
    built = Path(built)
    version = str(info["version"])
    (built / BUILD_INFO).write_text(json.dumps(info, indent=2, sort_keys=True), encoding="utf-8")
    final = versions_dir(store) / version
    if final.exists() and final != built:
        final = versions_dir(store) / f"{version}-{built.name}"
    if final != built:
        built.rename(final)
    if store.exists() and not store.is_symlink():
        raise FileExistsError(f"{store} is a plain directory, not a published store; move it away")
    link = store.parent / f".{store.name}.link-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(os.path.relpath(final, store.parent))
    os.replace(link, store)
    _prune(store, keep=final)
    return final


def copy_current(store: Path) -> Path:
    """A new, unpublished version directory holding a copy of the published store (hard-linked
    RocksDB snapshots, so cheap), or an empty one when nothing is published yet."""
    target = new_version_dir(store)
    if not Path(store).exists():
        return target
    target.rmdir()  # Store.backup wants to create the directory itself
    source = open_read_only(store)
    try:
        source.backup(str(target))
    finally:
        del source
    return target


def discard(built: Path) -> None:
    """Throw away a failed build; the published store is untouched."""
    shutil.rmtree(built, ignore_errors=True)


def _prune(store: Path, keep: Path) -> None:
    versions = sorted(
        (
            p
            for p in versions_dir(store).iterdir()
            if p.is_dir() and not p.name.startswith("building-")
        ),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in versions[KEEP_VERSIONS:]:
        if old.resolve() != keep.resolve():
            shutil.rmtree(old, ignore_errors=True)
