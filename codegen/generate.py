"""``python -m codegen generate``: pinned specs -> normalised specs -> generated/.

For each API: normalise the pinned spec, run openapi-python-client (pinned version, our config and
templates, ``--fail-on-warning`` so a dropped endpoint or skipped schema fails the build), then
write an operation inventory (``_operations.py``) next to the generated code. Output is
deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen.apis import APIS, CODEGEN_DIR, GENERATED_DIR, ROOT, Api, get_api, iter_operations
from codegen.module_lock import module_leaf, tag_package
from codegen.normalise import dump, load_normalised

TEMPLATES_DIR = CODEGEN_DIR / "templates"
# Generator files we don't ship: packaging for a standalone project (we ship one distribution).
_DROP = (".gitignore", "pyproject.toml", "README.md")


class GenerationError(RuntimeError):
    """The generator failed or warned; ``output`` is what it printed."""

    def __init__(self, message: str, output: str = "", errors: list[dict] | None = None):
        super().__init__(message)
        self.output = output
        self.errors = errors or []  # what the generator collected: level, header, detail, data


def operation_inventory(spec: dict) -> list[dict]:
    """One row per operation: operationId, method, path, tag and the generated module.

    In the generator's input (``module_lock.pin``'s output) an operation whose module name had to
    be disambiguated carries the module name as operationId and its own in ``x-original-operationId``.
    """
    rows = []
    for method, path, op in iter_operations(spec):
        tag = (op.get("tags") or ["default"])[0]
        rows.append(
            {
                "operation_id": op.get("x-original-operationId", op["operationId"]),
                "method": method.upper(),
                "path": path,
                "tag": tag,
                "module": f"api.{tag_package(tag)}.{module_leaf(op['operationId'])}",
                "summary": op.get("summary") or "",
            }
        )
    rows.sort(key=lambda r: r["module"])
    return rows


def _render_inventory(api: Api, rows: list[dict], aliases: dict[str, str] | None = None) -> str:
    lines = [
        f'"""Every operation of the {api.name} spec: operationId -> method, path, module.',
        "",
        "Written by `python -m codegen generate` from the normalised spec; do not edit.",
        '"""',
        "",
        "OPERATIONS: dict[str, tuple[str, str, str]] = {",
    ]
    for row in rows:
        lines.append(f"    {row['operation_id']!r}: ({row['method']!r}, {row['path']!r}, {row['module']!r}),")
    lines.append("}")
    lines += [
        "",
        "# The generated function's name -> operationId: endpoint modules put it on every request.",
        "OPERATION_ID: dict[str, str] = {",
    ]
    for row in rows:
        lines.append(f"    {row['module'].rsplit('.', 1)[1]!r}: {row['operation_id']!r},")
    lines.append("}")
    if aliases:
        lines += [
            "",
            "# Modules kept at an old import path (old -> new); see codegen/public_modules.lock.json.",
            "ALIASES: dict[str, str] = {",
        ]
        lines += [f"    {old!r}: {new!r}," for old, new in sorted(aliases.items())]
        lines.append("}")
    return "\n".join(lines) + "\n"


def _run_generator(api: Api, spec_path: Path, out_dir: Path) -> None:
    env = dict(os.environ)
    # The post hooks call `ruff`: use the one installed next to this Python (the pinned version).
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    # The generator runs through codegen._generator_runner: same output, but its errors are also
    # written as JSON (and a union member's real error is kept) for codegen.generate_errors.
    env["PYTHONPATH"] = str(CODEGEN_DIR.parent) + os.pathsep + env.get("PYTHONPATH", "")
    errors_path = out_dir.parent / f"{api.name}-generator-errors.json"
    command = [
        sys.executable,
        "-m",
        "codegen._generator_runner",
        str(errors_path),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(api.config_path),
        "--custom-template-path",
        str(TEMPLATES_DIR),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output or "WARNING" in output:
        errors = json.loads(errors_path.read_text(encoding="utf-8")) if errors_path.exists() else []
        raise GenerationError(
            f"openapi-python-client failed for {api.name} (exit {result.returncode}):\n{output}", output, errors
        )


def generate_api(api: Api, dest_root: Path) -> Path:
    """Generate one API's package into ``dest_root/<package>`` (replacing it) exactly as ``generate``
    does: module paths pinned by the committed lock, with its aliases."""
    from codegen.build import _locked, generate_package

    generate_package(api, load_normalised(api), dest_root, _locked(ROOT).get(api.name))
    return dest_root / api.package


def generate_spec(api: Api, spec: dict, dest_root: Path, aliases: dict[str, str] | None = None) -> Path:
    """Generate an already normalised ``spec`` as ``api``'s package into ``dest_root/<package>``,
    with an import alias module for each ``aliases`` entry (old module -> new module)."""
    dest = dest_root / api.package
    with tempfile.TemporaryDirectory(prefix=f"codegen-{api.name}-") as tmp:
        tmp_path = Path(tmp)
        spec_path = tmp_path / api.spec_file
        spec_path.write_text(dump(spec), encoding="utf-8")
        out_dir = tmp_path / api.package
        _run_generator(api, spec_path, out_dir)
        for name in _DROP:
            (out_dir / name).unlink(missing_ok=True)
        shutil.rmtree(out_dir / ".ruff_cache", ignore_errors=True)
        inventory = _render_inventory(api, operation_inventory(spec), aliases)
        (out_dir / "_operations.py").write_text(inventory, encoding="utf-8")
        (out_dir / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package ships its types
        if aliases:
            from codegen.module_lock import write_aliases

            write_aliases(out_dir, aliases)
        if dest.exists():
            shutil.rmtree(dest)
        dest_root.mkdir(parents=True, exist_ok=True)
        shutil.copytree(out_dir, dest)
    return dest


def generate_all(dest_root: Path = GENERATED_DIR, names: list[str] | None = None) -> list[Path]:
    return [generate_api(get_api(name), dest_root) for name in (names or list(APIS))]


def add_arguments(parser) -> None:
    parser.add_argument("--api", choices=sorted(APIS), action="append", help="API(s) to regenerate (default: all)")
    parser.add_argument(
        "--out", type=Path, default=None, help="only write the generated packages, into this directory (no swap)"
    )


def run(args) -> int:
    import time

    from codegen.build import BuildFailed, derived_outputs, generate_into

    started = time.monotonic()
    if args.out is not None:
        try:
            for path in generate_all(args.out, args.api):
                print(f"generated {path}")
        except GenerationError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    from codegen.public_names import collect, compare, format_changes

    before = collect(GENERATED_DIR)
    try:
        build = generate_into(names=args.api)
    except BuildFailed as exc:
        print(f"codegen generate failed ({len(exc.problems)} problem(s)); no file was changed:", file=sys.stderr)
        for problem in exc.problems:
            print(f"- {problem}", file=sys.stderr)
        return 1
    after = collect(GENERATED_DIR)
    written = [output.path for output in derived_outputs()]
    for path in sorted(GENERATED_DIR.iterdir()):
        if (path / "api").is_dir():
            modules = sum(1 for _ in path.rglob("*.py"))
            operations = len(list((path / "api").rglob("*.py"))) - len(list((path / "api").rglob("__init__.py")))
            print(f"generated {path.name}: {operations} operation modules, {modules} modules")
    for note in build.notes:
        print(f"note: {note}")
    changes = compare(before, after)
    if not changes.empty:
        print(format_changes(changes, "Public names changed (review before committing)"))
    print(f"wrote {', '.join(written)} in {time.monotonic() - started:.1f} s")
    return 0
