from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.send_push_body import SendPushBody
from ...models.send_push_response_200 import SendPushResponse200
from ...models.send_push_response_400 import SendPushResponse400
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["send_push"], "POST", "/v1/send/push")


def _get_kwargs(
    *,
    body: SendPushBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/send/push",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["send_push"],
                "method": "POST",
                "path_template": "/v1/send/push",
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
) -> SendPushResponse200 | SendPushResponse400 | None:
    if response.status_code == 200:
        response_200 = SendPushResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "delivery_id",
                        "queued_at",
                    )
                ),
                "SendPushResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = SendPushResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SendPushResponse400"
            )
        )

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SendPushResponse200 | SendPushResponse400]:
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
    body: SendPushBody | Unset = UNSET,
) -> Response[SendPushResponse200 | SendPushResponse400]:
    """Send a transactional push

     Send a transactional push. You send a message using a `transactional_message_id` for a transactional
    push message template composed in the user interface. You can optionally override any of the
    template values at send time. The `transactional_message_id` can be either the numerical ID for the
    template or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendPushBody | Unset): The payload of a transactional push message. Example:
            {'transactional_message_id': 44, 'title': 'Did you really login from a new location?',
            'identifiers': {'id': 12345}, 'message_data': {'password_reset_token':
            'abcde-12345-fghij-d888', 'account_id': '123dj'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendPushResponse200 | SendPushResponse400]
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
    body: SendPushBody | Unset = UNSET,
) -> SendPushResponse200 | SendPushResponse400 | None:
    """Send a transactional push

     Send a transactional push. You send a message using a `transactional_message_id` for a transactional
    push message template composed in the user interface. You can optionally override any of the
    template values at send time. The `transactional_message_id` can be either the numerical ID for the
    template or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendPushBody | Unset): The payload of a transactional push message. Example:
            {'transactional_message_id': 44, 'title': 'Did you really login from a new location?',
            'identifiers': {'id': 12345}, 'message_data': {'password_reset_token':
            'abcde-12345-fghij-d888', 'account_id': '123dj'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendPushResponse200 | SendPushResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendPushBody | Unset = UNSET,
) -> Response[SendPushResponse200 | SendPushResponse400]:
    """Send a transactional push

     Send a transactional push. You send a message using a `transactional_message_id` for a transactional
    push message template composed in the user interface. You can optionally override any of the
    template values at send time. The `transactional_message_id` can be either the numerical ID for the
    template or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendPushBody | Unset): The payload of a transactional push message. Example:
            {'transactional_message_id': 44, 'title': 'Did you really login from a new location?',
            'identifiers': {'id': 12345}, 'message_data': {'password_reset_token':
            'abcde-12345-fghij-d888', 'account_id': '123dj'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendPushResponse200 | SendPushResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendPushBody | Unset = UNSET,
) -> SendPushResponse200 | SendPushResponse400 | None:
    """Send a transactional push

     Send a transactional push. You send a message using a `transactional_message_id` for a transactional
    push message template composed in the user interface. You can optionally override any of the
    template values at send time. The `transactional_message_id` can be either the numerical ID for the
    template or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendPushBody | Unset): The payload of a transactional push message. Example:
            {'transactional_message_id': 44, 'title': 'Did you really login from a new location?',
            'identifiers': {'id': 12345}, 'message_data': {'password_reset_token':
            'abcde-12345-fghij-d888', 'account_id': '123dj'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendPushResponse200 | SendPushResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
