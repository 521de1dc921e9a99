from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_variant_metrics_period import GetVariantMetricsPeriod
from ...models.get_variant_metrics_response_200 import GetVariantMetricsResponse200
from ...models.get_variant_metrics_type import GetVariantMetricsType
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    newsletter_id: int,
    content_id: int,
    *,
    period: GetVariantMetricsPeriod | Unset = GetVariantMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: GetVariantMetricsType | Unset = UNSET,
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
        "url": "/v1/newsletters/{newsletter_id}/contents/{content_id}/metrics".format(
            newsletter_id=path_segment(newsletter_id, "newsletter_id"),
            content_id=path_segment(content_id, "content_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_variant_metrics"],
                "method": "GET",
                "path_template": "/v1/newsletters/{newsletter_id}/contents/{content_id}/metrics",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetVariantMetricsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetVariantMetricsResponse200.from_dict(response.json())

        return response_200

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
) -> Response[Any | GetVariantMetricsResponse200]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    period: GetVariantMetricsPeriod | Unset = GetVariantMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: GetVariantMetricsType | Unset = UNSET,
) -> Response[Any | GetVariantMetricsResponse200]:
    """Get metrics for a variant

     Returns a metrics for an individual newsletter variant—either an individual language in a multi-
    language newsletter or a message in an A/B test. This endpoint returns metrics both in total and in
    `steps` (days, weeks, etc) over a `period` of time. Stepped `series` metrics are arranged from
    oldest to newest (i.e. the 0-index for any result is the oldest period/step).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        newsletter_id (int):
        content_id (int):
        period (GetVariantMetricsPeriod | Unset):  Default: GetVariantMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (GetVariantMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetVariantMetricsResponse200]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        content_id=content_id,
        period=period,
        steps=steps,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    period: GetVariantMetricsPeriod | Unset = GetVariantMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: GetVariantMetricsType | Unset = UNSET,
) -> Any | GetVariantMetricsResponse200 | None:
    """Get metrics for a variant

     Returns a metrics for an individual newsletter variant—either an individual language in a multi-
    language newsletter or a message in an A/B test. This endpoint returns metrics both in total and in
    `steps` (days, weeks, etc) over a `period` of time. Stepped `series` metrics are arranged from
    oldest to newest (i.e. the 0-index for any result is the oldest period/step).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        newsletter_id (int):
        content_id (int):
        period (GetVariantMetricsPeriod | Unset):  Default: GetVariantMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (GetVariantMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetVariantMetricsResponse200
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        content_id=content_id,
        client=client,
        period=period,
        steps=steps,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    period: GetVariantMetricsPeriod | Unset = GetVariantMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: GetVariantMetricsType | Unset = UNSET,
) -> Response[Any | GetVariantMetricsResponse200]:
    """Get metrics for a variant

     Returns a metrics for an individual newsletter variant—either an individual language in a multi-
    language newsletter or a message in an A/B test. This endpoint returns metrics both in total and in
    `steps` (days, weeks, etc) over a `period` of time. Stepped `series` metrics are arranged from
    oldest to newest (i.e. the 0-index for any result is the oldest period/step).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        newsletter_id (int):
        content_id (int):
        period (GetVariantMetricsPeriod | Unset):  Default: GetVariantMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (GetVariantMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetVariantMetricsResponse200]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        content_id=content_id,
        period=period,
        steps=steps,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    period: GetVariantMetricsPeriod | Unset = GetVariantMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: GetVariantMetricsType | Unset = UNSET,
) -> Any | GetVariantMetricsResponse200 | None:
    """Get metrics for a variant

     Returns a metrics for an individual newsletter variant—either an individual language in a multi-
    language newsletter or a message in an A/B test. This endpoint returns metrics both in total and in
    `steps` (days, weeks, etc) over a `period` of time. Stepped `series` metrics are arranged from
    oldest to newest (i.e. the 0-index for any result is the oldest period/step).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        newsletter_id (int):
        content_id (int):
        period (GetVariantMetricsPeriod | Unset):  Default: GetVariantMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (GetVariantMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetVariantMetricsResponse200
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            content_id=content_id,
            client=client,
            period=period,
            steps=steps,
            type_=type_,
        )
    ).parsed
