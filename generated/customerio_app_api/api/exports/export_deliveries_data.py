from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.export_deliveries_data_action import ExportDeliveriesDataAction
from ...models.export_deliveries_data_campaign import ExportDeliveriesDataCampaign
from ...models.export_deliveries_data_newsletter import ExportDeliveriesDataNewsletter
from ...models.export_deliveries_data_response_200 import (
    ExportDeliveriesDataResponse200,
)
from ...models.export_deliveries_data_transactional_message import (
    ExportDeliveriesDataTransactionalMessage,
)
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["export_deliveries_data"], "POST", "/v1/exports/deliveries")


def _get_kwargs(
    *,
    body: ExportDeliveriesDataAction
    | ExportDeliveriesDataCampaign
    | ExportDeliveriesDataNewsletter
    | ExportDeliveriesDataTransactionalMessage
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/exports/deliveries",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["export_deliveries_data"],
                "method": "POST",
                "path_template": "/v1/exports/deliveries",
            }
        },
    }

    if not isinstance(body, Unset):
        if (
            isinstance(body, ExportDeliveriesDataNewsletter)
            or isinstance(body, ExportDeliveriesDataCampaign)
            or isinstance(body, ExportDeliveriesDataTransactionalMessage)
        ):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ExportDeliveriesDataResponse200 | None:
    if response.status_code == 200:
        response_200 = ExportDeliveriesDataResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("export",)),
                "ExportDeliveriesDataResponse200",
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
) -> Response[Any | ExportDeliveriesDataResponse200]:
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
    body: ExportDeliveriesDataAction
    | ExportDeliveriesDataCampaign
    | ExportDeliveriesDataNewsletter
    | ExportDeliveriesDataTransactionalMessage
    | Unset = UNSET,
) -> Response[Any | ExportDeliveriesDataResponse200]:
    """Export information about deliveries

     Provide filters for the newsletter, campaign, or action you want to return delivery information
    from. This endpoint starts an export, but you cannot download your export from this endpoint. Use
    the `/exports/{export_id}` endpoint to download your export.

    Use the `start` and `end` to find messages within a time range. If your request doesn't include
    `start` and `end` parameters, we'll return the most recent 6 months of messages. If your `start` and
    `end` range is more than 12 months, we'll return 12 months of data from the most recent timestamp in
    your request. Timestamps reflect when deliveries were created in our system, not when they were
    actually sent to recipients. There may be a delay between creation and sending.

    Args:
        body (ExportDeliveriesDataAction | ExportDeliveriesDataCampaign |
            ExportDeliveriesDataNewsletter | ExportDeliveriesDataTransactionalMessage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExportDeliveriesDataResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExportDeliveriesDataAction
    | ExportDeliveriesDataCampaign
    | ExportDeliveriesDataNewsletter
    | ExportDeliveriesDataTransactionalMessage
    | Unset = UNSET,
) -> Any | ExportDeliveriesDataResponse200 | None:
    """Export information about deliveries

     Provide filters for the newsletter, campaign, or action you want to return delivery information
    from. This endpoint starts an export, but you cannot download your export from this endpoint. Use
    the `/exports/{export_id}` endpoint to download your export.

    Use the `start` and `end` to find messages within a time range. If your request doesn't include
    `start` and `end` parameters, we'll return the most recent 6 months of messages. If your `start` and
    `end` range is more than 12 months, we'll return 12 months of data from the most recent timestamp in
    your request. Timestamps reflect when deliveries were created in our system, not when they were
    actually sent to recipients. There may be a delay between creation and sending.

    Args:
        body (ExportDeliveriesDataAction | ExportDeliveriesDataCampaign |
            ExportDeliveriesDataNewsletter | ExportDeliveriesDataTransactionalMessage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExportDeliveriesDataResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportDeliveriesDataAction
    | ExportDeliveriesDataCampaign
    | ExportDeliveriesDataNewsletter
    | ExportDeliveriesDataTransactionalMessage
    | Unset = UNSET,
) -> Response[Any | ExportDeliveriesDataResponse200]:
    """Export information about deliveries

     Provide filters for the newsletter, campaign, or action you want to return delivery information
    from. This endpoint starts an export, but you cannot download your export from this endpoint. Use
    the `/exports/{export_id}` endpoint to download your export.

    Use the `start` and `end` to find messages within a time range. If your request doesn't include
    `start` and `end` parameters, we'll return the most recent 6 months of messages. If your `start` and
    `end` range is more than 12 months, we'll return 12 months of data from the most recent timestamp in
    your request. Timestamps reflect when deliveries were created in our system, not when they were
    actually sent to recipients. There may be a delay between creation and sending.

    Args:
        body (ExportDeliveriesDataAction | ExportDeliveriesDataCampaign |
            ExportDeliveriesDataNewsletter | ExportDeliveriesDataTransactionalMessage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExportDeliveriesDataResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportDeliveriesDataAction
    | ExportDeliveriesDataCampaign
    | ExportDeliveriesDataNewsletter
    | ExportDeliveriesDataTransactionalMessage
    | Unset = UNSET,
) -> Any | ExportDeliveriesDataResponse200 | None:
    """Export information about deliveries

     Provide filters for the newsletter, campaign, or action you want to return delivery information
    from. This endpoint starts an export, but you cannot download your export from this endpoint. Use
    the `/exports/{export_id}` endpoint to download your export.

    Use the `start` and `end` to find messages within a time range. If your request doesn't include
    `start` and `end` parameters, we'll return the most recent 6 months of messages. If your `start` and
    `end` range is more than 12 months, we'll return 12 months of data from the most recent timestamp in
    your request. Timestamps reflect when deliveries were created in our system, not when they were
    actually sent to recipients. There may be a delay between creation and sending.

    Args:
        body (ExportDeliveriesDataAction | ExportDeliveriesDataCampaign |
            ExportDeliveriesDataNewsletter | ExportDeliveriesDataTransactionalMessage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExportDeliveriesDataResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
