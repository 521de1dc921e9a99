"""kill -9 in the middle of an import, then resume: every row arrives, never under two ids."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bulk_inputs import write_events_csv
from bulk_server import CountingServer
from customerio_sdk import TrackClient
from customerio_sdk.bulk import TrackEvent, import_file

ROWS = 30_000
MAPPING = TrackEvent(identifier="user", name="event", timestamp="ts", key="event_id", types={"n": "integer"})

CHILD = """
import sys
from customerio_sdk import TrackClient
from customerio_sdk.bulk import TrackEvent, import_file
mapping = TrackEvent(identifier="user", name="event", timestamp="ts", key="event_id", types={"n": "integer"})
with TrackClient(site_id="s", api_key="k", base_url=sys.argv[2], max_retries=0) as client:
    import_file(sys.argv[1], mapping, client=client)
"""


def _wait_for(condition: Any, timeout: float = 60) -> bool:
    """Poll a condition another process makes true (no event crosses the process boundary)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except (OSError, ValueError):  # the checkpoint is replaced atomically, but may not exist yet
            pass
        time.sleep(0.01)
    return False


def test_sigkill_mid_import_then_resume_delivers_every_row_under_one_id(
    counting: CountingServer, tmp_path: Path
) -> None:
    path = write_events_csv(tmp_path / "events.csv", ROWS)
    counting.hold_row = 9_000  # the request carrying row 9,000 is counted as delivered, never answered
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), counting.url])
    try:
        assert counting.reached.wait(120), "the child never sent the request carrying row 9,000"
        # The requests before it are answered; the child acknowledges them (in order) as it sends
        # the next windows, and none after it: kill it once its checkpoint reaches the held window.
        checkpoint = tmp_path / "events.csv.checkpoint.json"
        held = counting.held_first_row
        assert _wait_for(lambda: checkpoint.exists() and json.loads(checkpoint.read_text())["next_row"] == held)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        counting.release.set()

    state = json.loads((tmp_path / "events.csv.checkpoint.json").read_text())
    assert not state["done"] and 1 < state["next_row"] == held <= 9_000  # the windows before it were acknowledged
    assert state["requests"] >= 3 and state["sent"] == state["read"] == state["next_row"] - 1
    delivered_before = set(counting.ids)

    with TrackClient(site_id="s", api_key="k", base_url=counting.url, max_retries=0) as client:
        summary = import_file(path, MAPPING, client=client, resume=True)

    assert (summary.read, summary.sent, summary.rejected, summary.failed) == (ROWS, ROWS, 0, 0)
    assert summary.resumed_from_row == state["next_row"] - 1
    assert set(counting.rows) == set(range(1, ROWS + 1))  # every row arrived
    assert all(len(ids) == 1 for ids in counting.rows.values())  # no row under two ids
    resent = {i for i, count in counting.ids.items() if count == 2}
    assert resent and resent <= delivered_before  # the unacknowledged request went again, same ids
    assert max(counting.ids.values()) == 2
