"""ISO 8601 text reads the same on every supported Python (3.10's ``fromisoformat`` refuses most
of these forms; the CLI's ``--timestamp`` and the bulk importer's timestamp column use this)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from customerio_sdk._core.iso8601 import parse_iso8601

NOON = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T12:00:00Z", NOON),
        ("2024-05-01T12:00:00z", NOON),
        ("2024-05-01T12:00:00+00:00", NOON),
        ("2024-05-01T12:00:00+0000", NOON),  # offset without a colon
        ("2024-05-01T14:00:00+02", NOON),  # hours-only offset
        ("2024-05-01T12:00:00.5Z", NOON + timedelta(milliseconds=500)),  # one fraction digit
        ("2024-05-01T12:00:00.123456789Z", NOON + timedelta(microseconds=123456)),  # nine, cut to six
        ("2024-05-01T12:00:00,25Z", NOON + timedelta(milliseconds=250)),  # decimal comma
        ("20240501T120000Z", NOON),  # basic format
        ("2024-05-01T12:00Z", NOON),  # no seconds
        ("2024-05-01 12:00:00+00:00", NOON),  # space separator
        ("2024-05-01T12:00:00", NOON.replace(tzinfo=None)),  # no offset: naive, the caller decides
    ],
)
def test_iso_8601_forms_read_the_same_everywhere(text: str, expected: datetime) -> None:
    assert parse_iso8601(text) == expected


@pytest.mark.parametrize("text", ["", "yesterday", "2024-13-01T00:00:00Z", "12:00", "1714564800", "2024-05-01T25:00Z"])
def test_other_text_is_refused_with_a_value_error_that_does_not_quote_it(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_iso8601(text)
    assert str(caught.value) == "not an ISO 8601 date and time"
