from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.batch_x_strict_mode import BatchXStrictMode
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["batch"], "POST", "/batch")


def _get_kwargs(
    *,
    body: Batch | Unset = UNSET,
    x_strict_mode: BatchXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batch",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["batch"],
                "method": "POST",
                "path_template": "/batch",
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
    client: AuthenticatedClient,
    body: Batch | Unset = UNSET,
    x_strict_mode: BatchXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Batch requests

     The batch method helps you send an array of `identify`, `group`, `track`, `page` and/or `screen`
    requests in a single call, so you don't have to send multiple requests. Our server-side sources use
    this method automatically to increase performance.

    Requests are limited to 500KB total per request and 32KB per call in the request. In a batch
    request, the `context` and `integrations` objects apply to _all calls in the request_. You can't set
    different context or integrations values for different calls in the same request.

    Args:
        x_strict_mode (BatchXStrictMode | Unset):
        body (Batch | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Batch | Unset = UNSET,
    x_strict_mode: BatchXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Batch requests

     The batch method helps you send an array of `identify`, `group`, `track`, `page` and/or `screen`
    requests in a single call, so you don't have to send multiple requests. Our server-side sources use
    this method automatically to increase performance.

    Requests are limited to 500KB total per request and 32KB per call in the request. In a batch
    request, the `context` and `integrations` objects apply to _all calls in the request_. You can't set
    different context or integrations values for different calls in the same request.

    Args:
        x_strict_mode (BatchXStrictMode | Unset):
        body (Batch | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
