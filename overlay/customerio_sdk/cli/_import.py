"""``cio track import FILE --mapping mapping.json`` and ``cio pipelines import ...``: a thin command
over :func:`customerio_sdk.bulk.import_file`.

The mapping file is JSON declaring one of bulk's mapping classes: ``kind`` picks the class
(``identify`` or ``track`` of the command's API) and every other key is one of that class's fields,
checked against the field's declared type before anything is read. Reading, mapping, dedupe ids,
checkpoints, the failures file and progress are all bulk's; this module only translates options
and exit codes. ``customerio_sdk.bulk`` (and pyarrow) are imported when the command runs, never for
``--help``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import types
import typing
from pathlib import Path
from typing import Any

import click

from . import _output
from ._common import (
    CREDENTIALS_HELP,
    EXIT_BATCH_FAILURES,
    EXIT_OK,
    connection_params,
    dry_run_transport,
    make_client,
    reporting_errors,
)

#: ``kind`` -> the bulk mapping class, per API (names only: bulk is imported when the command runs).
KINDS = {
    "track": {"identify": "TrackIdentify", "track": "TrackEvent"},
    "pipelines": {"identify": "PipelinesIdentify", "track": "PipelinesTrack"},
}


_UNIONS = (typing.Union, types.UnionType)


class MappingFileError(ValueError):
    """A mapping file that does not declare a valid mapping; the message names the bad key."""


def _describe(hint: Any) -> str:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in _UNIONS:
        return " or ".join(_describe(a) for a in args)
    if origin is typing.Literal:
        return "one of " + ", ".join(map(repr, args))
    if hint is type(None):
        return "null"
    if hint is str:
        return "a string"
    if hint is bool:
        return "true or false"
    if getattr(hint, "__name__", "") == "Const":
        return '{"const": "<value>"}'
    if origin is not None and getattr(origin, "__name__", "") in ("Sequence", "list"):
        return "a list of strings"
    if origin is not None and getattr(origin, "__name__", "") in ("Mapping", "dict"):
        return "an object of column -> " + _describe(args[1])
    return str(hint)


def _value(where: str, hint: Any, value: Any) -> Any:
    """``value`` from JSON as the field's declared type (``hint``), or :class:`MappingFileError`."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in _UNIONS:
        for option in args:
            try:
                return _value(where, option, value)
            except MappingFileError:
                continue
    elif origin is typing.Literal:
        if value in args:
            return value
    elif hint is type(None):
        if value is None:
            return None
    elif hint is str or hint is bool:
        if type(value) is hint and (hint is bool or value):
            return value
    elif getattr(hint, "__name__", "") == "Const":
        if isinstance(value, dict) and set(value) == {"const"} and isinstance(value["const"], str) and value["const"]:
            return hint(value["const"])
    elif origin is not None and getattr(origin, "__name__", "") in ("Sequence", "list"):
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            return tuple(value)
    elif origin is not None and getattr(origin, "__name__", "") in ("Mapping", "dict") and isinstance(value, dict):
        return {k: _value(f"{where}.{k}", args[1], v) for k, v in value.items()}
    raise MappingFileError(f"key {where!r} must be {_describe(hint)}, got {json.dumps(value)}")


