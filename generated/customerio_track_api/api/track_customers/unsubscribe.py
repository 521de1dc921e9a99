from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.unsubscribe_body import UnsubscribeBody
from ...types import UNSET, Response, Unset, path_segment, status_of

_OPERATION = (OPERATION_ID["unsubscribe"], "POST", "/unsubscribe/{delivery_id}")


def _get_kwargs(
    delivery_id: str,
    *,
    body: UnsubscribeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unsubscribe/{delivery_id}".format(
            delivery_id=path_segment(delivery_id, "delivery_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["unsubscribe"],
                "method": "POST",
                "path_template": "/unsubscribe/{delivery_id}",
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
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 400:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    delivery_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribeBody | Unset = UNSET,
) -> Response[Any]:
    """Custom unsubscribe handling

     This endpoint lets you set a global unsubscribed status outside of the subscription pathways native
    to Customer.io. If you use [custom unsubscribe links](/multiple-subscription-types), you can host a
    custom unsubscribe page and use this API to send unsubscribe data, associated with a particular
    delivery, to Customer.io.

    **NOTE**: This endpoint **requires** a `Content-type: application/json` header. This endpoint **does
    not require** an `Authorization` header.

    Your request sets a person's `unsubscribed` attribute to `true`, attributes their unsubscribe
    request to the individual email/delivery that they unsubscribed from, and lets you segment your
    audience based on `email_unsubscribed` events when you use a custom subscription center.

    If you use a custom subscription center (managing subscriptions to various types of messages with
    custom attributes), this request *does not* set a custom attribute. You must perform a [separate
    request](#operation/identify) to update a person's custom subscription attributes.

    Args:
        delivery_id (str):
        body (UnsubscribeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    delivery_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribeBody | Unset = UNSET,
) -> Response[Any]:
    """Custom unsubscribe handling

     This endpoint lets you set a global unsubscribed status outside of the subscription pathways native
    to Customer.io. If you use [custom unsubscribe links](/multiple-subscription-types), you can host a
    custom unsubscribe page and use this API to send unsubscribe data, associated with a particular
    delivery, to Customer.io.

    **NOTE**: This endpoint **requires** a `Content-type: application/json` header. This endpoint **does
    not require** an `Authorization` header.

    Your request sets a person's `unsubscribed` attribute to `true`, attributes their unsubscribe
    request to the individual email/delivery that they unsubscribed from, and lets you segment your
    audience based on `email_unsubscribed` events when you use a custom subscription center.

    If you use a custom subscription center (managing subscriptions to various types of messages with
    custom attributes), this request *does not* set a custom attribute. You must perform a [separate
    request](#operation/identify) to update a person's custom subscription attributes.

    Args:
        delivery_id (str):
        body (UnsubscribeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
