"""Every file the build step derives from the pinned specs, built together and swapped in together.

:func:`derived_outputs` is the one list of what ``generate`` writes and ``check`` verifies. Each
entry builds its file or directory into a *staging* tree (same relative path as in the repository)
and may read what earlier entries staged (the operations doc reads the staged inventories).
``generate`` builds everything into a staging directory next to the repository and renames the
results into place only when every step succeeded; any failure leaves every file as it was.
``check`` builds into a temporary directory and compares.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import filecmp
import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.apis import APIS, ROOT, Api, iter_operations

__all__ = [
    "Build",
    "BuildFailed",
    "DerivedOutput",
    "build_all",
    "compare_trees",
    "derived_outputs",
    "generate_into",
    "stale_outputs",
    "swap_in",
]


class BuildFailed(Exception):
    """One or more steps failed; ``problems`` says what, where and what could fix it."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Build:
    """What the steps share: the staging root, the normalised specs, and notes for the user."""

    staging: Path
    names: list[str]  # APIs to regenerate; the others' packages are copied from the repository
    root: Path = ROOT
    specs: dict[str, dict[str, Any]] = field(default_factory=dict)  # api name -> normalised spec
    lock: dict[str, Any] = field(default_factory=dict)  # the new public module lock
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def staged(self, relative: str) -> Path:
        return self.staging / relative

    def spec(self, api: Api) -> dict[str, Any]:
        if api.name not in self.specs:
            from codegen.normalise import load_normalised

            self.specs[api.name] = load_normalised(api)
        return self.specs[api.name]


@dataclass(frozen=True)
class DerivedOutput:
    path: str  # relative to the repository root; a directory or a file
    build: Callable[[Build], None]  # writes build.staged(path); may append to build.problems / notes
    description: str = ""
    # Exceptions the step raises for a problem in its input (reported like a generator problem, not
    # as a traceback), e.g. a resource table naming an operation the spec no longer has.
    input_errors: tuple[type[Exception], ...] = ()


# --- the steps ---------------------------------------------------------------------------------


