from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_segment_membership_email_or_id import GetSegmentMembershipEmailOrId
from ...models.get_segment_membership_id_only import GetSegmentMembershipIdOnly
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_segment_membership"],
    "GET",
    "/v1/segments/{segment_id}/membership",
)


def _get_kwargs(
    segment_id: int,
    *,
    start: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/segments/{segment_id}/membership".format(
            segment_id=path_segment(segment_id, "segment_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_segment_membership"],
                "method": "GET",
                "path_template": "/v1/segments/{segment_id}/membership",
            }
        },
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_email_or_id = GetSegmentMembershipEmailOrId.from_dict(data)

                return response_200_email_or_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_id_only = GetSegmentMembershipIdOnly.from_dict(data)

            return response_200_id_only

        response_200 = _parse_response_200(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "identifiers",
                        "ids",
                        "next",
                        "segment_id",
                    )
                ),
                "GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly",
            )
        )

        return response_200

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
) -> Response[Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly]:
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
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> Response[Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly]:
    """List customers in a segment

     Returns customers in a segment. This endpoint returns an array of `identifiers`; each object in the
    array represents a person and contains the identifier values allowed in your workspace. In general,
    we recommend that you use `identifiers` rather than `ids` to find people, because it provides more
    information.

    **If your workspace does not use email as a unique identifier** for people, `identifiers` does not
    contain `email` values. Go to your [Workspace Settings](/workspaces/#migrate-workspace) to find out
    which identifiers your workspace supports.

    The `ids` array only lists ID values for people in a segment; if your workspace uses both `email`
    and `id` as identifiers, it's possible that a member of your segment does not have an `id` value,
    resulting in an empty string in the `ids` array.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        start=start,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly | None:
    """List customers in a segment

     Returns customers in a segment. This endpoint returns an array of `identifiers`; each object in the
    array represents a person and contains the identifier values allowed in your workspace. In general,
    we recommend that you use `identifiers` rather than `ids` to find people, because it provides more
    information.

    **If your workspace does not use email as a unique identifier** for people, `identifiers` does not
    contain `email` values. Go to your [Workspace Settings](/workspaces/#migrate-workspace) to find out
    which identifiers your workspace supports.

    The `ids` array only lists ID values for people in a segment; if your workspace uses both `email`
    and `id` as identifiers, it's possible that a member of your segment does not have an `id` value,
    resulting in an empty string in the `ids` array.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly
    """

    return sync_detailed(
        segment_id=segment_id,
        client=client,
        start=start,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> Response[Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly]:
    """List customers in a segment

     Returns customers in a segment. This endpoint returns an array of `identifiers`; each object in the
    array represents a person and contains the identifier values allowed in your workspace. In general,
    we recommend that you use `identifiers` rather than `ids` to find people, because it provides more
    information.

    **If your workspace does not use email as a unique identifier** for people, `identifiers` does not
    contain `email` values. Go to your [Workspace Settings](/workspaces/#migrate-workspace) to find out
    which identifiers your workspace supports.

    The `ids` array only lists ID values for people in a segment; if your workspace uses both `email`
    and `id` as identifiers, it's possible that a member of your segment does not have an `id` value,
    resulting in an empty string in the `ids` array.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        start=start,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    start: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly | None:
    """List customers in a segment

     Returns customers in a segment. This endpoint returns an array of `identifiers`; each object in the
    array represents a person and contains the identifier values allowed in your workspace. In general,
    we recommend that you use `identifiers` rather than `ids` to find people, because it provides more
    information.

    **If your workspace does not use email as a unique identifier** for people, `identifiers` does not
    contain `email` values. Go to your [Workspace Settings](/workspaces/#migrate-workspace) to find out
    which identifiers your workspace supports.

    The `ids` array only lists ID values for people in a segment; if your workspace uses both `email`
    and `id` as identifiers, it's possible that a member of your segment does not have an `id` value,
    resulting in an empty string in the `ids` array.

    Args:
        segment_id (int):
        start (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSegmentMembershipEmailOrId | GetSegmentMembershipIdOnly
    """

    return (
        await asyncio_detailed(
            segment_id=segment_id,
            client=client,
            start=start,
            limit=limit,
        )
    ).parsed
