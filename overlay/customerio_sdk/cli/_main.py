"""The root ``cio`` group: each API group and tool is imported only when it is used."""

from __future__ import annotations

import functools
from collections.abc import Callable

import click

from ._lazy import LazyGroup, from_module

_GROUPS = {
    "app": ("App API: every operation, as `cio app <resource> <method>`.", "._app:app_group"),
    "track": ("Track API: people, devices and events in; `batch` for JSON Lines files.", "._clients:track_group"),
    "pipelines": (
        "Pipelines (CDP) API: identify, track, page, ...; `batch` for JSON Lines files.",
        "._clients:pipelines_group",
    ),
    "raw": ("Any operation of the three specs by its operationId.", "._raw:raw_command"),
    "mock": ("Run the embedded spec-validating mock server in the foreground.", "._mock:mock_command"),
}


@functools.cache
def _table() -> dict[str, tuple[str, Callable[[], click.Command]]]:
    return {name: (help_text, from_module(path)) for name, (help_text, path) in _GROUPS.items()}


EPILOG = """\b
Credentials come from the clients' environment variables, never from arguments:
  CUSTOMERIO_APP_API_KEY, CUSTOMERIO_SITE_ID + CUSTOMERIO_API_KEY (Track),
  CUSTOMERIO_PIPELINES_WRITE_KEY; region from --region or CUSTOMERIO_REGION.
Exit codes: 0 ok, 1 API error, 2 usage error, 3 batch or import with failed or rejected rows.
Shell completion: eval "$(_CIO_COMPLETE=bash_source cio)" (zsh_source, fish_source)."""


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        from .. import __version__

        click.echo(f"cio {__version__}")
        ctx.exit()


cli = LazyGroup(
    "cio",
    _table,
    help="Customer.io from the command line: every operation of the Track, App and Pipelines APIs.",
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    params=[
        click.Option(
            ["--version"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            help="Print the SDK's version and exit.",
            callback=_print_version,
        )
    ],
)
