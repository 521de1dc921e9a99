from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...types import Response, path_segment, status_of

_OPERATION = (
    OPERATION_ID["unsuppress"],
    "POST",
    "/api/v1/customers/{identifier}/unsuppress",
)


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customers/{identifier}/unsuppress".format(
            identifier=path_segment(identifier, "identifier"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["unsuppress"],
                "method": "POST",
                "path_template": "/api/v1/customers/{identifier}/unsuppress",
            }
        },
    }

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
) -> Response[Any]:
    """Unsuppress a customer profile

     Unsuppressing a profile allows you to add the customer back to Customer.io. If you unsuppress a
    person in a workspace set that identifies people by *email or ID* and the suppressed person had both
    an email and ID, both the person's email and ID are unsuppressed.

    Unsuppressing a profile does not recreate the profile that you previously suppressed. Rather, it
    just makes the identifier available again. Identifying a person after unsuppressing them creates a
    new profile, with none of the history of the previously suppressed identifier.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Unsuppress a customer profile

     Unsuppressing a profile allows you to add the customer back to Customer.io. If you unsuppress a
    person in a workspace set that identifies people by *email or ID* and the suppressed person had both
    an email and ID, both the person's email and ID are unsuppressed.

    Unsuppressing a profile does not recreate the profile that you previously suppressed. Rather, it
    just makes the identifier available again. Identifying a person after unsuppressing them creates a
    new profile, with none of the history of the previously suppressed identifier.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
