from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.campaign_journey_metrics_res import CampaignJourneyMetricsRes
from ...models.campaign_journey_metrics_response_200 import (
    CampaignJourneyMetricsResponse200,
)
from ...types import UNSET, Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["campaign_journey_metrics"],
    "GET",
    "/v1/campaigns/{campaign_id}/journey_metrics",
)


def _get_kwargs(
    campaign_id: int,
    *,
    start: int,
    end: int,
    res: CampaignJourneyMetricsRes,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_res = res.value
    params["res"] = json_res

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/journey_metrics".format(
            campaign_id=path_segment(campaign_id, "campaign_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["campaign_journey_metrics"],
                "method": "GET",
                "path_template": "/v1/campaigns/{campaign_id}/journey_metrics",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CampaignJourneyMetricsResponse200 | None:
    if response.status_code == 200:
        response_200 = CampaignJourneyMetricsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("journey_metric",)),
                "CampaignJourneyMetricsResponse200",
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
) -> Response[Any | CampaignJourneyMetricsResponse200]:
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
    start: int,
    end: int,
    res: CampaignJourneyMetricsRes,
) -> Response[Any | CampaignJourneyMetricsResponse200]:
    """Get campaign journey metrics

     Returns a list of Journey Metrics for your campaign. These metrics show how many people triggered
    your campaign, were messaged, etc for the time period and "resolution" you set. You must provide the
    `start`, `end`, and `resolution` parameters or your request will return `400`.

    Metrics in the response are arrays, and each index in the array corresponds to the `resolution` in
    your request. If you request metrics in `days`, the first result in each metric array is the first
    day of results and each successive increment represents another day.

    Each increment represents the number of journeys that started within a time period and eventually
    achieved a particular metric. For example, array index 0 for the `converted` metric represents the
    number of journeys that started on the first day/month of results that achieved a conversion.

    Args:
        campaign_id (int):  Example: 3.
        start (int):  Example: 1652718066.
        end (int):
        res (CampaignJourneyMetricsRes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CampaignJourneyMetricsResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
        end=end,
        res=res,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    res: CampaignJourneyMetricsRes,
) -> Any | CampaignJourneyMetricsResponse200 | None:
    """Get campaign journey metrics

     Returns a list of Journey Metrics for your campaign. These metrics show how many people triggered
    your campaign, were messaged, etc for the time period and "resolution" you set. You must provide the
    `start`, `end`, and `resolution` parameters or your request will return `400`.

    Metrics in the response are arrays, and each index in the array corresponds to the `resolution` in
    your request. If you request metrics in `days`, the first result in each metric array is the first
    day of results and each successive increment represents another day.

    Each increment represents the number of journeys that started within a time period and eventually
    achieved a particular metric. For example, array index 0 for the `converted` metric represents the
    number of journeys that started on the first day/month of results that achieved a conversion.

    Args:
        campaign_id (int):  Example: 3.
        start (int):  Example: 1652718066.
        end (int):
        res (CampaignJourneyMetricsRes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CampaignJourneyMetricsResponse200
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        start=start,
        end=end,
        res=res,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    res: CampaignJourneyMetricsRes,
) -> Response[Any | CampaignJourneyMetricsResponse200]:
    """Get campaign journey metrics

     Returns a list of Journey Metrics for your campaign. These metrics show how many people triggered
    your campaign, were messaged, etc for the time period and "resolution" you set. You must provide the
    `start`, `end`, and `resolution` parameters or your request will return `400`.

    Metrics in the response are arrays, and each index in the array corresponds to the `resolution` in
    your request. If you request metrics in `days`, the first result in each metric array is the first
    day of results and each successive increment represents another day.

    Each increment represents the number of journeys that started within a time period and eventually
    achieved a particular metric. For example, array index 0 for the `converted` metric represents the
    number of journeys that started on the first day/month of results that achieved a conversion.

    Args:
        campaign_id (int):  Example: 3.
        start (int):  Example: 1652718066.
        end (int):
        res (CampaignJourneyMetricsRes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CampaignJourneyMetricsResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        start=start,
        end=end,
        res=res,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    res: CampaignJourneyMetricsRes,
) -> Any | CampaignJourneyMetricsResponse200 | None:
    """Get campaign journey metrics

     Returns a list of Journey Metrics for your campaign. These metrics show how many people triggered
    your campaign, were messaged, etc for the time period and "resolution" you set. You must provide the
    `start`, `end`, and `resolution` parameters or your request will return `400`.

    Metrics in the response are arrays, and each index in the array corresponds to the `resolution` in
    your request. If you request metrics in `days`, the first result in each metric array is the first
    day of results and each successive increment represents another day.

    Each increment represents the number of journeys that started within a time period and eventually
    achieved a particular metric. For example, array index 0 for the `converted` metric represents the
    number of journeys that started on the first day/month of results that achieved a conversion.

    Args:
        campaign_id (int):  Example: 3.
        start (int):  Example: 1652718066.
        end (int):
        res (CampaignJourneyMetricsRes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CampaignJourneyMetricsResponse200
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            start=start,
            end=end,
            res=res,
        )
    ).parsed
