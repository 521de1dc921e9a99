"""``cio track batch FILE|-`` and ``cio pipelines batch FILE|-``: JSON Lines through the SDK's batching.

Each line is one operation (Track v2: ``{"type": "person", "action": "event", ...}``; Pipelines:
``{"type": "track", "userId": ..., "event": ...}``). Its dedupe id (Track event ``id``, Pipelines
``messageId``) is assigned *before* sending, by the same function the client uses, and the line as
sent is kept in a spool file on disk (one offset per line in memory). Afterwards every line that was
not delivered -- invalid here, too large (rejected before sending) or refused/failed there -- is
written to ``--failed-out`` with its id, so sending that file again cannot count anything twice.
If the run is interrupted, every line not confirmed sent goes there as well (plus the unread rest).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterator
from typing import IO, Any

import click

from . import _output
from ._common import (
    CREDENTIALS_HELP,
    EXIT_BATCH_FAILURES,
    EXIT_OK,
    JSON,
    connection_params,
    make_client,
    reporting_errors,
)

_SHOWN_ERRORS = 20


class _Spool:
    """The prepared lines, on disk, by operation index (written once, read back at the end)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close(), after the run
        self.offsets = array("Q")
        self.line_numbers = array("Q")

    def add(self, data: bytes, line_number: int) -> None:
        self.offsets.append(self._file.tell())
        self.line_numbers.append(line_number)
        self._file.write(data + b"\n")

    def get(self, index: int) -> bytes:
        self._file.flush()
        self._file.seek(self.offsets[index])
        return self._file.readline()

    def close(self) -> None:
        self._file.close()


class _Problems:
    """Undelivered lines: all counted, the first few described on stderr (memory stays bounded)."""

    def __init__(self) -> None:
        self.count = 0
        self.shown: list[str] = []

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.shown) < _SHOWN_ERRORS:
            self.shown.append(message)


