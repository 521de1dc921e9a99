from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.transactional_links_period import TransactionalLinksPeriod
from ...models.transactional_links_response_200 import TransactionalLinksResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["transactional_links"],
    "GET",
    "/v1/transactional/{transactional_id}/metrics/links",
)


def _get_kwargs(
    transactional_id: int,
    *,
    period: TransactionalLinksPeriod | Unset = TransactionalLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    unique: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params["steps"] = steps

    params["unique"] = unique

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactional/{transactional_id}/metrics/links".format(
            transactional_id=path_segment(transactional_id, "transactional_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["transactional_links"],
                "method": "GET",
                "path_template": "/v1/transactional/{transactional_id}/metrics/links",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TransactionalLinksResponse200 | None:
    if response.status_code == 200:
        response_200 = TransactionalLinksResponse200.from_dict(
            expect_some_keys(
                response.json(), frozenset(("links",)), "TransactionalLinksResponse200"
            )
        )

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
) -> Response[Any | TransactionalLinksResponse200]:
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
    transactional_id: int,
    *,
    client: AuthenticatedClient,
    period: TransactionalLinksPeriod | Unset = TransactionalLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    unique: bool | Unset = False,
) -> Response[Any | TransactionalLinksResponse200]:
    """Get transactional message link metrics

     Returns metrics for clicked links from a transactional message, both in total and in `series`
    periods (days, weeks, etc). `series` metrics are ordered oldest to newest (i.e. the 0-index for any
    result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        transactional_id (int):
        period (TransactionalLinksPeriod | Unset):  Default: TransactionalLinksPeriod.DAYS.
        steps (int | Unset):
        unique (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TransactionalLinksResponse200]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
        period=period,
        steps=steps,
        unique=unique,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
    period: TransactionalLinksPeriod | Unset = TransactionalLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    unique: bool | Unset = False,
) -> Any | TransactionalLinksResponse200 | None:
    """Get transactional message link metrics

     Returns metrics for clicked links from a transactional message, both in total and in `series`
    periods (days, weeks, etc). `series` metrics are ordered oldest to newest (i.e. the 0-index for any
    result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        transactional_id (int):
        period (TransactionalLinksPeriod | Unset):  Default: TransactionalLinksPeriod.DAYS.
        steps (int | Unset):
        unique (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TransactionalLinksResponse200
    """

    return sync_detailed(
        transactional_id=transactional_id,
        client=client,
        period=period,
        steps=steps,
        unique=unique,
    ).parsed


async def asyncio_detailed(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
    period: TransactionalLinksPeriod | Unset = TransactionalLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    unique: bool | Unset = False,
) -> Response[Any | TransactionalLinksResponse200]:
    """Get transactional message link metrics

     Returns metrics for clicked links from a transactional message, both in total and in `series`
    periods (days, weeks, etc). `series` metrics are ordered oldest to newest (i.e. the 0-index for any
    result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        transactional_id (int):
        period (TransactionalLinksPeriod | Unset):  Default: TransactionalLinksPeriod.DAYS.
        steps (int | Unset):
        unique (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TransactionalLinksResponse200]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
        period=period,
        steps=steps,
        unique=unique,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
    period: TransactionalLinksPeriod | Unset = TransactionalLinksPeriod.DAYS,
    steps: int | Unset = UNSET,
    unique: bool | Unset = False,
) -> Any | TransactionalLinksResponse200 | None:
    """Get transactional message link metrics

     Returns metrics for clicked links from a transactional message, both in total and in `series`
    periods (days, weeks, etc). `series` metrics are ordered oldest to newest (i.e. the 0-index for any
    result is the oldest step/period).

    You cannot request fewer than 2 steps of any period (2 hours, 2 days, 2 weeks, or 2 months). For
    instance, `?period=days&steps=1` means two days - the 48 hours before the API request was made.
    `?period=days&steps=0` returns the same as the maximum of the period - `?period=days&steps=45`. See
    the `steps` parameter below for the maximum count of each period.

    Args:
        transactional_id (int):
        period (TransactionalLinksPeriod | Unset):  Default: TransactionalLinksPeriod.DAYS.
        steps (int | Unset):
        unique (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TransactionalLinksResponse200
    """

    return (
        await asyncio_detailed(
            transactional_id=transactional_id,
            client=client,
            period=period,
            steps=steps,
            unique=unique,
        )
    ).parsed
