from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_messages_metric import ListMessagesMetric
from ...models.list_messages_response_200 import ListMessagesResponse200
from ...models.list_messages_type import ListMessagesType
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["list_messages"], "GET", "/v1/messages")


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: ListMessagesType | Unset = UNSET,
    metric: ListMessagesMetric | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric.value

    params["metric"] = json_metric

    params["drafts"] = drafts

    params["campaign_id"] = campaign_id

    params["newsletter_id"] = newsletter_id

    params["action_id"] = action_id

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/messages",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_messages"],
                "method": "GET",
                "path_template": "/v1/messages",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListMessagesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListMessagesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "messages",
                        "next",
                    )
                ),
                "ListMessagesResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ListMessagesResponse200]:
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
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: ListMessagesType | Unset = UNSET,
    metric: ListMessagesMetric | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | ListMessagesResponse200]:
    """List messages

     Return a list of deliveries, including metrics for each delivery, for messages in your workspace.
    The request body contains filters determining the deliveries you want to return information about.

    Use the `start_ts` and `end_ts` parameters to find messages within a time range. We limit your
    requests to 6 months. If your request doesn't include `start_ts` and `end_ts` parameters, we'll
    return the most recent 6 months of deliveries. If `start_ts` is greater than 6-months before
    `end_ts`, we only send back 6 months of data. If only `end_ts` is specified, we return 6 months of
    data before this timestamp. If only `start_ts` is specified, we then set the `end_ts` to the current
    time and deliver 6 months of data prior to this timestamp. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (ListMessagesType | Unset):
        metric (ListMessagesMetric | Unset):
        drafts (bool | Unset):
        campaign_id (int | Unset):
        newsletter_id (int | Unset):
        action_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListMessagesResponse200]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        type_=type_,
        metric=metric,
        drafts=drafts,
        campaign_id=campaign_id,
        newsletter_id=newsletter_id,
        action_id=action_id,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: ListMessagesType | Unset = UNSET,
    metric: ListMessagesMetric | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | ListMessagesResponse200 | None:
    """List messages

     Return a list of deliveries, including metrics for each delivery, for messages in your workspace.
    The request body contains filters determining the deliveries you want to return information about.

    Use the `start_ts` and `end_ts` parameters to find messages within a time range. We limit your
    requests to 6 months. If your request doesn't include `start_ts` and `end_ts` parameters, we'll
    return the most recent 6 months of deliveries. If `start_ts` is greater than 6-months before
    `end_ts`, we only send back 6 months of data. If only `end_ts` is specified, we return 6 months of
    data before this timestamp. If only `start_ts` is specified, we then set the `end_ts` to the current
    time and deliver 6 months of data prior to this timestamp. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (ListMessagesType | Unset):
        metric (ListMessagesMetric | Unset):
        drafts (bool | Unset):
        campaign_id (int | Unset):
        newsletter_id (int | Unset):
        action_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListMessagesResponse200
    """

    return sync_detailed(
        client=client,
        start=start,
        limit=limit,
        type_=type_,
        metric=metric,
        drafts=drafts,
        campaign_id=campaign_id,
        newsletter_id=newsletter_id,
        action_id=action_id,
        start_ts=start_ts,
        end_ts=end_ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: ListMessagesType | Unset = UNSET,
    metric: ListMessagesMetric | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[Any | ListMessagesResponse200]:
    """List messages

     Return a list of deliveries, including metrics for each delivery, for messages in your workspace.
    The request body contains filters determining the deliveries you want to return information about.

    Use the `start_ts` and `end_ts` parameters to find messages within a time range. We limit your
    requests to 6 months. If your request doesn't include `start_ts` and `end_ts` parameters, we'll
    return the most recent 6 months of deliveries. If `start_ts` is greater than 6-months before
    `end_ts`, we only send back 6 months of data. If only `end_ts` is specified, we return 6 months of
    data before this timestamp. If only `start_ts` is specified, we then set the `end_ts` to the current
    time and deliver 6 months of data prior to this timestamp. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (ListMessagesType | Unset):
        metric (ListMessagesMetric | Unset):
        drafts (bool | Unset):
        campaign_id (int | Unset):
        newsletter_id (int | Unset):
        action_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListMessagesResponse200]
    """

    kwargs = _get_kwargs(
        start=start,
        limit=limit,
        type_=type_,
        metric=metric,
        drafts=drafts,
        campaign_id=campaign_id,
        newsletter_id=newsletter_id,
        action_id=action_id,
        start_ts=start_ts,
        end_ts=end_ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 50,
    type_: ListMessagesType | Unset = UNSET,
    metric: ListMessagesMetric | Unset = UNSET,
    drafts: bool | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    newsletter_id: int | Unset = UNSET,
    action_id: int | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Any | ListMessagesResponse200 | None:
    """List messages

     Return a list of deliveries, including metrics for each delivery, for messages in your workspace.
    The request body contains filters determining the deliveries you want to return information about.

    Use the `start_ts` and `end_ts` parameters to find messages within a time range. We limit your
    requests to 6 months. If your request doesn't include `start_ts` and `end_ts` parameters, we'll
    return the most recent 6 months of deliveries. If `start_ts` is greater than 6-months before
    `end_ts`, we only send back 6 months of data. If only `end_ts` is specified, we return 6 months of
    data before this timestamp. If only `start_ts` is specified, we then set the `end_ts` to the current
    time and deliver 6 months of data prior to this timestamp. Timestamps reflect when deliveries were
    created in our system, not when they were actually sent to recipients. There may be a delay between
    creation and sending.

    Args:
        start (str | Unset):
        limit (int | Unset):  Default: 50.
        type_ (ListMessagesType | Unset):
        metric (ListMessagesMetric | Unset):
        drafts (bool | Unset):
        campaign_id (int | Unset):
        newsletter_id (int | Unset):
        action_id (int | Unset):
        start_ts (int | Unset):
        end_ts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListMessagesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            limit=limit,
            type_=type_,
            metric=metric,
            drafts=drafts,
            campaign_id=campaign_id,
            newsletter_id=newsletter_id,
            action_id=action_id,
            start_ts=start_ts,
            end_ts=end_ts,
        )
    ).parsed
