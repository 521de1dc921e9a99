from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.submit_form_body import SubmitFormBody
from ...models.submit_form_response_400 import SubmitFormResponse400
from ...types import UNSET, Response, Unset, expect_some_keys, path_segment, status_of

_OPERATION = (OPERATION_ID["submit_form"], "POST", "/api/v1/forms/{form_id}/submit")


def _get_kwargs(
    form_id: str,
    *,
    body: SubmitFormBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/forms/{form_id}/submit".format(
            form_id=path_segment(form_id, "form_id"),
        ),
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["submit_form"],
                "method": "POST",
                "path_template": "/api/v1/forms/{form_id}/submit",
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
) -> Any | SubmitFormResponse400 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = SubmitFormResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("meta",)), "SubmitFormResponse400"
            )
        )

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SubmitFormResponse400]:
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
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormBody | Unset = UNSET,
) -> Response[Any | SubmitFormResponse400]:
    """Submit a form

     Submit a form response. If Customer.io does not recognize the `form_id` we create a new form
    connection (found on the *Data & Integrations* > *Integrations* > *Forms* page). Form submissions
    with the same ID are treated as submissions from the same form.

    The `data` object _must_ contain at least one of `id` or `email` (depending on the identifiers
    supported in your workspace)—or a field that is mapped to one of these identifiers—to identify the
    form respondent. If the person who submitted the form does not already exist, we create them (like
    an [identify](#operation/identify) request).

    Additional keys in the `data` object represent form fields and values from the form that a person
    submitted. By default, we map form fields in your request directly to attributes, e.g. if you have a
    form field called `first_name`, we map that field to the `first_name` attribute.

    **NOTES**:
      * You cannot disable fields that you send to this API. If you send a field (as `data`) to this
    API, we'll include it in the form submission.
      * If an identifier in your form is called something like `email_address` rather than `email` in
    your initial request, you'll receive a `400`, but we'll still add your form on the **Data &
    Integrations** > **Integrations** > **Forms** page. You can then re-map your `email_address` field
    to `email`, and your form will begin working normally.
      * Customer.io reserves `form_id`, `form_name`, `form_type`, `form_url`, and `form_url_param` keys.
    If your request includes these keys, Customer.io ignores them.

    Args:
        form_id (str):
        body (SubmitFormBody | Unset): The body of the request contains key-value pairs
            representing form fields; these values are mapped to attributes. Your request must contain
            one of—and only one of—`email` or `id` to identify a person (depending on the identifiers
            supported in your workspace). If the person who filled out your form does not already
            exist, the request creates them. If your request includes more than one identifier, you'll
            receive an error.

            **NOTE**: If your form field is called something like `email_address`, you'll receive a
            `400`, but we'll still add your form on the **Data & Integrations** > **Integrations** >
            **Forms** page. You can then re-map your `email_address` field to `email`, and your form
            will begin working normally.

            Additional keys in the `data` object represent form fields from the form that a person
            submitted. By default, we map form fields in your request directly to attributes, e.g. if
            you have a form field called `first_name`, we map that field to the `first_name`
            attribute. However, if you added or edited this form on the *Data & Integration* > *Forms*
            page, you can re-map form fields to attributes. If you turned off a form field on the
            *Forms* page, you can still include it in your request, but it is not applied to the
            person your form identifies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SubmitFormResponse400]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormBody | Unset = UNSET,
) -> Any | SubmitFormResponse400 | None:
    """Submit a form

     Submit a form response. If Customer.io does not recognize the `form_id` we create a new form
    connection (found on the *Data & Integrations* > *Integrations* > *Forms* page). Form submissions
    with the same ID are treated as submissions from the same form.

    The `data` object _must_ contain at least one of `id` or `email` (depending on the identifiers
    supported in your workspace)—or a field that is mapped to one of these identifiers—to identify the
    form respondent. If the person who submitted the form does not already exist, we create them (like
    an [identify](#operation/identify) request).

    Additional keys in the `data` object represent form fields and values from the form that a person
    submitted. By default, we map form fields in your request directly to attributes, e.g. if you have a
    form field called `first_name`, we map that field to the `first_name` attribute.

    **NOTES**:
      * You cannot disable fields that you send to this API. If you send a field (as `data`) to this
    API, we'll include it in the form submission.
      * If an identifier in your form is called something like `email_address` rather than `email` in
    your initial request, you'll receive a `400`, but we'll still add your form on the **Data &
    Integrations** > **Integrations** > **Forms** page. You can then re-map your `email_address` field
    to `email`, and your form will begin working normally.
      * Customer.io reserves `form_id`, `form_name`, `form_type`, `form_url`, and `form_url_param` keys.
    If your request includes these keys, Customer.io ignores them.

    Args:
        form_id (str):
        body (SubmitFormBody | Unset): The body of the request contains key-value pairs
            representing form fields; these values are mapped to attributes. Your request must contain
            one of—and only one of—`email` or `id` to identify a person (depending on the identifiers
            supported in your workspace). If the person who filled out your form does not already
            exist, the request creates them. If your request includes more than one identifier, you'll
            receive an error.

            **NOTE**: If your form field is called something like `email_address`, you'll receive a
            `400`, but we'll still add your form on the **Data & Integrations** > **Integrations** >
            **Forms** page. You can then re-map your `email_address` field to `email`, and your form
            will begin working normally.

            Additional keys in the `data` object represent form fields from the form that a person
            submitted. By default, we map form fields in your request directly to attributes, e.g. if
            you have a form field called `first_name`, we map that field to the `first_name`
            attribute. However, if you added or edited this form on the *Data & Integration* > *Forms*
            page, you can re-map form fields to attributes. If you turned off a form field on the
            *Forms* page, you can still include it in your request, but it is not applied to the
            person your form identifies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SubmitFormResponse400
    """

    return sync_detailed(
        form_id=form_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormBody | Unset = UNSET,
) -> Response[Any | SubmitFormResponse400]:
    """Submit a form

     Submit a form response. If Customer.io does not recognize the `form_id` we create a new form
    connection (found on the *Data & Integrations* > *Integrations* > *Forms* page). Form submissions
    with the same ID are treated as submissions from the same form.

    The `data` object _must_ contain at least one of `id` or `email` (depending on the identifiers
    supported in your workspace)—or a field that is mapped to one of these identifiers—to identify the
    form respondent. If the person who submitted the form does not already exist, we create them (like
    an [identify](#operation/identify) request).

    Additional keys in the `data` object represent form fields and values from the form that a person
    submitted. By default, we map form fields in your request directly to attributes, e.g. if you have a
    form field called `first_name`, we map that field to the `first_name` attribute.

    **NOTES**:
      * You cannot disable fields that you send to this API. If you send a field (as `data`) to this
    API, we'll include it in the form submission.
      * If an identifier in your form is called something like `email_address` rather than `email` in
    your initial request, you'll receive a `400`, but we'll still add your form on the **Data &
    Integrations** > **Integrations** > **Forms** page. You can then re-map your `email_address` field
    to `email`, and your form will begin working normally.
      * Customer.io reserves `form_id`, `form_name`, `form_type`, `form_url`, and `form_url_param` keys.
    If your request includes these keys, Customer.io ignores them.

    Args:
        form_id (str):
        body (SubmitFormBody | Unset): The body of the request contains key-value pairs
            representing form fields; these values are mapped to attributes. Your request must contain
            one of—and only one of—`email` or `id` to identify a person (depending on the identifiers
            supported in your workspace). If the person who filled out your form does not already
            exist, the request creates them. If your request includes more than one identifier, you'll
            receive an error.

            **NOTE**: If your form field is called something like `email_address`, you'll receive a
            `400`, but we'll still add your form on the **Data & Integrations** > **Integrations** >
            **Forms** page. You can then re-map your `email_address` field to `email`, and your form
            will begin working normally.

            Additional keys in the `data` object represent form fields from the form that a person
            submitted. By default, we map form fields in your request directly to attributes, e.g. if
            you have a form field called `first_name`, we map that field to the `first_name`
            attribute. However, if you added or edited this form on the *Data & Integration* > *Forms*
            page, you can re-map form fields to attributes. If you turned off a form field on the
            *Forms* page, you can still include it in your request, but it is not applied to the
            person your form identifies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SubmitFormResponse400]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    form_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitFormBody | Unset = UNSET,
) -> Any | SubmitFormResponse400 | None:
    """Submit a form

     Submit a form response. If Customer.io does not recognize the `form_id` we create a new form
    connection (found on the *Data & Integrations* > *Integrations* > *Forms* page). Form submissions
    with the same ID are treated as submissions from the same form.

    The `data` object _must_ contain at least one of `id` or `email` (depending on the identifiers
    supported in your workspace)—or a field that is mapped to one of these identifiers—to identify the
    form respondent. If the person who submitted the form does not already exist, we create them (like
    an [identify](#operation/identify) request).

    Additional keys in the `data` object represent form fields and values from the form that a person
    submitted. By default, we map form fields in your request directly to attributes, e.g. if you have a
    form field called `first_name`, we map that field to the `first_name` attribute.

    **NOTES**:
      * You cannot disable fields that you send to this API. If you send a field (as `data`) to this
    API, we'll include it in the form submission.
      * If an identifier in your form is called something like `email_address` rather than `email` in
    your initial request, you'll receive a `400`, but we'll still add your form on the **Data &
    Integrations** > **Integrations** > **Forms** page. You can then re-map your `email_address` field
    to `email`, and your form will begin working normally.
      * Customer.io reserves `form_id`, `form_name`, `form_type`, `form_url`, and `form_url_param` keys.
    If your request includes these keys, Customer.io ignores them.

    Args:
        form_id (str):
        body (SubmitFormBody | Unset): The body of the request contains key-value pairs
            representing form fields; these values are mapped to attributes. Your request must contain
            one of—and only one of—`email` or `id` to identify a person (depending on the identifiers
            supported in your workspace). If the person who filled out your form does not already
            exist, the request creates them. If your request includes more than one identifier, you'll
            receive an error.

            **NOTE**: If your form field is called something like `email_address`, you'll receive a
            `400`, but we'll still add your form on the **Data & Integrations** > **Integrations** >
            **Forms** page. You can then re-map your `email_address` field to `email`, and your form
            will begin working normally.

            Additional keys in the `data` object represent form fields from the form that a person
            submitted. By default, we map form fields in your request directly to attributes, e.g. if
            you have a form field called `first_name`, we map that field to the `first_name`
            attribute. However, if you added or edited this form on the *Data & Integration* > *Forms*
            page, you can re-map form fields to attributes. If you turned off a form field on the
            *Forms* page, you can still include it in your request, but it is not applied to the
            person your form identifies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SubmitFormResponse400
    """

    return (
        await asyncio_detailed(
            form_id=form_id,
            client=client,
            body=body,
        )
    ).parsed
