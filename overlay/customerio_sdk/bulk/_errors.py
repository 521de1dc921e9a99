"""Errors of the bulk importer (they derive from :class:`customerio_sdk.errors.CustomerIOError`)."""

from __future__ import annotations

from ..errors import CustomerIOError

__all__ = ["BulkImportError"]


class BulkImportError(CustomerIOError):
    """An import could not go on (unreadable checkpoint, failures file not writable, ...). What was
    acknowledged before it is in the checkpoint: ``resume=True`` continues from there."""
