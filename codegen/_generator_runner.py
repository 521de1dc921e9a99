"""Runs openapi-python-client's command line with two fixes to how it *reports* problems.

``python -m codegen._generator_runner ERRORS.json generate ...`` behaves exactly like
``python -m openapi_python_client generate ...`` (same output files), and also:

* writes every error and warning the generator collected to ERRORS.json (header, detail, level and
  the offending schema as JSON), so :mod:`codegen.generate_errors` can locate and explain them;
* keeps the real cause of a failed union member. The generator (0.2x, ``UnionProperty.build``)
  replaces it with ``Invalid property in union <…UntrustedString object at 0x…>``: it formats the
  name object instead of its value and drops the member's own error. Here the message names the
  property and carries the member's error.

Nothing in the generated code changes: only error objects are touched.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _patch_union_errors() -> None:
    from openapi_python_client.parser import properties
    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.parser.properties import union

    inner_errors: list[Any] = []
    original_property_from_data = properties.property_from_data

    def property_from_data(*args: Any, **kwargs: Any):
        prop, schemas = original_property_from_data(*args, **kwargs)
        if isinstance(prop, PropertyError):
            inner_errors.append(prop)
        return prop, schemas

    properties.property_from_data = property_from_data  # union.build imports it from here on each call
    original_build = union.UnionProperty.build.__func__  # type: ignore[attr-defined]

    def build(cls, *, name, **kwargs: Any):
        mark = len(inner_errors)
        result, schemas = original_build(cls, name=name, **kwargs)
        if isinstance(result, PropertyError) and (result.detail or "").startswith("Invalid property in union"):
            cause = inner_errors[-1] if len(inner_errors) > mark else None
            text = f"Invalid property in union {name.get_untrusted_value()!r}"
            if cause is not None:
                reason = " ".join(part.strip() for part in (cause.header or "", cause.detail or "") if part.strip())
                text += f": a member failed: {reason}"
            result.detail = text
        del inner_errors[mark:]
        return result, schemas

    union.UnionProperty.build = classmethod(build)  # type: ignore[method-assign]


def _record_errors(path: str) -> None:
    from openapi_python_client import cli

    original = cli.handle_errors

    def handle_errors(errors, fail_on_warning: bool = False) -> None:
        records = []
        for error in errors:
            data = getattr(error, "data", None)
            records.append(
                {
                    "level": str(getattr(error.level, "value", error.level)),
                    "header": (error.header or "").strip(),
                    "detail": error.detail or "",
                    "data": json.loads(data.model_dump_json(exclude_unset=True, by_alias=True))
                    if data is not None
                    else None,
                }
            )
        with open(path, "w", encoding="utf-8") as out:
            json.dump(records, out)
        original(errors, fail_on_warning)

    cli.handle_errors = handle_errors


def main(argv: list[str]) -> None:
    errors_path, rest = argv[0], argv[1:]
    _patch_union_errors()
    _record_errors(errors_path)
    from openapi_python_client.cli import app

    sys.argv = ["openapi-python-client", *rest]
    app()


if __name__ == "__main__":
    main(sys.argv[1:])
