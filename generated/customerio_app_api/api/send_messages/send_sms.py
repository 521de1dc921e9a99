from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.send_sms_body import SendSmsBody
from ...models.send_sms_response_200 import SendSmsResponse200
from ...models.send_sms_response_400 import SendSmsResponse400
from ...models.send_sms_response_403 import SendSmsResponse403
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["send_sms"], "POST", "/v1/send/sms")


def _get_kwargs(
    *,
    body: SendSmsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/send/sms",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["send_sms"],
                "method": "POST",
                "path_template": "/v1/send/sms",
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
) -> SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403 | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "delivery_id",
                        "queued_at",
                    )
                ),
                "SendSmsResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = SendSmsResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SendSmsResponse400"
            )
        )

        return response_400

    if response.status_code == 403:
        response_403 = SendSmsResponse403.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SendSmsResponse403"
            )
        )

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403]:
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
    body: SendSmsBody | Unset = UNSET,
) -> Response[SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403]:
    """Send a transactional SMS

     Send a transactional SMS message. To send a message, you'll need to provide a
    `transactional_message_id`. This is either the numerical ID of your transactional message template
    or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendSmsBody | Unset): The payload of a transactional SMS. Example:
            {'transactional_message_id': 'confirmation code', 'to': '+15559876543', 'from':
            '+15551234567', 'body': 'Your verification code is {{trigger.confirmation_code}}',
            'identifiers': {'id': '123456'}, 'message_data': {'confirmation_code': '123456',
            'account_name': 'Jane Doe'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403]
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
    body: SendSmsBody | Unset = UNSET,
) -> SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403 | None:
    """Send a transactional SMS

     Send a transactional SMS message. To send a message, you'll need to provide a
    `transactional_message_id`. This is either the numerical ID of your transactional message template
    or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendSmsBody | Unset): The payload of a transactional SMS. Example:
            {'transactional_message_id': 'confirmation code', 'to': '+15559876543', 'from':
            '+15551234567', 'body': 'Your verification code is {{trigger.confirmation_code}}',
            'identifiers': {'id': '123456'}, 'message_data': {'confirmation_code': '123456',
            'account_name': 'Jane Doe'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendSmsBody | Unset = UNSET,
) -> Response[SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403]:
    """Send a transactional SMS

     Send a transactional SMS message. To send a message, you'll need to provide a
    `transactional_message_id`. This is either the numerical ID of your transactional message template
    or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendSmsBody | Unset): The payload of a transactional SMS. Example:
            {'transactional_message_id': 'confirmation code', 'to': '+15559876543', 'from':
            '+15551234567', 'body': 'Your verification code is {{trigger.confirmation_code}}',
            'identifiers': {'id': '123456'}, 'message_data': {'confirmation_code': '123456',
            'account_name': 'Jane Doe'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendSmsBody | Unset = UNSET,
) -> SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403 | None:
    """Send a transactional SMS

     Send a transactional SMS message. To send a message, you'll need to provide a
    `transactional_message_id`. This is either the numerical ID of your transactional message template
    or the *Trigger Name* that you assigned the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Args:
        body (SendSmsBody | Unset): The payload of a transactional SMS. Example:
            {'transactional_message_id': 'confirmation code', 'to': '+15559876543', 'from':
            '+15551234567', 'body': 'Your verification code is {{trigger.confirmation_code}}',
            'identifiers': {'id': '123456'}, 'message_data': {'confirmation_code': '123456',
            'account_name': 'Jane Doe'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSmsResponse200 | SendSmsResponse400 | SendSmsResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
