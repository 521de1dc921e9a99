"""The README's main job: the demo runs end to end against the embedded mock with no violations."""

from __future__ import annotations

from customerio_sdk import _demo
from customerio_sdk.__main__ import main


def test_demo_runs_against_the_mock_without_violations():
    lines: list[str] = []
    assert _demo.run(lines.append) == 0
    text = "\n".join(lines)
    assert "identified 'grace+test@example.com'" in text
    assert "batch of 10000 events: 10000 sent, 0 rejected, 0 failed" in text
    assert "paged through 9 newsletters on 3 pages" in text
    assert "a tampered one was rejected" in text
    assert "0 spec violations" in text
    for secret in ("demo-track-key", "demo-app-key", "demo-write-key", "demo-signing-key"):
        assert secret not in text


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["nope"]) == 2
    assert "usage: python -m customerio_sdk demo" in capsys.readouterr().err
