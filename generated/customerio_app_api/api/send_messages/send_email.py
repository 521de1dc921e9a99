from typing import Any

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.send_email_response_200 import SendEmailResponse200
from ...models.send_email_response_400 import SendEmailResponse400
from ...models.send_email_response_403 import SendEmailResponse403
from ...models.send_email_response_413 import SendEmailResponse413
from ...models.send_email_with_template import SendEmailWithTemplate
from ...models.send_email_without_template import SendEmailWithoutTemplate
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["send_email"], "POST", "/v1/send/email")


def _get_kwargs(
    *,
    body: SendEmailWithoutTemplate | SendEmailWithTemplate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/send/email",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["send_email"],
                "method": "POST",
                "path_template": "/v1/send/email",
            }
        },
    }

    if not isinstance(body, Unset):
        if isinstance(body, SendEmailWithTemplate):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SendEmailResponse200
    | SendEmailResponse400
    | SendEmailResponse403
    | SendEmailResponse413
    | None
):
    if response.status_code == 200:
        response_200 = SendEmailResponse200.from_dict(
            expect_some_keys(
                response.json(),
                frozenset(
                    (
                        "delivery_id",
                        "queued_at",
                    )
                ),
                "SendEmailResponse200",
            )
        )

        return response_200

    if response.status_code == 400:
        response_400 = SendEmailResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SendEmailResponse400"
            )
        )

        return response_400

    if response.status_code == 403:
        response_403 = SendEmailResponse403.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SendEmailResponse403"
            )
        )

        return response_403

    if response.status_code == 413:
        response_413 = SendEmailResponse413.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SendEmailResponse413"
            )
        )

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SendEmailResponse200
    | SendEmailResponse400
    | SendEmailResponse403
    | SendEmailResponse413
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
    body: SendEmailWithoutTemplate | SendEmailWithTemplate | Unset = UNSET,
) -> Response[
    SendEmailResponse200
    | SendEmailResponse400
    | SendEmailResponse403
    | SendEmailResponse413
]:
    """Send a transactional email

     Send a transactional email. You can send a message using a `transactional_message_id` or send your
    own `body`, `subject`, and `from` values at send time. The `transactional_message_id` can be either
    the numerical ID for the template or the *Trigger Name* that you assigned the template.

    If you want to send your own `body`, `subject`, and `from` values to populate your message at send
    time, we recommend that you pass a `transactional_message_id` anyway; the values you pass in the
    request will override the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Customer.io attributes metrics to a `transactional_message_id`; if you don't provide a
    `transactional_message_id`, we attribute metrics to `"transactional_message_id": 1`. You can create
    empty transactional messages in the UI and override the `body`, `subject`, and `from` values at send
    time. This provides flexibility in your integration and lets you organize metrics (rather than
    gathering metrics for all of your transactional messages against a single ID).

    Args:
        body (SendEmailWithoutTemplate | SendEmailWithTemplate | Unset): The payload of a
            transactional message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendEmailResponse200 | SendEmailResponse400 | SendEmailResponse403 | SendEmailResponse413]
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
    body: SendEmailWithoutTemplate | SendEmailWithTemplate | Unset = UNSET,
) -> (
    SendEmailResponse200
    | SendEmailResponse400
    | SendEmailResponse403
    | SendEmailResponse413
    | None
):
    """Send a transactional email

     Send a transactional email. You can send a message using a `transactional_message_id` or send your
    own `body`, `subject`, and `from` values at send time. The `transactional_message_id` can be either
    the numerical ID for the template or the *Trigger Name* that you assigned the template.

    If you want to send your own `body`, `subject`, and `from` values to populate your message at send
    time, we recommend that you pass a `transactional_message_id` anyway; the values you pass in the
    request will override the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Customer.io attributes metrics to a `transactional_message_id`; if you don't provide a
    `transactional_message_id`, we attribute metrics to `"transactional_message_id": 1`. You can create
    empty transactional messages in the UI and override the `body`, `subject`, and `from` values at send
    time. This provides flexibility in your integration and lets you organize metrics (rather than
    gathering metrics for all of your transactional messages against a single ID).

    Args:
        body (SendEmailWithoutTemplate | SendEmailWithTemplate | Unset): The payload of a
            transactional message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendEmailResponse200 | SendEmailResponse400 | SendEmailResponse403 | SendEmailResponse413
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendEmailWithoutTemplate | SendEmailWithTemplate | Unset = UNSET,
) -> Response[
    SendEmailResponse200
    | SendEmailResponse400
    | SendEmailResponse403
    | SendEmailResponse413
]:
    """Send a transactional email

     Send a transactional email. You can send a message using a `transactional_message_id` or send your
    own `body`, `subject`, and `from` values at send time. The `transactional_message_id` can be either
    the numerical ID for the template or the *Trigger Name* that you assigned the template.

    If you want to send your own `body`, `subject`, and `from` values to populate your message at send
    time, we recommend that you pass a `transactional_message_id` anyway; the values you pass in the
    request will override the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Customer.io attributes metrics to a `transactional_message_id`; if you don't provide a
    `transactional_message_id`, we attribute metrics to `"transactional_message_id": 1`. You can create
    empty transactional messages in the UI and override the `body`, `subject`, and `from` values at send
    time. This provides flexibility in your integration and lets you organize metrics (rather than
    gathering metrics for all of your transactional messages against a single ID).

    Args:
        body (SendEmailWithoutTemplate | SendEmailWithTemplate | Unset): The payload of a
            transactional message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendEmailResponse200 | SendEmailResponse400 | SendEmailResponse403 | SendEmailResponse413]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendEmailWithoutTemplate | SendEmailWithTemplate | Unset = UNSET,
) -> (
    SendEmailResponse200
    | SendEmailResponse400
    | SendEmailResponse403
    | SendEmailResponse413
    | None
):
    """Send a transactional email

     Send a transactional email. You can send a message using a `transactional_message_id` or send your
    own `body`, `subject`, and `from` values at send time. The `transactional_message_id` can be either
    the numerical ID for the template or the *Trigger Name* that you assigned the template.

    If you want to send your own `body`, `subject`, and `from` values to populate your message at send
    time, we recommend that you pass a `transactional_message_id` anyway; the values you pass in the
    request will override the template.

    You can find your `transactional_message_id` from the code sample in the **Overview** tab for your
    transactional message in the user interface, or you can look up a list of your transactional
    messages through the [App API](#tag/Transactional).

    Customer.io attributes metrics to a `transactional_message_id`; if you don't provide a
    `transactional_message_id`, we attribute metrics to `"transactional_message_id": 1`. You can create
    empty transactional messages in the UI and override the `body`, `subject`, and `from` values at send
    time. This provides flexibility in your integration and lets you organize metrics (rather than
    gathering metrics for all of your transactional messages against a single ID).

    Args:
        body (SendEmailWithoutTemplate | SendEmailWithTemplate | Unset): The payload of a
            transactional message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendEmailResponse200 | SendEmailResponse400 | SendEmailResponse403 | SendEmailResponse413
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
