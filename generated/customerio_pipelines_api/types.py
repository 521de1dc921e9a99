"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    def json(self) -> Any:
        """The response body decoded as JSON (``None`` when it is empty), whatever ``parsed`` holds."""
        return json.loads(self.content) if self.content.strip() else None


def status_of(code: int) -> HTTPStatus | int:
    """The status as HTTPStatus when Python knows it, else the plain int (Cloudflare's 520, nginx's 499)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def path_segment(value: Any, name: str) -> str:
    """Encode one path parameter as exactly one URL path segment that decodes to ``str(value)``.

    Everything but unreserved characters is percent-encoded ("/" too). A segment made only of
    dots is a dot segment that URL normalisation would remove ("/v1/customers/../attributes"
    becomes "/v1/attributes", another endpoint), so its dots are encoded as %2E. An empty value
    would silently address the collection instead of the item, so it is refused.
    """
    text = str(value)  # generated enums' __str__ is their value
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    if text.strip(".") == "":
        return "%2E" * len(text)
    return quote(text, safe="")


def rfc3339(value: datetime.datetime) -> str:
    """The shortest RFC 3339 text of a datetime: "Z" for UTC, milliseconds when the value has nothing
    finer, microseconds otherwise, no fraction when there is none ("2015-02-23T22:28:55.387Z").
    (The SDK overlay has the same rule for the bodies it builds; generated code cannot import it.)"""
    text = value.replace(microsecond=0, tzinfo=None).isoformat()
    micro = value.microsecond
    if micro:
        text += f".{micro // 1000:03d}" if micro % 1000 == 0 else f".{micro:06d}"
    offset = value.utcoffset()
    if offset is None:
        return text
    return text + ("Z" if not offset else value.isoformat()[-6:])


def parse_datetime(value: str) -> datetime.datetime:
    """datetime.fromisoformat, also taking the "Z" suffix on Python 3.10."""
    if isinstance(value, str) and value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    return datetime.datetime.fromisoformat(value)


class ShapeError(TypeError):
    """A response value is not of the JSON type the spec declares (raised by the models' from_dict)."""


_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}


def json_type(value: Any) -> str:
    """The JSON type of a decoded value, for messages (the value itself is never shown)."""
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _wrong(value: Any, expected: str, where: str) -> ShapeError:
    return ShapeError(f"{where} must be {expected}, got {json_type(value)}")


# Each check returns the value unchanged (UNSET passes: an optional property may be absent). The
# exact-type test comes first: it is the common case and costs one comparison.
def expect_int(value: Any, where: str) -> Any:
    if (
        type(value) is int
        or value is UNSET
        or (isinstance(value, int) and not isinstance(value, bool))
    ):
        return value
    raise _wrong(value, "an integer", where)


def expect_number(value: Any, where: str) -> Any:
    if type(value) in (float, int) or value is UNSET:
        return value
    raise _wrong(value, "a number", where)


def expect_str(value: Any, where: str) -> Any:
    if type(value) is str or value is UNSET or isinstance(value, str):
        return value
    if type(value) is int:
        # Tolerated: Customer.io sends some ids the spec declares as strings as JSON integers (the
        # spec's own getPersonSubscriptionPreferences example does); their decimal text loses nothing.
        return str(value)
    raise _wrong(value, "a string", where)


def expect_bool(value: Any, where: str) -> Any:
    if type(value) is bool or value is UNSET:
        return value
    raise _wrong(value, "a boolean", where)


def expect_list(value: Any, where: str) -> Any:
    if type(value) is list or value is UNSET:
        return value
    raise _wrong(value, "an array", where)


def expect_object(value: Any, where: str) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise _wrong(value, "an object", where)


def expect_some_keys(value: Any, keys: frozenset[str], where: str) -> Any:
    """A response object carrying none of the properties its schema declares (``{}``, an error
    envelope) is not what the spec promised."""
    if isinstance(value, Mapping) and keys and keys.isdisjoint(value):
        names = ", ".join(sorted(keys)[:5]) + (", ..." if len(keys) > 5 else "")
        raise ShapeError(f"{where} has none of its properties ({names})")
    return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ShapeError",
    "Unset",
    "expect_bool",
    "expect_int",
    "expect_list",
    "expect_number",
    "expect_object",
    "expect_some_keys",
    "expect_str",
    "json_type",
    "parse_datetime",
    "path_segment",
    "rfc3339",
    "status_of",
]
