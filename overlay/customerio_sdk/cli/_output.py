"""What ``cio`` writes: JSON on stdout (indented on a terminal, compact when piped), JSON Lines for
the items of paginated operations, bodies as received with ``--raw``."""

from __future__ import annotations

import json
import sys
from typing import Any, BinaryIO


def stdout_bytes() -> BinaryIO:
    return sys.stdout.buffer


def dumps(value: Any, *, pretty: bool) -> str:
    if pretty:
        return json.dumps(value, indent=2, ensure_ascii=False)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def emit(value: Any) -> None:
    """One JSON document on stdout: indented for a person, compact for a pipe."""
    out = stdout_bytes()
    out.write(dumps(value, pretty=sys.stdout.isatty()).encode("utf-8") + b"\n")
    out.flush()


def emit_line(value: Any) -> None:
    """One JSON Lines record (always compact: one item per line, also on a terminal)."""
    stdout_bytes().write(dumps(value, pretty=False).encode("utf-8") + b"\n")


def emit_body(content: bytes, *, raw: bool) -> None:
    """A response body: as received with ``raw``; otherwise JSON is re-printed (pretty on a
    terminal) and anything else written unchanged. An empty body prints nothing."""
    if not content:
        return
    out = stdout_bytes()
    if not raw:
        try:
            emit(json.loads(content))
            return
        except ValueError:
            pass
    out.write(content if content.endswith(b"\n") or not sys.stdout.isatty() else content + b"\n")
    out.flush()


def note(message: str) -> None:
    """A line for the person at the terminal (stderr), never mixed into the data on stdout."""
    print(message, file=sys.stderr, flush=True)
