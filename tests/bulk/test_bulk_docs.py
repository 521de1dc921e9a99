"""Every ``python`` block of docs/bulk.md runs, as its own script, against the counting server.

The blocks are written for Customer.io itself (``TrackClient()`` with credentials from the
environment). A ``sitecustomize`` module on ``PYTHONPATH`` points the "us" region at the loopback
server in every process, Dask's worker processes included; the blocks are run unchanged.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from bulk_server import CountingServer

DOC = Path(__file__).resolve().parents[2] / "docs" / "bulk.md"
SITECUSTOMIZE = """
import json
import os
url = os.environ.get("CIO_BULK_DOCS_URL")
if url:
    from customerio_sdk._core import config as _config
    _config.REGIONS["us"] = {**_config.REGIONS["us"], "track": url, "pipelines": url + "/v1"}
"""
EVENTS = 300


def blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", DOC.read_text(), flags=re.DOTALL | re.MULTILINE)


def write_inputs(directory: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    lines = ["event_id,user_id,event,created_at,amount,first_order,n"]
    lines += [
        f"e{i},u{i % 17},purchased,2024-03-0{1 + i % 9}T10:00:{i % 60:02d}Z,{i}.5,{'true' if i % 5 == 0 else 'false'},{i}"
        for i in range(1, EVENTS + 1)
    ]
    (directory / "events.csv").write_text("\n".join(lines) + "\n")
    people = pa.table(
        {
            "id": [f"p{i}" for i in range(50)],
            "email": [f"p{i}@example.com" for i in range(50)],
            "plan": ["pro"] * 50,
            "signed_up_at": pa.array([1_700_000_000_000 + i for i in range(50)], pa.timestamp("ms", tz="UTC")),
        }
    )
    pq.write_table(people, directory / "people.parquet")


def test_every_python_block_of_docs_bulk_md_runs(counting: CountingServer, tmp_path: Path) -> None:
    code = blocks()
    assert len(code) == 3  # CSV, Parquet, Dask (the Spark block is fenced as pyspark: not runnable here)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE)
    write_inputs(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), os.environ.get("PYTHONPATH", "")]),
        "CIO_BULK_DOCS_URL": counting.url,
        "CUSTOMERIO_SITE_ID": "docs-site",
        "CUSTOMERIO_API_KEY": "docs-key",
        "CUSTOMERIO_PIPELINES_WRITE_KEY": "docs-write-key",
        "CUSTOMERIO_REGION": "us",
    }
    outputs = []
    for number, block in enumerate(code):
        script = tmp_path / f"block{number}.py"
        script.write_text(block)
        run = subprocess.run(
            [sys.executable, script.name],
            check=False,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, f"docs/bulk.md block {number} failed:\n{run.stderr[-3000:]}"
        outputs.append(run.stdout)
    assert f"events.csv: {EVENTS} rows read, {EVENTS} sent, 0 rejected" in outputs[0]
    assert "people.parquet: 50 rows read, 50 sent" in outputs[1] and "50 rows, " in outputs[1]
    assert f"frame: {EVENTS} rows read, {EVENTS} sent" in outputs[2]
    # The CSV recipe and the Dask recipe sent the same events under the same ids (deduplicated).
    event_ids = {i for i, count in counting.ids.items() if count == 2}
    assert len(event_ids) == EVENTS and len(counting.ids) == EVENTS + 50


def test_the_command_line_block_of_docs_bulk_md_runs(counting: CountingServer, tmp_path: Path) -> None:
    """The ``sh`` block (``cio track import``) runs as written: the dry run sends nothing, the import
    delivers every row of the CSV recipe's file exactly once."""
    shell = re.findall(r"^```sh\n(.*?)^```", DOC.read_text(), flags=re.DOTALL | re.MULTILINE)
    assert len(shell) == 1 and "cio track import" in shell[0] and "--dry-run" in shell[0]
    write_inputs(tmp_path)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMERIO_", "CIO_"))}
    env = {
        **clean,
        "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
        "CIO_TRACK_BASE_URL": counting.url,
        "CUSTOMERIO_SITE_ID": "docs-site",
        "CUSTOMERIO_API_KEY": "docs-key",
    }
    run = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", shell[0]],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    dry, real = (json.loads(line) for line in run.stdout.splitlines())
    assert dry["dry_run"] is True and dry["would_send"] == EVENTS and dry["first_call"]["name"] == "purchased"
    assert (real["read"], real["sent"], real["rejected"], real["failed"]) == (EVENTS, EVENTS, 0, 0)
    assert len(counting.ids) == EVENTS and set(counting.ids.values()) == {1}
    assert set(counting.rows) == {str(n) for n in range(1, EVENTS + 1)}  # n is sent as text (undeclared)
