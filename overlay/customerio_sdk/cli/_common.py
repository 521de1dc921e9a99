"""What every ``cio`` command shares: the connection options, building the client, reading
bodies, ``--dry-run`` and turning the SDK's typed errors into exit codes."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import click

from . import _output

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE, EXIT_BATCH_FAILURES = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT

#: Environment variables for ``--base-url`` (the clients take ``base_url=`` as an argument only).
BASE_URL_ENV = {"app": "CIO_APP_BASE_URL", "track": "CIO_TRACK_BASE_URL", "pipelines": "CIO_PIPELINES_BASE_URL"}

#: Where each API's credentials come from: the clients' own environment variables. Never options
#: or arguments, so a key cannot end up in shell history or in another user's ``ps``.
CREDENTIALS_HELP = {
    "app": "Credentials: $CUSTOMERIO_APP_API_KEY.",
    "track": "Credentials: $CUSTOMERIO_SITE_ID and $CUSTOMERIO_API_KEY.",
    "pipelines": "Credentials: $CUSTOMERIO_PIPELINES_WRITE_KEY.",
}

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})


class DryRunDone(BaseException):
    """Raised by the dry-run transport after printing the request: nothing was sent.

    A ``BaseException`` so that no retry or error-wrapping layer of the SDK mistakes it for a
    network failure."""


def redacted_headers(headers: Any) -> dict[str, str]:
    """Request headers with every credential-bearing value replaced (its scheme kept: ``Basic ****``)."""
    shown = {}
    for name, value in headers.items():
        if name.lower() in _SECRET_HEADERS:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            value = f"{scheme} ****".strip()
        shown[name] = value
    return shown


def describe_request(request: Any) -> dict[str, Any]:
    body: Any = None
    content = request.read()
    if content:
        try:
            body = json.loads(content)
        except ValueError:
            body = content.decode("utf-8", "replace")
    return {
        "method": request.method,
        "url": str(request.url),
        "headers": redacted_headers(request.headers),
        "body": body,
    }


def print_request(request: Any) -> None:
    _output.emit(describe_request(request))


def dry_run_transport(on_request: Callable[[Any], None] = print_request, *, answer: bool) -> Any:
    """An httpx transport for ``--dry-run``: hands each request to ``on_request`` (by default it is
    printed, credentials redacted) instead of sending it.

    ``answer=False`` stops at the first request; ``answer=True`` (batches, imports) answers each
    with ``200 {}``, so every chunk is made and shown."""
    import httpx

    class DryRunTransport(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            on_request(request)
            if not answer:
                raise DryRunDone
            return httpx.Response(200, json={}, request=request)

    return DryRunTransport()


def connection_params(api: str, *, base_url_env: bool = True) -> list[click.Parameter]:
    """``--region``, ``--base-url`` (and ``--workspace-id`` for App) and ``--dry-run``.

    ``base_url_env=False``: the command reads ``CIO_<API>_BASE_URL`` itself (``cio raw``, whose API
    is known only once the operationId is)."""
    params: list[click.Parameter] = [
        click.Option(
            ["--region"],
            type=click.Choice(["us", "eu"], case_sensitive=False),
            default=None,
            help="Customer.io region (default: $CUSTOMERIO_REGION, else us).",
        ),
        click.Option(
            ["--base-url"],
            envvar=BASE_URL_ENV[api] if base_url_env else None,
            show_envvar=base_url_env,
            default=None,
            metavar="URL",
            help="Send to this URL instead of the region's host (a proxy, `cio mock`)."
            + ("" if base_url_env else " Default: $CIO_<API>_BASE_URL of the operation's API."),
        ),
        click.Option(
            ["--dry-run"],
            is_flag=True,
            help="Print the request (method, URL, headers with credentials redacted, body); send nothing.",
        ),
    ]
    if api == "app":
        params.append(
            click.Option(
                ["--workspace-id"],
                default=None,
                help="Workspace for /v1/send/* with a service-account token (sa_live_...).",
            )
        )
    return params


def make_client(api: str, options: dict[str, Any], *, batch: bool = False, transport: Any = None) -> Any:
    """The SDK client for ``api`` from the command's connection options (credentials from the
    environment, as the clients read them). ``transport``: an httpx transport of the command's own
    (``cio track import --dry-run``)."""
    kwargs: dict[str, Any] = {"region": options.get("region"), "base_url": options.get("base_url")}
    if options.get("dry_run"):
        kwargs["transport"] = dry_run_transport(answer=batch)
    elif transport is not None:
        kwargs["transport"] = transport
    if api == "app":
        from ..app import AppClient

        return AppClient(workspace_id=options.get("workspace_id"), **kwargs)
    if api == "track":
        from ..track import TrackClient

        return TrackClient(**kwargs)
    from ..pipelines import PipelinesClient

    return PipelinesClient(**kwargs)


def fail(message: str, code: int) -> NoReturn:
    _output.note(f"cio: {message}")
    sys.exit(code)


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Typed SDK errors -> a message on stderr and the documented exit code."""
    from ..errors import APIConnectionError, APIStatusError, ConfigurationError, CustomerIOError

    try:
        yield
    except DryRunDone:
        sys.exit(EXIT_OK)
    except ConfigurationError as exc:
        fail(f"error: {exc}", EXIT_USAGE)
    except APIStatusError as exc:
        fail(f"API error: {exc}", EXIT_API_ERROR)
    except APIConnectionError as exc:
        fail(f"connection error: {exc}", EXIT_API_ERROR)
    except CustomerIOError as exc:
        fail(f"error: {exc}", EXIT_API_ERROR)
    except (TypeError, ValueError) as exc:
        # The SDK refusing an argument before sending (a naive datetime, a bad identifier, ...).
        fail(f"invalid arguments: {exc}", EXIT_USAGE)
    except BrokenPipeError:  # `cio ... | head`: the reader left; not an error of ours
        # Point stdout at /dev/null so the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        fail("interrupted", EXIT_INTERRUPTED)


