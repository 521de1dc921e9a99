from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.merge_body import MergeBody
from ...models.merge_response_400 import MergeResponse400
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["merge"], "POST", "/api/v1/merge_customers")


def _get_kwargs(
    *,
    body: MergeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/merge_customers",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["merge"],
                "method": "POST",
                "path_template": "/api/v1/merge_customers",
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
) -> Any | MergeResponse400 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = MergeResponse400.from_dict(
            expect_some_keys(response.json(), frozenset(("meta",)), "MergeResponse400")
        )

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MergeResponse400]:
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
    body: MergeBody | Unset = UNSET,
) -> Response[Any | MergeResponse400]:
    """Merge duplicate people

     Merge two customer profiles together. The payload contains `primary` and `secondary` profile
    objects. The primary profile remains after the merge and the secondary is deleted. This operation is
    _not_ reversible.

    The primary profile must already exist in Customer.io for the merge operation to work. If the
    primary profile doesn't exist, your request won't do anything.

    If you perform requests concurrently or in rapid succession, you could create a race condition where
    the primary profile doesn't exist yet. For example, if you identify a person and send a request to
    this endpoint immediately, the primary profile might not exist when we process your merge request.

    The following information is merged into the primary profile from the secondary profile:
    * Attributes that are not set, or are empty, on the primary.
    * The most recent 30-days of event history. Events merged from the secondary person cannot trigger
    campaigns.
    * Manual segments that the primary person did not already belong to.
    * Message delivery history.
    * Campaign journeys that the primary person has not entered. If the secondary person has started a
    journey that the primary person has not, the primary person continues on that campaign journey after
    the merge. If the secondary person has completed journeys that the primary person has not, the
    primary person gains these historical journeys after the merge. This may be important for
    determining entry (or re-entry) criteria for subsequent campaigns, segments, etc.

    Args:
        body (MergeBody | Unset): Provide identifiers for the `primary` and `secondary` people you
            want to merge together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MergeResponse400]
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
    body: MergeBody | Unset = UNSET,
) -> Any | MergeResponse400 | None:
    """Merge duplicate people

     Merge two customer profiles together. The payload contains `primary` and `secondary` profile
    objects. The primary profile remains after the merge and the secondary is deleted. This operation is
    _not_ reversible.

    The primary profile must already exist in Customer.io for the merge operation to work. If the
    primary profile doesn't exist, your request won't do anything.

    If you perform requests concurrently or in rapid succession, you could create a race condition where
    the primary profile doesn't exist yet. For example, if you identify a person and send a request to
    this endpoint immediately, the primary profile might not exist when we process your merge request.

    The following information is merged into the primary profile from the secondary profile:
    * Attributes that are not set, or are empty, on the primary.
    * The most recent 30-days of event history. Events merged from the secondary person cannot trigger
    campaigns.
    * Manual segments that the primary person did not already belong to.
    * Message delivery history.
    * Campaign journeys that the primary person has not entered. If the secondary person has started a
    journey that the primary person has not, the primary person continues on that campaign journey after
    the merge. If the secondary person has completed journeys that the primary person has not, the
    primary person gains these historical journeys after the merge. This may be important for
    determining entry (or re-entry) criteria for subsequent campaigns, segments, etc.

    Args:
        body (MergeBody | Unset): Provide identifiers for the `primary` and `secondary` people you
            want to merge together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MergeResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeBody | Unset = UNSET,
) -> Response[Any | MergeResponse400]:
    """Merge duplicate people

     Merge two customer profiles together. The payload contains `primary` and `secondary` profile
    objects. The primary profile remains after the merge and the secondary is deleted. This operation is
    _not_ reversible.

    The primary profile must already exist in Customer.io for the merge operation to work. If the
    primary profile doesn't exist, your request won't do anything.

    If you perform requests concurrently or in rapid succession, you could create a race condition where
    the primary profile doesn't exist yet. For example, if you identify a person and send a request to
    this endpoint immediately, the primary profile might not exist when we process your merge request.

    The following information is merged into the primary profile from the secondary profile:
    * Attributes that are not set, or are empty, on the primary.
    * The most recent 30-days of event history. Events merged from the secondary person cannot trigger
    campaigns.
    * Manual segments that the primary person did not already belong to.
    * Message delivery history.
    * Campaign journeys that the primary person has not entered. If the secondary person has started a
    journey that the primary person has not, the primary person continues on that campaign journey after
    the merge. If the secondary person has completed journeys that the primary person has not, the
    primary person gains these historical journeys after the merge. This may be important for
    determining entry (or re-entry) criteria for subsequent campaigns, segments, etc.

    Args:
        body (MergeBody | Unset): Provide identifiers for the `primary` and `secondary` people you
            want to merge together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MergeResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MergeBody | Unset = UNSET,
) -> Any | MergeResponse400 | None:
    """Merge duplicate people

     Merge two customer profiles together. The payload contains `primary` and `secondary` profile
    objects. The primary profile remains after the merge and the secondary is deleted. This operation is
    _not_ reversible.

    The primary profile must already exist in Customer.io for the merge operation to work. If the
    primary profile doesn't exist, your request won't do anything.

    If you perform requests concurrently or in rapid succession, you could create a race condition where
    the primary profile doesn't exist yet. For example, if you identify a person and send a request to
    this endpoint immediately, the primary profile might not exist when we process your merge request.

    The following information is merged into the primary profile from the secondary profile:
    * Attributes that are not set, or are empty, on the primary.
    * The most recent 30-days of event history. Events merged from the secondary person cannot trigger
    campaigns.
    * Manual segments that the primary person did not already belong to.
    * Message delivery history.
    * Campaign journeys that the primary person has not entered. If the secondary person has started a
    journey that the primary person has not, the primary person continues on that campaign journey after
    the merge. If the secondary person has completed journeys that the primary person has not, the
    primary person gains these historical journeys after the merge. This may be important for
    determining entry (or re-entry) criteria for subsequent campaigns, segments, etc.

    Args:
        body (MergeBody | Unset): Provide identifiers for the `primary` and `secondary` people you
            want to merge together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MergeResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
