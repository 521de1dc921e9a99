"""Contains shared errors types that can be raised from API functions"""

import json
from typing import Any

from .types import ShapeError

#: At most this many bytes of a response body are kept on an UnexpectedResponse.
MAX_BODY_BYTES = 16_384


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )

    def __reduce__(self) -> Any:
        return (type(self), (self.status_code, self.content))


class UnexpectedResponse(Exception):
    """The server answered, but not with what the spec promised for this operation and status.

    ``body`` is the start of the raw body (at most MAX_BODY_BYTES), ``body_size`` its full length;
    ``reason`` says what did not fit (it names fields and JSON types, never values).
    """

    def __init__(
        self,
        reason: str,
        *,
        operation_id: str,
        method: str,
        path_template: str,
        status_code: int,
        body: bytes,
        body_size: int | None = None,
    ) -> None:
        self.reason = reason
        self.operation_id = operation_id
        self.method = method
        self.path_template = path_template
        self.status_code = status_code
        self.body_size = len(body) if body_size is None else body_size
        self.body = body[:MAX_BODY_BYTES]
        super().__init__(
            f"{method} {path_template} ({operation_id}) returned {status_code}"
            f" with a response the spec does not allow: {reason}"
        )

    def __reduce__(self) -> Any:
        # The keyword-only __init__ cannot be replayed from .args: rebuild from the state instead.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type, args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def describe(cause: BaseException, content: bytes) -> str:
    """What went wrong parsing a response, for UnexpectedResponse.reason: names fields and JSON
    types, never values (a response may carry personal data)."""
    if isinstance(cause, UnexpectedResponse):
        return cause.reason
    if isinstance(cause, json.JSONDecodeError):
        if not content.strip():
            return "the body is empty, not JSON"
        start = content.lstrip()[:1]
        if start == b"<":
            return "the body is HTML or XML, not JSON"
        return f"the body is not valid JSON ({cause.msg} at character {cause.pos})"
    if isinstance(cause, UnicodeDecodeError):
        return "the body is not UTF-8 JSON"
    if isinstance(cause, RecursionError):
        return "the JSON is nested too deeply to decode"
    if isinstance(cause, ShapeError):
        return str(cause)
    if isinstance(cause, KeyError) and cause.args and isinstance(cause.args[0], str):
        return f"the required property {cause.args[0]!r} is missing"
    return (
        f"a value does not have the format the spec declares ({type(cause).__name__})"
    )


__all__ = ["MAX_BODY_BYTES", "UnexpectedResponse", "UnexpectedStatus", "describe"]
