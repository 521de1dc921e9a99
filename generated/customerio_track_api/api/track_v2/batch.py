from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.batch_body import BatchBody
from ...models.batch_response_207 import BatchResponse207
from ...models.batch_response_400 import BatchResponse400
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["batch"], "POST", "/api/v2/batch")


def _get_kwargs(
    *,
    body: BatchBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/batch",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["batch"],
                "method": "POST",
                "path_template": "/api/v2/batch",
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
) -> Any | BatchResponse207 | BatchResponse400 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 207:
        response_207 = BatchResponse207.from_dict(
            expect_some_keys(
                response.json(), frozenset(("errors",)), "BatchResponse207"
            )
        )

        return response_207

    if response.status_code == 400:
        response_400 = BatchResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("errors",)), "BatchResponse400"
            )
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
) -> Response[Any | BatchResponse207 | BatchResponse400]:
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
    body: BatchBody | Unset = UNSET,
) -> Response[Any | BatchResponse207 | BatchResponse400]:
    """Send multiple requests

     This endpoint lets you batch requests for different people and objects in a single request. Each
    object in your array represents an individual "entity" operation—it represents a change for a
    person, an object, or a delivery.

    You can mix types in this request; you are not limited to a batch containing only objects or only
    people. An "object" is a non-person entity that you want to associate with one or more people—like a
    company, an educational course that people enroll in, etc.

    Your batch request must be smaller than 500kb. Each of the requests within the batch must also be
    32kb or smaller.

    Args:
        body (BatchBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchResponse207 | BatchResponse400]
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
    body: BatchBody | Unset = UNSET,
) -> Any | BatchResponse207 | BatchResponse400 | None:
    """Send multiple requests

     This endpoint lets you batch requests for different people and objects in a single request. Each
    object in your array represents an individual "entity" operation—it represents a change for a
    person, an object, or a delivery.

    You can mix types in this request; you are not limited to a batch containing only objects or only
    people. An "object" is a non-person entity that you want to associate with one or more people—like a
    company, an educational course that people enroll in, etc.

    Your batch request must be smaller than 500kb. Each of the requests within the batch must also be
    32kb or smaller.

    Args:
        body (BatchBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchResponse207 | BatchResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchBody | Unset = UNSET,
) -> Response[Any | BatchResponse207 | BatchResponse400]:
    """Send multiple requests

     This endpoint lets you batch requests for different people and objects in a single request. Each
    object in your array represents an individual "entity" operation—it represents a change for a
    person, an object, or a delivery.

    You can mix types in this request; you are not limited to a batch containing only objects or only
    people. An "object" is a non-person entity that you want to associate with one or more people—like a
    company, an educational course that people enroll in, etc.

    Your batch request must be smaller than 500kb. Each of the requests within the batch must also be
    32kb or smaller.

    Args:
        body (BatchBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchResponse207 | BatchResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchBody | Unset = UNSET,
) -> Any | BatchResponse207 | BatchResponse400 | None:
    """Send multiple requests

     This endpoint lets you batch requests for different people and objects in a single request. Each
    object in your array represents an individual "entity" operation—it represents a change for a
    person, an object, or a delivery.

    You can mix types in this request; you are not limited to a batch containing only objects or only
    people. An "object" is a non-person entity that you want to associate with one or more people—like a
    company, an educational course that people enroll in, etc.

    Your batch request must be smaller than 500kb. Each of the requests within the batch must also be
    32kb or smaller.

    Args:
        body (BatchBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchResponse207 | BatchResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
