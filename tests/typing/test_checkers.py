"""The SDK is typed to a checker: README-style calls (``readme_calls.py``) pass basedpyright in strict
mode and ``mypy --strict`` with every ``assert_type`` holding, and the mistakes below are caught by
both. One run of each checker over a temporary copy (about 10-30 s together)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent

# Each line marked ``# error`` must be reported by both checkers; no other line may be.
MISTAKES = """\
from __future__ import annotations

from customerio_sdk import AppClient, PipelinesClient, TrackClient
from customerio_sdk.types import TrackOperation


def mistakes(app: AppClient, track: TrackClient, cdp: PipelinesClient) -> None:
    app.segments.get("7")  # error
    app.messages.list(type_="e-mail")  # error
    app.segments.get(7, nonsense=True)  # error
    app.customers.find_by_email("a@example.com")  # error
    op: TrackOperation = {"type": "person", "acton": "identify"}  # error
    track.batch([{"type": "persn", "action": "identify"}])  # error
    cdp.batch([{"type": "track", "userID": "42"}])  # error
    app.send.email(to="a@example.com", identifiers={"id": "1"}, transactionl_message_id=3)  # error
    app.broadcasts.trigger("5")  # error
    app.send.sms(to="+15551234567", identifiers={"emial": "a@example.com"}, transactional_message_id=1)  # error
    print(op)
"""

REVEAL = """\
from customerio_sdk import AppClient

reveal_type(AppClient("k").customers.find_by_email)
reveal_type(AppClient("k").customers.list_messages)
"""


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed next to {sys.executable}: pip install -e '.[dev]'")
    return str(path)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("typing")
    shutil.copy(HERE / "readme_calls.py", root / "readme_calls.py")
    (root / "mistakes.py").write_text(MISTAKES)
    (root / "reveal.py").write_text(REVEAL)
    config = json.loads((HERE / "pyrightconfig.json").read_text())
    config["include"] = ["readme_calls.py", "mistakes.py", "reveal.py"]
    (root / "pyrightconfig.json").write_text(json.dumps(config))
    return root


def _marked_lines() -> set[int]:
    return {n for n, line in enumerate(MISTAKES.splitlines(), 1) if line.endswith("# error")}


def test_pyright_strict(workdir: Path) -> None:
    result = subprocess.run(
        [
            _tool("basedpyright"),
            "--pythonpath",
            sys.executable,
            "-p",
            str(workdir / "pyrightconfig.json"),
            "--outputjson",
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=300,
    )
    report = json.loads(result.stdout)
    diagnostics = report["generalDiagnostics"]
    errors = [d for d in diagnostics if d["severity"] == "error"]
    by_file: dict[str, list[dict]] = {}
    for d in errors:
        by_file.setdefault(Path(d["file"]).name, []).append(d)
    assert by_file.get("readme_calls.py", []) == []
    assert by_file.get("reveal.py", []) == []
    assert {d["range"]["start"]["line"] + 1 for d in by_file.get("mistakes.py", [])} == _marked_lines()
    # what an editor shows for ``app.customers.<method>``: the real parameters and return type
    revealed = [d["message"] for d in diagnostics if Path(d["file"]).name == "reveal.py"]
    assert any('"(*, email: str) -> GetPeopleEmailResponse200"' in m for m in revealed), revealed
    assert any(
        "(customer_id: str, *," in m and "SyncPaginator[GetPersonMessagesResponse200MessagesItem" in m for m in revealed
    )


def test_mypy_strict(workdir: Path) -> None:
    result = subprocess.run(
        [
            _tool("mypy"),
            "--strict",
            "--python-executable",
            sys.executable,
            "--cache-dir",
            str(workdir / ".mypy_cache"),
            "--no-error-summary",
            "readme_calls.py",
            "mistakes.py",
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=300,
    )
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line for line in lines if not line.startswith("mistakes.py:")] == [], result.stdout
    reported = {int(m[1]) for line in lines if (m := re.match(r"mistakes\.py:(\d+):", line))}
    assert reported == _marked_lines(), result.stdout


def test_every_exported_name_has_a_known_type() -> None:
    """``basedpyright --verifytypes customerio_sdk --ignoreexternal``: 100% (the README says so).
    A public attribute without an annotation (inferred, so "ambiguous") fails here, naming it."""
    env = {"PATH": f"{BIN}:/usr/bin:/bin", "VIRTUAL_ENV": str(BIN.parent), "HOME": str(HERE)}
    result = subprocess.run(
        [str(BIN / "basedpyright"), "--verifytypes", "customerio_sdk", "--ignoreexternal", "--outputjson"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stdout)["typeCompleteness"]
    problems = [s["name"] for s in report["symbols"] if s["isExported"] and not s["isTypeKnown"]]
    assert report["completenessScore"] == 1.0, problems
