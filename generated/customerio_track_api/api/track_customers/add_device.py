from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.add_device_body import AddDeviceBody
from ...models.add_device_response_400 import AddDeviceResponse400
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["add_device"],
    "PUT",
    "/api/v1/customers/{identifier}/devices",
)


def _get_kwargs(
    identifier: str,
    *,
    body: AddDeviceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/customers/{identifier}/devices".format(
            identifier=path_segment(identifier, "identifier"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["add_device"],
                "method": "PUT",
                "path_template": "/api/v1/customers/{identifier}/devices",
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
) -> AddDeviceResponse400 | Any | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = AddDeviceResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "AddDeviceResponse400"
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
) -> Response[AddDeviceResponse400 | Any]:
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
    *,
    client: AuthenticatedClient,
    body: AddDeviceBody | Unset = UNSET,
) -> Response[AddDeviceResponse400 | Any]:
    """Add or update a customer device

     Customers can have more than one device. Use this method to add iOS and Android devices to, or
    update devices for, a customer profile.

    Args:
        identifier (str):
        body (AddDeviceBody | Unset): Define the device you want to add to the customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddDeviceResponse400 | Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: AddDeviceBody | Unset = UNSET,
) -> AddDeviceResponse400 | Any | None:
    """Add or update a customer device

     Customers can have more than one device. Use this method to add iOS and Android devices to, or
    update devices for, a customer profile.

    Args:
        identifier (str):
        body (AddDeviceBody | Unset): Define the device you want to add to the customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddDeviceResponse400 | Any
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: AddDeviceBody | Unset = UNSET,
) -> Response[AddDeviceResponse400 | Any]:
    """Add or update a customer device

     Customers can have more than one device. Use this method to add iOS and Android devices to, or
    update devices for, a customer profile.

    Args:
        identifier (str):
        body (AddDeviceBody | Unset): Define the device you want to add to the customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddDeviceResponse400 | Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: AddDeviceBody | Unset = UNSET,
) -> AddDeviceResponse400 | Any | None:
    """Add or update a customer device

     Customers can have more than one device. Use this method to add iOS and Android devices to, or
    update devices for, a customer profile.

    Args:
        identifier (str):
        body (AddDeviceBody | Unset): Define the device you want to add to the customer profile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddDeviceResponse400 | Any
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
