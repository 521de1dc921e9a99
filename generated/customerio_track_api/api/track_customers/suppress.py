from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...types import Response, path_segment, status_of

_OPERATION = (
    OPERATION_ID["suppress"],
    "POST",
    "/api/v1/customers/{identifier}/suppress",
)


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customers/{identifier}/suppress".format(
            identifier=path_segment(identifier, "identifier"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["suppress"],
                "method": "POST",
                "path_template": "/api/v1/customers/{identifier}/suppress",
            }
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 401:
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
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Suppress a customer profile

     Delete a customer profile and prevent the person's identifier(s) from being re-added to your
    workspace. Any future API calls or operations referencing the specified ID are ignored. If you
    suppress a person in a workspace set that identifies people by *email or ID* and both identifiers
    are set, both the person's email and ID are suppressed.

    <div class="fly-panel bg-warning">
    <div class="fly-panel-body">
    <p class="callout-head text--bold text-warning mrg-t-none"><svg class="api-icon"><path fill-
    rule="evenodd" clip-rule="evenodd" d="M15.4127 13.3333L9.18133 1.43333C8.95116 0.994094 8.49623
    0.718884 8.00033 0.718884C7.50444 0.718884 7.04951 0.994094 6.81933 1.43333L0.587332
    13.3333C0.370821 13.7467 0.386147 14.2431 0.627743 14.6423C0.869339 15.0415 1.30205 15.2854 1.76867
    15.2853H14.2313C14.698 15.2854 15.1307 15.0415 15.3723 14.6423C15.6139 14.2431 15.6292 13.7467
    15.4127 13.3333ZM7.33333 5.61533C7.33333 5.24714 7.63181 4.94867 8 4.94867C8.36819 4.94867 8.66667
    5.24714 8.66667 5.61533V9.61533C8.66667 9.98352 8.36819 10.282 8 10.282C7.63181 10.282 7.33333
    9.98352 7.33333 9.61533V5.61533ZM8.01466 13.2887H8.03333C8.29806 13.2844 8.54988 13.1735 8.73182
    12.9812C8.91376 12.7888 9.01044 12.5312 9 12.2667C8.97854 11.7209 8.53019 11.2893 7.984
    11.2887H7.96533C7.70125 11.2935 7.4502 11.4043 7.26865 11.5961C7.0871 11.788 6.99029 12.0447 7
    12.3087C7.02073 12.8546 7.46838 13.2869 8.01466 13.2887Z" /></svg>&nbsp;This API permanently deletes
    people</p>
    <div class="text-warning"><p>Suppressing a person way deletes their profile <i>and</i> suppresses
    the identifier you reference in the path of this call, preventing you from re-adding a person using
    the same identifier (until you unsuppress the identifier). You cannot recover a profile after you
    suppress it. In general, should use this API sparingly—for GDPR/CCPA requests, etc. </p>
    <p>If you want to keep a record of a person but prevent them from receiving messages, you should set
    the person's unsubscribed attribute (or use other attributes to represent complex subscription
    preferences) instead.</p></div>
    </div>
    </div>

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Suppress a customer profile

     Delete a customer profile and prevent the person's identifier(s) from being re-added to your
    workspace. Any future API calls or operations referencing the specified ID are ignored. If you
    suppress a person in a workspace set that identifies people by *email or ID* and both identifiers
    are set, both the person's email and ID are suppressed.

    <div class="fly-panel bg-warning">
    <div class="fly-panel-body">
    <p class="callout-head text--bold text-warning mrg-t-none"><svg class="api-icon"><path fill-
    rule="evenodd" clip-rule="evenodd" d="M15.4127 13.3333L9.18133 1.43333C8.95116 0.994094 8.49623
    0.718884 8.00033 0.718884C7.50444 0.718884 7.04951 0.994094 6.81933 1.43333L0.587332
    13.3333C0.370821 13.7467 0.386147 14.2431 0.627743 14.6423C0.869339 15.0415 1.30205 15.2854 1.76867
    15.2853H14.2313C14.698 15.2854 15.1307 15.0415 15.3723 14.6423C15.6139 14.2431 15.6292 13.7467
    15.4127 13.3333ZM7.33333 5.61533C7.33333 5.24714 7.63181 4.94867 8 4.94867C8.36819 4.94867 8.66667
    5.24714 8.66667 5.61533V9.61533C8.66667 9.98352 8.36819 10.282 8 10.282C7.63181 10.282 7.33333
    9.98352 7.33333 9.61533V5.61533ZM8.01466 13.2887H8.03333C8.29806 13.2844 8.54988 13.1735 8.73182
    12.9812C8.91376 12.7888 9.01044 12.5312 9 12.2667C8.97854 11.7209 8.53019 11.2893 7.984
    11.2887H7.96533C7.70125 11.2935 7.4502 11.4043 7.26865 11.5961C7.0871 11.788 6.99029 12.0447 7
    12.3087C7.02073 12.8546 7.46838 13.2869 8.01466 13.2887Z" /></svg>&nbsp;This API permanently deletes
    people</p>
    <div class="text-warning"><p>Suppressing a person way deletes their profile <i>and</i> suppresses
    the identifier you reference in the path of this call, preventing you from re-adding a person using
    the same identifier (until you unsuppress the identifier). You cannot recover a profile after you
    suppress it. In general, should use this API sparingly—for GDPR/CCPA requests, etc. </p>
    <p>If you want to keep a record of a person but prevent them from receiving messages, you should set
    the person's unsubscribed attribute (or use other attributes to represent complex subscription
    preferences) instead.</p></div>
    </div>
    </div>

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
