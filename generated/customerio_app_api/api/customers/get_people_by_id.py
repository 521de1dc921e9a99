from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_people_by_id_body import GetPeopleByIdBody
from ...models.get_people_by_id_response_200 import GetPeopleByIdResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["get_people_by_id"], "POST", "/v1/customers/attributes")


def _get_kwargs(
    *,
    body: GetPeopleByIdBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/attributes",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_people_by_id"],
                "method": "POST",
                "path_template": "/v1/customers/attributes",
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
) -> Any | GetPeopleByIdResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPeopleByIdResponse200.from_dict(
            expect_some_keys(
                response.json(), frozenset(("customers",)), "GetPeopleByIdResponse200"
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
) -> Response[Any | GetPeopleByIdResponse200]:
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
    body: GetPeopleByIdBody | Unset = UNSET,
) -> Response[Any | GetPeopleByIdResponse200]:
    """List customers, attributes, and devices

     Return attributes and devices for up to 100 customers by ID. If an ID in the request does not exist,
    the response omits it.

    Args:
        body (GetPeopleByIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPeopleByIdResponse200]
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
    body: GetPeopleByIdBody | Unset = UNSET,
) -> Any | GetPeopleByIdResponse200 | None:
    """List customers, attributes, and devices

     Return attributes and devices for up to 100 customers by ID. If an ID in the request does not exist,
    the response omits it.

    Args:
        body (GetPeopleByIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPeopleByIdResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPeopleByIdBody | Unset = UNSET,
) -> Response[Any | GetPeopleByIdResponse200]:
    """List customers, attributes, and devices

     Return attributes and devices for up to 100 customers by ID. If an ID in the request does not exist,
    the response omits it.

    Args:
        body (GetPeopleByIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPeopleByIdResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetPeopleByIdBody | Unset = UNSET,
) -> Any | GetPeopleByIdResponse200 | None:
    """List customers, attributes, and devices

     Return attributes and devices for up to 100 customers by ID. If an ID in the request does not exist,
    the response omits it.

    Args:
        body (GetPeopleByIdBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPeopleByIdResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
