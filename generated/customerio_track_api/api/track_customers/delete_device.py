from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.delete_device_response_400 import DeleteDeviceResponse400
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["delete_device"],
    "DELETE",
    "/api/v1/customers/{identifier}/devices/{device_id}",
)


def _get_kwargs(
    identifier: str,
    device_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/customers/{identifier}/devices/{device_id}".format(
            identifier=path_segment(identifier, "identifier"),
            device_id=path_segment(device_id, "device_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["delete_device"],
                "method": "DELETE",
                "path_template": "/api/v1/customers/{identifier}/devices/{device_id}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteDeviceResponse400 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteDeviceResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "DeleteDeviceResponse400"
            )
        )

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteDeviceResponse400]:
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
    identifier: str,
    device_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteDeviceResponse400]:
    """Delete a customer device

     Remove a device from a customer profile. If you continue sending data about a device to Customer.io,
    you may inadvertently re-add the device to the customer profile.

    Args:
        identifier (str):
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteDeviceResponse400]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    device_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteDeviceResponse400 | None:
    """Delete a customer device

     Remove a device from a customer profile. If you continue sending data about a device to Customer.io,
    you may inadvertently re-add the device to the customer profile.

    Args:
        identifier (str):
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteDeviceResponse400
    """

    return sync_detailed(
        identifier=identifier,
        device_id=device_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    device_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteDeviceResponse400]:
    """Delete a customer device

     Remove a device from a customer profile. If you continue sending data about a device to Customer.io,
    you may inadvertently re-add the device to the customer profile.

    Args:
        identifier (str):
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteDeviceResponse400]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    device_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteDeviceResponse400 | None:
    """Delete a customer device

     Remove a device from a customer profile. If you continue sending data about a device to Customer.io,
    you may inadvertently re-add the device to the customer profile.

    Args:
        identifier (str):
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteDeviceResponse400
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            device_id=device_id,
            client=client,
        )
    ).parsed