def _build_package(api: Api, build: Build) -> None:
    from codegen.generate import GenerationError
    from codegen.generate_errors import explain_failure

    target = build.staged(f"generated/{api.package}")
    if api.name not in build.names:
        committed = build.root / "generated" / api.package
        if committed.exists():
            shutil.copytree(committed, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        return
    from codegen import module_lock

    previous = _locked(build.root).get(api.name)
    try:
        pinned = generate_package(api, build.spec(api), target.parent, previous)
    except module_lock.LockFileError as exc:
        build.problems.append(f"codegen/{exc}")
        return
    except GenerationError as exc:
        build.problems.append(explain_failure(api, exc, module_lock.pin(build.spec(api), previous).spec))
        return
    build.lock[api.name] = pinned.entry
    build.notes += [f"{api.name}: {note}" for note in pinned.notes]


def generate_package(api: Api, normalised: dict[str, Any], dest_root: Path, previous: dict[str, Any] | None):
    """Generate one package into ``dest_root``: module paths pinned by the lock entry ``previous``,
    aliases for moved modules and renamed classes. Returns the :class:`codegen.module_lock.Pinned`
    (new lock entry, notes); raises GenerationError."""
    from codegen import module_lock
    from codegen.generate import generate_spec

    pinned = module_lock.pin(normalised, previous)
    if any("x-original-operationId" in op for _, _, op in iter_operations(pinned.spec)):
        # The lock gave an operation another module name than normalisation foresaw (an older
        # operation kept the name): its classes take the new prefix; make sure none clashes.
        from codegen.normalise.naming import unique_inline_class_names

        pinned.spec = unique_inline_class_names(pinned.spec)
    generate_spec(api, pinned.spec, dest_root, aliases=pinned.entry["aliases"])
    pinned.notes += module_lock.alias_renamed_models(api, dest_root / api.package, pinned, previous)
    mark_generated(api, dest_root / api.package)
    return pinned


GENERATED_MARK = "# Generated by `python -m codegen generate`"


def mark_generated(api: Api, package: Path) -> None:
    """Every Python file of a generated package says so in its first line (and ``codegen check``,
    which compares whole files, keeps that line in place)."""
    line = f"{GENERATED_MARK} (openapi-python-client) from specs/{api.spec_file}; do not edit by hand.\n"
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(GENERATED_MARK):
            path.write_text(line + text, encoding="utf-8")


def _locked(root: Path) -> dict[str, Any]:
    """The committed module lock; a broken one stops the build with a message that says so."""
    from codegen import module_lock

    try:
        return module_lock.load(root / "codegen" / module_lock.LOCK_PATH.name)
    except module_lock.LockFileError as exc:
        raise BuildFailed([f"codegen/{exc}"]) from None


def _build_module_lock(build: Build) -> None:
    from codegen import module_lock

    lock = _locked(build.root)
    lock.update(build.lock)
    build.staged("codegen/public_modules.lock.json").write_text(module_lock.dump(lock), encoding="utf-8")


def _build_mock_specs(build: Build) -> None:
    from codegen.mock_specs import mock_spec_path, render

    out_dir = build.staged("overlay/customerio_sdk/testing/specs")
    out_dir.mkdir(parents=True, exist_ok=True)
    for api in APIS.values():
        mock_spec_path(api, out_dir).write_bytes(render(build.spec(api)))


def _build_operations_doc(build: Build) -> None:
    from codegen.operations_doc import render_from

    build.staged("docs/operations.md").write_text(render_from(build.staging / "generated"), encoding="utf-8")


def _build_app_layer(build: Build) -> None:
    """The typed App resource classes (codegen/app_resources.yaml rendered against the staged App
    package's inventory, so module paths are the pinned ones)."""
    from codegen import app_layer
    from codegen.public_names import read_inventory

    app = APIS["app"]
    package = build.staged(f"generated/{app.package}")
    files = app_layer.render(build.spec(app), read_inventory(package))
    for relative, text in files.items():
        target = build.staged(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    build.notes.append(app_layer.report(package))


def _app_layer_errors() -> tuple[type[Exception], ...]:
    from codegen.app_operations import AppLayerError

    return (AppLayerError,)


def derived_outputs() -> list[DerivedOutput]:
    """Everything ``generate`` writes and ``check`` verifies, in build order. A new derived file is
    one more entry here; an entry may read what earlier ones staged (the App layer reads the staged
    ``generated/customerio_app_api`` inventory)."""
    return [
        *(
            DerivedOutput(f"generated/{api.package}", functools.partial(_build_package, api), f"{api.name} client")
            for api in APIS.values()
        ),
        DerivedOutput("codegen/public_modules.lock.json", _build_module_lock, "module path lock"),
        DerivedOutput("overlay/customerio_sdk/app/_generated", _build_app_layer, "App resources", _app_layer_errors()),
        DerivedOutput("overlay/customerio_sdk/testing/specs", _build_mock_specs, "the mock's specs"),
        DerivedOutput("docs/operations.md", _build_operations_doc, "operations table"),
    ]


# --- building, swapping, comparing -------------------------------------------------------------


def build_all(staging: Path, names: list[str] | None = None, root: Path = ROOT) -> Build:
    """Run every step into ``staging``; raise :class:`BuildFailed` with every problem found.

    The generator runs for every API even after one fails, so one run reports all failures. The
    packages are generated side by side (one generator process per CPU); their problems and notes
    are reported in API order.
    """
    build = Build(staging=staging, names=list(names or APIS), root=root)
    outputs = derived_outputs()
    for output in outputs:
        build.staged(output.path).parent.mkdir(parents=True, exist_ok=True)
    _build_packages(build, [o for o in outputs if o.path.startswith("generated/")])
    for output in outputs:
        if output.path.startswith("generated/"):
            continue
        if build.problems:
            break  # later steps read the packages: nothing sensible to build from a failed one
        try:
            output.build(build)
        except output.input_errors as exc:
            build.problems.append(f"{output.path}: {exc}")
    if build.problems:
        raise BuildFailed(build.problems)
    from codegen.declared_operations import missing_operations

    missing = missing_operations(build.staging / "generated", root=root)
    if missing:
        raise BuildFailed(missing)
    return build


def _build_packages(build: Build, outputs: list[DerivedOutput]) -> None:
    views = [dataclasses.replace(build, notes=[], problems=[], lock={}) for _ in outputs]  # specs shared
    workers = max(1, min(len(outputs), os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for future in [pool.submit(output.build, view) for output, view in zip(outputs, views)]:
            future.result()
    for view in views:
        build.notes += view.notes
        build.problems += view.problems
        build.lock.update(view.lock)


@contextmanager
def staging_dir(root: Path = ROOT) -> Iterator[Path]:
    """A staging directory on the repository's file system, so the swap is a rename."""
    path = Path(tempfile.mkdtemp(prefix=".codegen-build-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def swap_in(build: Build, root: Path = ROOT) -> list[str]:
    """Move every staged output into place; on an error put back what was already moved."""
    backups = build.staging / ".previous"
    backups.mkdir()
    done: list[tuple[Path, Path | None]] = []
    try:
        for output in derived_outputs():
            staged, target = build.staged(output.path), root / output.path
            backup = None
            if target.exists():
                backup = backups / output.path
                backup.parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, backup)
            done.append((target, backup))
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, target)
    except BaseException:
        for target, backup in reversed(done):
            if target.exists():
                shutil.rmtree(target) if target.is_dir() else target.unlink()
            if backup is not None:
                os.replace(backup, target)
        raise
    return [output.path for output in derived_outputs()]


def generate_into(root: Path = ROOT, names: list[str] | None = None) -> Build:
    """Build everything and swap it into ``root``: all or nothing (raises :class:`BuildFailed`)."""
    with staging_dir(root) as staging:
        build = build_all(staging, names, root=root)
        swap_in(build, root)
    return build


def preview_generation(
    api: Api, published: dict[str, Any], dest_root: Path, root: Path = ROOT, label: str | None = None
):
    """Generate ``api``'s package from a *published* spec (not the pinned one) into ``dest_root``
    the way ``generate`` would (normalisation, module lock, aliases) and compare its public names
    with the committed package. Returns (NameChanges, notes); raises BuildFailed with the
    explained generator problems."""
    from codegen import module_lock
    from codegen.generate import GenerationError
    from codegen.generate_errors import explain_failure
    from codegen.normalise import normalise
    from codegen.public_names import collect, compare

    normalised = normalise(published, api)
    previous = _locked(root).get(api.name)
    try:
        pinned = generate_package(api, normalised, dest_root, previous)
    except module_lock.LockFileError as exc:
        raise BuildFailed([f"codegen/{exc}"]) from None
    except GenerationError as exc:
        spec = module_lock.pin(normalised, previous).spec
        raise BuildFailed([explain_failure(api, exc, spec, published, label)]) from None
    from codegen.declared_operations import missing_operations

    committed = root / "generated"
    if dest_root != committed:
        for other in APIS.values():  # the declared-operation check reads every package's inventory
            inventory = committed / other.package / "_operations.py"
            if other.name != api.name and not (dest_root / other.package).exists() and inventory.exists():
                (dest_root / other.package).mkdir(parents=True)
                shutil.copy(inventory, dest_root / other.package / "_operations.py")
    problems = missing_operations(dest_root, root=root)
    changes = compare(collect(committed, [api.package]), collect(dest_root, [api.package]))
    return changes, pinned.notes + problems


def _tree_files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.relative_to(root).parts and p.suffix != ".pyc"
    }


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Differences between a fresh build of a directory (expected) and the committed one (actual)."""
    want, have = _tree_files(expected), _tree_files(actual) if actual.is_dir() else set()
    problems = [f"missing from generated/: {name}" for name in sorted(want - have)]
    problems += [f"not produced by the generator (hand-added?): {name}" for name in sorted(have - want)]
    problems += [
        f"differs from a fresh generation: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return problems


def stale_outputs(staging: Path, root: Path = ROOT) -> list[str]:
    """Every difference between a fresh build in ``staging`` and the repository."""
    problems: list[str] = []
    for output in derived_outputs():
        fresh, committed = staging / output.path, root / output.path
        if fresh.is_dir():
            for problem in compare_trees(fresh, committed):
                what, name = problem.split(": ", 1)
                problems.append(f"{output.path}/{name}: {what}")
        elif not committed.is_file():
            problems.append(f"{output.path}: missing (run `make generate`)")
        elif not filecmp.cmp(fresh, committed, shallow=False):
            problems.append(f"{output.path}: differs from a fresh build")
    return problems
