from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_newsletter_msg_meta_metric import GetNewsletterMsgMetaMetric
from ...models.get_newsletter_msg_meta_response_200 import (
    GetNewsletterMsgMetaResponse200,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_newsletter_msg_meta"],
    "GET",
    "/v1/newsletters/{newsletter_id}/messages",
)


def _get_kwargs(
    newsletter_id: int,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: GetNewsletterMsgMetaMetric | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric.value

    params["metric"] = json_metric

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/newsletters/{newsletter_id}/messages".format(
            newsletter_id=path_segment(newsletter_id, "newsletter_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_newsletter_msg_meta"],
                "method": "GET",
                "path_template": "/v1/newsletters/{newsletter_id}/messages",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetNewsletterMsgMetaResponse200 | None:
    if response.status_code == 200:
        response_200 = GetNewsletterMsgMetaResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "messages",
                        "next",
                    )
                ),
                "GetNewsletterMsgMetaResponse200",
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
) -> Response[Any | GetNewsletterMsgMetaResponse200]:
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
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: GetNewsletterMsgMetaMetric | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | GetNewsletterMsgMetaResponse200]:
    """Get newsletter message metadata

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    a newsletter. Provide query parameters to refine the metrics you want to return.
    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return up to 6 months of results beginning with
    the first delivery generated from the newsletter. If your `start_ts` and `end_ts` range is more than
    12 months, we'll return 12 months of data from the most recent timestamp in your request. Timestamps
    reflect when deliveries were created in our system, not when they were actually sent to recipients.
    There may be a delay between creation and sending.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (GetNewsletterMsgMetaMetric | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetNewsletterMsgMetaResponse200]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        start=start,
        limit=limit,
        metric=metric,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: GetNewsletterMsgMetaMetric | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | GetNewsletterMsgMetaResponse200 | None:
    """Get newsletter message metadata

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    a newsletter. Provide query parameters to refine the metrics you want to return.
    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return up to 6 months of results beginning with
    the first delivery generated from the newsletter. If your `start_ts` and `end_ts` range is more than
    12 months, we'll return 12 months of data from the most recent timestamp in your request. Timestamps
    reflect when deliveries were created in our system, not when they were actually sent to recipients.
    There may be a delay between creation and sending.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (GetNewsletterMsgMetaMetric | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetNewsletterMsgMetaResponse200
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        client=client,
        start=start,
        limit=limit,
        metric=metric,
        start_ts=start_ts,
        end_ts=end_ts,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: GetNewsletterMsgMetaMetric | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | GetNewsletterMsgMetaResponse200]:
    """Get newsletter message metadata

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    a newsletter. Provide query parameters to refine the metrics you want to return.
    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return up to 6 months of results beginning with
    the first delivery generated from the newsletter. If your `start_ts` and `end_ts` range is more than
    12 months, we'll return 12 months of data from the most recent timestamp in your request. Timestamps
    reflect when deliveries were created in our system, not when they were actually sent to recipients.
    There may be a delay between creation and sending.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (GetNewsletterMsgMetaMetric | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetNewsletterMsgMetaResponse200]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        start=start,
        limit=limit,
        metric=metric,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    metric: GetNewsletterMsgMetaMetric | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | GetNewsletterMsgMetaResponse200 | None:
    """Get newsletter message metadata

     Returns information about the deliveries (instances of messages sent to individual people) sent from
    a newsletter. Provide query parameters to refine the metrics you want to return.
    Use the `start_ts` and `end_ts` to find messages within a time range. If your request doesn't
    include `start_ts` and `end_ts` parameters, we'll return up to 6 months of results beginning with
    the first delivery generated from the newsletter. If your `start_ts` and `end_ts` range is more than
    12 months, we'll return 12 months of data from the most recent timestamp in your request. Timestamps
    reflect when deliveries were created in our system, not when they were actually sent to recipients.
    There may be a delay between creation and sending.

    Args:
        newsletter_id (int):
        start (str | Unset):
        limit (int | Unset):
        metric (GetNewsletterMsgMetaMetric | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetNewsletterMsgMetaResponse200
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            client=client,
            start=start,
            limit=limit,
            metric=metric,
            start_ts=start_ts,
            end_ts=end_ts,
        )
    ).parsed