def build_mapping(api: str, declared: Any) -> Any:
    """The bulk mapping a mapping file declares (``declared``: its parsed JSON)."""
    import dataclasses

    from .. import bulk
    from ..errors import ConfigurationError

    if not isinstance(declared, dict):
        raise MappingFileError("the mapping must be a JSON object")
    kinds = KINDS[api]
    kind = declared.get("kind")
    if kind not in kinds:
        raise MappingFileError(
            f"key 'kind' must be one of {', '.join(map(repr, kinds))} for {api}, got {json.dumps(kind)}"
        )
    cls = getattr(bulk, kinds[kind])
    hints = typing.get_type_hints(cls)
    allowed = [f.name for f in dataclasses.fields(cls)]
    values = {}
    for key, value in declared.items():
        if key == "kind":
            continue
        if key not in allowed:
            raise MappingFileError(
                f"unknown key {key!r} for a {api} mapping of kind {kind!r} (allowed: kind, {', '.join(allowed)})"
            )
        values[key] = _value(key, hints[key], value)
    # bulk's convention: a field defaulting to "" is required (identifier, name, event).
    missing = [f.name for f in dataclasses.fields(cls) if f.default == "" and f.name not in values]
    if missing:
        raise MappingFileError(f"a {api} mapping of kind {kind!r} needs the key(s) {', '.join(map(repr, missing))}")
    try:
        return cls(**values)
    except ConfigurationError as exc:  # a required key is missing: bulk's message names it
        raise MappingFileError(str(exc)) from None


def read_mapping(api: str, path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            declared = json.load(handle)
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint="--mapping") from None
    except ValueError as exc:
        raise click.BadParameter(f"{path} is not valid JSON: {exc}", param_hint="--mapping") from None
    try:
        return build_mapping(api, declared)
    except MappingFileError as exc:
        raise click.BadParameter(f"{path}: {exc}", param_hint="--mapping") from None


def _record_first_call(first: list[Any]) -> Any:
    """The ``--dry-run`` transport of an import: keeps the first operation sent and acknowledges every
    request without sending it, so bulk maps, sizes and counts every row as in a real run."""

    def record(request: Any) -> None:
        if not first:
            first.extend((json.loads(request.read()).get("batch") or [])[:1])

    return dry_run_transport(record, answer=True)


def _refuse_overwriting(file: Path, path: str | None, option: str) -> None:
    with contextlib.suppress(OSError):
        if path is not None and os.path.samefile(file, path):
            raise click.BadParameter("must not be the input file", param_hint=option)


def run_import(api: str, file: str, mapping_path: str, values: dict[str, Any]) -> int:
    mapping = read_mapping(api, mapping_path)
    from ..bulk import import_file

    path = Path(file)
    checkpoint, failures = values["checkpoint"], values["failures"]
    _refuse_overwriting(path, checkpoint, "--checkpoint")
    _refuse_overwriting(path, failures, "--failures")
    dry_run, resume = values["dry_run"], values["resume"]
    if dry_run and resume:
        raise click.BadParameter("a dry run reads the whole file and keeps no checkpoint", param_hint="--resume")
    options = {"region": values["region"], "base_url": values["base_url"]}
    first: list[Any] = []
    with contextlib.ExitStack() as stack:
        if dry_run:
            # The checkpoint (and, unless --failures is given, the failures file) of a dry run are
            # thrown away: a real run afterwards starts from the first row.
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cio-import-")))
            checkpoint = str(scratch / "checkpoint.json")
            failures = failures or str(scratch / f"failures{path.suffix or '.jsonl'}")
        with reporting_errors():
            client = stack.enter_context(
                make_client(api, options, transport=_record_first_call(first) if dry_run else None)
            )
            summary = import_file(
                path,
                mapping,
                client=client,
                format=values["format"],
                checkpoint=checkpoint,
                failures=failures,
                resume=resume,
                namespace=values["namespace"] or "",
                max_failed_requests=values["max_failed_requests"] or None,
                # A dry run records "the first call": one window at a time keeps it the first window's.
                concurrency=1 if dry_run else values["concurrency"],
            )
        report = summary.to_dict()
        if dry_run:
            report.update(dry_run=True, sent=0, would_send=summary.sent, first_call=first[0] if first else None)
            if values["failures"] is None:
                report["failures_file"] = None
        _output.emit(report)
    if dry_run:
        _output.note("cio: dry run: every row was read and mapped, nothing was sent")
        if not summary.ok and values["failures"] is None:
            _output.note("cio: pass --failures FILE to keep the rows that would not be sent, with the reasons")
    return EXIT_OK if summary.ok else EXIT_BATCH_FAILURES


