from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_action_translation_response_200 import (
    GetCampaignActionTranslationResponse200,
)
from ...types import Response, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_campaign_action_translation"],
    "GET",
    "/v1/campaigns/{campaign_id}/actions/{action_id}/language/{language}",
)


def _get_kwargs(
    campaign_id: int,
    action_id: int,
    language: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/campaigns/{campaign_id}/actions/{action_id}/language/{language}".format(
            campaign_id=path_segment(campaign_id, "campaign_id"),
            action_id=path_segment(action_id, "action_id"),
            language=path_segment(language, "language"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_campaign_action_translation"],
                "method": "GET",
                "path_template": "/v1/campaigns/{campaign_id}/actions/{action_id}/language/{language}",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetCampaignActionTranslationResponse200 | None:
    if response.status_code == 200:
        response_200 = GetCampaignActionTranslationResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("action",)),
                "GetCampaignActionTranslationResponse200",
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
) -> Response[Any | GetCampaignActionTranslationResponse200]:
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
    campaign_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetCampaignActionTranslationResponse200]:
    """Get a translation of a campaign message

     Returns a translated version of a message in a campaign. The message is identified by the
    `action_id`.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetCampaignActionTranslationResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        action_id=action_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Any | GetCampaignActionTranslationResponse200 | None:
    """Get a translation of a campaign message

     Returns a translated version of a message in a campaign. The message is identified by the
    `action_id`.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetCampaignActionTranslationResponse200
    """

    return sync_detailed(
        campaign_id=campaign_id,
        action_id=action_id,
        language=language,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | GetCampaignActionTranslationResponse200]:
    """Get a translation of a campaign message

     Returns a translated version of a message in a campaign. The message is identified by the
    `action_id`.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetCampaignActionTranslationResponse200]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        action_id=action_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    action_id: int,
    language: str,
    *,
    client: AuthenticatedClient,
) -> Any | GetCampaignActionTranslationResponse200 | None:
    """Get a translation of a campaign message

     Returns a translated version of a message in a campaign. The message is identified by the
    `action_id`.

    Args:
        campaign_id (int):  Example: 3.
        action_id (int):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetCampaignActionTranslationResponse200
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            action_id=action_id,
            language=language,
            client=client,
        )
    ).parsed
