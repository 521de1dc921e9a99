from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.alias import Alias
from ...models.alias_x_strict_mode import AliasXStrictMode
from ...types import UNSET, Response, Unset, status_of

_OPERATION = (OPERATION_ID["alias"], "POST", "/alias")


def _get_kwargs(
    *,
    body: Alias | Unset = UNSET,
    x_strict_mode: AliasXStrictMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_strict_mode, Unset):
        headers["X-Strict-Mode"] = str(x_strict_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["alias"],
                "method": "POST",
                "path_template": "/alias",
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
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: Alias | Unset = UNSET,
    x_strict_mode: AliasXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Merge profiles

     *You **only** need to use this method to support a few select destinations like Mixpanel.*

    The `alias` method reconciles identifiers in systems that don't automatically handle identity
    changes—like when a person graduates from an anonymous user to an identified user.

    For example, a person typically has an `anonymousId` until you identify them by `userId`. Most
    destinations will automatically associate data from the anonymous ID with the new user ID when you
    send an `identify` call. But a select few destinations, like [Mixpanel](/integrations/data-
    out/connections/mixpanel/), won't! The `alias` call tells Mixpanel to represent the `anonymousId`
    with the new `userId`.

    If you need to use the `alias` call, you'll want to send it before you identify someone with a
    `userId`.

    If you use our web or server-side libraries, and you've already identified someone, we assume that
    this is the `userId` that you want to keep. Otherwise, you need to pass both the `previousId` and
    the `userId`.

    **When you use our libraries, you'll typically only provide the `previousId` and `userId`. The
    libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (AliasXStrictMode | Unset):
        body (Alias | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Alias | Unset = UNSET,
    x_strict_mode: AliasXStrictMode | Unset = UNSET,
) -> Response[Any]:
    """Merge profiles

     *You **only** need to use this method to support a few select destinations like Mixpanel.*

    The `alias` method reconciles identifiers in systems that don't automatically handle identity
    changes—like when a person graduates from an anonymous user to an identified user.

    For example, a person typically has an `anonymousId` until you identify them by `userId`. Most
    destinations will automatically associate data from the anonymous ID with the new user ID when you
    send an `identify` call. But a select few destinations, like [Mixpanel](/integrations/data-
    out/connections/mixpanel/), won't! The `alias` call tells Mixpanel to represent the `anonymousId`
    with the new `userId`.

    If you need to use the `alias` call, you'll want to send it before you identify someone with a
    `userId`.

    If you use our web or server-side libraries, and you've already identified someone, we assume that
    this is the `userId` that you want to keep. Otherwise, you need to pass both the `previousId` and
    the `userId`.

    **When you use our libraries, you'll typically only provide the `previousId` and `userId`. The
    libraries fill in the rest of the payload automatically.**

    Args:
        x_strict_mode (AliasXStrictMode | Unset):
        body (Alias | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        x_strict_mode=x_strict_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
