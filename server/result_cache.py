"""A small in-memory LRU cache of saved-query responses, bounded in entries and bytes.

Keys are ETags, which already include the store version, so a rebuild simply stops matching the
old entries; they age out of the LRU order.
"""

from __future__ import annotations

import threading
from collections import OrderedDict


class ResultCache:
    def __init__(self, max_entries: int = 512, max_bytes: int = 64 * 1024 * 1024):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[bytes, dict]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> tuple[bytes, dict] | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item

    def put(self, key: str, body: bytes, headers: dict) -> None:
        if len(body) > self.max_bytes // 4:
            return  # one huge result must not evict everything else
        with self._lock:
            if key in self._items:
                self._bytes -= len(self._items.pop(key)[0])
            self._items[key] = (body, dict(headers))
            self._bytes += len(body)
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                _, (old, _) = self._items.popitem(last=False)
                self._bytes -= len(old)

    def __len__(self) -> int:
        return len(self._items)
