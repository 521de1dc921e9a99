from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.import_body import ImportBody
from ...models.import_response_200 import ImportResponse200
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["import_"], "POST", "/v1/imports")


def _get_kwargs(
    *,
    body: ImportBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/imports",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["import_"],
                "method": "POST",
                "path_template": "/v1/imports",
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
) -> Any | ImportResponse200 | None:
    if response.status_code == 200:
        response_200 = ImportResponse200.from_dict(
            expect_some_keys(
                response.json(), frozenset(("import",)), "ImportResponse200"
            )
        )

        return response_200

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ImportResponse200]:
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
    body: ImportBody | Unset = UNSET,
) -> Response[Any | ImportResponse200]:
    """Import items in bulk

     This endpoint lets you upload a CSV file containing people, events, objects, or relationships. It
    provides a handy way of adding and updating them in bulk. Uploading people, objects, or
    relationships is like performing an [`identify` call](/api/track/#operation/entity) for each row in
    your CSV; uploading events is like performing a [`track` call](/api/track/#operation/track).

    You'll need to provide us the public URL of your CSV as a part of this operation. We recommend that
    you host your CSVs from short-lived URLs. Ideally, your URLs will expire 2 hours after you initiate
    an import so that your customers' information doesn't remain publicly available after you've
    uploaded it to us.

    Check out the CSV requirements based on what you're importing: [people](/uploading-people/#csv-
    requirements), [events](/journeys/uploading-people/#event-csv-requirements), and [objects or
    relationships](/journeys/import-objects/#csv-requirements).

    This endpoint performs some basic validation on the request and then queues the import for
    processing. The import happens in multiple stages after your request, and may even fail. You'll need
    to [lookup the status of the import](#getImport) to check on its progress.

    Records in your CSV might result in errors or warnings during the import. We make the errors and
    warnings available in CSV files that you can download via our export endpoints. [Lookup your
    import](#getImport) to get download URLs for error and warning reports.

    Args:
        body (ImportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportResponse200]
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
    body: ImportBody | Unset = UNSET,
) -> Any | ImportResponse200 | None:
    """Import items in bulk

     This endpoint lets you upload a CSV file containing people, events, objects, or relationships. It
    provides a handy way of adding and updating them in bulk. Uploading people, objects, or
    relationships is like performing an [`identify` call](/api/track/#operation/entity) for each row in
    your CSV; uploading events is like performing a [`track` call](/api/track/#operation/track).

    You'll need to provide us the public URL of your CSV as a part of this operation. We recommend that
    you host your CSVs from short-lived URLs. Ideally, your URLs will expire 2 hours after you initiate
    an import so that your customers' information doesn't remain publicly available after you've
    uploaded it to us.

    Check out the CSV requirements based on what you're importing: [people](/uploading-people/#csv-
    requirements), [events](/journeys/uploading-people/#event-csv-requirements), and [objects or
    relationships](/journeys/import-objects/#csv-requirements).

    This endpoint performs some basic validation on the request and then queues the import for
    processing. The import happens in multiple stages after your request, and may even fail. You'll need
    to [lookup the status of the import](#getImport) to check on its progress.

    Records in your CSV might result in errors or warnings during the import. We make the errors and
    warnings available in CSV files that you can download via our export endpoints. [Lookup your
    import](#getImport) to get download URLs for error and warning reports.

    Args:
        body (ImportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportBody | Unset = UNSET,
) -> Response[Any | ImportResponse200]:
    """Import items in bulk

     This endpoint lets you upload a CSV file containing people, events, objects, or relationships. It
    provides a handy way of adding and updating them in bulk. Uploading people, objects, or
    relationships is like performing an [`identify` call](/api/track/#operation/entity) for each row in
    your CSV; uploading events is like performing a [`track` call](/api/track/#operation/track).

    You'll need to provide us the public URL of your CSV as a part of this operation. We recommend that
    you host your CSVs from short-lived URLs. Ideally, your URLs will expire 2 hours after you initiate
    an import so that your customers' information doesn't remain publicly available after you've
    uploaded it to us.

    Check out the CSV requirements based on what you're importing: [people](/uploading-people/#csv-
    requirements), [events](/journeys/uploading-people/#event-csv-requirements), and [objects or
    relationships](/journeys/import-objects/#csv-requirements).

    This endpoint performs some basic validation on the request and then queues the import for
    processing. The import happens in multiple stages after your request, and may even fail. You'll need
    to [lookup the status of the import](#getImport) to check on its progress.

    Records in your CSV might result in errors or warnings during the import. We make the errors and
    warnings available in CSV files that you can download via our export endpoints. [Lookup your
    import](#getImport) to get download URLs for error and warning reports.

    Args:
        body (ImportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportBody | Unset = UNSET,
) -> Any | ImportResponse200 | None:
    """Import items in bulk

     This endpoint lets you upload a CSV file containing people, events, objects, or relationships. It
    provides a handy way of adding and updating them in bulk. Uploading people, objects, or
    relationships is like performing an [`identify` call](/api/track/#operation/entity) for each row in
    your CSV; uploading events is like performing a [`track` call](/api/track/#operation/track).

    You'll need to provide us the public URL of your CSV as a part of this operation. We recommend that
    you host your CSVs from short-lived URLs. Ideally, your URLs will expire 2 hours after you initiate
    an import so that your customers' information doesn't remain publicly available after you've
    uploaded it to us.

    Check out the CSV requirements based on what you're importing: [people](/uploading-people/#csv-
    requirements), [events](/journeys/uploading-people/#event-csv-requirements), and [objects or
    relationships](/journeys/import-objects/#csv-requirements).

    This endpoint performs some basic validation on the request and then queues the import for
    processing. The import happens in multiple stages after your request, and may even fail. You'll need
    to [lookup the status of the import](#getImport) to check on its progress.

    Records in your CSV might result in errors or warnings during the import. We make the errors and
    warnings available in CSV files that you can download via our export endpoints. [Lookup your
    import](#getImport) to get download URLs for error and warning reports.

    Args:
        body (ImportBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
