"""``cio mock``: the embedded spec-validating mock server, in the foreground."""

from __future__ import annotations

import signal
import threading

import click

from ._common import BASE_URL_ENV


def mock_command() -> click.Command:
    @click.command(
        "mock",
        epilog="Needs the 'testing' extra (pip install 'customerio-sdk[testing]'). Stop with Ctrl-C.",
    )
    @click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="0: any free port.")
    @click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
    @click.option("--lenient", is_flag=True, help="strict=False: oneOf passes when at least one alternative matches.")
    def mock(port: int, host: str, lenient: bool) -> None:
        """Run the spec-validating Customer.io mock (App, Track and Pipelines on one port).

        Prints `export` lines for the base URLs (eval them in another shell, with any non-empty
        credentials) and logs each request with the violations it had, until Ctrl-C.
        """
        try:
            from ..testing import MockServer
        except ImportError as exc:
            raise click.ClickException(str(exc)) from None
        server = MockServer(strict=not lenient, host=host, port=port)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        server.start()
        try:
            for api, env_var in BASE_URL_ENV.items():
                click.echo(f"export {env_var}={server.url_for(api)}")
            click.echo("# mock running; Ctrl-C stops it", err=True)
            while not stop.wait(0.2):
                # Logged, then dropped: a mock left running for days keeps no history.
                count = len(server.requests)
                for request in server.requests[:count]:
                    line = f"{request.status} {request.method} {request.api}:{request.operation_id} {request.path}"
                    click.echo(line, err=True)
                del server.requests[:count]
                count = len(server.violations)
                for violation in server.violations[:count]:
                    click.echo(f"violation: {violation}", err=True)
                del server.violations[:count]
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()

    return mock
