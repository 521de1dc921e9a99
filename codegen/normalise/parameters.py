"""Path parameter names the generator can template.

openapi-python-client matches a path's ``{name}`` placeholders with ``\\w`` only: a parameter named
``device.id`` or ``segment-id`` makes it drop the operation with "Incorrect path templating ...
(Path parameters do not match with path)", which blames the path, not the name.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .passes import Spec

_UNSAFE = re.compile(r"[^0-9A-Za-z_]")


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name)


def safe_path_parameter_names(spec: Spec) -> Spec:
    """Path parameters named with characters other than letters, digits and ``_`` are renamed:
    ``{device.id}`` -> ``{device_id}``, in the path template and in the parameter, which keeps its
    name in ``x-original-name``. Only the name inside the braces changes; what is sent on the wire
    is the same. A rename that would clash with another parameter of the path gets ``_2``...
    """
    spec = copy.deepcopy(spec)
    paths = spec.get("paths") or {}
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
        for params in [item.get("parameters")] + [op.get("parameters") for op in item.values() if isinstance(op, dict)]:
            for param in params if isinstance(params, list) else []:
                if isinstance(param, dict) and param.get("in") == "path" and param.get("name") in renames:
                    param["x-original-name"] = param["name"]
                    param["name"] = renames[param["name"]]
        item.setdefault("x-original-path", template)
        rebuilt[new_template] = item  # same place in the document: output order does not move
    if "paths" in spec:
        spec["paths"] = rebuilt
    return spec