def read_json_argument(text: str, what: str) -> Any:
    """``'{...}'``, ``@file.json`` or ``-`` (stdin) -> the parsed JSON value."""
    source = what
    if text == "-":
        text, source = sys.stdin.read(), f"{what} (stdin)"
    elif text.startswith("@"):
        path = text[1:]
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as exc:
            raise click.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint=what) from None
        source = f"{what} ({path})"
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(f"{source} is not valid JSON: {exc}", param_hint=what) from None


class JSONParam(click.ParamType[Any, Any]):
    """A JSON value given inline, as ``@file`` or ``-`` for stdin."""

    name = "JSON|@FILE|-"

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if not isinstance(value, str):
            return value
        return read_json_argument(value, f"--{param.name.replace('_', '-')}" if param is not None else "JSON")


JSON = JSONParam()


def dashed(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def first_paragraph(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n", 1)[0].replace("\n", " ").strip()


@functools.cache
def inventory(api: str) -> dict[str, tuple[str, str, str]]:
    """operationId -> (METHOD, path template, generated module) of one generated package."""
    import importlib

    return importlib.import_module(f"customerio_{api}_api._operations").OPERATIONS


@functools.cache
def spec(api: str) -> dict[str, Any]:
    """The normalised spec shipped with the mock (``customerio_sdk/testing/specs/<api>.json.gz``),
    read only for help text; ``{}`` when it is missing."""
    import gzip
    from importlib import resources

    try:
        data = (resources.files("customerio_sdk.testing") / "specs" / f"{api}.json.gz").read_bytes()
        return json.loads(gzip.decompress(data))
    except (OSError, ValueError):
        return {}


def spec_operation(api: str, operation_id: str) -> dict[str, Any]:
    for item in spec(api).get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    return {}


@functools.cache
def summaries(api: str) -> dict[str, str]:
    """operationId -> the spec's one-line summary (for a group's command list)."""
    found = {}
    for item in spec(api).get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = " ".join(str(operation.get("summary") or "").split())
    return found
