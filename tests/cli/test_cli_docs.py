"""The shell blocks of docs/cli.md and of the README's "Command line" section run as written
(bash, errexit) against the mock, with the environment `cio mock` would give."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _sh_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)


def _blocks() -> list:
    cli = (ROOT / "docs" / "cli.md").read_text()
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    found = [pytest.param(b, id=f"cli.md-{i}") for i, b in enumerate(_sh_blocks(cli))]
    found += [pytest.param(b, id=f"README-{i}") for i, b in enumerate(_sh_blocks(section))]
    return found


BLOCKS = _blocks()


def test_the_docs_have_blocks_for_every_command_group():
    text = "\n".join(p.values[0] for p in BLOCKS)
    for group in ("cio app ", "cio track ", "cio pipelines ", "cio raw ", "cio mock", "batch", "--dry-run", " import "):
        assert group in text


@pytest.mark.parametrize("block", BLOCKS)
def test_block_runs(block, cio_env, clean_mock, tmp_path):
    env = {**cio_env, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    if "pip install" in block:
        block = "\n".join(line for line in block.splitlines() if not line.startswith("pip install"))
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", block],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    clean_mock.violations.clear()  # some blocks show invalid input on purpose (batch lines, a bad id)
