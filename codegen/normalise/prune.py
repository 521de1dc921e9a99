"""Generate what is used: drop component schemas that nothing in the document reaches.

Customer.io's specs carry hundreds of component schemas no operation refers to (Pipelines'
destination and ETL settings, App schemas left over from older endpoints). Each becomes a model
module nobody can receive or send, and is surface a spec change can break. This step runs after the
passes and overlays, and keeps every schema reachable through ``$ref`` from:

* anything outside ``components.schemas``: operations (parameters, bodies, responses, callbacks),
  shared parameters/bodies/responses/headers, and the webhook sections (``webhooks``,
  ``x-webhooks``: the payload models ``customerio_sdk.webhooks`` resolves);
* the declared keep-list :data:`KEEP` (schemas the overlay uses by name that no operation reaches).

Lossless for the SDK: every operation, and every schema an operation or webhook can carry, is
unchanged. The names of the dropped schemas are listed in ``components.x-pruned-schemas`` so a
reviewer (and ``codegen normalise``) sees what was left out; their content stays in the pinned spec.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

Spec = dict[str, Any]

_PREFIX = "#/components/schemas/"

#: API name -> component schemas kept although no operation or webhook reaches them (say why).
KEEP: dict[str, tuple[str, ...]] = {}


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith(_PREFIX):
                yield ref[len(_PREFIX) :].replace("~1", "/").replace("~0", "~")
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def reachable_schemas(spec: Spec, keep: Iterable[str] = ()) -> set[str]:
    """Names of the component schemas reachable from outside ``components.schemas`` or ``keep``."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    outside = {k: v for k, v in spec.items() if k != "components"}
    outside["components"] = {k: v for k, v in (spec.get("components") or {}).items() if k != "schemas"}
    seen: set[str] = set()
    pending = [*_refs(outside), *keep]
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return seen


def prune_unreachable_schemas(spec: Spec, keep: Iterable[str] = ()) -> Spec:
    """A copy of ``spec`` without the component schemas nothing reaches (names kept in
    ``components.x-pruned-schemas``)."""
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return spec
    used = reachable_schemas(spec, keep)
    dropped = sorted(set(schemas) - used)
    if not dropped:
        return spec
    spec = copy.deepcopy(spec)
    components = spec["components"]
    components["schemas"] = {name: schema for name, schema in schemas.items() if name in used}
    components["x-pruned-schemas"] = sorted({*components.get("x-pruned-schemas", []), *dropped})
    return spec
