"""The exceptions this SDK raises.

Every exception derives from :class:`CustomerIOError`. Messages name what failed (method, path
template, status, Customer.io's own error text) and never contain credentials, identifiers from
the URL, query strings or request bodies: path *templates* (``/v1/customers/{customer_id}``) are
used on purpose so that a logged exception does not leak who it was about.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BatchWriterClosedError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CustomerIOError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "make_status_error",
]

# Error text longer than this is cut in messages; the full body stays on `.body`.
_MAX_ERROR_TEXT = 500


class CustomerIOError(Exception):
    """Base class of every exception raised by customerio_sdk.

    Every subclass pickles and unpickles to an equal error (errors cross process pools, Celery,
    multiprocessing): its message and attributes are kept, except ``response`` (the live
    ``httpx.Response``), which comes back as ``None``.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, so the default (cls(*self.args)) cannot rebuild
        # them: restore the message and the attribute dict instead, without calling __init__.
        state = {k: v for k, v in self.__dict__.items() if k != "response"}
        if "response" in self.__dict__:
            state["response"] = None
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[CustomerIOError], args: tuple[Any, ...], state: dict[str, Any]) -> CustomerIOError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(CustomerIOError, ValueError):
    """A client was constructed with missing or invalid settings (credential, region, URL)."""


class APIConnectionError(CustomerIOError):
    """The request did not get an HTTP response: DNS, connect, TLS, reset, protocol error."""

    def __init__(self, message: str = "Connection error", *, method: str | None = None, path: str | None = None):
        self.method = method
        self.path = path
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, message: str = "Request timed out", *, method: str | None = None, path: str | None = None):
        super().__init__(message, method=method, path=path)


class APIStatusError(CustomerIOError):
    """Customer.io answered with a 4xx/5xx status.

    ``path`` is the spec's path template (e.g. ``/v1/customers/{customer_id}``), not the URL sent.
    ``body`` is the decoded JSON body when there is one, else the text.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        method: str | None,
        path: str | None,
        operation_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.method = method
        self.path = path
        self.operation_id = operation_id
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the credential is wrong, or belongs to another API/region."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429 after retries ran out (or when the server asked to wait longer than the cap).

    ``retry_after`` is the server's requested wait in seconds, when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx"""


class PayloadTooLargeError(CustomerIOError, ValueError):
    """An operation (or a single call's body) exceeds Customer.io's documented size limit.

    Raised *before* sending: the SDK never sends data the server would reject or silently drop.
    """

    def __init__(self, message: str, *, index: int | None = None, size: int, limit: int) -> None:
        super().__init__(message)
        self.index = index
        self.size = size
        self.limit = limit


class ResponseValidationError(CustomerIOError):
    """The server answered, but not with what the spec promises for the operation: a 2xx body that
    is not JSON (an HTML page, truncated or empty), JSON of the wrong shape or type, a model
    response carrying none of its properties, or a 3xx (the SDK never follows redirects).

    ``operation_id``, ``method`` and ``path`` (the spec's path template) name the call;
    ``status_code`` is the status; ``reason`` says what did not fit (fields and JSON types, never
    values); ``body`` is the start of the raw body (at most 16 KiB, the client's credential
    removed) and ``body_size`` its full length. To get the raw JSON of a call without parsing, call
    the generated function with ``client.raw.without_parsing()`` (see docs/recipes.md).
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None,
        method: str | None,
        path: str | None,
        status_code: int,
        reason: str,
        body: bytes,
        body_size: int,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.status_code = status_code
        self.reason = reason
        self.body = body
        self.body_size = body_size
        self.response = response

    @property
    def text(self) -> str:
        """``body`` decoded as UTF-8 (undecodable bytes replaced)."""
        return self.body.decode("utf-8", "replace")


def response_validation_error(
    generated: Any, response: httpx.Response | None = None, *, secrets: tuple[str, ...] = ()
) -> ResponseValidationError:
    """The SDK's error for a generated package's ``errors.UnexpectedResponse`` (the hook the
    clients set on their raw generated clients). ``secrets``: values cut out of the kept body."""
    body: bytes = generated.body
    for secret in secrets:
        if secret and len(secret) >= 8:
            body = body.replace(secret.encode("utf-8", "ignore"), b"<secret>")
    where = f"{generated.method} {generated.path_template} ({generated.operation_id})"
    message = (
        f"{where} returned {generated.status_code} with a response the spec does not allow:"
        f" {generated.reason}. The raw body is on .body; client.raw.without_parsing() returns raw responses"
    )
    return ResponseValidationError(
        message,
        operation_id=generated.operation_id,
        method=generated.method,
        path=generated.path_template,
        status_code=generated.status_code,
        reason=generated.reason,
        body=body,
        body_size=generated.body_size,
        response=response,
    )


class PaginationError(CustomerIOError):
    """The server returned a cursor it had already returned: following it would loop forever."""


class WebhookVerificationError(CustomerIOError, ValueError):
    """A reporting webhook failed verification: bad/missing headers, stale timestamp or wrong signature."""


class ClientClosedError(CustomerIOError):
    """A client was used to send after ``close()``."""


class BatchWriterClosedError(ClientClosedError):
    """A batch writer was used after ``close()`` (its own, or its client's, which closes it)."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_REQUEST_ID_HEADERS = ("x-request-id", "x-cio-request-id", "request-id", "x-amzn-requestid", "cf-ray")


def _decode_body(response: httpx.Response) -> Any:
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def _error_text(body: Any) -> str:
    """Customer.io's error text from the shapes its APIs use (``{"meta": {"error": ...}}``,
    ``{"errors": [{"detail": ...}]}``, ``{"error": ...}``, ``{"message": ...}``) or the raw text."""
    if body is None:
        return ""
    if isinstance(body, dict):
        meta = body.get("meta")
        if isinstance(meta, dict) and meta.get("error"):
            return str(meta["error"])
        if isinstance(meta, dict) and meta.get("errors"):
            return "; ".join(str(e) for e in meta["errors"])
        errors = body.get("errors")
        if isinstance(errors, list) and errors:
            parts = []
            for err in errors:
                if isinstance(err, dict):
                    parts.append(str(err.get("detail") or err.get("message") or err.get("reason") or err))
                else:
                    parts.append(str(err))
            return "; ".join(parts)
        for key in ("error", "message", "detail"):
            if body.get(key):
                return str(body[key])
    text = body if isinstance(body, str) else json.dumps(body)
    return text


def make_status_error(
    response: httpx.Response,
    *,
    method: str | None,
    path: str | None,
    operation_id: str | None = None,
    retry_after: float | None = None,
    auth_hint: str | None = None,
) -> APIStatusError:
    """Build the right :class:`APIStatusError` subclass for a (read) error response.

    ``auth_hint`` (which credential the client sent, by name, and the usual causes) ends a 401's message.
    """
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    body = _decode_body(response)
    text = _error_text(body).strip()
    if len(text) > _MAX_ERROR_TEXT:
        text = text[:_MAX_ERROR_TEXT] + "…"
    where = f"{(method or '?').upper()} {path or '<unknown path>'}"
    if operation_id:
        where += f" ({operation_id})"
    message = f"{where} returned {status}"
    if text:
        message += f": {text}"
    if status == 401 and auth_hint:
        message += f". {auth_hint}"
    request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
    kwargs: dict[str, Any] = {
        "response": response,
        "body": body,
        "method": method,
        "path": path,
        "operation_id": operation_id,
        "request_id": request_id,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)
