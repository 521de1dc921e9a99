from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.update_attribute_metadata_body import UpdateAttributeMetadataBody
from ...models.update_attribute_metadata_response_400 import (
    UpdateAttributeMetadataResponse400,
)
from ...models.update_attribute_metadata_response_422 import (
    UpdateAttributeMetadataResponse422,
)
from ...types import Response, expect_some_keys, status_of

_OPERATION = (
    OPERATION_ID["update_attribute_metadata"],
    "POST",
    "/v1/data_index/attributes",
)


def _get_kwargs(
    *,
    body: UpdateAttributeMetadataBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/data_index/attributes",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["update_attribute_metadata"],
                "method": "POST",
                "path_template": "/v1/data_index/attributes",
            }
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422 | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = UpdateAttributeMetadataResponse400.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("errors",)),
                "UpdateAttributeMetadataResponse400",
            )
        )

        return response_400

    if response.status_code == 422:
        response_422 = UpdateAttributeMetadataResponse422.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("errors",)),
                "UpdateAttributeMetadataResponse422",
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
) -> Response[
    Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422
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
    *,
    client: AuthenticatedClient,
    body: UpdateAttributeMetadataBody,
) -> Response[
    Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422
]:
    """Add or update attributes

     Attributes are customer data like their name and email. Use this endpoint to add new attributes or
    update existing attributes in your workspace. To add attributes to customers, use our Pipelines or
    Track APIs. **NOTE:** If you add new attributes, they will not appear in your [Data
    Index](/journeys/using-data-index/) until you've added it to a customer's profile.

    Add descriptions for attributes [so our AI tools can better understand your data](/ai/cio-with-
    llms/). For instance, this influences how our segment builder generates conditions with AI.

    If you're on a Premium plan, you can also specify [whether an attribute is sensitive or
    not](/accounts-and-workspaces/add-remove-team-members/#hide-sensitive-attributes). Then Admins and
    Workspace Admins can decide which teammates to hide sensitive data from.

    Args:
        body (UpdateAttributeMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422]
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
    body: UpdateAttributeMetadataBody,
) -> (
    Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422 | None
):
    """Add or update attributes

     Attributes are customer data like their name and email. Use this endpoint to add new attributes or
    update existing attributes in your workspace. To add attributes to customers, use our Pipelines or
    Track APIs. **NOTE:** If you add new attributes, they will not appear in your [Data
    Index](/journeys/using-data-index/) until you've added it to a customer's profile.

    Add descriptions for attributes [so our AI tools can better understand your data](/ai/cio-with-
    llms/). For instance, this influences how our segment builder generates conditions with AI.

    If you're on a Premium plan, you can also specify [whether an attribute is sensitive or
    not](/accounts-and-workspaces/add-remove-team-members/#hide-sensitive-attributes). Then Admins and
    Workspace Admins can decide which teammates to hide sensitive data from.

    Args:
        body (UpdateAttributeMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAttributeMetadataBody,
) -> Response[
    Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422
]:
    """Add or update attributes

     Attributes are customer data like their name and email. Use this endpoint to add new attributes or
    update existing attributes in your workspace. To add attributes to customers, use our Pipelines or
    Track APIs. **NOTE:** If you add new attributes, they will not appear in your [Data
    Index](/journeys/using-data-index/) until you've added it to a customer's profile.

    Add descriptions for attributes [so our AI tools can better understand your data](/ai/cio-with-
    llms/). For instance, this influences how our segment builder generates conditions with AI.

    If you're on a Premium plan, you can also specify [whether an attribute is sensitive or
    not](/accounts-and-workspaces/add-remove-team-members/#hide-sensitive-attributes). Then Admins and
    Workspace Admins can decide which teammates to hide sensitive data from.

    Args:
        body (UpdateAttributeMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateAttributeMetadataBody,
) -> (
    Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422 | None
):
    """Add or update attributes

     Attributes are customer data like their name and email. Use this endpoint to add new attributes or
    update existing attributes in your workspace. To add attributes to customers, use our Pipelines or
    Track APIs. **NOTE:** If you add new attributes, they will not appear in your [Data
    Index](/journeys/using-data-index/) until you've added it to a customer's profile.

    Add descriptions for attributes [so our AI tools can better understand your data](/ai/cio-with-
    llms/). For instance, this influences how our segment builder generates conditions with AI.

    If you're on a Premium plan, you can also specify [whether an attribute is sensitive or
    not](/accounts-and-workspaces/add-remove-team-members/#hide-sensitive-attributes). Then Admins and
    Workspace Admins can decide which teammates to hide sensitive data from.

    Args:
        body (UpdateAttributeMetadataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateAttributeMetadataResponse400 | UpdateAttributeMetadataResponse422
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
