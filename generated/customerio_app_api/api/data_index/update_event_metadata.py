from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_event_metadata_body import UpdateEventMetadataBody
from ...models.update_event_metadata_response_400 import UpdateEventMetadataResponse400
from ...models.update_event_metadata_response_422 import UpdateEventMetadataResponse422
from ...types import Response, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["update_event_metadata"], "POST", "/v1/data_index/events")


def _get_kwargs(
    *,
    body: UpdateEventMetadataBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/data_index/events",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_event_metadata"],
                "method": "POST",
                "path_template": "/v1/data_index/events",
            }
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = UpdateEventMetadataResponse400.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("errors",)),
                "UpdateEventMetadataResponse400",
            )
        )

        return response_400

    if response.status_code == 422:
        response_422 = UpdateEventMetadataResponse422.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("errors",)),
                "UpdateEventMetadataResponse422",
            )
        )

        return response_422

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422]:
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
    body: UpdateEventMetadataBody,
) -> Response[Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422]:
    """Add or update events

     Events are actions your customers have performed. Use this endpoint to add new events or update
    existing events in your workspace. To associate events with customers, use our Pipelines or Track
    APIs. **NOTE:** If you add new events, they will not appear in your [Data Index](/journeys/using-
    data-index/) until you've associated it with a customer.

    Add descriptions for events [so our AI tools can better understand your data](/ai/cio-with-llms/).
    For instance, this influences how our segment builder generates conditions with AI.

    Args:
        body (UpdateEventMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422]
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
    body: UpdateEventMetadataBody,
) -> Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422 | None:
    """Add or update events

     Events are actions your customers have performed. Use this endpoint to add new events or update
    existing events in your workspace. To associate events with customers, use our Pipelines or Track
    APIs. **NOTE:** If you add new events, they will not appear in your [Data Index](/journeys/using-
    data-index/) until you've associated it with a customer.

    Add descriptions for events [so our AI tools can better understand your data](/ai/cio-with-llms/).
    For instance, this influences how our segment builder generates conditions with AI.

    Args:
        body (UpdateEventMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateEventMetadataBody,
) -> Response[Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422]:
    """Add or update events

     Events are actions your customers have performed. Use this endpoint to add new events or update
    existing events in your workspace. To associate events with customers, use our Pipelines or Track
    APIs. **NOTE:** If you add new events, they will not appear in your [Data Index](/journeys/using-
    data-index/) until you've associated it with a customer.

    Add descriptions for events [so our AI tools can better understand your data](/ai/cio-with-llms/).
    For instance, this influences how our segment builder generates conditions with AI.

    Args:
        body (UpdateEventMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateEventMetadataBody,
) -> Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422 | None:
    """Add or update events

     Events are actions your customers have performed. Use this endpoint to add new events or update
    existing events in your workspace. To associate events with customers, use our Pipelines or Track
    APIs. **NOTE:** If you add new events, they will not appear in your [Data Index](/journeys/using-
    data-index/) until you've associated it with a customer.

    Add descriptions for events [so our AI tools can better understand your data](/ai/cio-with-llms/).
    For instance, this influences how our segment builder generates conditions with AI.

    Args:
        body (UpdateEventMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateEventMetadataResponse400 | UpdateEventMetadataResponse422
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
