from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_object_attributes_id_type import GetObjectAttributesIdType
from ...models.get_object_attributes_response_200 import GetObjectAttributesResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_object_attributes"],
    "GET",
    "/v1/objects/{object_type_id}/{object_id}/attributes",
)


def _get_kwargs(
    object_type_id: int,
    object_id: str,
    *,
    id_type: GetObjectAttributesIdType | Unset = GetObjectAttributesIdType.OBJECT_ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/objects/{object_type_id}/{object_id}/attributes".format(
            object_type_id=path_segment(object_type_id, "object_type_id"),
            object_id=path_segment(object_id, "object_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_object_attributes"],
                "method": "GET",
                "path_template": "/v1/objects/{object_type_id}/{object_id}/attributes",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetObjectAttributesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetObjectAttributesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("object",)),
                "GetObjectAttributesResponse200",
            )
        )

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetObjectAttributesResponse200]:
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
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectAttributesIdType | Unset = GetObjectAttributesIdType.OBJECT_ID,
) -> Response[Any | GetObjectAttributesResponse200]:
    """Get Object Attributes

     Get a list of attributes for an object. Attributes are things you know about an object—like an
    account name, billing date, etc.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        id_type (GetObjectAttributesIdType | Unset):  Default:
            GetObjectAttributesIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectAttributesResponse200]
    """

    kwargs = _get_kwargs(
        object_type_id=object_type_id,
        object_id=object_id,
        id_type=id_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectAttributesIdType | Unset = GetObjectAttributesIdType.OBJECT_ID,
) -> Any | GetObjectAttributesResponse200 | None:
    """Get Object Attributes

     Get a list of attributes for an object. Attributes are things you know about an object—like an
    account name, billing date, etc.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        id_type (GetObjectAttributesIdType | Unset):  Default:
            GetObjectAttributesIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectAttributesResponse200
    """

    return sync_detailed(
        object_type_id=object_type_id,
        object_id=object_id,
        client=client,
        id_type=id_type,
    ).parsed


async def asyncio_detailed(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectAttributesIdType | Unset = GetObjectAttributesIdType.OBJECT_ID,
) -> Response[Any | GetObjectAttributesResponse200]:
    """Get Object Attributes

     Get a list of attributes for an object. Attributes are things you know about an object—like an
    account name, billing date, etc.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        id_type (GetObjectAttributesIdType | Unset):  Default:
            GetObjectAttributesIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetObjectAttributesResponse200]
    """

    kwargs = _get_kwargs(
        object_type_id=object_type_id,
        object_id=object_id,
        id_type=id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_type_id: int,
    object_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetObjectAttributesIdType | Unset = GetObjectAttributesIdType.OBJECT_ID,
) -> Any | GetObjectAttributesResponse200 | None:
    """Get Object Attributes

     Get a list of attributes for an object. Attributes are things you know about an object—like an
    account name, billing date, etc.

    Args:
        object_type_id (int):  Example: 1.
        object_id (str):  Example: abc123.
        id_type (GetObjectAttributesIdType | Unset):  Default:
            GetObjectAttributesIdType.OBJECT_ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetObjectAttributesResponse200
    """

    return (
        await asyncio_detailed(
            object_type_id=object_type_id,
            object_id=object_id,
            client=client,
            id_type=id_type,
        )
    ).parsed
