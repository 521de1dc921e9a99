from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.add_to_segment_body import AddToSegmentBody
from ...models.add_to_segment_id_type import AddToSegmentIdType
from ...types import UNSET, Response, Unset, path_segment, status_of

_OPERATION = (
    OPERATION_ID["add_to_segment"],
    "POST",
    "/api/v1/segments/{segment_id}/add_customers",
)


def _get_kwargs(
    segment_id: int,
    *,
    body: AddToSegmentBody | Unset = UNSET,
    id_type: AddToSegmentIdType | Unset = AddToSegmentIdType.ID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/segments/{segment_id}/add_customers".format(
            segment_id=path_segment(segment_id, "segment_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["add_to_segment"],
                "method": "POST",
                "path_template": "/api/v1/segments/{segment_id}/add_customers",
            }
        },
        "params": params,
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(str, response.json())
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
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
    body: AddToSegmentBody | Unset = UNSET,
    id_type: AddToSegmentIdType | Unset = AddToSegmentIdType.ID,
) -> Response[Any | str]:
    """Add people to a manual segment

     Add people to a manual segment by ID. You are limited to 1000 customer IDs per request.

    This endpoint lets you add people to manual segments, but a segment must exist before you can add
    people to it. You can create and find manual segments using the [App
    API](/api/#operation/createManSegment).

    When you call this API, you can pass an `id_type` query parameter determining the type of identifier
    you want to use, `id`, `email`, or `cio_id`; If you don't pass this parameter, it defaults to `id`.
    The request body always uses `ids`, even though it'll accept either IDs, emails, or `cio_id`s
    depending on the query parameter. Everybody in the payload must use the same kind of identifier;
    we'll ignore values in the `ids` array that don't match the `id_type` parameter.

    **NOTE**: You cannot add people to data-driven segments using the API. See [our documentation on
    segments](/segments) for more information about segments.

    Args:
        segment_id (int):
        id_type (AddToSegmentIdType | Unset):  Default: AddToSegmentIdType.ID.
        body (AddToSegmentBody | Unset): The IDs of people you want to add to the segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        body=body,
        id_type=id_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: AddToSegmentBody | Unset = UNSET,
    id_type: AddToSegmentIdType | Unset = AddToSegmentIdType.ID,
) -> Any | str | None:
    """Add people to a manual segment

     Add people to a manual segment by ID. You are limited to 1000 customer IDs per request.

    This endpoint lets you add people to manual segments, but a segment must exist before you can add
    people to it. You can create and find manual segments using the [App
    API](/api/#operation/createManSegment).

    When you call this API, you can pass an `id_type` query parameter determining the type of identifier
    you want to use, `id`, `email`, or `cio_id`; If you don't pass this parameter, it defaults to `id`.
    The request body always uses `ids`, even though it'll accept either IDs, emails, or `cio_id`s
    depending on the query parameter. Everybody in the payload must use the same kind of identifier;
    we'll ignore values in the `ids` array that don't match the `id_type` parameter.

    **NOTE**: You cannot add people to data-driven segments using the API. See [our documentation on
    segments](/segments) for more information about segments.

    Args:
        segment_id (int):
        id_type (AddToSegmentIdType | Unset):  Default: AddToSegmentIdType.ID.
        body (AddToSegmentBody | Unset): The IDs of people you want to add to the segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        segment_id=segment_id,
        client=client,
        body=body,
        id_type=id_type,
    ).parsed


async def asyncio_detailed(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: AddToSegmentBody | Unset = UNSET,
    id_type: AddToSegmentIdType | Unset = AddToSegmentIdType.ID,
) -> Response[Any | str]:
    """Add people to a manual segment

     Add people to a manual segment by ID. You are limited to 1000 customer IDs per request.

    This endpoint lets you add people to manual segments, but a segment must exist before you can add
    people to it. You can create and find manual segments using the [App
    API](/api/#operation/createManSegment).

    When you call this API, you can pass an `id_type` query parameter determining the type of identifier
    you want to use, `id`, `email`, or `cio_id`; If you don't pass this parameter, it defaults to `id`.
    The request body always uses `ids`, even though it'll accept either IDs, emails, or `cio_id`s
    depending on the query parameter. Everybody in the payload must use the same kind of identifier;
    we'll ignore values in the `ids` array that don't match the `id_type` parameter.

    **NOTE**: You cannot add people to data-driven segments using the API. See [our documentation on
    segments](/segments) for more information about segments.

    Args:
        segment_id (int):
        id_type (AddToSegmentIdType | Unset):  Default: AddToSegmentIdType.ID.
        body (AddToSegmentBody | Unset): The IDs of people you want to add to the segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        body=body,
        id_type=id_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: AddToSegmentBody | Unset = UNSET,
    id_type: AddToSegmentIdType | Unset = AddToSegmentIdType.ID,
) -> Any | str | None:
    """Add people to a manual segment

     Add people to a manual segment by ID. You are limited to 1000 customer IDs per request.

    This endpoint lets you add people to manual segments, but a segment must exist before you can add
    people to it. You can create and find manual segments using the [App
    API](/api/#operation/createManSegment).

    When you call this API, you can pass an `id_type` query parameter determining the type of identifier
    you want to use, `id`, `email`, or `cio_id`; If you don't pass this parameter, it defaults to `id`.
    The request body always uses `ids`, even though it'll accept either IDs, emails, or `cio_id`s
    depending on the query parameter. Everybody in the payload must use the same kind of identifier;
    we'll ignore values in the `ids` array that don't match the `id_type` parameter.

    **NOTE**: You cannot add people to data-driven segments using the API. See [our documentation on
    segments](/segments) for more information about segments.

    Args:
        segment_id (int):
        id_type (AddToSegmentIdType | Unset):  Default: AddToSegmentIdType.ID.
        body (AddToSegmentBody | Unset): The IDs of people you want to add to the segment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            segment_id=segment_id,
            client=client,
            body=body,
            id_type=id_type,
        )
    ).parsed
