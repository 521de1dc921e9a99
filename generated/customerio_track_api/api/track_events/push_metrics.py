from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.push_metrics_body import PushMetricsBody
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["push_metrics"], "POST", "/api/v1/push/events")


def _get_kwargs(
    *,
    body: PushMetricsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/push/events",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["push_metrics"],
                "method": "POST",
                "path_template": "/api/v1/push/events",
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
    *,
    client: AuthenticatedClient | Client,
    body: PushMetricsBody | Unset = UNSET,
) -> Response[Any]:
    """Report push metrics

     While this endpoint still works, you should take advantage of our [universal metrics
    endpoint](#operation/metrics). It supports channels besides push and lets you provide additional
    information with some metrics.

    Use this endpoint to report device-side push metrics—opened, converted, and delivered—back to
    Customer.io, so you can track the effectiveness of your push notifications. Customer.io has no way
    of knowing about these metrics, or associating metrics with a specific message, unless you report
    them back to us.

    When Customer.io delivers a push notification, we include `CIO-Delivery-ID` and `CIO-Delivery-Token`
    parameters. Reference these in your payload as the `delivery_id` and `device_id` respectively with
    the type of device-side `event` metric that you want to associate with your push notification and
    the person represented by the `device_id`.

    Args:
        body (PushMetricsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushMetricsBody | Unset = UNSET,
) -> Response[Any]:
    """Report push metrics

     While this endpoint still works, you should take advantage of our [universal metrics
    endpoint](#operation/metrics). It supports channels besides push and lets you provide additional
    information with some metrics.

    Use this endpoint to report device-side push metrics—opened, converted, and delivered—back to
    Customer.io, so you can track the effectiveness of your push notifications. Customer.io has no way
    of knowing about these metrics, or associating metrics with a specific message, unless you report
    them back to us.

    When Customer.io delivers a push notification, we include `CIO-Delivery-ID` and `CIO-Delivery-Token`
    parameters. Reference these in your payload as the `delivery_id` and `device_id` respectively with
    the type of device-side `event` metric that you want to associate with your push notification and
    the person represented by the `device_id`.

    Args:
        body (PushMetricsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
