from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_webhook_body import UpdateWebhookBody
from ...models.update_webhook_response_200 import UpdateWebhookResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["update_webhook"],
    "PUT",
    "/v1/reporting_webhooks/{webhook_id}",
)


def _get_kwargs(
    webhook_id: int,
    *,
    body: UpdateWebhookBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/reporting_webhooks/{webhook_id}".format(
            webhook_id=path_segment(webhook_id, "webhook_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_webhook"],
                "method": "PUT",
                "path_template": "/v1/reporting_webhooks/{webhook_id}",
            }
        },
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateWebhookResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateWebhookResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "disabled",
                        "endpoint",
                        "events",
                        "full_resolution",
                        "id",
                        "name",
                        "with_content",
                    )
                ),
                "UpdateWebhookResponse200",
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
) -> Response[Any | UpdateWebhookResponse200]:
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
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookBody | Unset = UNSET,
) -> Response[Any | UpdateWebhookResponse200]:
    """Update a webhook configuration

     Update the configuration of a reporting webhook. Turn events on or off, change the webhook URL, etc.

    Args:
        webhook_id (int):
        body (UpdateWebhookBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateWebhookResponse200]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookBody | Unset = UNSET,
) -> Any | UpdateWebhookResponse200 | None:
    """Update a webhook configuration

     Update the configuration of a reporting webhook. Turn events on or off, change the webhook URL, etc.

    Args:
        webhook_id (int):
        body (UpdateWebhookBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateWebhookResponse200
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookBody | Unset = UNSET,
) -> Response[Any | UpdateWebhookResponse200]:
    """Update a webhook configuration

     Update the configuration of a reporting webhook. Turn events on or off, change the webhook URL, etc.

    Args:
        webhook_id (int):
        body (UpdateWebhookBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateWebhookResponse200]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookBody | Unset = UNSET,
) -> Any | UpdateWebhookResponse200 | None:
    """Update a webhook configuration

     Update the configuration of a reporting webhook. Turn events on or off, change the webhook URL, etc.

    Args:
        webhook_id (int):
        body (UpdateWebhookBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateWebhookResponse200
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    ).parsed
