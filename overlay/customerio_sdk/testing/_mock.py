"""MockServer: a spec-validating Customer.io mock serving the App, Track and Pipelines APIs.

One loopback HTTP server (a thread, port 0) serves all three APIs under distinct base paths::

    App        {mock.app_url}        = http://127.0.0.1:<port>/app
    Track      {mock.track_url}      = http://127.0.0.1:<port>/track
    Pipelines  {mock.pipelines_url}  = http://127.0.0.1:<port>/pipelines/v1

Every request is routed to its operation by method and raw path, validated with openapi-core
against the normalised spec the clients were generated from, recorded (credentials masked), and
answered: the documented example (or one generated from the response schema) when valid, a JSON
error ``{"errors": [{"detail": ...}]}`` and a recorded violation when not, or what a test
scripted with :meth:`MockServer.script`.
"""

from __future__ import annotations

from typing import Any

from typing_extensions import Self

from ._core import MockCore, RecordedRequest, Script, Violation
from ._specs import MOUNTS, get_api

__all__ = ["MockServer", "RecordedRequest", "Script", "Violation"]


class MockServer(MockCore):
    """The Customer.io mock: ``with MockServer() as mock: ...`` (see the module docstring).

    Requests are validated with openapi-core's exact semantics (``oneOf``, ``readOnly``) against
    the normalised specs. ``strict=False`` is an escape hatch (see docs/testing.md): it accepts a
    value matching at least one ``oneOf`` alternative and read-only properties in requests.
    """

    def __init__(self, *, strict: bool = True, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(strict=strict)
        self._host, self._port = host, port
        self._server: Any = None
        for name in MOUNTS:
            get_api(name)  # load (or reuse) the specs now, so a broken install fails here

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is None:
            from ._server import LoopbackServer

            self._server = LoopbackServer(self, self._host, self._port)
            self._server.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- addresses ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` once started; before that ``http://customerio-mock.invalid``,
        a host that never resolves, usable only with :meth:`transport`."""
        if self._server is None:
            return "http://customerio-mock.invalid"
        host = self._server.host
        return f"http://[{host}]:{self._server.port}" if ":" in host else f"http://{host}:{self._server.port}"

    def url_for(self, api: str) -> str:
        if api not in MOUNTS:
            raise ValueError(f"unknown api {api!r}; choose one of {', '.join(MOUNTS)}")
        return self.base_url + MOUNTS[api]

    @property
    def app_url(self) -> str:
        return self.url_for("app")

    @property
    def track_url(self) -> str:
        return self.url_for("track")

    @property
    def pipelines_url(self) -> str:
        return self.url_for("pipelines")

    # -- helpers --------------------------------------------------------------------------------

    def transport(self) -> Any:
        """An httpx transport (sync and async) serving the same mock in-process, without sockets."""
        from ._transport import MockTransport

        return MockTransport(self)

    def assert_no_violations(self) -> None:
        """Raise ``AssertionError`` listing every violation recorded so far."""
        with self._lock:
            found = list(self.violations)
        if found:
            lines = "\n".join(f"  - {v}" for v in found)
            raise AssertionError(f"{len(found)} request(s) violated the Customer.io API specs:\n{lines}")
