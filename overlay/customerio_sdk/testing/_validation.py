"""Request validation with openapi-core against the normalised spec of one API.

The mock finds the operation itself (see ``_routing``), so openapi-core is handed that operation
instead of searching the paths again; everything else -- security, path/query/header parameters,
the body against its schema -- is openapi-core's own validation.

By default (``strict=True``) that is openapi-core's exact semantics. The specs' own inconsistencies
are fixed in the build step, not here: ``oneOf`` whose alternatives overlap is rewritten to
``anyOf`` by ``codegen/normalise/passes.py`` (``overlapping_one_of_to_any_of``), and the Pipelines
call ``type`` loses its ``readOnly`` in ``codegen/overlays/pipelines.yaml``.

``strict=False`` is an escape hatch (see docs/testing.md) with two looser semantics:

* ``oneOf`` passes when the value matches *at least one* alternative; a value matching no
  alternative is still a violation, and a ``discriminator`` is still enforced.
* A ``readOnly`` property sent in a request is accepted (OpenAPI 3.0 says it SHOULD NOT be sent).
  ``required`` of a read-only property still does not apply to requests.
"""

from __future__ import annotations

import base64
import binascii
import threading
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.validators import extend
from jsonschema_path import SchemaPath
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.datatypes import TemplateResult
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.request.validators import V30RequestValidator, V31RequestValidator
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, OAS31Validator
from openapi_schema_validator import _keywords as oas_keywords
from werkzeug.datastructures import Headers, ImmutableMultiDict

MAX_MESSAGE = 300


def _one_or_more_of(validator: Any, one_of: list, instance: Any, schema: dict):
    """``oneOf`` as "at least one alternative": see the module docstring."""
    if "discriminator" in schema:
        yield from oas_keywords.oneOf(validator, one_of, instance, schema)
        return
    errors: list[ValidationError] = []
    for index, sub in enumerate(one_of):
        found = list(validator.descend(instance, sub, schema_path=index))
        if not found:
            return
        errors.extend(found)
    yield ValidationError(f"{_short(instance)} matches none of the {len(one_of)} alternatives", context=errors)


LenientWriteValidator = extend(
    OAS30WriteValidator, {"oneOf": _one_or_more_of, "readOnly": oas_keywords.not_implemented}
)
LenientReadValidator = extend(OAS30ReadValidator, {"oneOf": _one_or_more_of})
# OpenAPI 3.1 schemas are JSON Schema 2020-12: readOnly/writeOnly are annotations there.
Lenient31Validator = extend(OAS31Validator, {"oneOf": _one_or_more_of})


def is_openapi31(spec: Any) -> bool:
    """Whether a spec (dict or SchemaPath) declares OpenAPI 3.1 (the build step writes 3.0 forms,
    but the mock also serves a 3.1 document handed to it as it is)."""
    version = spec.get("openapi") if isinstance(spec, dict) else (spec / "openapi").read_value()
    return str(version or "").startswith("3.1")


def write_validators(strict: bool, openapi31: bool = False) -> SchemaValidatorsFactory:
    if openapi31:
        return SchemaValidatorsFactory(OAS31Validator if strict else Lenient31Validator)
    return SchemaValidatorsFactory(OAS30WriteValidator if strict else LenientWriteValidator)


def read_validators(strict: bool, openapi31: bool = False) -> SchemaValidatorsFactory:
    if openapi31:
        return SchemaValidatorsFactory(OAS31Validator if strict else Lenient31Validator)
    return SchemaValidatorsFactory(OAS30ReadValidator if strict else LenientReadValidator)


class _RouteRequestValidator(V30RequestValidator):
    """openapi-core's request validator, told which operation the request is for."""

    def _find_path(self, request: Any) -> PathOperationServer:
        return request.found


class _RouteRequestValidator31(V31RequestValidator):
    """The same for an OpenAPI 3.1 document."""

    def _find_path(self, request: Any) -> PathOperationServer:
        return request.found


class OpenAPIRequest:
    """The openapi-core request protocol over what the mock received."""

    def __init__(
        self,
        found: PathOperationServer,
        method: str,
        query: list[tuple[str, str]],
        headers: list[tuple[str, str]],
        path_params: dict[str, str],
        body: bytes,
    ) -> None:
        self.found = found
        self.method = method.lower()
        self.host_url = "http://mock"
        self.path = found.path_result.pattern
        self.body = body
        header = Headers(headers)
        self.content_type = header.get("Content-Type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query), header=header, cookie=ImmutableMultiDict(), path=dict(path_params)
        )


@dataclass
class Problem:
    status: int
    kind: str  # security | parameters | body
    messages: list[str]


