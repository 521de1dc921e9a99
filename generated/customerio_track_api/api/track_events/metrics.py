from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.metrics_email import MetricsEmail
from ...models.metrics_in_app import MetricsInApp
from ...models.metrics_push import MetricsPush
from ...models.metrics_slack import MetricsSlack
from ...models.metrics_sms import MetricsSMS
from ...models.metrics_webhook import MetricsWebhook
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["metrics"], "POST", "/api/v1/metrics")


def _get_kwargs(
    *,
    body: MetricsEmail
    | MetricsInApp
    | MetricsPush
    | MetricsSlack
    | MetricsSMS
    | MetricsWebhook
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/metrics",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["metrics"],
                "method": "POST",
                "path_template": "/api/v1/metrics",
            }
        },
    }

    if not isinstance(body, Unset):
        if (
            isinstance(body, MetricsEmail)
            or isinstance(body, MetricsInApp)
            or isinstance(body, MetricsPush)
            or isinstance(body, MetricsSlack)
            or isinstance(body, MetricsSMS)
        ):
            _kwargs["json"] = body.to_dict()
        else:
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
    body: MetricsEmail
    | MetricsInApp
    | MetricsPush
    | MetricsSlack
    | MetricsSMS
    | MetricsWebhook
    | Unset = UNSET,
) -> Response[Any]:
    """Report metrics

     This endpoint helps you report metrics from channels that aren't native to Customer.io or don't rely
    on our SDKs. When we deliver a message, we include a CIO-Delivery-ID header. This is the
    `delivery_id` in the payload. You can use it as a UTL and you can pass it as a UTM parameter in
    links, etc to track metrics when people click, convert, etc.

    Args:
        body (MetricsEmail | MetricsInApp | MetricsPush | MetricsSlack | MetricsSMS |
            MetricsWebhook | Unset):

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
    body: MetricsEmail
    | MetricsInApp
    | MetricsPush
    | MetricsSlack
    | MetricsSMS
    | MetricsWebhook
    | Unset = UNSET,
) -> Response[Any]:
    """Report metrics

     This endpoint helps you report metrics from channels that aren't native to Customer.io or don't rely
    on our SDKs. When we deliver a message, we include a CIO-Delivery-ID header. This is the
    `delivery_id` in the payload. You can use it as a UTL and you can pass it as a UTM parameter in
    links, etc to track metrics when people click, convert, etc.

    Args:
        body (MetricsEmail | MetricsInApp | MetricsPush | MetricsSlack | MetricsSMS |
            MetricsWebhook | Unset):

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
