from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.campaign_metrics_period import CampaignMetricsPeriod
from ...models.campaign_metrics_res import CampaignMetricsRes
from ...models.campaign_metrics_type import CampaignMetricsType
from ...models.campaign_metrics_version import CampaignMetricsVersion
from ...models.version_1_deprecated import Version1Deprecated
from ...models.version_2_recommended import Version2Recommended
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["campaign_metrics"],
    "GET",
    "/v1/campaigns/{campaign_id}/metrics",
)


def _get_kwargs(
    campaign_id: int,
    *,
    version: CampaignMetricsVersion,
    type_: CampaignMetricsType | Unset = UNSET,
    res: CampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: CampaignMetricsPeriod | Unset = CampaignMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version = version.value
    params["version"] = json_version

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_res: str | Unset = UNSET
    if not isinstance(res, Unset):
        json_res = res.value

    params["res"] = json_res

    params["tz"] = tz

    params["start"] = start

    params["end"] = end

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params["steps"] = steps

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/metrics".format(
            campaign_id=path_segment(campaign_id, "campaign_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["campaign_metrics"],
                "method": "GET",
                "path_template": "/v1/campaigns/{campaign_id}/metrics",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Version1Deprecated | Version2Recommended | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> Version1Deprecated | Version2Recommended:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Version2Recommended.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Version1Deprecated.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(
            expect_some_keys(
                response.json(),
                frozenset(("metric",)),
                "Version2Recommended | Version1Deprecated",
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
) -> Response[Any | Version1Deprecated | Version2Recommended]:
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
    version: CampaignMetricsVersion,
    type_: CampaignMetricsType | Unset = UNSET,
    res: CampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: CampaignMetricsPeriod | Unset = CampaignMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
) -> Response[Any | Version1Deprecated | Version2Recommended]:
    """Get campaign metrics

     Returns a list of metrics for an individual campaign. The available parameters and response format
    depend on the version parameter that you use with this endpoint. **We strongly recommend that you
    use `version=2`** with this endpoint:

    **Version 2 (Recommended):**
    - Uses `res`, `tz`, `start`, and `end` parameters
    - Based on resolution and optionally, time zone, start and end times
    - Provides maximum flexibility for time-based metrics

    **Version 1 (Deprecated):**
    - Uses `period` and `steps` parameters
    - Based on steps (days, weeks, etc)
    - Returns metrics from oldest to newest (i.e. the 0-index for any result is the oldest step/period)
    - You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months)
    - For instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made
    - `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`

    Args:
        campaign_id (int):  Example: 3.
        version (CampaignMetricsVersion):  Example: 2.
        type_ (CampaignMetricsType | Unset):
        res (CampaignMetricsRes | Unset):
        tz (str | Unset):  Example: America/New_York.
        start (int | Unset):  Example: 1652718066.
        end (int | Unset):
        period (CampaignMetricsPeriod | Unset):  Default: CampaignMetricsPeriod.DAYS.
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Version1Deprecated | Version2Recommended]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        version=version,
        type_=type_,
        res=res,
        tz=tz,
        start=start,
        end=end,
        period=period,
        steps=steps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: CampaignMetricsVersion,
    type_: CampaignMetricsType | Unset = UNSET,
    res: CampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: CampaignMetricsPeriod | Unset = CampaignMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
) -> Any | Version1Deprecated | Version2Recommended | None:
    """Get campaign metrics

     Returns a list of metrics for an individual campaign. The available parameters and response format
    depend on the version parameter that you use with this endpoint. **We strongly recommend that you
    use `version=2`** with this endpoint:

    **Version 2 (Recommended):**
    - Uses `res`, `tz`, `start`, and `end` parameters
    - Based on resolution and optionally, time zone, start and end times
    - Provides maximum flexibility for time-based metrics

    **Version 1 (Deprecated):**
    - Uses `period` and `steps` parameters
    - Based on steps (days, weeks, etc)
    - Returns metrics from oldest to newest (i.e. the 0-index for any result is the oldest step/period)
    - You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months)
    - For instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made
    - `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`

    Args:
        campaign_id (int):  Example: 3.
        version (CampaignMetricsVersion):  Example: 2.
        type_ (CampaignMetricsType | Unset):
        res (CampaignMetricsRes | Unset):
        tz (str | Unset):  Example: America/New_York.
        start (int | Unset):  Example: 1652718066.
        end (int | Unset):
        period (CampaignMetricsPeriod | Unset):  Default: CampaignMetricsPeriod.DAYS.
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Version1Deprecated | Version2Recommended
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        version=version,
        type_=type_,
        res=res,
        tz=tz,
        start=start,
        end=end,
        period=period,
        steps=steps,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: CampaignMetricsVersion,
    type_: CampaignMetricsType | Unset = UNSET,
    res: CampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: CampaignMetricsPeriod | Unset = CampaignMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
) -> Response[Any | Version1Deprecated | Version2Recommended]:
    """Get campaign metrics

     Returns a list of metrics for an individual campaign. The available parameters and response format
    depend on the version parameter that you use with this endpoint. **We strongly recommend that you
    use `version=2`** with this endpoint:

    **Version 2 (Recommended):**
    - Uses `res`, `tz`, `start`, and `end` parameters
    - Based on resolution and optionally, time zone, start and end times
    - Provides maximum flexibility for time-based metrics

    **Version 1 (Deprecated):**
    - Uses `period` and `steps` parameters
    - Based on steps (days, weeks, etc)
    - Returns metrics from oldest to newest (i.e. the 0-index for any result is the oldest step/period)
    - You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months)
    - For instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made
    - `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`

    Args:
        campaign_id (int):  Example: 3.
        version (CampaignMetricsVersion):  Example: 2.
        type_ (CampaignMetricsType | Unset):
        res (CampaignMetricsRes | Unset):
        tz (str | Unset):  Example: America/New_York.
        start (int | Unset):  Example: 1652718066.
        end (int | Unset):
        period (CampaignMetricsPeriod | Unset):  Default: CampaignMetricsPeriod.DAYS.
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Version1Deprecated | Version2Recommended]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        version=version,
        type_=type_,
        res=res,
        tz=tz,
        start=start,
        end=end,
        period=period,
        steps=steps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    version: CampaignMetricsVersion,
    type_: CampaignMetricsType | Unset = UNSET,
    res: CampaignMetricsRes | Unset = UNSET,
    tz: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    period: CampaignMetricsPeriod | Unset = CampaignMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
) -> Any | Version1Deprecated | Version2Recommended | None:
    """Get campaign metrics

     Returns a list of metrics for an individual campaign. The available parameters and response format
    depend on the version parameter that you use with this endpoint. **We strongly recommend that you
    use `version=2`** with this endpoint:

    **Version 2 (Recommended):**
    - Uses `res`, `tz`, `start`, and `end` parameters
    - Based on resolution and optionally, time zone, start and end times
    - Provides maximum flexibility for time-based metrics

    **Version 1 (Deprecated):**
    - Uses `period` and `steps` parameters
    - Based on steps (days, weeks, etc)
    - Returns metrics from oldest to newest (i.e. the 0-index for any result is the oldest step/period)
    - You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months)
    - For instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made
    - `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`

    Args:
        campaign_id (int):  Example: 3.
        version (CampaignMetricsVersion):  Example: 2.
        type_ (CampaignMetricsType | Unset):
        res (CampaignMetricsRes | Unset):
        tz (str | Unset):  Example: America/New_York.
        start (int | Unset):  Example: 1652718066.
        end (int | Unset):
        period (CampaignMetricsPeriod | Unset):  Default: CampaignMetricsPeriod.DAYS.
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Version1Deprecated | Version2Recommended
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            version=version,
            type_=type_,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
        )
    ).parsed
