"""What the mutation corpus does with one mutated spec: normalise, generate, import, call, validate.

* ``drift_build.py`` (a subprocess per mutation) generates the mutated API the way
  ``codegen generate`` does, into a temporary directory (never ``generated/``).
* :func:`import_package` imports the generated package and every module in it under a private
  name (``drift_<n>_<package>``), so it never shadows the installed package.
* :func:`check_operation` builds a request for one operation from the mutated spec alone (the
  mock's example generator gives the body and the parameters), passes it through the *generated*
  function (``Model.from_dict`` -> ``_get_kwargs`` -> an ``httpx.Request``), and validates what
  would go on the wire with the mock built from the same mutated spec.
"""

from __future__ import annotations

import copy
import enum
import importlib
import importlib.util
import inspect
import itertools
import json
import re
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from customerio_sdk.testing._examples import ExampleGenerator
from customerio_sdk.testing._specs import ApiSpec

from codegen.apis import APIS

PINNED: dict[str, dict] = {}  # api name -> the pinned spec, read once per process
_COUNTER = itertools.count(1)

# A credential of the right shape for each API's security scheme (the mock checks the shape).
AUTHORIZATION = {
    "app": "Bearer app-api-key",
    "track": "Basic c2l0ZS1pZDp0cmFjay1hcGkta2V5",  # site-id:track-api-key
    "pipelines": "Basic d3JpdGUta2V5Og==",  # write-key:
}


def pinned(api: str) -> dict:
    """A deep copy of the pinned spec of ``api`` (mutations change their copy only)."""
    if api not in PINNED:
        PINNED[api] = json.loads(APIS[api].spec_path.read_text(encoding="utf-8"))
    return copy.deepcopy(PINNED[api])


@dataclass
class Generated:
    api: str
    spec: dict  # the normalised mutated spec: what the generator and the mock see
    root: Path  # the directory holding the generated package
    package: types.ModuleType  # imported under a private name


def import_package(path: Path) -> types.ModuleType:
    """Import the package at ``path`` and every module in it, under a name of its own."""
    alias = f"drift_{next(_COUNTER)}_{path.name}"
    spec = importlib.util.spec_from_file_location(alias, path / "__init__.py", submodule_search_locations=[str(path)])
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[alias] = package
    spec.loader.exec_module(package)
    for file in sorted(path.rglob("*.py")):
        parts = file.relative_to(path).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and not _is_operation_alias(path, file):
            importlib.import_module(".".join((alias, *parts)))
    return package


def _is_operation_alias(root: Path, file: Path) -> bool:
    """A module kept at an operation's old path (``codegen.module_lock.render_alias``) imports the
    new module by the package's absolute name, which here is the installed package: instead of
    importing it, check that what it re-exports exists in this generation."""
    found = re.search(
        rf"^from {re.escape(root.name)}\.([\w.]+) import (.+)$", file.read_text(encoding="utf-8"), re.MULTILINE
    )
    if found is None:
        return False
    target = root.joinpath(*found.group(1).split(".")).with_suffix(".py")
    assert target.exists(), f"{file}: the alias target {found.group(1)} was not generated"
    source = target.read_text(encoding="utf-8")
    for name in found.group(2).split(", "):
        assert re.search(rf"^(async )?def {name}\(", source, re.MULTILINE), f"{file}: {name} is not in {target}"
    return True


def forget(package: types.ModuleType) -> None:
    """Drop a package imported by :func:`import_package` from ``sys.modules``."""
    prefix = package.__name__
    for name in [n for n in sys.modules if n == prefix or n.startswith(prefix + ".")]:
        del sys.modules[name]


# --- one operation, through the generated function, validated by the mock --------------------


def _resolve(gen: ExampleGenerator, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = gen.resolve(node["$ref"])
    return node


def _find(spec: dict, operation_id: str) -> tuple[str, str, dict, dict]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, method, item, operation
    raise AssertionError(f"operation {operation_id!r} is not in the mutated spec")


def _members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _as_argument(value: Any, annotation: Any, module: types.ModuleType) -> Any:
    """A JSON value as the generated parameter's type (an enum member, a body model)."""
    if isinstance(annotation, str):  # postponed annotations: evaluate in the module
        annotation = eval(annotation, vars(module))
    for member in _members(annotation):
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return member(value)
    if isinstance(value, dict):
        errors = []
        for member in _members(annotation):
            if isinstance(member, type) and hasattr(member, "from_dict"):
                try:
                    return member.from_dict(value)
                except (KeyError, TypeError, ValueError) as exc:
                    errors.append(f"{member.__name__}: {exc!r}")
        raise AssertionError(f"no generated model takes the spec's body: {errors}")
    return value


def _parameter(signature: inspect.Signature, spec_name: str) -> str:
    wanted = re.sub(r"[^a-z0-9]", "", spec_name.lower())
    for name in signature.parameters:
        if re.sub(r"[^a-z0-9]", "", name.lower()) == wanted:
            return name
    raise AssertionError(f"the generated function has no parameter for {spec_name!r}: {list(signature.parameters)}")


def check_operation(generated: Generated, operation_id: str) -> None:
    """Call ``operation_id``'s generated ``_get_kwargs`` with arguments made from the mutated spec and
    assert the mock built from that spec accepts the request it describes."""
    spec = generated.spec
    gen = ExampleGenerator(spec, for_request=True)
    _, _, item, operation = _find(spec, operation_id)
    inventory = importlib.import_module(f"{generated.package.__name__}._operations")
    module_path = inventory.OPERATIONS[operation_id][2]
    module = importlib.import_module(f"{generated.package.__name__}.{module_path}")
    signature = inspect.signature(module._get_kwargs)
    kwargs: dict[str, Any] = {}
    for param in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        param = _resolve(gen, param)
        if param["in"] == "path" or param.get("required"):
            name = _parameter(signature, param["name"])
            value = gen.example(param.get("schema", {}))
            kwargs[name] = _as_argument(value, signature.parameters[name].annotation, module)
    body = _resolve(gen, operation.get("requestBody"))
    if body:
        value = gen.example(body["content"]["application/json"].get("schema", {}), full=True)
        kwargs["body"] = _as_argument(value, signature.parameters["body"].annotation, module)
    call = module._get_kwargs(**kwargs)
    headers = {"Authorization": AUTHORIZATION[generated.api], **(call.get("headers") or {})}
    request = httpx.Request(
        call["method"].upper(),
        "http://mock" + call["url"],
        params=call.get("params"),
        json=call.get("json"),
        headers=headers,
    )
    mock = ApiSpec(generated.api, spec)
    raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    match = mock.router.match(request.method, raw_path)
    assert match.route is not None, f"{operation_id}: the mock has no route for {request.method} {raw_path}"
    assert match.route.operation_id == operation_id, (match.route.operation_id, operation_id)
    op = mock.operations[operation_id]
    problem = mock.checker(True).check(
        match.route.template,
        request.method,
        list(request.url.params.multi_items()),
        list(request.headers.items()),
        match.params,
        request.content,
        op.security,
    )
    assert problem is None, f"{operation_id}: the mock rejects the generated request: {problem}"
