from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.mobile_screen_view_2 import MobileScreenView2
from ...models.page_view_2 import PageView2
from ...models.standard_event import StandardEvent
from ...types import UNSET, Response, Unset, path_segment, status_of

_OPERATION = (OPERATION_ID["track"], "POST", "/api/v1/customers/{identifier}/events")


def _get_kwargs(
    identifier: str,
    *,
    body: MobileScreenView2 | PageView2 | StandardEvent | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customers/{identifier}/events".format(
            identifier=path_segment(identifier, "identifier"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["track"],
                "method": "POST",
                "path_template": "/api/v1/customers/{identifier}/events",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, StandardEvent) or isinstance(body, PageView2):
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
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: MobileScreenView2 | PageView2 | StandardEvent | Unset = UNSET,
) -> Response[Any]:
    """Track a customer event

     Send an event associated with a person, referenced by the identifier in the path. There are three
    defined event `type` values: `page`, `screen` and `event`. Page and screen events represent website
    page views and mobile app screen views respectively; the `name` for these event types is intended to
    be the page or screen a person visited or viewed. Any other event, is given the `event` type.

    We automatically trim leading and trailing spaces from event names.

    **Reserved Properties**

    There are a few important values which, if sent with the events that trigger campaigns, will
    override your campaign settings:

    * `from_address`
    * `recipient`
    * `reply_to`

    When using the Javascript snippet to track events, you must call the Behavioral Tracking API call
    after identifying the customer or the event will not associate with the customer’s profile.

    Args:
        identifier (str):
        body (MobileScreenView2 | PageView2 | StandardEvent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: MobileScreenView2 | PageView2 | StandardEvent | Unset = UNSET,
) -> Response[Any]:
    """Track a customer event

     Send an event associated with a person, referenced by the identifier in the path. There are three
    defined event `type` values: `page`, `screen` and `event`. Page and screen events represent website
    page views and mobile app screen views respectively; the `name` for these event types is intended to
    be the page or screen a person visited or viewed. Any other event, is given the `event` type.

    We automatically trim leading and trailing spaces from event names.

    **Reserved Properties**

    There are a few important values which, if sent with the events that trigger campaigns, will
    override your campaign settings:

    * `from_address`
    * `recipient`
    * `reply_to`

    When using the Javascript snippet to track events, you must call the Behavioral Tracking API call
    after identifying the customer or the event will not associate with the customer’s profile.

    Args:
        identifier (str):
        body (MobileScreenView2 | PageView2 | StandardEvent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