class RequestChecker:
    """Validates requests for one API; built once per API (and strictness) and shared."""

    def __init__(self, api: str, spec: SchemaPath, strict: bool) -> None:
        self.api = api
        self.spec = spec
        openapi31 = is_openapi31(spec)
        validator = _RouteRequestValidator31 if openapi31 else _RouteRequestValidator
        self.validator = validator(spec, schema_validators_factory=write_validators(strict, openapi31))
        components = (spec / "components").read_value() if "components" in spec else {}
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        self.schemes: dict[str, dict] = dict(schemes or {})
        # One validation at a time per API: openapi-core does not promise thread safety, and
        # these objects are shared by every MockServer in the process.
        self._lock = threading.Lock()

    def found(self, template: str, method: str) -> PathOperationServer:
        path = self.spec / "paths" / template
        return PathOperationServer(
            path, path / method.lower(), None, TemplateResult(template, {}), TemplateResult("", {})
        )

    def check(
        self,
        template: str,
        method: str,
        query: list[tuple[str, str]],
        headers: list[tuple[str, str]],
        path_params: dict[str, str],
        body: bytes,
        security: list[dict],
    ) -> Problem | None:
        request = OpenAPIRequest(self.found(template, method), method, query, headers, path_params, body)
        with self._lock:
            errors = list(self.validator.iter_errors(request))
        if errors:
            return _problem(errors, self._security_hint(security, request.parameters.header))
        return self._credential_problem(security, request.parameters.header)

    # -- security -------------------------------------------------------------------------------

    def _expected(self, security: list[dict]) -> str:
        wanted = []
        for requirement in security:
            for name in requirement:
                scheme = self.schemes.get(name, {})
                wanted.append(f"{str(scheme.get('scheme', scheme.get('type', '?'))).capitalize()} ({name})")
        return " or ".join(wanted) or "none"

    def _security_hint(self, security: list[dict], headers: Headers) -> str:
        sent = (headers.get("Authorization") or "").strip()
        scheme, sep, _ = sent.partition(" ")
        if not sent:
            got = "no Authorization header"
        elif sep and scheme.lower() in _SCHEME_NAMES:
            got = f"an Authorization header of type {scheme!r}"
        else:  # never echo what may be the credential itself
            got = "an Authorization header without a recognised scheme"
        return f"{self.api} expects {self._expected(security)} authorization, {CREDENTIALS[self.api]}; got {got}"

    def _credential_problem(self, security: list[dict], headers: Headers) -> Problem | None:
        """openapi-core checks the scheme; the credential must also have Customer.io's shape."""
        if not security or not any(security):
            return None
        auth_type, _, value = (headers.get("Authorization") or "").partition(" ")
        value = value.strip()
        message = None
        if auth_type.lower() == "bearer":
            if not value:
                message = "the Bearer token is empty"
        elif auth_type.lower() == "basic":
            try:
                user, sep, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                message = "the Basic credentials are not base64 of user:password"
            else:
                if not sep or not user:
                    message = "the Basic credentials have no user name"
                elif self.api == "track" and not password:
                    message = "Track needs the API key as the Basic password (site_id:api_key); it is empty"
                elif self.api == "pipelines" and password:
                    message = "Pipelines takes the write key as the Basic user name with an EMPTY password"
        if message is None:
            return None
        return Problem(401, "security", [f"{message}; {CREDENTIALS[self.api]}"])


_SCHEME_NAMES = ("basic", "bearer", "digest", "token", "negotiate", "apikey", "hmac")

CREDENTIALS = {
    "app": "send 'Authorization: Bearer <App API key>'",
    "track": "send 'Authorization: Basic base64(site_id:api_key)'",
    "pipelines": "send 'Authorization: Basic base64(write_key:)' (write key, empty password)",
}


def _problem(errors: list[Exception], security_hint: str) -> Problem:
    kind, messages = "parameters", []
    for error in errors:
        if isinstance(error, SecurityValidationError):
            return Problem(401, "security", [security_hint])
        if isinstance(error, MissingRequiredParameter):
            messages.append(f"missing required {error.location} parameter {error.name!r}")
        elif isinstance(error, ParameterValidationError):
            messages.extend(_cause_messages(error, f"{error.location} parameter {error.name!r}"))
        elif isinstance(error, MissingRequiredRequestBody):
            kind = "body"
            messages.append("the request body is required but empty")
        elif isinstance(error, RequestBodyValidationError):
            kind = "body"
            messages.extend(_cause_messages(error, "body"))
        else:
            messages.append(_clip(str(error)))
    return Problem(400, kind, messages or ["invalid request"])


def _cause_messages(error: Exception, where: str) -> list[str]:
    cause = error.__cause__
    if isinstance(cause, InvalidSchemaValue):
        out: list[str] = []
        for schema_error in cause.schema_errors:
            if isinstance(schema_error, ValidationError):
                out.extend(_flatten(schema_error, where, ()))
            else:
                out.append(f"{where}: {_clip(str(schema_error))}")
        return out
    return [f"{where}: {_clip(str(cause or error))}"]


def _flatten(error: ValidationError, where: str, prefix: tuple, depth: int = 0) -> list[str]:
    """One readable line per failure, located like ``body.batch[0].action``; a union that matched
    no alternative is followed by the failures of its closest alternative (fewest errors)."""
    path = prefix + tuple(error.path)
    here = where + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    discriminator = error.schema.get("discriminator") if isinstance(error.schema, dict) else None
    if isinstance(discriminator, dict) and isinstance(error.instance, dict):
        name = discriminator.get("propertyName")
        known = sorted(discriminator.get("mapping") or {})
        value = error.instance.get(name)
        return [f"{here}.{name}: {_short(value)} is not one of {known}" if value else f"{here}: {name!r} is required"]
    if error.validator in ("oneOf", "anyOf") and error.context and depth < 4:
        by_branch: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            by_branch.setdefault(sub.schema_path[0] if sub.schema_path else 0, []).append(sub)
        best = min(by_branch.values(), key=len)
        lines = [line for sub in best for line in _flatten(sub, where, path, depth + 1)]
        return [
            f"{here}: matches none of the {len(error.validator_value)} alternatives; closest: " + "; ".join(lines[:4])
        ]
    return [f"{here}: {_clip(error.message)}"]


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _clip(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."
