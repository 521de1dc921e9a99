from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...types import Response, path_segment, status_of

_OPERATION = (
    OPERATION_ID["deletet_newsletters"],
    "DELETE",
    "/v1/newsletters/{newsletter_id}",
)


def _get_kwargs(
    newsletter_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/newsletters/{newsletter_id}".format(
            newsletter_id=path_segment(newsletter_id, "newsletter_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["deletet_newsletters"],
                "method": "DELETE",
                "path_template": "/v1/newsletters/{newsletter_id}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 404:
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
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Delete a newsletter

     Deletes an individual newsletter, including content, settings, and metrics. It will be removed from
    segments, and its templates will no longer show in the Message Library.

    If the newsletter is an in-app message, this cancels any undelivered, in-app message, too.

    Args:
        newsletter_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    newsletter_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Delete a newsletter

     Deletes an individual newsletter, including content, settings, and metrics. It will be removed from
    segments, and its templates will no longer show in the Message Library.

    If the newsletter is an in-app message, this cancels any undelivered, in-app message, too.

    Args:
        newsletter_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
