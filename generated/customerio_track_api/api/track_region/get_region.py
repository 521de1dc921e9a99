from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_region_response_200 import GetRegionResponse200
from ...types import Response, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["get_region"], "GET", "/api/v1/accounts/region")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/region",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_region"],
                "method": "GET",
                "path_template": "/api/v1/accounts/region",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetRegionResponse200 | None:
    if response.status_code == 200:
        response_200 = GetRegionResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "environment_id",
                        "region",
                        "url",
                    )
                ),
                "GetRegionResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetRegionResponse200]:
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
) -> Response[Any | GetRegionResponse200]:
    """Find your account region

     This endpoint returns the appropriate region and URL for your Track API credentials. Use it to
    determine the URLs you should use to successfully complete other requests.

    You can perform this operation against either of the track API regional URLs; it returns your region
    in either case.

    This endpoint also returns an `environment_id`, which represents the workspace the credentials are
    valid for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetRegionResponse200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | GetRegionResponse200 | None:
    """Find your account region

     This endpoint returns the appropriate region and URL for your Track API credentials. Use it to
    determine the URLs you should use to successfully complete other requests.

    You can perform this operation against either of the track API regional URLs; it returns your region
    in either case.

    This endpoint also returns an `environment_id`, which represents the workspace the credentials are
    valid for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetRegionResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetRegionResponse200]:
    """Find your account region

     This endpoint returns the appropriate region and URL for your Track API credentials. Use it to
    determine the URLs you should use to successfully complete other requests.

    You can perform this operation against either of the track API regional URLs; it returns your region
    in either case.

    This endpoint also returns an `environment_id`, which represents the workspace the credentials are
    valid for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetRegionResponse200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | GetRegionResponse200 | None:
    """Find your account region

     This endpoint returns the appropriate region and URL for your Track API credentials. Use it to
    determine the URLs you should use to successfully complete other requests.

    You can perform this operation against either of the track API regional URLs; it returns your region
    in either case.

    This endpoint also returns an `environment_id`, which represents the workspace the credentials are
    valid for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetRegionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
