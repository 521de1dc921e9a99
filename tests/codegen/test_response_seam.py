"""The response-parsing seam our templates put into every generated endpoint module (issue 12)."""

from __future__ import annotations

import importlib
import pickle
from pathlib import Path

import httpx
import pytest

GENERATED = Path(__file__).resolve().parents[2] / "generated"
PACKAGES = ("customerio_app_api", "customerio_track_api", "customerio_pipelines_api")


def _endpoint_modules() -> list[Path]:
    return sorted(
        p for package in PACKAGES for p in (GENERATED / package / "api").rglob("*.py") if p.name != "__init__.py"
    )


def test_every_endpoint_module_parses_through_the_seam_and_none_imports_the_overlay():
    modules = _endpoint_modules()
    assert len(modules) == 115 + 18 + 7
    for path in modules:
        text = path.read_text()
        assert "client.unexpected_response(_OPERATION, response, exc)" in text, path
        assert "if client.parse_responses:" in text, path
    for path in GENERATED.rglob("*.py"):
        assert "customerio_sdk" not in path.read_text(), path  # generated code never imports the overlay


@pytest.mark.parametrize("package", PACKAGES)
def test_without_the_overlay_the_generated_error_is_raised_and_pickles(package):
    client_module = importlib.import_module(f"{package}.client")
    errors = importlib.import_module(f"{package}.errors")
    raw = client_module.Client(base_url="https://example.invalid")
    response = httpx.Response(200, content=b"<html>" + b"x" * 20_000)
    error = raw.unexpected_response(("opId", "GET", "/v1/x/{id}"), response, ValueError("boom"))
    assert isinstance(error, errors.UnexpectedResponse)
    assert (error.operation_id, error.status_code, error.body_size) == ("opId", 200, len(response.content))
    assert len(error.body) == errors.MAX_BODY_BYTES and "GET /v1/x/{id} (opId) returned 200" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) and copy.body == error.body
    hooked = client_module.Client(base_url="https://example.invalid", response_error=lambda e, r: KeyError(e.reason))
    assert isinstance(hooked.unexpected_response(("o", "GET", "/"), response, "why"), KeyError)