class _Progress:
    """``12,000 lines  4,100/s  0 invalid  1 too large`` on stderr, redrawn at most 5 times a second,
    only on a terminal. Lines Customer.io refuses are known when the batch returns (the summary)."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.started = self._last = time.monotonic()

    def update(self, counts: dict[str, int], force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        rate = counts["lines"] / max(now - self.started, 1e-9)
        sys.stderr.write(
            f"\r{counts['lines']:,} lines  {rate:,.0f}/s  {counts['invalid']:,} invalid  {counts['large']:,} too large "
        )
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _preparer(api: str) -> Callable[[Any, int], dict[str, Any]]:
    if api == "track":
        from ..track._request_builders import prepare_op

        return prepare_op
    from ..pipelines._request_builders import prepare_batch_call

    return prepare_batch_call


def run_batch(
    api: str, source: IO[bytes], failed_out: IO[bytes] | None, client: Any, call_options: dict[str, Any]
) -> int:
    from .._core.compact_json import compact_dumps
    from .._core.request_helpers import MAX_OP_BYTES

    prepare = _preparer(api)
    spool, progress = _Spool(), _Progress()
    counts = {"lines": 0, "invalid": 0, "large": 0}
    problems = _Problems()

    def keep(line: bytes) -> None:
        if failed_out is not None:
            failed_out.write(line.rstrip(b"\r\n") + b"\n")

    def operations() -> Iterator[dict[str, Any]]:
        for line_number, line in enumerate(source, 1):
            if not line.strip():
                continue
            counts["lines"] += 1
            try:
                prepared = prepare(json.loads(line), len(spool.offsets))
                data = compact_dumps(prepared)
            except (TypeError, ValueError) as exc:
                counts["invalid"] += 1
                problems.add(f"line {line_number}: invalid: {exc}")
                keep(line)
                continue
            spool.add(data, line_number)
            if len(data) > MAX_OP_BYTES:  # the batch will reject it before sending (same encoder, same limit)
                counts["large"] += 1
            progress.update(counts)
            yield prepared

    try:
        try:
            result = client.batch(operations(), on_oversize="collect", **call_options)
        except BaseException:
            # Not knowing what arrived, keep everything read (ids make a resend safe) and the rest.
            progress.done()
            for index in range(len(spool.offsets)):
                keep(spool.get(index))
            for line in source:
                if line.strip():
                    keep(line)
            if failed_out is not None:
                _output.note(f"cio: batch interrupted; every line not confirmed sent is in {failed_out.name}")
            raise
        progress.update(counts, force=True)
        progress.done()
        undelivered = sorted(
            [(r.index, f"too large ({r.size:,} bytes): {r.reason}") for r in result.rejected]
            + [(f.index, f"failed: {f.error}") for f in result.failed]
        )
        for index, reason in undelivered:
            keep(spool.get(index))
            problems.add(f"line {spool.line_numbers[index]}: {reason}")
    finally:
        spool.close()
    for problem in problems.shown:
        _output.note(f"cio: {problem}")
    if problems.count > len(problems.shown):
        _output.note(f"cio: ... and {problems.count - len(problems.shown):,} more")
    summary = (
        f"cio: {counts['lines']:,} lines: {result.sent:,} sent, {len(result.rejected):,} rejected (too large),"
        f" {len(result.failed):,} failed, {counts['invalid']:,} invalid"
    )
    if problems.count:
        where = f"written to {failed_out.name}" if failed_out is not None else "not kept: use --failed-out FILE"
        summary += f"; {problems.count:,} undelivered lines {where}"
    _output.note(summary)
    return EXIT_BATCH_FAILURES if problems.count else EXIT_OK


def _same_file(source: IO[bytes], path: str) -> bool:
    try:
        return os.path.samestat(os.fstat(source.fileno()), os.stat(path))
    except (OSError, ValueError):  # the output does not exist yet, or the input has no descriptor
        return False


def batch_command(api: str) -> click.Command:
    params: list[click.Parameter] = [
        click.Argument(["file"], type=click.File("rb")),
        click.Option(
            ["--failed-out"],
            type=click.Path(dir_okay=False, writable=True),
            default=None,
            metavar="FILE",
            help="Write every undelivered line here, with its dedupe id: send this file again later.",
        ),
    ]
    if api == "pipelines":
        params += [
            click.Option(["--context"], type=JSON, default=None, help="`context` for every call (JSON)."),
            click.Option(["--integrations"], type=JSON, default=None, help="`integrations` for every call (JSON)."),
        ]
    params.extend(connection_params(api))

    def callback(file: IO[bytes], failed_out: str | None, **values: Any) -> None:
        options = {k: values.pop(k, None) for k in ("region", "base_url", "dry_run")}
        call_options = {k: v for k, v in values.items() if v is not None}
        if failed_out is not None and _same_file(file, failed_out):
            # Opening it for writing would empty the input before a line of it was read.
            raise click.BadParameter("must not be the input file: write to a new file", param_hint="--failed-out")
        with contextlib.ExitStack() as stack:
            stack.enter_context(reporting_errors())
            # The client first: a missing credential must not empty an earlier run's --failed-out.
            client = stack.enter_context(make_client(api, options, batch=True))
            out = None
            if failed_out is not None:
                try:
                    out = stack.enter_context(open(failed_out, "wb"))
                except OSError as exc:
                    raise click.BadParameter(
                        f"cannot write {failed_out}: {exc.strerror}", param_hint="--failed-out"
                    ) from None
            code = run_batch(api, file, out, client, call_options)
            if options["dry_run"]:
                _output.note("cio: dry run: the requests above were printed, nothing was sent")
        sys.exit(code)

    endpoint = "POST /api/v2/batch" if api == "track" else "POST /batch"
    example = (
        '{"type":"person","identifiers":{"id":"42"},"action":"event","name":"purchased"}'
        if api == "track"
        else '{"type":"track","userId":"42","event":"purchased"}'
    )
    return click.Command(
        "batch",
        callback=callback,
        params=params,
        help=f"""Send JSON Lines (FILE, or - for stdin) in as few {endpoint} requests as the size limits allow.

\b
One operation per line, e.g.
  {example}

Dedupe ids are assigned before sending. Lines that are invalid, too large (32 KB) or refused by
Customer.io are written to --failed-out with their ids; the exit code is then 3. A progress line
(lines, rate, invalid, too large) is shown on stderr when it is a terminal.""",
        short_help="Send a JSON Lines file through the batch endpoint.",
        epilog=CREDENTIALS_HELP[api],
    )
