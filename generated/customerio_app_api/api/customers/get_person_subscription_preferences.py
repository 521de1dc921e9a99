from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.get_person_subscription_preferences_id_type import (
    GetPersonSubscriptionPreferencesIdType,
)
from ...models.get_person_subscription_preferences_response_200 import (
    GetPersonSubscriptionPreferencesResponse200,
)
from ...models.get_person_subscription_preferences_response_400 import (
    GetPersonSubscriptionPreferencesResponse400,
)
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (
    OPERATION_ID["get_person_subscription_preferences"],
    "GET",
    "/v1/customers/{customer_id}/subscription_preferences",
)


def _get_kwargs(
    customer_id: str,
    *,
    id_type: GetPersonSubscriptionPreferencesIdType | Unset = UNSET,
    language: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_id_type: str | Unset = UNSET
    if not isinstance(id_type, Unset):
        json_id_type = id_type.value

    params["id_type"] = json_id_type

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/subscription_preferences".format(
            customer_id=path_segment(customer_id, "customer_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["get_person_subscription_preferences"],
                "method": "GET",
                "path_template": "/v1/customers/{customer_id}/subscription_preferences",
            }
        },
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | GetPersonSubscriptionPreferencesResponse200
    | GetPersonSubscriptionPreferencesResponse400
    | None
):
    if response.status_code == 200:
        response_200 = GetPersonSubscriptionPreferencesResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("customer",)),
                "GetPersonSubscriptionPreferencesResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetPersonSubscriptionPreferencesResponse400.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(("meta",)),
                "GetPersonSubscriptionPreferencesResponse400",
            )
        )

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
) -> Response[
    Any
    | GetPersonSubscriptionPreferencesResponse200
    | GetPersonSubscriptionPreferencesResponse400
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
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonSubscriptionPreferencesIdType | Unset = UNSET,
    language: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[
    Any
    | GetPersonSubscriptionPreferencesResponse200
    | GetPersonSubscriptionPreferencesResponse400
]:
    """Lookup a customer's subscription preferences

     Returns a list of subscription preferences for a person, including the custom header of the
    subscription preferences page, topic names, and topic descriptions. Returns translated data when you
    send a language in the query.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonSubscriptionPreferencesIdType | Unset):
        language (str | Unset):
        accept_language (str | Unset): The [language tag](/journeys/unsubscribe-faqs/#currently-
            supported-languages) you want the content translated in. If none is provided, the content
            will be sent in the default lanauge of your subscription center.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonSubscriptionPreferencesResponse200 | GetPersonSubscriptionPreferencesResponse400]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        language=language,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonSubscriptionPreferencesIdType | Unset = UNSET,
    language: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> (
    Any
    | GetPersonSubscriptionPreferencesResponse200
    | GetPersonSubscriptionPreferencesResponse400
    | None
):
    """Lookup a customer's subscription preferences

     Returns a list of subscription preferences for a person, including the custom header of the
    subscription preferences page, topic names, and topic descriptions. Returns translated data when you
    send a language in the query.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonSubscriptionPreferencesIdType | Unset):
        language (str | Unset):
        accept_language (str | Unset): The [language tag](/journeys/unsubscribe-faqs/#currently-
            supported-languages) you want the content translated in. If none is provided, the content
            will be sent in the default lanauge of your subscription center.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonSubscriptionPreferencesResponse200 | GetPersonSubscriptionPreferencesResponse400
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        id_type=id_type,
        language=language,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonSubscriptionPreferencesIdType | Unset = UNSET,
    language: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[
    Any
    | GetPersonSubscriptionPreferencesResponse200
    | GetPersonSubscriptionPreferencesResponse400
]:
    """Lookup a customer's subscription preferences

     Returns a list of subscription preferences for a person, including the custom header of the
    subscription preferences page, topic names, and topic descriptions. Returns translated data when you
    send a language in the query.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonSubscriptionPreferencesIdType | Unset):
        language (str | Unset):
        accept_language (str | Unset): The [language tag](/journeys/unsubscribe-faqs/#currently-
            supported-languages) you want the content translated in. If none is provided, the content
            will be sent in the default lanauge of your subscription center.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetPersonSubscriptionPreferencesResponse200 | GetPersonSubscriptionPreferencesResponse400]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        id_type=id_type,
        language=language,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
    id_type: GetPersonSubscriptionPreferencesIdType | Unset = UNSET,
    language: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> (
    Any
    | GetPersonSubscriptionPreferencesResponse200
    | GetPersonSubscriptionPreferencesResponse400
    | None
):
    """Lookup a customer's subscription preferences

     Returns a list of subscription preferences for a person, including the custom header of the
    subscription preferences page, topic names, and topic descriptions. Returns translated data when you
    send a language in the query.

    Args:
        customer_id (str):  Example: 12345.
        id_type (GetPersonSubscriptionPreferencesIdType | Unset):
        language (str | Unset):
        accept_language (str | Unset): The [language tag](/journeys/unsubscribe-faqs/#currently-
            supported-languages) you want the content translated in. If none is provided, the content
            will be sent in the default lanauge of your subscription center.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetPersonSubscriptionPreferencesResponse200 | GetPersonSubscriptionPreferencesResponse400
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            id_type=id_type,
            language=language,
            accept_language=accept_language,
        )
    ).parsed
