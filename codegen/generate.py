"""``python -m codegen generate``: pinned specs -> normalised specs -> generated/.

For each API: normalise the pinned spec, run openapi-python-client (pinned version, our config and
templates, ``--fail-on-warning`` so a dropped endpoint or skipped schema fails the build), then
write an operation inventory (``_operations.py``) next to the generated code. Output is
deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen.apis import APIS, CODEGEN_DIR, GENERATED_DIR, Api, get_api, iter_operations
from codegen.normalise import dump, load_normalised

TEMPLATES_DIR = CODEGEN_DIR / "templates"
# Generator files we don't ship: packaging for a standalone project (we ship one distribution).
_DROP = (".gitignore", "pyproject.toml", "README.md")


class GenerationError(RuntimeError):
    pass


def _snake(name: str) -> str:
    """The module name openapi-python-client gives an operationId."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(value=name, prefix="field"))


def _tag_module(tag: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(value=tag, prefix="tag"))


def operation_inventory(spec: dict) -> list[dict]:
    """One row per operation: operationId, method, path, tag and the generated module."""
    rows = []
    for method, path, op in iter_operations(spec):
        tag = (op.get("tags") or ["default"])[0]
        rows.append(
            {
                "operation_id": op["operationId"],
                "method": method.upper(),
                "path": path,
                "tag": tag,
                "module": f"api.{_tag_module(tag)}.{_snake(op['operationId'])}",
                "summary": op.get("summary") or "",
            }
        )
    rows.sort(key=lambda r: r["module"])
    return rows


def _render_inventory(api: Api, rows: list[dict]) -> str:
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
    return "\n".join(lines) + "\n"


def _run_generator(api: Api, spec_path: Path, out_dir: Path) -> None:
    env = dict(os.environ)
    # The post hooks call `ruff`: use the one installed next to this Python (the pinned version).
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
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
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output or "WARNING" in output:
        raise GenerationError(f"openapi-python-client failed for {api.name} (exit {result.returncode}):\n{output}")


def generate_api(api: Api, dest_root: Path) -> Path:
    """Generate one API's package into ``dest_root/<package>`` (replacing it)."""
    return generate_spec(api, load_normalised(api), dest_root)


def generate_spec(api: Api, spec: dict, dest_root: Path) -> Path:
    """Generate an already normalised ``spec`` as ``api``'s package into ``dest_root/<package>``."""
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
        (out_dir / "_operations.py").write_text(_render_inventory(api, operation_inventory(spec)), encoding="utf-8")
        if dest.exists():
            shutil.rmtree(dest)
        dest_root.mkdir(parents=True, exist_ok=True)
        shutil.copytree(out_dir, dest)
    return dest


def generate_all(dest_root: Path = GENERATED_DIR, names: list[str] | None = None) -> list[Path]:
    return [generate_api(get_api(name), dest_root) for name in (names or list(APIS))]


def refresh_mock_specs(names: list[str] | None = None) -> None:
    """The mock (customerio_sdk.testing) validates against the same normalised specs it ships."""
    from codegen.mock_specs import write_mock_specs

    write_mock_specs(names=names)


def add_arguments(parser) -> None:
    parser.add_argument("--api", choices=sorted(APIS), action="append", help="API(s) to generate (default: all)")
    parser.add_argument("--out", type=Path, default=GENERATED_DIR, help="where to write the packages")


def run(args) -> int:
    try:
        if args.out == GENERATED_DIR:
            refresh_mock_specs(args.api)
        for path in generate_all(args.out, args.api):
            modules = sum(1 for _ in path.rglob("*.py"))
            operations = sum(1 for p in (path / "api").rglob("*.py") if p.name != "__init__.py")
            print(f"generated {path.name}: {operations} operations, {modules} modules")
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0
