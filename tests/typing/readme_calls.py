"""README-style calls with the type each one must have, for pyright (strict) and ``mypy --strict``.

Never run: ``tests/typing/test_checkers.py`` type-checks this file with both checkers, so an App
method that returns ``Any``, a paginator that loses its item type or a misspelt batch key is a
test failure. (The same calls run for real against the mock in ``tests/test_doc_snippets.py``.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from customerio_app_api.models.get_newsletters_response_200 import GetNewslettersResponse200
from customerio_app_api.models.get_people_email_response_200 import GetPeopleEmailResponse200
from customerio_app_api.models.get_segment_response_200 import GetSegmentResponse200
from customerio_app_api.models.list_messages_response_200 import ListMessagesResponse200
from customerio_app_api.models.list_messages_response_200_messages_item import ListMessagesResponse200MessagesItem
from customerio_app_api.models.list_segments_response_200 import ListSegmentsResponse200
from customerio_app_api.models.list_segments_response_200_segments_item import ListSegmentsResponse200SegmentsItem
from customerio_app_api.models.send_email_response_200 import SendEmailResponse200
from customerio_app_api.models.trigger_broadcast_response_200 import TriggerBroadcastResponse200
from customerio_app_api.types import Unset
from customerio_sdk import (
    AppClient,
    AsyncAppClient,
    AsyncPipelinesClient,
    AsyncTrackClient,
    BatchResult,
    PipelinesClient,
    TrackClient,
    errors,
)
from customerio_sdk.app import AsyncPaginator, SyncPaginator
from customerio_sdk.types import PipelinesCall, TrackOperation
from typing_extensions import assert_type


def track_calls() -> None:
    with TrackClient(site_id="site", api_key="key") as track:
        assert_type(track.identify("user@example.com", plan="pro"), None)
        assert_type(track.track("user@example.com", "purchased", {"amount": 42}), None)
        ops: list[TrackOperation] = [
            {"type": "person", "action": "identify", "identifiers": {"id": "42"}, "attributes": {"plan": "pro"}},
            {"type": "person", "action": "event", "identifiers": {"email": "a@example.com"}, "name": "purchased"},
        ]
        result = track.batch(ops)
        assert_type(result.sent, int)
        assert_type(result.ok, bool)
        with track.batch_writer() as writer:
            writer.add({"type": "person", "action": "delete", "identifiers": {"cio_id": "c1"}})


def pipelines_calls() -> None:
    with PipelinesClient(write_key="key") as cdp:
        assert_type(cdp.identify(user_id="42", traits={"email": "user@example.com"}), None)
        calls: list[PipelinesCall] = [{"type": "track", "userId": "42", "event": "signed_up"}]
        result = cdp.batch(calls)
        assert_type(result, BatchResult)
        assert_type(result.failed[0].index, int)
        with cdp.batch_writer() as writer:
            writer.add({"type": "identify", "userId": "42", "traits": {"plan": "pro"}})


def app_calls() -> None:
    with AppClient(api_key="key") as app:
        segments = app.segments.list()
        assert_type(segments, ListSegmentsResponse200)
        assert_type(segments.segments, list[ListSegmentsResponse200SegmentsItem] | Unset)
        assert_type(app.segments.get(7), GetSegmentResponse200)
        messages = app.messages.list(limit=500, type_="email")
        assert_type(messages, SyncPaginator[ListMessagesResponse200MessagesItem, ListMessagesResponse200])
        for message in messages:
            assert_type(message, ListMessagesResponse200MessagesItem)
        assert_type(messages.pages(), Iterator[ListMessagesResponse200])
        assert_type(messages.first_page(), ListMessagesResponse200 | None)
        assert_type(app.customers.find_by_email(email="a@example.com"), GetPeopleEmailResponse200)
        assert_type(app.newsletters.get(1), GetNewslettersResponse200)
        assert_type(app.collections.delete(3), None)
        sent = app.send.email(to="a@example.com", identifiers={"id": "42"}, transactional_message_id=3)
        assert_type(sent, SendEmailResponse200)
        assert_type(app.broadcasts.trigger(5, ids=["1"]), TriggerBroadcastResponse200)


async def async_calls() -> None:
    async with AsyncAppClient(api_key="key") as app:
        assert_type(await app.segments.list(), ListSegmentsResponse200)
        messages = app.messages.list(limit=10)
        assert_type(messages, AsyncPaginator[ListMessagesResponse200MessagesItem, ListMessagesResponse200])
        async for message in messages:
            assert_type(message, ListMessagesResponse200MessagesItem)
        assert_type(messages.pages(), AsyncIterator[ListMessagesResponse200])
        async for page in messages.pages():
            assert_type(page, ListMessagesResponse200)
        sent = await app.send.email(to="a@example.com", identifiers={"id": "42"}, transactional_message_id=3)
        assert_type(sent, SendEmailResponse200)
    async with AsyncTrackClient(site_id="site", api_key="key") as track:
        assert_type(await track.identify("42", plan="pro"), None)
    async with AsyncPipelinesClient(write_key="key") as cdp:
        assert_type(await cdp.track("signed_up", user_id="42"), None)


def error_attributes() -> None:
    try:
        AppClient(api_key="key").messages.get("m-1")
    except errors.NotFoundError as exc:
        assert_type(exc.status_code, int)
        assert_type(exc.path, str | None)
        assert_type(exc.operation_id, str | None)
        assert_type(exc.request_id, str | None)
    except errors.RateLimitError as exc:
        assert_type(exc.retry_after, float | None)
    except errors.APIConnectionError as exc:
        assert_type(exc.method, str | None)
