"""codegen.build: every derived output is built in a staging tree and swapped in only when the
whole build succeeded; ``check`` reports each stale output; failures from every API in one run.

These tests use small fake outputs in a temporary repository root (the real build takes ~10 s and
runs in CI as ``python -m codegen check``)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from codegen import build as build_module
from codegen import check
from codegen.build import BuildFailed, DerivedOutput, generate_into, stale_outputs


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository root with yesterday's outputs, and a build whose steps write today's."""
    root = tmp_path / "repo"
    (root / "generated" / "pkg").mkdir(parents=True)
    (root / "generated" / "pkg" / "a.py").write_text("old a\n")
    (root / "generated" / "pkg" / "gone.py").write_text("old only\n")
    (root / "docs").mkdir()
    (root / "docs" / "operations.md").write_text("old doc\n")
    failures: dict[str, str] = {}

    def package(build):
        if "package" in failures:
            build.problems.append(failures["package"])
            return
        target = build.staged("generated/pkg")
        target.mkdir(parents=True)
        (target / "a.py").write_text("new a\n")
        (target / "b.py").write_text("new b\n")

    def second_package(build):
        if "second" in failures:
            build.problems.append(failures["second"])
            return
        build.staged("generated/pkg2").mkdir(parents=True)
        (build.staged("generated/pkg2") / "c.py").write_text("c\n")

    def doc(build):
        if "doc" in failures:
            raise RuntimeError(failures["doc"])
        build.staged("docs/operations.md").write_text("new doc\n")

    outputs = [
        DerivedOutput("generated/pkg", package),
        DerivedOutput("generated/pkg2", second_package),
        DerivedOutput("docs/operations.md", doc),
    ]
    monkeypatch.setattr(build_module, "derived_outputs", lambda: outputs)
    monkeypatch.setattr("codegen.declared_operations.missing_operations", lambda generated_root, root: [])
    return root, failures


def test_generate_swaps_every_output_in(repo):
    root, _ = repo
    generate_into(root)
    assert snapshot(root) == {
        "docs/operations.md": b"new doc\n",
        "generated/pkg/a.py": b"new a\n",
        "generated/pkg/b.py": b"new b\n",
        "generated/pkg2/c.py": b"c\n",
    }


@pytest.mark.parametrize("step", ["package", "doc"])
def test_a_failing_step_changes_no_file(repo, step):
    root, failures = repo
    before = snapshot(root)
    failures[step] = f"injected failure in {step}"
    with pytest.raises((BuildFailed, RuntimeError), match="injected failure"):
        generate_into(root)
    assert snapshot(root) == before
    assert sorted(p.name for p in root.iterdir()) == ["docs", "generated"]  # no staging directory left


def test_every_api_failure_is_reported_in_one_run(repo):
    root, failures = repo
    failures["package"] = "[app] first failure"
    failures["second"] = "[track] second failure"
    with pytest.raises(BuildFailed) as caught:
        generate_into(root)
    assert caught.value.problems == ["[app] first failure", "[track] second failure"]


def test_an_error_while_swapping_puts_back_what_was_moved(repo, monkeypatch):
    root, _ = repo
    before = snapshot(root)
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith("operations.md") and ".codegen-build-" in str(src) and ".previous" not in str(src):
            raise OSError("disk full (injected)")
        return real_replace(src, dst)

    monkeypatch.setattr(build_module.os, "replace", replace)
    with pytest.raises(OSError, match="injected"):
        generate_into(root)
    assert snapshot(root) == before


def test_check_lists_each_stale_output(repo, capsys, monkeypatch):
    root, _ = repo
    monkeypatch.setattr(check, "verify_specs", list)
    assert check.run(argparse.Namespace(skip_generate=False), root=root) == 1
    err = capsys.readouterr().err
    assert "generated/pkg/b.py: missing from generated/" in err
    assert "generated/pkg/gone.py: not produced by the generator" in err
    assert "generated/pkg/a.py: differs from a fresh generation" in err
    assert "generated/pkg2/c.py: missing" in err
    assert "docs/operations.md: differs from a fresh build" in err
    generate_into(root)
    assert check.run(argparse.Namespace(skip_generate=False), root=root) == 0


def test_check_reports_build_failures_and_spec_problems(repo, capsys, monkeypatch):
    root, failures = repo
    failures["package"] = "[app] the generator failed"
    monkeypatch.setattr(check, "verify_specs", lambda: ["journeys-app.json: sha256 does not match the lock"])
    assert check.run(argparse.Namespace(skip_generate=False), root=root) == 1
    err = capsys.readouterr().err
    assert "spec: journeys-app.json: sha256 does not match the lock" in err
    assert "[app] the generator failed" in err


def test_check_skip_generate_only_verifies_specs(repo, monkeypatch):
    root, failures = repo
    failures["doc"] = "must not run"
    monkeypatch.setattr(check, "verify_specs", list)
    assert check.run(argparse.Namespace(skip_generate=True), root=root) == 0


def test_the_real_outputs_cover_every_derived_file():
    paths = [output.path for output in build_module.derived_outputs()]
    assert paths[:3] == [
        "generated/customerio_app_api",
        "generated/customerio_track_api",
        "generated/customerio_pipelines_api",
    ]
    assert {"overlay/customerio_sdk/testing/specs", "docs/operations.md", "codegen/public_modules.lock.json"} <= set(
        paths
    )
    assert stale_outputs  # imported for check; the committed tree is compared by `codegen check` in CI


def test_a_broken_module_lock_stops_the_build_with_a_clear_message(tmp_path):
    (tmp_path / "codegen").mkdir()
    (tmp_path / "codegen" / "public_modules.lock.json").write_text("{not json")
    with pytest.raises(BuildFailed) as caught:
        build_module._locked(tmp_path)
    assert caught.value.problems[0].startswith("codegen/public_modules.lock.json is not valid JSON")
    assert "restore it from git" in caught.value.problems[0]


def test_a_steps_input_error_is_reported_as_a_problem(repo, monkeypatch):
    root, _ = repo

    class TableError(ValueError):
        pass

    def table_step(build):
        raise TableError("resource method app.segments.list names operationId 'listSegments', gone from the spec")

    outputs = [
        *build_module.derived_outputs(),
        DerivedOutput("overlay/table.py", table_step, input_errors=(TableError,)),
    ]
    monkeypatch.setattr(build_module, "derived_outputs", lambda: outputs)
    before = snapshot(root)
    with pytest.raises(BuildFailed) as caught:
        generate_into(root)
    assert caught.value.problems == [
        "overlay/table.py: resource method app.segments.list names operationId 'listSegments', gone from the spec"
    ]
    assert snapshot(root) == before


def test_every_generated_python_file_says_so_in_its_first_line() -> None:
    # The project's rule: generated and hand-written code are kept apart, and a generated file
    # says so where an editor opens it. `codegen check` compares whole files, so the line stays.
    from codegen.apis import ROOT
    from codegen.build import GENERATED_MARK

    trees = [ROOT / "generated", ROOT / "overlay" / "customerio_sdk" / "app" / "_generated"]
    files = [path for tree in trees for path in sorted(tree.rglob("*.py"))]
    unmarked = [str(p.relative_to(ROOT)) for p in files if not p.read_text(encoding="utf-8").startswith("# Generated")]
    assert len(files) > 1000 and unmarked == []
    assert all(
        p.read_text(encoding="utf-8").startswith(GENERATED_MARK) for p in sorted((ROOT / "generated").rglob("*.py"))
    )
