"""The checkpoint file: what Customer.io has acknowledged so far, replaced atomically.

It is rewritten after every acknowledged request: written to a temporary file in the same
directory, fsynced, then ``os.replace``d over the old one (atomic on POSIX and Windows), and the
directory fsynced. A crash at any instant leaves either the previous checkpoint or the new one,
never a torn file. Rows after the recorded position may have been sent already; resending them is
harmless because they carry the same deterministic dedupe ids.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ._errors import BulkImportError

__all__ = ["Checkpoint"]

VERSION = 1


class Checkpoint:
    """``identity`` is what must match for a resume (source, mapping, namespace, format)."""

    def __init__(self, path: Path, identity: dict[str, Any]) -> None:
        self.path = path
        self.identity = dict(identity)

    def load(self) -> dict[str, Any] | None:
        """The saved state, ``None`` if there is no checkpoint; refuses one made for another import."""
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BulkImportError(f"cannot read the checkpoint {self.path.name!r}: {exc.strerror}") from None
        try:
            state = json.loads(text)
        except ValueError:
            raise BulkImportError(f"the checkpoint {self.path.name!r} is not valid JSON") from None
        if not isinstance(state, dict) or state.get("version") != VERSION:
            raise BulkImportError(f"the checkpoint {self.path.name!r} is not a version-{VERSION} checkpoint")
        for name, value in self.identity.items():
            if state.get(name) != value:
                raise ConfigurationError(
                    f"the checkpoint {self.path.name!r} was written for another import ({name} differs: "
                    f"{state.get(name)!r} there, {value!r} now); delete it to start over"
                )
        return state

    def save(self, state: dict[str, Any]) -> None:
        body = json.dumps({"version": VERSION, **self.identity, **state}, indent=1, sort_keys=True).encode()
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)


def _fsync_dir(directory: Path) -> None:
    # The rename itself is durable only once the directory entry is; not possible on Windows.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
