"""Contains some shared types for properties"""

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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
    "status_of",
]
