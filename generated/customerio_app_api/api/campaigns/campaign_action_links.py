from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.campaign_action_links_period import CampaignActionLinksPeriod
from ...models.campaign_action_links_response_200 import CampaignActionLinksResponse200
from ...models.campaign_action_links_type import CampaignActionLinksType
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["campaign_action_links"],
    "GET",
    "/v1/campaigns/{campaign_id}/actions/{action_id}/metrics/links",
)


def _get_kwargs(
    campaign_id: int,
    action_id: int,
    *,
    period: CampaignActionLinksPeriod | Unset = CampaignActionLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: CampaignActionLinksType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params["steps"] = steps

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/actions/{action_id}/metrics/links".format(
            campaign_id=path_segment(campaign_id, "campaign_id"),
            action_id=path_segment(action_id, "action_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["campaign_action_links"],
                "method": "GET",
                "path_template": "/v1/campaigns/{campaign_id}/actions/{action_id}/metrics/links",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CampaignActionLinksResponse200 | None:
    if response.status_code == 200:
        response_200 = CampaignActionLinksResponse200.from_dict(
            expect_some_keys(
                response.json(), frozenset(("links",)), "CampaignActionLinksResponse200"
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
) -> Response[Any | CampaignActionLinksResponse200]:
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
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: CampaignActionLinksPeriod | Unset = CampaignActionLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: CampaignActionLinksType | Unset = UNSET,
) -> Response[Any | CampaignActionLinksResponse200]:
    """Get link metrics for an action

     Returns link click metrics for an individual action. Unless you specify otherwise, the response
    contains data for the maximum period by days (45 days).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        period (CampaignActionLinksPeriod | Unset):  Default: CampaignActionLinksPeriod.DAYS.
        steps (int | Unset):
        type_ (CampaignActionLinksType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CampaignActionLinksResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        action_id=action_id,
        period=period,
        steps=steps,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: CampaignActionLinksPeriod | Unset = CampaignActionLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: CampaignActionLinksType | Unset = UNSET,
) -> Any | CampaignActionLinksResponse200 | None:
    """Get link metrics for an action

     Returns link click metrics for an individual action. Unless you specify otherwise, the response
    contains data for the maximum period by days (45 days).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        period (CampaignActionLinksPeriod | Unset):  Default: CampaignActionLinksPeriod.DAYS.
        steps (int | Unset):
        type_ (CampaignActionLinksType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CampaignActionLinksResponse200
    """

    return sync_detailed(
        campaign_id=campaign_id,
        action_id=action_id,
        client=client,
        period=period,
        steps=steps,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: CampaignActionLinksPeriod | Unset = CampaignActionLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: CampaignActionLinksType | Unset = UNSET,
) -> Response[Any | CampaignActionLinksResponse200]:
    """Get link metrics for an action

     Returns link click metrics for an individual action. Unless you specify otherwise, the response
    contains data for the maximum period by days (45 days).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        period (CampaignActionLinksPeriod | Unset):  Default: CampaignActionLinksPeriod.DAYS.
        steps (int | Unset):
        type_ (CampaignActionLinksType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CampaignActionLinksResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        action_id=action_id,
        period=period,
        steps=steps,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: CampaignActionLinksPeriod | Unset = CampaignActionLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: CampaignActionLinksType | Unset = UNSET,
) -> Any | CampaignActionLinksResponse200 | None:
    """Get link metrics for an action

     Returns link click metrics for an individual action. Unless you specify otherwise, the response
    contains data for the maximum period by days (45 days).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        period (CampaignActionLinksPeriod | Unset):  Default: CampaignActionLinksPeriod.DAYS.
        steps (int | Unset):
        type_ (CampaignActionLinksType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CampaignActionLinksResponse200
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            action_id=action_id,
            client=client,
            period=period,
            steps=steps,
            type_=type_,
        )
    ).parsed
