"""The ``customerio_sdk`` logger.

Silent by default (a :class:`logging.NullHandler`), like any library. Setting ``CUSTOMERIO_LOG=debug``
or ``CUSTOMERIO_LOG=info`` attaches one stderr handler at that level when the first client is
constructed. Applications that configure logging themselves just use the ``customerio_sdk`` logger.

Records carry the HTTP method, the spec's path *template*, the status, the attempt number and the
retry decision/delay. They never contain URLs, identifiers, query strings, bodies or headers.

httpx's own ``httpx`` logger prints every request's full URL at INFO ("HTTP Request: PUT
https://track.customer.io/api/v1/customers/jane%40example.com ..."), identifiers included. The
first client constructed adds :class:`HideCustomerIOPaths` to that logger: for requests to a
Customer.io client's host it keeps the method, origin and status and replaces the path and query
with ``/…``. Other hosts' records are left as they are.
"""

from __future__ import annotations

import logging
import os
import threading

__all__ = ["LOGGER_NAME", "LOG_ENV_VAR", "HideCustomerIOPaths", "logger", "register_host", "setup_logging"]

LOGGER_NAME = "customerio_sdk"
LOG_ENV_VAR = "CUSTOMERIO_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"

logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())

_lock = threading.Lock()
_configured = False
_handler: logging.Handler | None = None
_hosts: set[str] = set()  # hosts the SDK's clients talk to


def register_host(host: str) -> None:
    """Have :class:`HideCustomerIOPaths` hide the paths of requests to ``host`` (called by each client)."""
    _hosts.add(host)


class HideCustomerIOPaths(logging.Filter):
    """A filter for the ``httpx`` logger: its "HTTP Request: %s %s ..." records for the SDK clients'
    hosts keep the method, origin and status, not the path or query (identifiers, emails).

    Installed by the first client; to use it on a handler of your own:
    ``handler.addFilter(HideCustomerIOPaths())``.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 2 and str(record.msg).startswith("HTTP Request:"):
            url = args[1]
            host = getattr(url, "host", None)
            if host in _hosts:
                port = f":{url.port}" if getattr(url, "port", None) else ""
                record.args = (args[0], f"{url.scheme}://{host}{port}/…", *args[2:])
        return True


_HTTPX_FILTER = HideCustomerIOPaths()


def setup_logging() -> None:
    """Apply ``$CUSTOMERIO_LOG`` once per process (called by every client constructor; cheap after the first)."""
    global _configured, _handler
    if _configured:
        return
    with _lock:
        if _configured:
            return
        _configured = True
        logging.getLogger("httpx").addFilter(_HTTPX_FILTER)
        level = _LEVELS.get(os.environ.get(LOG_ENV_VAR, "").strip().lower())
        if level is None:
            return
        handler = logging.StreamHandler()  # stderr
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.setLevel(level)
        logger.addHandler(handler)
        logger.setLevel(level)
        _handler = handler


def _reset_for_tests() -> None:
    """Undo :func:`setup_logging` so a test can exercise it again."""
    global _configured, _handler
    with _lock:
        if _handler is not None:
            logger.removeHandler(_handler)
            logger.setLevel(logging.NOTSET)
        _handler = None
        _configured = False
