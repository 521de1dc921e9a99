from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.identify_body import IdentifyBody
from ...types import UNSET, Response, Unset, path_segment, status_of

_OPERATION = (OPERATION_ID["identify"], "PUT", "/api/v1/customers/{identifier}")


def _get_kwargs(
    identifier: str,
    *,
    body: IdentifyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/customers/{identifier}".format(
            identifier=path_segment(identifier, "identifier"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["identify"],
                "method": "PUT",
                "path_template": "/api/v1/customers/{identifier}",
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

    if response.status_code == 401:
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
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: IdentifyBody | Unset = UNSET,
) -> Response[Any]:
    """Add or update a customer

     Adds or updates a person.

    If your request does _not_ include `cio_id` and the identifiers in the request body do not belong to
    a person, your request adds a person.

    If a person already exists with the identifier in the request path, your request updates that
    person. If the identifier in the path does not belong to a person but you use an identifier in your
    request body that _does_ belong to a person, your request updates the person and assigns them the
    identifier in the path.

    If the identifier in the path and request body belong to different people, your request may return
    `200 OK` but produce an *Attribute Update Failure* for the identifier in the payload.

    If you want to update a person's identifiers after they are set, you must reference them using their
    `cio_id` in the format `cio_<cio_id_value>`—unless when updating an `email` with the [Allow updates
    to email using ID](/workspaces/#update-email-with-id) setting enabled. You can get the `cio_id`
    value from the [App API](/api/#tag/Customers). If your request includes a `cio_id`, we'll attempt to
    update that person, including any identifiers in the request. If the `cio_id` does not exist or
    belongs to a person who was deleted, we'll drop the request.

    For workspaces using `email` as an identifier, `email` is case-insensitive. The addresses
    `person@example.com` and `PERSON@example.com` would represent the same person.

    Args:
        identifier (str):
        body (IdentifyBody | Unset): The body of the request contains key-value pairs representing
            attributes that you want to assign to, or update for, a person.

            If your request body contains "identifiers" (like `id` or `email`), your request attempts
            to update that person. If the identifier in the path and identifiers in the request body
            belong to different people, your request will produce an *Attribute Update Failure*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
    body: IdentifyBody | Unset = UNSET,
) -> Response[Any]:
    """Add or update a customer

     Adds or updates a person.

    If your request does _not_ include `cio_id` and the identifiers in the request body do not belong to
    a person, your request adds a person.

    If a person already exists with the identifier in the request path, your request updates that
    person. If the identifier in the path does not belong to a person but you use an identifier in your
    request body that _does_ belong to a person, your request updates the person and assigns them the
    identifier in the path.

    If the identifier in the path and request body belong to different people, your request may return
    `200 OK` but produce an *Attribute Update Failure* for the identifier in the payload.

    If you want to update a person's identifiers after they are set, you must reference them using their
    `cio_id` in the format `cio_<cio_id_value>`—unless when updating an `email` with the [Allow updates
    to email using ID](/workspaces/#update-email-with-id) setting enabled. You can get the `cio_id`
    value from the [App API](/api/#tag/Customers). If your request includes a `cio_id`, we'll attempt to
    update that person, including any identifiers in the request. If the `cio_id` does not exist or
    belongs to a person who was deleted, we'll drop the request.

    For workspaces using `email` as an identifier, `email` is case-insensitive. The addresses
    `person@example.com` and `PERSON@example.com` would represent the same person.

    Args:
        identifier (str):
        body (IdentifyBody | Unset): The body of the request contains key-value pairs representing
            attributes that you want to assign to, or update for, a person.

            If your request body contains "identifiers" (like `id` or `email`), your request attempts
            to update that person. If the identifier in the path and identifiers in the request body
            belong to different people, your request will produce an *Attribute Update Failure*.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
