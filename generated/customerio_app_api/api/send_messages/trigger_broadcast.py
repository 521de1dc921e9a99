from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.trigger_broadcast_custom_recipients import (
    TriggerBroadcastCustomRecipients,
)
from ...models.trigger_broadcast_data_file_url import TriggerBroadcastDataFileURL
from ...models.trigger_broadcast_default_audience import TriggerBroadcastDefaultAudience
from ...models.trigger_broadcast_emails import TriggerBroadcastEmails
from ...models.trigger_broadcast_i_ds import TriggerBroadcastIDs
from ...models.trigger_broadcast_response_200 import TriggerBroadcastResponse200
from ...models.trigger_broadcast_response_422 import TriggerBroadcastResponse422
from ...models.trigger_broadcast_user_maps import TriggerBroadcastUserMaps
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    broadcast_id: int,
    *,
    body: TriggerBroadcastCustomRecipients
    | TriggerBroadcastDataFileURL
    | TriggerBroadcastDefaultAudience
    | TriggerBroadcastEmails
    | TriggerBroadcastIDs
    | TriggerBroadcastUserMaps
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/campaigns/{broadcast_id}/triggers".format(
            broadcast_id=path_segment(broadcast_id, "broadcast_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["trigger_broadcast"],
                "method": "POST",
                "path_template": "/v1/campaigns/{broadcast_id}/triggers",
            }
        },
    }

    if not isinstance(body, Unset):
        if (
            isinstance(body, TriggerBroadcastDefaultAudience)
            or isinstance(body, TriggerBroadcastCustomRecipients)
            or isinstance(body, TriggerBroadcastEmails)
            or isinstance(body, TriggerBroadcastIDs)
            or isinstance(body, TriggerBroadcastUserMaps)
        ):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422 | None:
    if response.status_code == 200:
        response_200 = TriggerBroadcastResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = TriggerBroadcastResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastCustomRecipients
    | TriggerBroadcastDataFileURL
    | TriggerBroadcastDefaultAudience
    | TriggerBroadcastEmails
    | TriggerBroadcastIDs
    | TriggerBroadcastUserMaps
    | Unset = UNSET,
) -> Response[Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422]:
    """Trigger a broadcast

     Manually trigger a broadcast, and provide data to populate messages in your trigger. The shape of
    the request changes based on the type of audience you broadcast to: a segment, a list of emails, a
    list of customer IDs, a map of users, or a data file. You can reference properties in the `data`
    object from this request using liquid—`{{trigger.<property_in_data_obj>}}`.

    **Important**: API-triggered broadcasts can only send messages to people you've already added to
    your workspace. A broadcast cannot add or identify new people. If you reference people who don't
    exist in your broadcast audience, the broadcast will fail by default. You can override this behavior
    by setting the `email_ignore_missing` and/or `id_ignore_missing` flags to `true`. This will cause
    the broadcast to skip over any people who don't exist, and send to whoever does.

    If your broadcast produces a `422` error, you can [get more information about the
    errors](#operation/broadcastErrors) to see what went wrong.

    **This endpoint is rate-limited to one request every 10 seconds.** After exceeding this, you'll
    receive a status of 429. Broadcasts are optimized to send messages to a large audience and not for
    one-to-one interactions. Use our [transactional API](#send-email) or event-triggered campaigns to
    respond to your audience on an individual, one-to-one basis.

    Args:
        broadcast_id (int):
        body (TriggerBroadcastCustomRecipients | TriggerBroadcastDataFileURL |
            TriggerBroadcastDefaultAudience | TriggerBroadcastEmails | TriggerBroadcastIDs |
            TriggerBroadcastUserMaps | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastCustomRecipients
    | TriggerBroadcastDataFileURL
    | TriggerBroadcastDefaultAudience
    | TriggerBroadcastEmails
    | TriggerBroadcastIDs
    | TriggerBroadcastUserMaps
    | Unset = UNSET,
) -> Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422 | None:
    """Trigger a broadcast

     Manually trigger a broadcast, and provide data to populate messages in your trigger. The shape of
    the request changes based on the type of audience you broadcast to: a segment, a list of emails, a
    list of customer IDs, a map of users, or a data file. You can reference properties in the `data`
    object from this request using liquid—`{{trigger.<property_in_data_obj>}}`.

    **Important**: API-triggered broadcasts can only send messages to people you've already added to
    your workspace. A broadcast cannot add or identify new people. If you reference people who don't
    exist in your broadcast audience, the broadcast will fail by default. You can override this behavior
    by setting the `email_ignore_missing` and/or `id_ignore_missing` flags to `true`. This will cause
    the broadcast to skip over any people who don't exist, and send to whoever does.

    If your broadcast produces a `422` error, you can [get more information about the
    errors](#operation/broadcastErrors) to see what went wrong.

    **This endpoint is rate-limited to one request every 10 seconds.** After exceeding this, you'll
    receive a status of 429. Broadcasts are optimized to send messages to a large audience and not for
    one-to-one interactions. Use our [transactional API](#send-email) or event-triggered campaigns to
    respond to your audience on an individual, one-to-one basis.

    Args:
        broadcast_id (int):
        body (TriggerBroadcastCustomRecipients | TriggerBroadcastDataFileURL |
            TriggerBroadcastDefaultAudience | TriggerBroadcastEmails | TriggerBroadcastIDs |
            TriggerBroadcastUserMaps | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastCustomRecipients
    | TriggerBroadcastDataFileURL
    | TriggerBroadcastDefaultAudience
    | TriggerBroadcastEmails
    | TriggerBroadcastIDs
    | TriggerBroadcastUserMaps
    | Unset = UNSET,
) -> Response[Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422]:
    """Trigger a broadcast

     Manually trigger a broadcast, and provide data to populate messages in your trigger. The shape of
    the request changes based on the type of audience you broadcast to: a segment, a list of emails, a
    list of customer IDs, a map of users, or a data file. You can reference properties in the `data`
    object from this request using liquid—`{{trigger.<property_in_data_obj>}}`.

    **Important**: API-triggered broadcasts can only send messages to people you've already added to
    your workspace. A broadcast cannot add or identify new people. If you reference people who don't
    exist in your broadcast audience, the broadcast will fail by default. You can override this behavior
    by setting the `email_ignore_missing` and/or `id_ignore_missing` flags to `true`. This will cause
    the broadcast to skip over any people who don't exist, and send to whoever does.

    If your broadcast produces a `422` error, you can [get more information about the
    errors](#operation/broadcastErrors) to see what went wrong.

    **This endpoint is rate-limited to one request every 10 seconds.** After exceeding this, you'll
    receive a status of 429. Broadcasts are optimized to send messages to a large audience and not for
    one-to-one interactions. Use our [transactional API](#send-email) or event-triggered campaigns to
    respond to your audience on an individual, one-to-one basis.

    Args:
        broadcast_id (int):
        body (TriggerBroadcastCustomRecipients | TriggerBroadcastDataFileURL |
            TriggerBroadcastDefaultAudience | TriggerBroadcastEmails | TriggerBroadcastIDs |
            TriggerBroadcastUserMaps | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    *,
    client: AuthenticatedClient,
    body: TriggerBroadcastCustomRecipients
    | TriggerBroadcastDataFileURL
    | TriggerBroadcastDefaultAudience
    | TriggerBroadcastEmails
    | TriggerBroadcastIDs
    | TriggerBroadcastUserMaps
    | Unset = UNSET,
) -> Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422 | None:
    """Trigger a broadcast

     Manually trigger a broadcast, and provide data to populate messages in your trigger. The shape of
    the request changes based on the type of audience you broadcast to: a segment, a list of emails, a
    list of customer IDs, a map of users, or a data file. You can reference properties in the `data`
    object from this request using liquid—`{{trigger.<property_in_data_obj>}}`.

    **Important**: API-triggered broadcasts can only send messages to people you've already added to
    your workspace. A broadcast cannot add or identify new people. If you reference people who don't
    exist in your broadcast audience, the broadcast will fail by default. You can override this behavior
    by setting the `email_ignore_missing` and/or `id_ignore_missing` flags to `true`. This will cause
    the broadcast to skip over any people who don't exist, and send to whoever does.

    If your broadcast produces a `422` error, you can [get more information about the
    errors](#operation/broadcastErrors) to see what went wrong.

    **This endpoint is rate-limited to one request every 10 seconds.** After exceeding this, you'll
    receive a status of 429. Broadcasts are optimized to send messages to a large audience and not for
    one-to-one interactions. Use our [transactional API](#send-email) or event-triggered campaigns to
    respond to your audience on an individual, one-to-one basis.

    Args:
        broadcast_id (int):
        body (TriggerBroadcastCustomRecipients | TriggerBroadcastDataFileURL |
            TriggerBroadcastDefaultAudience | TriggerBroadcastEmails | TriggerBroadcastIDs |
            TriggerBroadcastUserMaps | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TriggerBroadcastResponse200 | TriggerBroadcastResponse422
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            client=client,
            body=body,
        )
    ).parsed
