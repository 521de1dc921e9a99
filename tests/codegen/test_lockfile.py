"""specs/specs.lock.json: the real lock matches the real specs, and tampering is reported clearly."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest

from codegen.apis import APIS, LOCK_FILE, SPECS_DIR
from codegen.lockfile import (
    LockError,
    describe_spec,
    dump_lock,
    load_lock,
    make_entry,
    verify_specs,
    write_lock,
)

EXPECTED_OPERATIONS = {"app": 115, "track": 18, "pipelines": 7}


def test_real_specs_match_real_lock():
    assert verify_specs() == []


def test_real_lock_contents():
    lock = load_lock()
    assert set(lock) == set(APIS)
    for name, api in APIS.items():
        entry = lock[name]
        raw = api.spec_path.read_bytes()
        assert entry["file"] == api.spec_file
        assert entry["url"] == api.url
        assert entry["sha256"] == hashlib.sha256(raw).hexdigest()
        assert entry["bytes"] == len(raw)
        assert entry["operations"] == EXPECTED_OPERATIONS[name]
        assert entry["openapi"].startswith("3.")
        assert entry["retrieved"]
        assert entry["source_url"]


def test_real_lock_is_canonical():
    """The committed file is exactly what write_lock would produce (sorted, 2-space, newline)."""
    text = LOCK_FILE.read_text(encoding="utf-8")
    assert dump_lock(json.loads(text)) == text
    assert text.endswith("}\n")


def test_describe_spec():
    raw = json.dumps({"openapi": "3.1.0", "paths": {"/a": {"get": {}, "post": {}, "summary": "x"}}}).encode()
    assert describe_spec(raw) == {
        "sha256": hashlib.sha256(raw).hexdigest(),
        "bytes": len(raw),
        "openapi": "3.1.0",
        "operations": 2,
    }


def test_write_lock_is_deterministic_and_atomic(tmp_path):
    path = tmp_path / "lock.json"
    lock = {"b": {"z": 1, "a": 2}, "a": {"k": "v"}}
    write_lock(lock, path)
    first = path.read_bytes()
    write_lock(json.loads(first), path)
    assert path.read_bytes() == first
    assert first == b'{\n  "a": {\n    "k": "v"\n  },\n  "b": {\n    "a": 2,\n    "z": 1\n  }\n}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["lock.json"]  # no temp file left behind
    assert load_lock(path) == lock


def test_load_lock_missing_and_malformed(tmp_path):
    assert load_lock(tmp_path / "absent.json") == {}
    bad = tmp_path / "bad.json"
    bad.write_text("[1]")
    with pytest.raises(LockError, match="expected a JSON object"):
        load_lock(bad)


# --------------------------------------------------------------------------------------------------
# a tampered copy of specs/ in tmp_path


@pytest.fixture
def copy(tmp_path):
    """A copy of the real specs/ (hard links where possible; tampering replaces files, never edits them)."""
    dest = tmp_path / "specs"
    dest.mkdir()
    for name in [api.spec_file for api in APIS.values()] + [LOCK_FILE.name]:
        try:
            os.link(SPECS_DIR / name, dest / name)
        except OSError:
            shutil.copyfile(SPECS_DIR / name, dest / name)
    return dest


def verify(copy):
    return verify_specs(lock_path=copy / LOCK_FILE.name, specs_dir=copy)


def replace(path, data: bytes):
    path.unlink()
    path.write_bytes(data)


def test_copy_verifies(copy):
    assert verify(copy) == []


def test_changed_byte_is_a_sha_mismatch(copy):
    path = copy / APIS["track"].spec_file
    raw = bytearray(path.read_bytes())
    raw[100] = ord("X") if raw[100] != ord("X") else ord("Y")
    replace(path, bytes(raw))
    expected = hashlib.sha256((SPECS_DIR / path.name).read_bytes()).hexdigest()
    actual = hashlib.sha256(bytes(raw)).hexdigest()

    problems = verify(copy)

    assert len(problems) == 1
    assert problems[0].startswith(f"specs/{path.name}: sha256 mismatch: lock expects {expected}, file has {actual}")
    assert (SPECS_DIR / path.name).read_bytes() != bytes(raw)  # the real spec is untouched


def test_truncated_file_is_sha_and_size_mismatch(copy):
    path = copy / APIS["pipelines"].spec_file
    raw = path.read_bytes()
    replace(path, raw[:-10])
    problems = verify(copy)
    assert any("sha256 mismatch" in p for p in problems)
    assert f"specs/{path.name}: size mismatch: lock expects {len(raw)} bytes, file has {len(raw) - 10}" in problems


def test_missing_file_and_missing_entry(copy):
    (copy / APIS["app"].spec_file).unlink()
    lock = load_lock(copy / LOCK_FILE.name)
    del lock["track"]
    lock["extra"] = make_entry("x.json", "u", "u", "2026-01-01", b'{"openapi": "3.0.0"}')
    replace(copy / LOCK_FILE.name, dump_lock(lock).encode())

    problems = verify(copy)

    assert f"specs/{APIS['app'].spec_file}: file is missing (locked for API 'app')" in problems
    assert "specs.lock.json: no entry for API 'track' (specs/journeys-track.json)" in problems
    assert "specs.lock.json: entry 'extra' is not an API known to codegen/apis.py" in problems
    assert len(problems) == 3


def test_missing_or_corrupt_lock(copy):
    lock_path = copy / LOCK_FILE.name
    lock_path.unlink()
    assert verify(copy) == ["specs.lock.json: lock file is missing; run `python -m codegen fetch` to create it"]
    lock_path.write_text("{oops")
    [problem] = verify(copy)
    assert problem.startswith("specs.lock.json: not valid JSON")
