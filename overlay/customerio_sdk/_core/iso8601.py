"""ISO 8601 text -> ``datetime``, the same on every supported Python.

Python 3.10's ``datetime.fromisoformat`` reads only the forms ``isoformat()`` writes: it refuses
``Z``, a fraction of other than 3 or 6 digits (``12:00:00.5``), an offset without a colon
(``+0000``) or with hours only (``+01``), a decimal comma and the basic format (``20240501T120000``).
Those are ISO 8601 too, and users type them; 3.11 reads most of them. The standard library is tried
first (fast, and exact for what it reads), then ``dateutil``'s ISO parser (a dependency).
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["parse_iso8601"]


def parse_iso8601(text: str) -> datetime:
    """The time ``text`` names (naive if it has no offset); ``ValueError`` if it is not ISO 8601."""
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text)
    except ValueError:
        pass
    from dateutil.parser import isoparse  # type: ignore[import-untyped,unused-ignore]

    try:
        return isoparse(text)  # type: ignore[no-any-return,unused-ignore]
    except (ValueError, OverflowError, TypeError):
        # The text is the caller's to quote: it may be personal data in a data file.
        raise ValueError("not an ISO 8601 date and time") from None
