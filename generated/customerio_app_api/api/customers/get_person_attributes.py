from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_person_attributes_id_type import GetPersonAttributesIdType
from ...models.get_person_attributes_response_200 import GetPersonAttributesResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_person_attributes"],
    "GET",
    "/v1/customers/{customer_id}/attributes",
)


def _get_kwargs(
    customer_id: str,
    *,
    id_type: GetPersonAttributesIdType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/attributes".format(
            customer_id=path_segment(customer_id, "customer_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_person_attributes"],
                "method": "GET",
                "path_template": "/v1/customers/{customer_id}/attributes",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetPersonAttributesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPersonAttributesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("customer",)),
                "GetPersonAttributesResponse200",
            )
        )

        return response_200

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
) -> Response[Any | GetPersonAttributesResponse200]:
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
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonAttributesIdType | Unset = UNSET,
) -> Response[Any | GetPersonAttributesResponse200]:
    """Lookup a customer's attributes

     Return a list of attributes for a customer profile. You can use attributes to fashion segments or as
    liquid merge fields in your messages.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonAttributesResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonAttributesIdType | Unset = UNSET,
) -> Any | GetPersonAttributesResponse200 | None:
    """Lookup a customer's attributes

     Return a list of attributes for a customer profile. You can use attributes to fashion segments or as
    liquid merge fields in your messages.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonAttributesResponse200
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        id_type=id_type,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonAttributesIdType | Unset = UNSET,
) -> Response[Any | GetPersonAttributesResponse200]:
    """Lookup a customer's attributes

     Return a list of attributes for a customer profile. You can use attributes to fashion segments or as
    liquid merge fields in your messages.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonAttributesResponse200]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonAttributesIdType | Unset = UNSET,
) -> Any | GetPersonAttributesResponse200 | None:
    """Lookup a customer's attributes

     Return a list of attributes for a customer profile. You can use attributes to fashion segments or as
    liquid merge fields in your messages.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonAttributesIdType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonAttributesResponse200
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            id_type=id_type,
        )
    ).parsed
