from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_campaign_actions_response_200 import ListCampaignActionsResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["list_campaign_actions"],
    "GET",
    "/v1/campaigns/{campaign_id}/actions",
)


def _get_kwargs(
    campaign_id: int,
    *,
    start: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/actions".format(
            campaign_id=path_segment(campaign_id, "campaign_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_campaign_actions"],
                "method": "GET",
                "path_template": "/v1/campaigns/{campaign_id}/actions",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListCampaignActionsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListCampaignActionsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "actions",
                        "next",
                    )
                ),
                "ListCampaignActionsResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ListCampaignActionsResponse200]:
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
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> Response[Any | ListCampaignActionsResponse200]:
    """List campaign actions

     Returns the operations in a campaign workflow. Each object in the response represents an action or
    'tile' in the campaign builder.

    This endpoint returns up to 10 `actions` at a time. If there is another page of results, the
    response will include a `next` string. Pass this string as the `start` parameter to get the next
    page of results.

    Args:
        campaign_id (int):  Example: 3.
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListCampaignActionsResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> Any | ListCampaignActionsResponse200 | None:
    """List campaign actions

     Returns the operations in a campaign workflow. Each object in the response represents an action or
    'tile' in the campaign builder.

    This endpoint returns up to 10 `actions` at a time. If there is another page of results, the
    response will include a `next` string. Pass this string as the `start` parameter to get the next
    page of results.

    Args:
        campaign_id (int):  Example: 3.
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListCampaignActionsResponse200
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        start=start,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> Response[Any | ListCampaignActionsResponse200]:
    """List campaign actions

     Returns the operations in a campaign workflow. Each object in the response represents an action or
    'tile' in the campaign builder.

    This endpoint returns up to 10 `actions` at a time. If there is another page of results, the
    response will include a `next` string. Pass this string as the `start` parameter to get the next
    page of results.

    Args:
        campaign_id (int):  Example: 3.
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListCampaignActionsResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
) -> Any | ListCampaignActionsResponse200 | None:
    """List campaign actions

     Returns the operations in a campaign workflow. Each object in the response represents an action or
    'tile' in the campaign builder.

    This endpoint returns up to 10 `actions` at a time. If there is another page of results, the
    response will include a `next` string. Pass this string as the `start` parameter to get the next
    page of results.

    Args:
        campaign_id (int):  Example: 3.
        start (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListCampaignActionsResponse200
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            start=start,
        )
    ).parsed
