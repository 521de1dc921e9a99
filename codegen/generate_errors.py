"""Generator failures turned into messages a user can act on (filled in below)."""

from __future__ import annotations

from typing import Any

from codegen.apis import Api


def explain_failure(api: Api, output: str, spec: dict[str, Any]) -> str:
    return f"[{api.name}] openapi-python-client failed:\n{output}"
