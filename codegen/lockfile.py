"""The spec lock file, ``specs/specs.lock.json``.

It records, for every API in :data:`codegen.apis.APIS`, exactly which version of the OpenAPI
document is pinned under ``specs/`` and where it came from. The file is a JSON object keyed by
API name (``app``, ``track``, ``pipelines``); each entry has:

``file``
    file name under ``specs/``
``url``
    the official URL Customer.io publishes the spec at
``source_url``
    where this copy was actually obtained (the official URL, a mirror, or a description of a
    pinned copy)
``sha256`` / ``bytes``
    digest and size of the pinned file, byte for byte
``retrieved``
    ISO date (UTC) the copy was obtained
``openapi`` / ``operations``
    the document's ``openapi`` version string and its number of operations

``python -m codegen fetch`` rewrites an entry after a successful download; ``python -m codegen
check`` calls :func:`verify_specs` to make sure nobody changed a spec without updating the lock.
The file is always written the same way (sorted keys, two-space indent, trailing newline) so that
rewriting an unchanged lock is a no-op in git.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from codegen.apis import APIS, LOCK_FILE, SPECS_DIR, count_operations

ENTRY_FIELDS = ("file", "url", "source_url", "sha256", "bytes", "retrieved", "openapi", "operations")


class LockError(Exception):
    """The lock file exists but cannot be read or is not shaped like a lock file."""


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def describe_spec(raw: bytes, spec: dict | None = None) -> dict[str, Any]:
    """Digest, size, OpenAPI version and operation count of a spec's raw bytes.

    ``spec`` may be passed when the caller has already parsed ``raw``; otherwise it is parsed here
    (``ValueError`` if ``raw`` is not JSON, ``TypeError`` if it is not an object).
    """
    if spec is None:
        spec = json.loads(raw)
    if not isinstance(spec, dict):
        raise TypeError("spec is not a JSON object")
    openapi = spec.get("openapi")
    return {
        "sha256": sha256_hex(raw),
        "bytes": len(raw),
        "openapi": openapi if isinstance(openapi, str) else None,
        "operations": count_operations(spec),
    }


def load_lock(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Read the lock file; an absent file is an empty lock, a malformed one raises LockError."""
    path = Path(path) if path is not None else LOCK_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise LockError(f"{path.name}: cannot read: {exc}") from exc
    try:
        lock = json.loads(text)
    except ValueError as exc:
        raise LockError(f"{path.name}: not valid JSON: {exc}") from exc
    if not isinstance(lock, dict) or not all(isinstance(v, dict) for v in lock.values()):
        raise LockError(f"{path.name}: expected a JSON object mapping API names to entries")
    return lock


def dump_lock(lock: dict) -> str:
    """The canonical text of a lock: sorted keys, two-space indent, trailing newline."""
    return json.dumps(lock, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def stage_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file next to ``path`` and return the temporary's path.

    The temporary gets the mode of the file it will replace (0644 for a new file), so that
    ``os.replace(tmp, path)`` swaps the contents in one step without changing permissions.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temp file in the same directory + os.replace)."""
    tmp = stage_file(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_lock(lock: dict, path: Path | None = None) -> None:
    """Write ``lock`` deterministically and atomically."""
    path = Path(path) if path is not None else LOCK_FILE
    atomic_write_bytes(path, dump_lock(lock).encode("utf-8"))


def make_entry(file: str, url: str, source_url: str, retrieved: str, raw: bytes, spec: dict | None = None) -> dict:
    """A complete lock entry for the spec whose bytes are ``raw``."""
    return {"file": file, "url": url, "source_url": source_url, "retrieved": retrieved, **describe_spec(raw, spec)}


def verify_specs(lock_path: Path | None = None, specs_dir: Path | None = None) -> list[str]:
    """Compare every pinned spec with its lock entry; return human-readable problems ([] if none)."""
    lock_path = Path(lock_path) if lock_path is not None else LOCK_FILE
    specs_dir = Path(specs_dir) if specs_dir is not None else SPECS_DIR
    lock_name = lock_path.name
    if not lock_path.exists():
        return [f"{lock_name}: lock file is missing; run `python -m codegen fetch` to create it"]
    try:
        lock = load_lock(lock_path)
    except LockError as exc:
        return [str(exc)]

    problems: list[str] = []
    for name, api in APIS.items():
        entry = lock.get(name)
        if entry is None:
            problems.append(f"{lock_name}: no entry for API {name!r} (specs/{api.spec_file})")
            continue
        missing_fields = [f for f in ENTRY_FIELDS if f not in entry]
        if missing_fields:
            problems.append(f"{lock_name}: entry {name!r} lacks field(s): {', '.join(missing_fields)}")
        if entry.get("file", api.spec_file) != api.spec_file:
            problems.append(
                f"{lock_name}: entry {name!r} names file {entry.get('file')!r}, "
                f"but codegen/apis.py pins specs/{api.spec_file}"
            )
        spec_path = specs_dir / api.spec_file
        try:
            raw = spec_path.read_bytes()
        except FileNotFoundError:
            problems.append(f"specs/{api.spec_file}: file is missing (locked for API {name!r})")
            continue
        except OSError as exc:
            problems.append(f"specs/{api.spec_file}: cannot read: {exc}")
            continue
        actual_sha = sha256_hex(raw)
        expected_sha = entry.get("sha256")
        if expected_sha is not None and actual_sha != expected_sha:
            problems.append(
                f"specs/{api.spec_file}: sha256 mismatch: lock expects {expected_sha}, file has {actual_sha} "
                f"(spec changed without updating {lock_name}; use `python -m codegen fetch` or restore the file)"
            )
        expected_bytes = entry.get("bytes")
        if expected_bytes is not None and len(raw) != expected_bytes:
            problems.append(
                f"specs/{api.spec_file}: size mismatch: lock expects {expected_bytes} bytes, file has {len(raw)}"
            )
    for name in sorted(set(lock) - set(APIS)):
        problems.append(f"{lock_name}: entry {name!r} is not an API known to codegen/apis.py")
    return problems
