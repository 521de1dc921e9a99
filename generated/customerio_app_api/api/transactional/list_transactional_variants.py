from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.list_transactional_variants_response_200 import (
    ListTransactionalVariantsResponse200,
)
from ...models.list_transactional_variants_response_400 import (
    ListTransactionalVariantsResponse400,
)
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["list_transactional_variants"],
    "GET",
    "/v1/transactional/{transactional_id}/contents",
)


def _get_kwargs(
    transactional_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactional/{transactional_id}/contents".format(
            transactional_id=path_segment(transactional_id, "transactional_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["list_transactional_variants"],
                "method": "GET",
                "path_template": "/v1/transactional/{transactional_id}/contents",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ListTransactionalVariantsResponse200
    | ListTransactionalVariantsResponse400
    | None
):
    if response.status_code == 200:
        response_200 = ListTransactionalVariantsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("contents",)),
                "ListTransactionalVariantsResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = ListTransactionalVariantsResponse400.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("meta",)),
                "ListTransactionalVariantsResponse400",
            )
        )

        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400
]:
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
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400
]:
    """List all variants of a transactional message

     Returns the content variants of a transactional message, where each variant represents a different
    language.

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ListTransactionalVariantsResponse200
    | ListTransactionalVariantsResponse400
    | None
):
    """List all variants of a transactional message

     Returns the content variants of a transactional message, where each variant represents a different
    language.

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400
    """

    return sync_detailed(
        transactional_id=transactional_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400
]:
    """List all variants of a transactional message

     Returns the content variants of a transactional message, where each variant represents a different
    language.

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transactional_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ListTransactionalVariantsResponse200
    | ListTransactionalVariantsResponse400
    | None
):
    """List all variants of a transactional message

     Returns the content variants of a transactional message, where each variant represents a different
    language.

    Args:
        transactional_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListTransactionalVariantsResponse200 | ListTransactionalVariantsResponse400
    """

    return (
        await asyncio_detailed(
            transactional_id=transactional_id,
            client=client,
        )
    ).parsed
