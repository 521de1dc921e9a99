from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_newsletter_variant_translation_response_200 import (
    GetNewsletterVariantTranslationResponse200,
)
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_newsletter_variant_translation"],
    "GET",
    "/v1/newsletters/{newsletter_id}/language/{language}",
)


def _get_kwargs(
    newsletter_id: int,
    language: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/newsletters/{newsletter_id}/language/{language}".format(
            newsletter_id=path_segment(newsletter_id, "newsletter_id"),
            language=path_segment(language, "language"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_newsletter_variant_translation"],
                "method": "GET",
                "path_template": "/v1/newsletters/{newsletter_id}/language/{language}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetNewsletterVariantTranslationResponse200 | None:
    if response.status_code == 200:
        response_200 = GetNewsletterVariantTranslationResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("content",)),
                "GetNewsletterVariantTranslationResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
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
) -> Response[Any | GetNewsletterVariantTranslationResponse200]:
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
    language: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetNewsletterVariantTranslationResponse200]:
    """Get a translation of a newsletter variant

     Returns information about a specific language variant of a newsletter. If your newsletter includes
    A/B tests, use [Get a translation in a newsletter test
    group](/api/app/#operation/getNewsletterVariantTranslationTest).

    Args:
        newsletter_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetNewsletterVariantTranslationResponse200]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    newsletter_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Any | GetNewsletterVariantTranslationResponse200 | None:
    """Get a translation of a newsletter variant

     Returns information about a specific language variant of a newsletter. If your newsletter includes
    A/B tests, use [Get a translation in a newsletter test
    group](/api/app/#operation/getNewsletterVariantTranslationTest).

    Args:
        newsletter_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetNewsletterVariantTranslationResponse200
    """

    return sync_detailed(
        newsletter_id=newsletter_id,
        language=language,
        client=client,
    ).parsed


async def asyncio_detailed(
    newsletter_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetNewsletterVariantTranslationResponse200]:
    """Get a translation of a newsletter variant

     Returns information about a specific language variant of a newsletter. If your newsletter includes
    A/B tests, use [Get a translation in a newsletter test
    group](/api/app/#operation/getNewsletterVariantTranslationTest).

    Args:
        newsletter_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetNewsletterVariantTranslationResponse200]
    """

    kwargs = _get_kwargs(
        newsletter_id=newsletter_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    newsletter_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Any | GetNewsletterVariantTranslationResponse200 | None:
    """Get a translation of a newsletter variant

     Returns information about a specific language variant of a newsletter. If your newsletter includes
    A/B tests, use [Get a translation in a newsletter test
    group](/api/app/#operation/getNewsletterVariantTranslationTest).

    Args:
        newsletter_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetNewsletterVariantTranslationResponse200
    """

    return (
        await asyncio_detailed(
            newsletter_id=newsletter_id,
            language=language,
            client=client,
        )
    ).parsed
