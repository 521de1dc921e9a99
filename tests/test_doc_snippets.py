"""Every ```python block of README.md and docs/*.md runs against the mock and type-checks.

The blocks are read from the files (never copied here). A page's blocks run in order in one
namespace, the way a reader follows the page, with the objects the pages talk about already made:
``app``/``async_app``/``track``/``cdp`` clients of the mock, ``operations``/``calls`` for the batch
examples, and a signed webhook ``request``/``raw_body``/``signing_key``. Every client, whatever
region or URL a block asks for, reaches the mock (the region table points at it). A block that
defines ``test_*`` functions is a pytest example: each one is called with a started mock as its
``customerio_mock`` and must leave no violation behind, as the fixture would check.

For the type check, each page becomes one module (its blocks inside one ``async def`` whose
parameters are those objects, typed) that basedpyright checks in standard mode.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from customerio_sdk import AppClient, AsyncAppClient, PipelinesClient, TrackClient, webhooks
from customerio_sdk.testing import MockServer

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)

SIGNING_KEY = "doc-snippet-signing-key"
WEBHOOK_BODY = json.dumps(
    {
        "data": {"customer_id": "42", "delivery_id": "d1", "identifiers": {"id": "42"}, "recipient": "a@example.com"},
        "event_id": "01E4C4CT6YDC7Y5M7FE1GWWPQJ",
        "metric": "sent",
        "object_type": "email",
        "timestamp": 1613063089,
    }
).encode()

# What the pages assume a reader already has (names and types; the values are made per page).
PRELUDE = {
    "app": "AppClient",
    "async_app": "AsyncAppClient",
    "track": "TrackClient",
    "cdp": "PipelinesClient",
    "operations": "list[TrackOperation]",
    "calls": "list[PipelinesCall]",
    "request": "Any",
    "raw_body": "bytes",
    "signing_key": "str",
    "mock": "MockServer",
}


def blocks(page: Path) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m[1]) for m in BLOCK.finditer(text)]


def _pages_with_blocks() -> list[Path]:
    return [page for page in PAGES if blocks(page)]


class _Request:
    def __init__(self, headers: dict[str, str]) -> None:
        self.headers = headers


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch):
    from customerio_sdk._core import config as _config

    with MockServer() as server:
        for region in _config.REGIONS.values():
            for api in region:
                monkeypatch.setitem(region, api, server.url_for(api))
        monkeypatch.setenv("CUSTOMERIO_SITE_ID", "site-id")
        monkeypatch.setenv("CUSTOMERIO_API_KEY", "track-api-key")
        monkeypatch.setenv("CUSTOMERIO_APP_API_KEY", "app-api-key")
        monkeypatch.setenv("CUSTOMERIO_PIPELINES_WRITE_KEY", "write-key")
        yield server


def _namespace(server: MockServer) -> dict[str, Any]:
    timestamp = str(int(time.time()))
    headers = {
        "X-CIO-Timestamp": timestamp,
        "X-CIO-Signature": webhooks.sign(WEBHOOK_BODY, timestamp, SIGNING_KEY),
    }
    return {
        "__name__": "doc_snippet",
        "app": AppClient("app-api-key"),
        "async_app": AsyncAppClient("app-api-key"),
        "track": TrackClient("site-id", "track-api-key"),
        "cdp": PipelinesClient("write-key"),
        "operations": [{"type": "person", "action": "identify", "identifiers": {"id": "42"}, "attributes": {}}],
        "calls": [{"type": "track", "userId": "42", "event": "signed_up"}],
        "request": _Request(headers),
        "raw_body": WEBHOOK_BODY,
        "signing_key": SIGNING_KEY,
        "mock": server,
    }


def _run(source: str, namespace: dict[str, Any], where: str) -> None:
    code = compile(source, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if inspect.iscoroutine(result):
        asyncio.run(result)


#: Pages whose blocks another test runs, with the inputs they read (they still type-check here).
RUN_ELSEWHERE = {
    # events.csv / people.parquet, a Dask block guarded by __main__: run as scripts against the
    # bulk tests' counting server.
    "bulk.md": ROOT / "tests" / "bulk" / "test_bulk_docs.py",
}


def test_pages_run_elsewhere_have_their_runner() -> None:
    for page, runner in RUN_ELSEWHERE.items():
        assert f'"docs" / "{page}"' in runner.read_text(encoding="utf-8"), f"{runner} does not run docs/{page}"


@pytest.mark.parametrize("page", [p for p in _pages_with_blocks() if p.name not in RUN_ELSEWHERE], ids=lambda p: p.name)
def test_every_block_runs_against_the_mock(page: Path, mock: MockServer) -> None:
    namespace = _namespace(mock)
    for line, source in blocks(page):
        where = f"{page.relative_to(ROOT)}:{line}"
        before = set(namespace)
        _run(source, namespace, where)
        for name in sorted(set(namespace) - before):
            if name.startswith("test_") and callable(namespace[name]):
                with MockServer() as fixture:
                    namespace[name](fixture)
                    assert fixture.violations == [], f"{where}: {name} left violations"
    assert mock.violations == [], f"{page.name}: requests the spec refuses: {mock.violations}"


def _typed_module(page: Path) -> str:
    params = ", ".join(f"{name}: {annotation}" for name, annotation in PRELUDE.items())
    lines = [
        "# Written by tests/test_doc_snippets.py: the page's python blocks, in order.",
        "from typing import Any",
        "",
        "from customerio_sdk import AppClient, AsyncAppClient, PipelinesClient, TrackClient",
        "from customerio_sdk.testing import MockServer",
        "from customerio_sdk.types import PipelinesCall, TrackOperation",
        "",
        "",
        f"async def snippets({params}) -> None:",
    ]
    for line, source in blocks(page):
        lines.append(f"    # {page.name}:{line}")
        lines += [f"    {text}" if text else "" for text in source.splitlines()]
    return "\n".join(lines) + "\n"


def test_every_block_type_checks(tmp_path: Path) -> None:
    checker = Path(sys.executable).parent / "basedpyright"
    assert checker.exists(), "basedpyright is in the dev extra: pip install -e '.[dev]'"
    files = []
    for page in _pages_with_blocks():
        path = tmp_path / f"{page.stem.lower()}_snippets.py"
        path.write_text(_typed_module(page), encoding="utf-8")
        files.append(path.name)
    config = {"include": files, "typeCheckingMode": "standard", "pythonVersion": "3.10"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(checker), "--pythonpath", sys.executable, "-p", str(tmp_path / "pyrightconfig.json"), "--outputjson"],
        check=False,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    report = json.loads(result.stdout)
    errors = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert errors == [], "\n".join(errors)
