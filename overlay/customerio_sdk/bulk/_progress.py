"""Import progress: the summary, the per-request progress event, and the terminal display.

The terminal display uses tqdm when it is installed (``customerio-sdk[progress]``) and a plain
one-line status otherwise; it is shown only when stderr is a terminal, so logs and CI stay clean.
``on_progress`` receives a :class:`Progress` after every acknowledged request, terminal or not.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields
from typing import Any

__all__ = ["ImportSummary", "Progress", "ProgressDisplay"]


@dataclass
class ImportSummary:
    """Where every row went: ``read == sent + rejected + failed``.

    ``rejected``: rows not sent (a mapping error, or over the 32 KB operation limit); ``failed``:
    rows Customer.io refused (a 207 entry) or whose request failed after retries. Both are in the
    failures file. Counts cover the whole import, earlier runs of a resumed one included.
    """

    source: str = ""
    read: int = 0
    sent: int = 0
    rejected: int = 0
    failed: int = 0
    requests: int = 0
    elapsed: float = 0.0
    resumed_from_row: int = 0
    failures_file: str | None = None

    @property
    def ok(self) -> bool:
        return self.rejected == 0 and self.failed == 0

    @property
    def rows_per_second(self) -> float:
        return self.read / self.elapsed if self.elapsed > 0 else 0.0

    def check(self) -> None:
        """Raise ``AssertionError`` if the counts do not add up (a bug, never a data problem)."""
        if self.read != self.sent + self.rejected + self.failed:
            raise AssertionError(f"import accounting broken: {self}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportSummary:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @classmethod
    def combine(cls, summaries: Iterable[ImportSummary], source: str = "") -> ImportSummary:
        """One summary for several imports (e.g. the partitions of a data frame).

        ``elapsed`` is the longest one (they ran side by side), so ``rows_per_second`` is the
        aggregate rate."""
        total = cls(source=source)
        for s in summaries:
            total.read += s.read
            total.sent += s.sent
            total.rejected += s.rejected
            total.failed += s.failed
            total.requests += s.requests
            total.elapsed = max(total.elapsed, s.elapsed)
        total.check()
        return total

    def __str__(self) -> str:
        return (
            f"{self.source}: {self.read:,} rows read, {self.sent:,} sent, {self.rejected:,} rejected, "
            f"{self.failed:,} failed in {self.requests:,} requests, {self.elapsed:.1f} s "
            f"({self.rows_per_second:,.0f} rows/s)"
            + (f"; failures in {self.failures_file}" if self.failures_file and not self.ok else "")
        )


@dataclass(frozen=True)
class Progress:
    """The state of an import after an acknowledged request (``on_progress`` receives it)."""

    source: str
    rows: int
    sent: int
    rejected: int
    failed: int
    bytes_read: int
    total_bytes: int | None
    elapsed: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, from the share of the input's bytes read (``None`` when unknown)."""
        if not self.total_bytes or not self.bytes_read or self.elapsed <= 0:
            return None
        return self.elapsed * (self.total_bytes - self.bytes_read) / self.bytes_read


class ProgressDisplay:
    """Shows progress on stderr when ``enabled`` (``None``: only if stderr is a terminal)."""

    def __init__(self, enabled: bool | None, source: str, total_bytes: int | None) -> None:
        stream = sys.stderr
        self.enabled = bool(stream.isatty()) if enabled is None else enabled
        self._bar: Any = None
        self._last = 0.0
        self._shown_bytes = 0
        if not self.enabled:
            return
        try:
            from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError:
            return
        self._bar = tqdm(total=total_bytes, unit="B", unit_scale=True, desc=source, file=stream, leave=True)

    def update(self, p: Progress) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(max(0, p.bytes_read - self._shown_bytes))
            self._shown_bytes = max(self._shown_bytes, p.bytes_read)
            self._bar.set_postfix(rows=f"{p.rows:,}", rate=f"{p.rows_per_second:,.0f}/s", failed=p.rejected + p.failed)
            return
        now = time.monotonic()
        if now - self._last < 0.2:
            return
        self._last = now
        eta = f", ETA {p.eta:.0f} s" if p.eta is not None else ""
        sys.stderr.write(
            f"\r{p.source}: {p.rows:,} rows, {p.rows_per_second:,.0f} rows/s, {p.bytes_read / 1e6:,.1f} MB"
            f"{eta}, {p.rejected + p.failed:,} failed "
        )
        sys.stderr.flush()

    def close(self, summary: ImportSummary | None) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
        else:
            sys.stderr.write("\n")
        if summary is not None:
            sys.stderr.write(f"{summary}\n")
            sys.stderr.flush()


ProgressCallback = Callable[[Progress], None]
