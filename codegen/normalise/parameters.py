"""Path parameter names the generator can template.

openapi-python-client matches a path's ``{name}`` placeholders with ``\\w`` only: a parameter named
``device.id`` or ``segment-id`` makes it drop the operation with "Incorrect path templating ...
(Path parameters do not match with path)", which blames the path, not the name.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from typing import Any

from .passes import Spec

_UNSAFE = re.compile(r"[^0-9A-Za-z_]")
_COMPONENT = "#/components/parameters/"


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name)


def component_key(spec: Spec, param: Any) -> str | None:
    """The key of the ``components.parameters`` entry ``param`` refers to (through ``$ref`` chains)."""
    key = None
    seen: set[str] = set()
    while isinstance(param, dict) and isinstance(param.get("$ref"), str) and param["$ref"].startswith(_COMPONENT):
        key = param["$ref"][len(_COMPONENT) :]
        if key in seen:
            return None  # a $ref loop: not a parameter
        seen.add(key)
        param = ((spec.get("components") or {}).get("parameters") or {}).get(key)
    return key if isinstance(param, dict) and "$ref" not in param else None


def resolved_parameter(spec: Spec, param: Any) -> dict:
    """``param`` itself, or the ``components.parameters`` entry its ``$ref`` (chain) leads to; ``{}``
    when it is neither (a dangling ``$ref``, not a dict)."""
    from codegen.diff_schema import resolve

    target = resolve(spec, param)
    return target if isinstance(target, dict) and "$ref" not in target else {}


def safe_path_parameter_names(spec: Spec) -> Spec:
    """Path parameters named with characters other than letters, digits and ``_`` are renamed:
    ``{device.id}`` -> ``{device_id}``, in the path template and in the parameter, which keeps its
    name in ``x-original-name``. Only the name inside the braces changes; what is sent on the wire
    is the same. A rename that would clash with another parameter of the path gets ``_2``...

    A parameter defined once in ``components.parameters`` and used by ``$ref`` is renamed in the
    component, so every path using it sees the new name. Should two paths need different names
    for it (one of them already has a ``device_id``), the component takes the first path's (in
    document order) and each other path gets a renamed copy in place of its ``$ref``
    (``x-original-ref`` says which component it copies).
    """
    spec = copy.deepcopy(spec)
    paths = spec.get("paths") or {}
    components = (spec.get("components") or {}).get("parameters") or {}
    # component key -> every (parameter list, index, new name) that refers to it, in document order
    uses: dict[str, list[tuple[list, int, str]]] = defaultdict(list)
    rebuilt: dict[str, Any] = {}
    for template in list(paths):
        names = re.findall(r"{([^{}]+)}", template)
        renames: dict[str, str] = {}
        for name in names:
            if _UNSAFE.search(name):
                new, n = _safe(name), 1
                while new in names or new in renames.values():
                    n += 1
                    new = f"{_safe(name)}_{n}"
                renames[name] = new
        item: Any = paths[template]
        if not renames:
            rebuilt[template] = item
            continue
        new_template = template
        for old, new in renames.items():
            new_template = new_template.replace("{" + old + "}", "{" + new + "}")
        operations = [op for op in item.values() if isinstance(op, dict)] if isinstance(item, dict) else []
        for params in [item.get("parameters")] + [op.get("parameters") for op in operations]:
            for index, param in enumerate(params if isinstance(params, list) else []):
                key = component_key(spec, param)
                target = components[key] if key is not None else param
                if not isinstance(target, dict) or target.get("in") != "path" or target.get("name") not in renames:
                    continue
                if key is not None:
                    uses[key].append((params, index, renames[target["name"]]))
                else:
                    param["x-original-name"] = param["name"]
                    param["name"] = renames[param["name"]]
        item.setdefault("x-original-path", template)
        rebuilt[new_template] = item  # same place in the document: output order does not move
    if "paths" in spec:
        spec["paths"] = rebuilt
    for key, refs in uses.items():
        original = copy.deepcopy(components[key])
        first = refs[0][2]
        components[key]["x-original-name"] = original["name"]
        components[key]["name"] = first
        for params, index, new in refs:
            if new != first:  # this path needs another name: a copy of its own
                params[index] = dict(
                    original, name=new, **{"x-original-name": original["name"], "x-original-ref": params[index]["$ref"]}
                )
    return spec
