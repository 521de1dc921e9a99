"""codegen.generate / codegen.check: tree comparison, check reporting, deterministic output.

Only the (small) Pipelines API is generated here; CI runs the full ``python -m codegen check``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.apis import APIS, GENERATED_DIR
from codegen.build import compare_trees
from codegen.generate import generate_api, operation_inventory


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


# --- compare_trees ---------------------------------------------------------------------------


def test_compare_trees_identical(tmp_path):
    files = {"__init__.py": "", "api/x/op.py": "def f(): ...\n", "models/m.py": "class M: ...\n"}
    assert compare_trees(write(tmp_path / "a", files), write(tmp_path / "b", files)) == []


def test_compare_trees_reports_changed_extra_and_missing(tmp_path):
    expected = write(
        tmp_path / "fresh",
        {"__init__.py": "", "api/op.py": "x = 1\n", "models/only_fresh.py": "y = 2\n", "same.py": "s\n"},
    )
    actual = write(
        tmp_path / "committed",
        {"__init__.py": "", "api/op.py": "x = 2\n", "models/hand_added.py": "z = 3\n", "same.py": "s\n"},
    )
    assert compare_trees(expected, actual) == [
        "missing from generated/: models/only_fresh.py",
        "not produced by the generator (hand-added?): models/hand_added.py",
        "differs from a fresh generation: api/op.py",
    ]


def test_compare_trees_compares_content_not_size_or_time(tmp_path):
    expected = write(tmp_path / "a", {"m.py": b"abc\n"})
    actual = write(tmp_path / "b", {"m.py": b"abd\n"})  # same size
    assert compare_trees(expected, actual) == ["differs from a fresh generation: m.py"]


def test_compare_trees_ignores_bytecode_caches(tmp_path):
    expected = write(tmp_path / "a", {"m.py": "x\n"})
    actual = write(tmp_path / "b", {"m.py": "x\n", "__pycache__/m.cpython-312.pyc": b"\0", "stray.pyc": b"\0"})
    assert compare_trees(expected, actual) == []


# --- end to end: one real API ----------------------------------------------------------------


@pytest.fixture(scope="module")
def pipelines_twice(tmp_path_factory) -> tuple[Path, Path]:
    api = APIS["pipelines"]
    first = generate_api(api, tmp_path_factory.mktemp("gen1"))
    second = generate_api(api, tmp_path_factory.mktemp("gen2"))
    return first, second


def test_generation_is_deterministic(pipelines_twice):
    first, second = pipelines_twice
    files = sorted(p for p in first.rglob("*.py"))
    assert len(files) > 50
    assert compare_trees(first, second) == []


def test_generated_tree_has_no_generator_packaging(pipelines_twice):
    first, _ = pipelines_twice
    for name in (".gitignore", "pyproject.toml", "README.md", ".ruff_cache"):
        assert not (first / name).exists(), name
    assert (first / "_operations.py").is_file()
    assert (first / "api").is_dir() and (first / "models").is_dir()


def test_committed_pipelines_package_is_in_sync(pipelines_twice):
    first, _ = pipelines_twice
    problems = compare_trees(first, GENERATED_DIR / APIS["pipelines"].package)
    assert problems == [], "generated/ is stale: run `python -m codegen generate` and commit:\n" + "\n".join(problems)


def test_operation_inventory_rows():
    spec = {
        "paths": {
            "/v1/b/{id}": {"delete": {"operationId": "deleteB", "tags": ["B things"]}},
            "/v1/a": {"get": {"operationId": "listA", "summary": "List A"}, "parameters": []},
        }
    }
    rows = operation_inventory(spec)
    assert [(r["operation_id"], r["method"], r["module"]) for r in rows] == [
        ("deleteB", "DELETE", "api.b_things.delete_b"),
        ("listA", "GET", "api.default.list_a"),
    ]
    assert rows[1]["summary"] == "List A"


def test_generated_packages_ship_py_typed(pipelines_twice):
    """PEP 561: the generator's output carries ``py.typed`` (so ``codegen check`` keeps it), as does
    every package the wheel lists (the editable install maps the same directories)."""
    import tomllib

    first, _ = pipelines_twice
    assert (first / "py.typed").read_text() == ""
    root = Path(__file__).resolve().parents[2]
    packages = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert len(packages["packages"]) == 4
    for package in packages["packages"]:
        assert (root / package / "py.typed").is_file(), package
