from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.email_message_2 import EmailMessage2
from ...models.sms_mms import SmsMms
from ...models.update_broadcast_action_language_response_200 import (
    UpdateBroadcastActionLanguageResponse200,
)
from ...models.webhook import Webhook
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["update_broadcast_action_language"],
    "PUT",
    "/v1/broadcasts/{broadcast_id}/actions/{action_id}/language/{language}",
)


def _get_kwargs(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    body: EmailMessage2 | SmsMms | Unset | Webhook = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/broadcasts/{broadcast_id}/actions/{action_id}/language/{language}".format(
            broadcast_id=path_segment(broadcast_id, "broadcast_id"),
            action_id=path_segment(action_id, "action_id"),
            language=path_segment(language, "language"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_broadcast_action_language"],
                "method": "PUT",
                "path_template": "/v1/broadcasts/{broadcast_id}/actions/{action_id}/language/{language}",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, EmailMessage2) or isinstance(body, SmsMms):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateBroadcastActionLanguageResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateBroadcastActionLanguageResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("action",)),
                "UpdateBroadcastActionLanguageResponse200",
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
) -> Response[Any | UpdateBroadcastActionLanguageResponse200]:
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
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: EmailMessage2 | SmsMms | Unset | Webhook = UNSET,
) -> Response[Any | UpdateBroadcastActionLanguageResponse200]:
    """Update a translation of a broadcast message

     Update a translation of a specific broadcast action, including the body of messages or HTTP
    requests.

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):
        body (EmailMessage2 | SmsMms | Unset | Webhook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateBroadcastActionLanguageResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        action_id=action_id,
        language=language,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: EmailMessage2 | SmsMms | Unset | Webhook = UNSET,
) -> Any | UpdateBroadcastActionLanguageResponse200 | None:
    """Update a translation of a broadcast message

     Update a translation of a specific broadcast action, including the body of messages or HTTP
    requests.

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):
        body (EmailMessage2 | SmsMms | Unset | Webhook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateBroadcastActionLanguageResponse200
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        action_id=action_id,
        language=language,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: EmailMessage2 | SmsMms | Unset | Webhook = UNSET,
) -> Response[Any | UpdateBroadcastActionLanguageResponse200]:
    """Update a translation of a broadcast message

     Update a translation of a specific broadcast action, including the body of messages or HTTP
    requests.

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):
        body (EmailMessage2 | SmsMms | Unset | Webhook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateBroadcastActionLanguageResponse200]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        action_id=action_id,
        language=language,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: EmailMessage2 | SmsMms | Unset | Webhook = UNSET,
) -> Any | UpdateBroadcastActionLanguageResponse200 | None:
    """Update a translation of a broadcast message

     Update a translation of a specific broadcast action, including the body of messages or HTTP
    requests.

    Args:
        broadcast_id (int):
        action_id (int):
        language (str):
        body (EmailMessage2 | SmsMms | Unset | Webhook):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateBroadcastActionLanguageResponse200
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            action_id=action_id,
            language=language,
            client=client,
            body=body,
        )
    ).parsed
