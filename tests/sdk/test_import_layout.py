"""The package layout is the architecture: the shared core (``customerio_sdk._core``) sits under the
API packages and never imports them, and no modules import each other at load time.

Both are read from the source (every ``import`` statement, resolved), so a cycle or a wrong-way
import fails here the day it is written, whatever order a program happens to import modules in.
"""

from __future__ import annotations

import ast
from pathlib import Path

import customerio_sdk

PACKAGE = "customerio_sdk"

#: what the core may import from the SDK: itself, the exceptions, the batch TypedDicts, and the
#: package root (for ``__version__``). Everything else (track, pipelines, app, bulk, cli, testing,
#: webhooks) is built on the core.
CORE_MAY_IMPORT = (f"{PACKAGE}._core", f"{PACKAGE}.errors", f"{PACKAGE}.types")


def read_modules(root: Path) -> dict[str, Path]:
    """Module name -> file, for every module of the package at ``root``."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(name: str, modules: dict[str, Path]) -> list[tuple[str, bool]]:
    """(imported SDK module, at load time?) for every import statement of module ``name``.

    "At load time" is an import that runs when the module is imported: not inside a function and
    not under ``if TYPE_CHECKING:``. ``from pkg import sub`` counts as importing ``pkg.sub`` when
    that is a module, and ``pkg`` otherwise.
    """
    path = modules[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(statements: list[ast.stmt], load_time: bool) -> None:
        for node in statements:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(node.body, False)
            elif isinstance(node, ast.If) and _is_type_checking(node):
                visit(node.body, False)
                visit(node.orelse, load_time)
            elif isinstance(node, ast.Import):
                found.extend((alias.name, load_time) for alias in node.names if alias.name.startswith(PACKAGE))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    source = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                if source == PACKAGE or source.startswith(PACKAGE + "."):
                    for alias in node.names:
                        target = f"{source}.{alias.name}"
                        found.append((target if target in modules else source, load_time))
            else:  # class bodies, if/try/with blocks: their imports run when the module loads
                for field in ("body", "orelse", "finalbody", "handlers"):
                    block = getattr(node, field, None)
                    if isinstance(block, list):
                        visit([n for n in block if isinstance(n, ast.stmt)], load_time)
                        for handler in block:
                            if isinstance(handler, ast.ExceptHandler):
                                visit(handler.body, load_time)

    visit(ast.parse(path.read_text(encoding="utf-8")).body, True)
    return found


def core_violations(modules: dict[str, Path]) -> list[str]:
    """Every import, lazy ones included, by which a core module reaches above the core."""
    return [
        f"{name} imports {target}"
        for name in modules
        if name.startswith(f"{PACKAGE}._core")
        for target, _load_time in imports(name, modules)
        if target != PACKAGE and not target.startswith(CORE_MAY_IMPORT)
    ]


def load_time_cycles(modules: dict[str, Path]) -> list[list[str]]:
    """The import cycles among load-time imports (Tarjan's strongly connected components)."""
    graph = {name: {t for t, load_time in imports(name, modules) if load_time and t in modules} for name in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = stack[stack.index(node) :]
            del stack[stack.index(node) :]
            if len(component) > 1 or node in graph[node]:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return cycles


SDK_MODULES = read_modules(Path(customerio_sdk.__file__).parent)


def test_the_layout_is_the_one_the_docs_describe():
    for name in ("_core", "_core.base_client", "_core.transport", "track", "pipelines", "app"):
        assert f"{PACKAGE}.{name}" in SDK_MODULES, name
    for name in ("_client", "_request_builders", "_operation_ids"):
        assert f"{PACKAGE}.track.{name}" in SDK_MODULES and f"{PACKAGE}.pipelines.{name}" in SDK_MODULES, name
    # beside the packages, the top holds only the public modules and the demo's entry point
    top = {name for name, path in SDK_MODULES.items() if path.parent == SDK_MODULES[PACKAGE].parent}
    assert top == {f"{PACKAGE}{suffix}" for suffix in ("", ".__main__", "._demo", ".errors", ".types", ".webhooks")}


def test_the_core_imports_no_api_package_not_even_lazily():
    assert sum(len(imports(name, SDK_MODULES)) for name in SDK_MODULES if "._core" in name) > 30  # read them
    assert core_violations(SDK_MODULES) == []


def test_no_import_cycles_at_load_time():
    edges = [t for name in SDK_MODULES for t, load_time in imports(name, SDK_MODULES) if load_time and t in SDK_MODULES]
    assert len(edges) > 100  # the graph was read
    assert load_time_cycles(SDK_MODULES) == []


def test_the_checks_see_a_wrong_way_import_and_a_cycle(tmp_path):
    """The two checks above could pass by reading nothing: they must catch both, written on purpose."""
    package = tmp_path / PACKAGE
    (package / "_core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "_core" / "__init__.py").write_text("")
    (package / "_core" / "a.py").write_text("from .. import track\n")
    (package / "_core" / "b.py").write_text("def f():\n    from ..app import c\n")
    (package / "app").mkdir()
    (package / "app" / "__init__.py").write_text("if TYPE_CHECKING:\n    from .c import X\n")
    (package / "app" / "c.py").write_text("try:\n    from .._core import b\nexcept ImportError:\n    pass\n")
    (package / "track.py").write_text("from ._core.a import X\n")
    modules = read_modules(package)

    assert core_violations(modules) == [
        f"{PACKAGE}._core.a imports {PACKAGE}.track",
        f"{PACKAGE}._core.b imports {PACKAGE}.app.c",
    ]
    # a -> track -> a loads in a cycle; b -> app.c only inside a function, app -> c only for type checkers
    assert load_time_cycles(modules) == [[f"{PACKAGE}._core.a", f"{PACKAGE}.track"]]
