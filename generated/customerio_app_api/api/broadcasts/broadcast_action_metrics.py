from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.broadcast_action_metrics_period import BroadcastActionMetricsPeriod
from ...models.broadcast_action_metrics_response_200 import (
    BroadcastActionMetricsResponse200,
)
from ...models.broadcast_action_metrics_type import BroadcastActionMetricsType
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    broadcast_id: int,
    action_id: int,
    *,
    period: BroadcastActionMetricsPeriod | Unset = BroadcastActionMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: BroadcastActionMetricsType | Unset = UNSET,
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
        "url": "/v1/broadcasts/{broadcast_id}/actions/{action_id}/metrics".format(
            broadcast_id=path_segment(broadcast_id, "broadcast_id"),
            action_id=path_segment(action_id, "action_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["broadcast_action_metrics"],
                "method": "GET",
                "path_template": "/v1/broadcasts/{broadcast_id}/actions/{action_id}/metrics",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BroadcastActionMetricsResponse200 | None:
    if response.status_code == 200:
        response_200 = BroadcastActionMetricsResponse200.from_dict(response.json())

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
) -> Response[Any | BroadcastActionMetricsResponse200]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: BroadcastActionMetricsPeriod | Unset = BroadcastActionMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: BroadcastActionMetricsType | Unset = UNSET,
) -> Response[Any | BroadcastActionMetricsResponse200]:
    """Get broadcast action metrics

     Returns a list of metrics for an individual action both in total and in `steps` (days, weeks, etc)
    over a period of time. Stepped `series` metrics return from oldest to newest (i.e. the 0-index for
    any result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        broadcast_id (int):
        action_id (int):
        period (BroadcastActionMetricsPeriod | Unset):  Default:
            BroadcastActionMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (BroadcastActionMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastActionMetricsResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
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
    broadcast_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: BroadcastActionMetricsPeriod | Unset = BroadcastActionMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: BroadcastActionMetricsType | Unset = UNSET,
) -> Any | BroadcastActionMetricsResponse200 | None:
    """Get broadcast action metrics

     Returns a list of metrics for an individual action both in total and in `steps` (days, weeks, etc)
    over a period of time. Stepped `series` metrics return from oldest to newest (i.e. the 0-index for
    any result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        broadcast_id (int):
        action_id (int):
        period (BroadcastActionMetricsPeriod | Unset):  Default:
            BroadcastActionMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (BroadcastActionMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastActionMetricsResponse200
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        action_id=action_id,
        client=client,
        period=period,
        steps=steps,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: BroadcastActionMetricsPeriod | Unset = BroadcastActionMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: BroadcastActionMetricsType | Unset = UNSET,
) -> Response[Any | BroadcastActionMetricsResponse200]:
    """Get broadcast action metrics

     Returns a list of metrics for an individual action both in total and in `steps` (days, weeks, etc)
    over a period of time. Stepped `series` metrics return from oldest to newest (i.e. the 0-index for
    any result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        broadcast_id (int):
        action_id (int):
        period (BroadcastActionMetricsPeriod | Unset):  Default:
            BroadcastActionMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (BroadcastActionMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BroadcastActionMetricsResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        action_id=action_id,
        period=period,
        steps=steps,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    action_id: int,
    *,
    client: AuthenticatedClient,
    period: BroadcastActionMetricsPeriod | Unset = BroadcastActionMetricsPeriod.DAYS,
    steps: int | Unset = UNSET,
    type_: BroadcastActionMetricsType | Unset = UNSET,
) -> Any | BroadcastActionMetricsResponse200 | None:
    """Get broadcast action metrics

     Returns a list of metrics for an individual action both in total and in `steps` (days, weeks, etc)
    over a period of time. Stepped `series` metrics return from oldest to newest (i.e. the 0-index for
    any result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        broadcast_id (int):
        action_id (int):
        period (BroadcastActionMetricsPeriod | Unset):  Default:
            BroadcastActionMetricsPeriod.DAYS.
        steps (int | Unset):
        type_ (BroadcastActionMetricsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BroadcastActionMetricsResponse200
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            action_id=action_id,
            client=client,
            period=period,
            steps=steps,
            type_=type_,
        )
    ).parsed
