from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.delete_snippet_response_400 import DeleteSnippetResponse400
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (OPERATION_ID["delete_snippet"], "DELETE", "/v1/snippets/{snippet_name}")


def _get_kwargs(
    snippet_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/snippets/{snippet_name}".format(
            snippet_name=path_segment(snippet_name, "snippet_name"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["delete_snippet"],
                "method": "DELETE",
                "path_template": "/v1/snippets/{snippet_name}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteSnippetResponse400 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DeleteSnippetResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("errors",)), "DeleteSnippetResponse400"
            )
        )

        return response_400

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
) -> Response[Any | DeleteSnippetResponse400]:
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
    snippet_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteSnippetResponse400]:
    """Delete a snippet

     Remove a snippet. You can only remove a snippet that is not in use. If your snippet is in use,
    you'll receive a `400` error.

    Args:
        snippet_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteSnippetResponse400]
    """

    kwargs = _get_kwargs(
        snippet_name=snippet_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    snippet_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteSnippetResponse400 | None:
    """Delete a snippet

     Remove a snippet. You can only remove a snippet that is not in use. If your snippet is in use,
    you'll receive a `400` error.

    Args:
        snippet_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteSnippetResponse400
    """

    return sync_detailed(
        snippet_name=snippet_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    snippet_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteSnippetResponse400]:
    """Delete a snippet

     Remove a snippet. You can only remove a snippet that is not in use. If your snippet is in use,
    you'll receive a `400` error.

    Args:
        snippet_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteSnippetResponse400]
    """

    kwargs = _get_kwargs(
        snippet_name=snippet_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    snippet_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteSnippetResponse400 | None:
    """Delete a snippet

     Remove a snippet. You can only remove a snippet that is not in use. If your snippet is in use,
    you'll receive a `400` error.

    Args:
        snippet_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteSnippetResponse400
    """

    return (
        await asyncio_detailed(
            snippet_name=snippet_name,
            client=client,
        )
    ).parsed
