"""Auto-pagination: ``app.messages.list()`` over 100, 1,000 and 3,000 pages of 50 messages.

Time is measured without tracemalloc; peak memory (tracemalloc, Python allocations while
iterating) in a separate walk. A flat peak means the paginator keeps no pages.
"""

from __future__ import annotations

import time
import tracemalloc

from ._common import APP_KEY, Server, median

PAGE_SIZE = 50


def _walk(app: object) -> int:
    count = 0
    for _ in app.messages.list():  # type: ignore[attr-defined]
        count += 1
    return count


def run(server: Server, pages: tuple[int, ...] = (100, 1000, 3000), rounds: int = 3) -> dict[int, dict[str, float]]:
    from customerio_sdk import AppClient

    results: dict[int, dict[str, float]] = {}
    with AppClient(api_key=APP_KEY, base_url=server.url) as app:
        for n in pages:
            server.configure(pages=n, page_size=PAGE_SIZE)
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                items = _walk(app)
                times.append(time.perf_counter() - start)
                assert items == n * PAGE_SIZE, items
            tracemalloc.start()
            tracemalloc.reset_peak()
            _walk(app)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            results[n] = {"seconds": median(times), "peak_bytes": peak, "items": n * PAGE_SIZE}
    return results
