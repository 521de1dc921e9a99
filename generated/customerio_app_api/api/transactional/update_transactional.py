from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_transactional_body import UpdateTransactionalBody
from ...models.update_transactional_response_200 import UpdateTransactionalResponse200
from ...models.update_transactional_response_400 import UpdateTransactionalResponse400
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["update_transactional"],
    "PUT",
    "/v1/transactional/{transactional_id}/content/{content_id}",
)


def _get_kwargs(
    transactional_id: int,
    content_id: int,
    *,
    body: UpdateTransactionalBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/transactional/{transactional_id}/content/{content_id}".format(
            transactional_id=path_segment(transactional_id, "transactional_id"),
            content_id=path_segment(content_id, "content_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_transactional"],
                "method": "PUT",
                "path_template": "/v1/transactional/{transactional_id}/content/{content_id}",
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
) -> Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400 | None:
    if response.status_code == 200:
        response_200 = UpdateTransactionalResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("content",)),
                "UpdateTransactionalResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = UpdateTransactionalResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "UpdateTransactionalResponse400"
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
) -> Response[Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400]:
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
    content_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalBody | Unset = UNSET,
) -> Response[Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400]:
    """Update a transactional message

     Update the body of a transactional email. This fully overwrites your existing transactional message.
    We'll use your updated content for any future transactional requests (`/v1/send/email`), so make
    sure that you test your message before you update it.

    Args:
        transactional_id (int):
        content_id (int):
        body (UpdateTransactionalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
        content_id=content_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transactional_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalBody | Unset = UNSET,
) -> Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400 | None:
    """Update a transactional message

     Update the body of a transactional email. This fully overwrites your existing transactional message.
    We'll use your updated content for any future transactional requests (`/v1/send/email`), so make
    sure that you test your message before you update it.

    Args:
        transactional_id (int):
        content_id (int):
        body (UpdateTransactionalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400
    """

    return sync_detailed(
        transactional_id=transactional_id,
        content_id=content_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transactional_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalBody | Unset = UNSET,
) -> Response[Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400]:
    """Update a transactional message

     Update the body of a transactional email. This fully overwrites your existing transactional message.
    We'll use your updated content for any future transactional requests (`/v1/send/email`), so make
    sure that you test your message before you update it.

    Args:
        transactional_id (int):
        content_id (int):
        body (UpdateTransactionalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
        content_id=content_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transactional_id: int,
    content_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalBody | Unset = UNSET,
) -> Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400 | None:
    """Update a transactional message

     Update the body of a transactional email. This fully overwrites your existing transactional message.
    We'll use your updated content for any future transactional requests (`/v1/send/email`), so make
    sure that you test your message before you update it.

    Args:
        transactional_id (int):
        content_id (int):
        body (UpdateTransactionalBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateTransactionalResponse200 | UpdateTransactionalResponse400
    """

    return (
        await asyncio_detailed(
            transactional_id=transactional_id,
            content_id=content_id,
            client=client,
            body=body,
        )
    ).parsed
