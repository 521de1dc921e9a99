from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_transactional_variant_body import UpdateTransactionalVariantBody
from ...models.update_transactional_variant_response_200 import (
    UpdateTransactionalVariantResponse200,
)
from ...models.update_transactional_variant_response_400 import (
    UpdateTransactionalVariantResponse400,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["update_transactional_variant"],
    "PUT",
    "/v1/transactional/{transactional_id}/language/{language}",
)


def _get_kwargs(
    transactional_id: int,
    language: str,
    *,
    body: UpdateTransactionalVariantBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/transactional/{transactional_id}/language/{language}".format(
            transactional_id=path_segment(transactional_id, "transactional_id"),
            language=path_segment(language, "language"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_transactional_variant"],
                "method": "PUT",
                "path_template": "/v1/transactional/{transactional_id}/language/{language}",
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
) -> (
    UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400 | None
):
    if response.status_code == 200:
        response_200 = UpdateTransactionalVariantResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("content",)),
                "UpdateTransactionalVariantResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = UpdateTransactionalVariantResponse400.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("meta",)),
                "UpdateTransactionalVariantResponse400",
            )
        )

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400
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
    language: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalVariantBody | Unset = UNSET,
) -> Response[
    UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400
]:
    """Update a translation of a transactional message

     Update the body and other data of a specific language variant for a transactional message. This
    fully overwrites this specific translation of your existing transactional message.

    Args:
        transactional_id (int):
        language (str):
        body (UpdateTransactionalVariantBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
        language=language,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transactional_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalVariantBody | Unset = UNSET,
) -> (
    UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400 | None
):
    """Update a translation of a transactional message

     Update the body and other data of a specific language variant for a transactional message. This
    fully overwrites this specific translation of your existing transactional message.

    Args:
        transactional_id (int):
        language (str):
        body (UpdateTransactionalVariantBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400
    """

    return sync_detailed(
        transactional_id=transactional_id,
        language=language,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transactional_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalVariantBody | Unset = UNSET,
) -> Response[
    UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400
]:
    """Update a translation of a transactional message

     Update the body and other data of a specific language variant for a transactional message. This
    fully overwrites this specific translation of your existing transactional message.

    Args:
        transactional_id (int):
        language (str):
        body (UpdateTransactionalVariantBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400]
    """

    kwargs = _get_kwargs(
        transactional_id=transactional_id,
        language=language,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transactional_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTransactionalVariantBody | Unset = UNSET,
) -> (
    UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400 | None
):
    """Update a translation of a transactional message

     Update the body and other data of a specific language variant for a transactional message. This
    fully overwrites this specific translation of your existing transactional message.

    Args:
        transactional_id (int):
        language (str):
        body (UpdateTransactionalVariantBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTransactionalVariantResponse200 | UpdateTransactionalVariantResponse400
    """

    return (
        await asyncio_detailed(
            transactional_id=transactional_id,
            language=language,
            client=client,
            body=body,
        )
    ).parsed