_EXAMPLES = {
    "track": '{"kind": "track", "identifier": "user_id", "name": "event", "timestamp": "created_at",\n'
    '   "key": "event_id", "types": {"amount": "number"}}',
    "pipelines": '{"kind": "identify", "user_id": "id", "timestamp": "signed_up_at", "key": "id",\n'
    '   "traits": ["email", "plan"]}',
}
_KEYS = {
    "track": "identify: identifier, id_type, attributes; track: identifier, id_type, name, timestamp, data",
    "pipelines": "identify: user_id, anonymous_id, timestamp, traits; "
    "track: user_id, anonymous_id, event, timestamp, properties",
}


def import_command(api: str) -> click.Command:
    region_and_url = [p for p in connection_params(api) if p.name != "dry_run"]
    params: list[click.Parameter] = [
        click.Argument(["file"], type=click.Path(exists=True, dir_okay=False)),
        click.Option(
            ["--mapping", "mapping_path"],
            required=True,
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help="JSON mapping of columns to calls (see above).",
        ),
        click.Option(
            ["--format"],
            type=click.Choice(["csv", "jsonl", "parquet"]),
            default=None,
            help="Input format (default: from the suffix: .csv, .jsonl/.ndjson, .parquet).",
        ),
        click.Option(
            ["--checkpoint"],
            type=click.Path(dir_okay=False),
            default=None,
            metavar="FILE",
            help="Checkpoint, replaced after every acknowledged request (default: FILE.checkpoint.json).",
        ),
        click.Option(
            ["--resume"], is_flag=True, help="Continue from the checkpoint (a finished import sends nothing)."
        ),
        click.Option(
            ["--failures"],
            type=click.Path(dir_okay=False),
            default=None,
            metavar="FILE",
            help="Rows not delivered, in the input's format, with cio_error (default: <stem>.failures.<ext>).",
        ),
        click.Option(
            ["--namespace"], default=None, help="Separates the dedupe ids of unrelated imports with clashing keys."
        ),
        click.Option(
            ["--max-failed-requests"],
            type=click.IntRange(min=0),
            default=10,
            show_default=True,
            metavar="N",
            help="Stop (exit 1) after N requests in a row failed whole; 0: never stop.",
        ),
        click.Option(
            ["--concurrency"],
            type=click.IntRange(min=1),
            default=4,
            show_default=True,
            metavar="N",
            help="Requests in flight at once (acknowledged and checkpointed in input order).",
        ),
        click.Option(
            ["--dry-run"],
            is_flag=True,
            help="Read and map every row, print the summary and the first call; send nothing.",
        ),
        *region_and_url,
    ]

    def callback(file: str, mapping_path: str, **values: Any) -> None:
        sys.exit(run_import(api, file, mapping_path, values))

    return click.Command(
        "import",
        callback=callback,
        params=params,
        help=f"""Import a CSV, JSON Lines or Parquet FILE through customerio_sdk.bulk (docs/bulk.md).

\b
The mapping file declares the call each row becomes, e.g.
  {_EXAMPLES[api]}
\b
kind (identify or track) picks the call; the other keys are the fields of the mapping classes:
  {_KEYS[api]};
  all: key (row key column: dedupe ids derive from it), types (column -> string, number, integer,
  boolean, timestamp, json), assume_utc. A fixed event name: {{"const": "purchased"}}.

Prints a JSON summary (read, sent, rejected, failed, ...) on stdout; progress on stderr when it is a
terminal. Exit 3 when rows were rejected or failed (they are in the failures file), 1 on an API
error, 2 on a bad mapping or option. Re-running with --resume sends nothing twice.""",
        short_help="Import a CSV, JSON Lines or Parquet file, resumable and exactly-once.",
        epilog=CREDENTIALS_HELP[api],
    )
