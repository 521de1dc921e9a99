"""The ``customerio_sdk`` logger.

Silent by default (a :class:`logging.NullHandler`), like any library. Setting ``CUSTOMERIO_LOG=debug``
or ``CUSTOMERIO_LOG=info`` attaches one stderr handler at that level when the first client is
constructed. Applications that configure logging themselves just use the ``customerio_sdk`` logger.

Records carry the HTTP method, the spec's path *template*, the status, the attempt number and the
retry decision/delay. They never contain URLs, identifiers, query strings, bodies or headers.
"""

from __future__ import annotations

import logging
import os
import threading

__all__ = ["LOGGER_NAME", "LOG_ENV_VAR", "logger", "setup_logging"]

LOGGER_NAME = "customerio_sdk"
LOG_ENV_VAR = "CUSTOMERIO_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"

logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())

_lock = threading.Lock()
_configured = False
_handler: logging.Handler | None = None


def setup_logging() -> None:
    """Apply ``$CUSTOMERIO_LOG`` once per process (called by every client constructor; cheap after the first)."""
    global _configured, _handler
    if _configured:
        return
    with _lock:
        if _configured:
            return
        _configured = True
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
