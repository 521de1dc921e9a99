from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.mobile_screen_view import MobileScreenView
from ...models.page_view import PageView
from ...models.standard_anonymous_event import StandardAnonymousEvent
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["track_anonymous"], "POST", "/api/v1/events")


def _get_kwargs(
    *,
    body: MobileScreenView | PageView | StandardAnonymousEvent | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/events",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["track_anonymous"],
                "method": "POST",
                "path_template": "/api/v1/events",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, StandardAnonymousEvent) or isinstance(body, PageView):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 401:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    parsed = None
    if 300 <= response.status_code < 400:
        # Never followed (a redirect could send the credential elsewhere) and never documented.
        where = (
            "a Location header"
            if "location" in response.headers
            else "no Location header"
        )
        reason = f"an unexpected redirect ({where}); the SDK does not follow redirects"
        raise client.unexpected_response(_OPERATION, response, reason)
    if client.parse_responses:
        try:
            parsed = _parse_response(client=client, response=response)
        except errors.UnexpectedStatus:
            raise
        except Exception as exc:
            # The seam: whatever the body did to the parser becomes one typed error.
            raise client.unexpected_response(_OPERATION, response, exc) from exc
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MobileScreenView | PageView | StandardAnonymousEvent | Unset = UNSET,
) -> Response[Any]:
    """Track an anonymous event

     An anonymous event represents a person you haven't identified yet. When you identify a person, you
    can set their `anonymous_id` attribute. If [event merging](/anonymous-events/#turn-on-merging) is
    turned on in your workspace, and the attribute matches the `anonymous_id` in one or more events that
    were logged within the last 30 days, we associate those events with the person. If you associate an
    event with a person within 72 hours of the timestamp on the event, you can trigger campaigns from
    the event.

    There are three possible event `type` values: `page`, `screen` and `event`. Page and screen events
    represent website page views and mobile app screen views respectively; the `name` for these event
    types is intended to be the page or screen a person visited or viewed. Any other event, is given the
    `event` type.

    **Note**: Avoid using names with leading or trailing spaces, because you can't reference event names
    with leading or trailing spaces in campaigns, etc. In workspaces created after September 21, 2021,
    we trim leading and trailing spaces from event names automatically to fix this issue.

    Args:
        body (MobileScreenView | PageView | StandardAnonymousEvent | Unset): An event attributed
            to an unknown person. If you provide an `anonymous_id` with the event, you can associate
            the event with a person later (using the anonymous ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MobileScreenView | PageView | StandardAnonymousEvent | Unset = UNSET,
) -> Response[Any]:
    """Track an anonymous event

     An anonymous event represents a person you haven't identified yet. When you identify a person, you
    can set their `anonymous_id` attribute. If [event merging](/anonymous-events/#turn-on-merging) is
    turned on in your workspace, and the attribute matches the `anonymous_id` in one or more events that
    were logged within the last 30 days, we associate those events with the person. If you associate an
    event with a person within 72 hours of the timestamp on the event, you can trigger campaigns from
    the event.

    There are three possible event `type` values: `page`, `screen` and `event`. Page and screen events
    represent website page views and mobile app screen views respectively; the `name` for these event
    types is intended to be the page or screen a person visited or viewed. Any other event, is given the
    `event` type.

    **Note**: Avoid using names with leading or trailing spaces, because you can't reference event names
    with leading or trailing spaces in campaigns, etc. In workspaces created after September 21, 2021,
    we trim leading and trailing spaces from event names automatically to fix this issue.

    Args:
        body (MobileScreenView | PageView | StandardAnonymousEvent | Unset): An event attributed
            to an unknown person. If you provide an `anonymous_id` with the event, you can associate
            the event with a person later (using the anonymous ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
