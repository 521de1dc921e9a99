"""generated/ covers every operation of the pinned specs, imports, and loads its models lazily.

The expected operations come from the spec files, never from a hard-coded count.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from codegen.apis import APIS, GENERATED_DIR, Api, iter_operations

_METHOD = re.compile(r'^\s*"method": "([A-Z]+)",$', re.MULTILINE)
_PATH_TEMPLATE = re.compile(r'^\s*"path_template": "([^"]*)",$', re.MULTILINE)


@cache
def spec_operations(api: Api) -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path) from the pinned spec."""
    spec = json.loads(api.spec_path.read_text(encoding="utf-8"))
    ops: dict[str, tuple[str, str]] = {}
    for method, path, op in iter_operations(spec):
        assert op["operationId"] not in ops, f"{api.name}: duplicate operationId {op['operationId']}"
        ops[op["operationId"]] = (method.upper(), path)
    return ops


@cache
def generated_modules(api: Api) -> dict[tuple[str, str], list[str]]:
    """(METHOD, path template) -> the api.* modules (relative to the package) that call it,
    read from the extensions["customerio"] block every generated operation module carries."""
    root = GENERATED_DIR / api.package
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for file in sorted((root / "api").rglob("*.py")):
        if file.name == "__init__.py":
            continue
        text = file.read_text(encoding="utf-8")
        methods, paths = _METHOD.findall(text), _PATH_TEMPLATE.findall(text)
        module = ".".join(file.relative_to(root).with_suffix("").parts)
        assert len(methods) == len(paths) == 1, f"{api.package}.{module}: expected one operation, got {methods} {paths}"
        found[(methods[0], paths[0])].append(module)
    return found


def test_every_spec_operation_has_exactly_one_module():
    total = covered = 0
    problems = []
    for api in APIS.values():
        ops = spec_operations(api)
        modules = generated_modules(api)
        assert ops, f"{api.name}: no operations in {api.spec_file}"
        total += len(ops)
        for operation_id, key in sorted(ops.items()):
            found = modules.get(key, [])
            if len(found) == 1:
                covered += 1
            else:
                problems.append(f"{api.name} {operation_id} {key}: {len(found)} modules {found}")
        expected_keys = set(ops.values())
        problems += [
            f"{api.name}: module(s) {mods} for {key}, which is not in the spec"
            for key, mods in modules.items()
            if key not in expected_keys
        ]
    assert not problems and covered == total, (
        f"{covered}/{total} spec operations have exactly one generated module:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.name)
def test_operations_inventory_matches_spec(api):
    inventory = importlib.import_module(f"{api.package}._operations").OPERATIONS
    ops = spec_operations(api)
    modules = generated_modules(api)
    assert set(inventory) == set(ops), (
        f"{api.package}._operations lists {len(inventory)} operations, the spec has {len(ops)}: "
        f"missing {sorted(set(ops) - set(inventory))}, extra {sorted(set(inventory) - set(ops))}"
    )
    wrong = {}
    for operation_id, (method, path, module) in inventory.items():
        expected = (*ops[operation_id], modules[ops[operation_id]][0])
        if (method, path, module) != expected:
            wrong[operation_id] = ((method, path, module), expected)
    assert not wrong, f"{len(wrong)}/{len(ops)} inventory rows differ from the spec/generated modules: {wrong}"


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.name)
def test_every_generated_module_imports(api):
    package = importlib.import_module(api.package)
    failures, names = {}, []

    def on_error(name):
        failures[name] = repr(sys.exc_info()[1])

    for info in pkgutil.walk_packages(package.__path__, prefix=f"{api.package}.", onerror=on_error):
        names.append(info.name)
        try:
            importlib.import_module(info.name)
        except Exception as exc:  # noqa: BLE001 - report every broken module, not just the first
            failures[info.name] = repr(exc)
    root = GENERATED_DIR / api.package
    on_disk = set()
    for file in root.rglob("*.py"):
        parts = file.relative_to(root).with_suffix("").parts
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        if parts:  # the package itself is imported above
            on_disk.add(".".join((api.package, *parts)))
    assert set(names) == on_disk, (
        f"walked {len(names)} modules, {len(on_disk)} files: {sorted(on_disk ^ set(names))[:5]}"
    )
    assert not failures, f"{len(failures)}/{len(names)} modules fail to import: {dict(list(failures.items())[:10])}"


def _models_imported_by(statement: str) -> list[str]:
    code = (
        "import sys\n"
        f"{statement}\n"
        "print('\\n'.join(sorted(n for n in sys.modules if n.startswith('customerio_app_api.models.'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent
    )
    return result.stdout.split()


@pytest.mark.parametrize(
    "module",
    ["customerio_app_api.api.sender_identities.list_senders", "customerio_app_api.api.customers.get_person_activities"],
)
def test_importing_an_operation_does_not_import_every_model(module):
    all_models = importlib.import_module("customerio_app_api.models").__all__
    imported = _models_imported_by(f"import {module}")
    assert imported, f"{module} imported no model at all: is it really parsing its response?"
    assert len(imported) <= 10, f"{module} imported {len(imported)} of {len(all_models)} model modules: {imported}"


def test_models_package_resolves_names_lazily():
    from customerio_app_api import models

    all_names = set(models.__all__)
    class_names = set()
    for file in (GENERATED_DIR / "customerio_app_api" / "models").glob("*.py"):
        class_names.update(re.findall(r"^class (\w+)\b", file.read_text(encoding="utf-8"), re.MULTILINE))
    assert len(all_names) > 100
    assert all_names == class_names, (
        f"__all__ vs classes defined: missing {sorted(class_names - all_names)[:5]}, extra {sorted(all_names - class_names)[:5]}"
    )
    assert all_names <= set(dir(models)), f"dir() misses {sorted(all_names - set(dir(models)))[:5]}"

    imported = _models_imported_by(
        "from customerio_app_api.models import ListSendersResponse200 as X; assert X.from_dict"
    )
    assert imported == ["customerio_app_api.models.list_senders_response_200"]

    from customerio_app_api.models import ListSendersResponse200

    assert ListSendersResponse200.__module__ == "customerio_app_api.models.list_senders_response_200"
    assert models.ListSendersResponse200 is ListSendersResponse200
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        from customerio_app_api.models import NoSuchModel  # noqa: F401
