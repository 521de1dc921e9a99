from typing import Any, cast

import httpx

from ... import errors
from ..._operations import OPERATION_ID
from ...client import AuthenticatedClient, Client
from ...models.add_device import AddDevice
from ...models.delete_device import DeleteDevice
from ...models.delivery import Delivery
from ...models.entity_response_400 import EntityResponse400
from ...models.identify_anonymous import IdentifyAnonymous
from ...models.identify_person import IdentifyPerson
from ...models.object_add_relationships import ObjectAddRelationships
from ...models.object_delete import ObjectDelete
from ...models.object_delete_relationships import ObjectDeleteRelationships
from ...models.object_identify import ObjectIdentify
from ...models.person_add_relationships import PersonAddRelationships
from ...models.person_delete import PersonDelete
from ...models.person_delete_relationships import PersonDeleteRelationships
from ...models.person_event import PersonEvent
from ...models.person_merge import PersonMerge
from ...models.person_page import PersonPage
from ...models.person_screen import PersonScreen
from ...models.suppress import Suppress
from ...models.unsuppress import Unsuppress
from ...types import UNSET, Response, Unset, expect_some_keys, status_of

_OPERATION = (OPERATION_ID["entity"], "POST", "/api/v2/entity")


def _get_kwargs(
    *,
    body: AddDevice
    | DeleteDevice
    | Delivery
    | IdentifyAnonymous
    | IdentifyPerson
    | ObjectAddRelationships
    | ObjectDelete
    | ObjectDeleteRelationships
    | ObjectIdentify
    | PersonAddRelationships
    | PersonDelete
    | PersonDeleteRelationships
    | PersonEvent
    | PersonMerge
    | PersonPage
    | PersonScreen
    | Suppress
    | Unset
    | Unsuppress = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/entity",
        "extensions": {
            "customerio": {
                "operation_id": OPERATION_ID["entity"],
                "method": "POST",
                "path_template": "/api/v2/entity",
            }
        },
    }

    if not isinstance(body, Unset):
        if (
            isinstance(body, IdentifyPerson)
            or isinstance(body, PersonDelete)
            or isinstance(body, PersonEvent)
            or isinstance(body, PersonScreen)
            or isinstance(body, PersonPage)
            or isinstance(body, PersonAddRelationships)
            or isinstance(body, PersonDeleteRelationships)
            or isinstance(body, AddDevice)
            or isinstance(body, DeleteDevice)
            or isinstance(body, PersonMerge)
            or isinstance(body, Suppress)
            or isinstance(body, Unsuppress)
            or isinstance(body, ObjectIdentify)
            or isinstance(body, IdentifyAnonymous)
            or isinstance(body, ObjectDelete)
            or isinstance(body, ObjectAddRelationships)
            or isinstance(body, ObjectDeleteRelationships)
        ):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EntityResponse400 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = EntityResponse400.from_dict(
            expect_some_keys(
                response.json(), frozenset(("errors",)), "EntityResponse400"
            )
        )

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EntityResponse400]:
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
    body: AddDevice
    | DeleteDevice
    | Delivery
    | IdentifyAnonymous
    | IdentifyPerson
    | ObjectAddRelationships
    | ObjectDelete
    | ObjectDeleteRelationships
    | ObjectIdentify
    | PersonAddRelationships
    | PersonDelete
    | PersonDeleteRelationships
    | PersonEvent
    | PersonMerge
    | PersonPage
    | PersonScreen
    | Suppress
    | Unset
    | Unsuppress = UNSET,
) -> Response[Any | EntityResponse400]:
    """Make a single request

     This endpoint lets you create, update, or delete a single person or object—including managing
    relationships between objects and people.

    An "object" is any kind of non-person entity that you want to associate with one or more people—like
    a company, an educational course that people signed up for, a product, etc.

    Your request must be smaller than 32kb.

    Args:
        body (AddDevice | DeleteDevice | Delivery | IdentifyAnonymous | IdentifyPerson |
            ObjectAddRelationships | ObjectDelete | ObjectDeleteRelationships | ObjectIdentify |
            PersonAddRelationships | PersonDelete | PersonDeleteRelationships | PersonEvent |
            PersonMerge | PersonPage | PersonScreen | Suppress | Unset | Unsuppress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EntityResponse400]
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
    body: AddDevice
    | DeleteDevice
    | Delivery
    | IdentifyAnonymous
    | IdentifyPerson
    | ObjectAddRelationships
    | ObjectDelete
    | ObjectDeleteRelationships
    | ObjectIdentify
    | PersonAddRelationships
    | PersonDelete
    | PersonDeleteRelationships
    | PersonEvent
    | PersonMerge
    | PersonPage
    | PersonScreen
    | Suppress
    | Unset
    | Unsuppress = UNSET,
) -> Any | EntityResponse400 | None:
    """Make a single request

     This endpoint lets you create, update, or delete a single person or object—including managing
    relationships between objects and people.

    An "object" is any kind of non-person entity that you want to associate with one or more people—like
    a company, an educational course that people signed up for, a product, etc.

    Your request must be smaller than 32kb.

    Args:
        body (AddDevice | DeleteDevice | Delivery | IdentifyAnonymous | IdentifyPerson |
            ObjectAddRelationships | ObjectDelete | ObjectDeleteRelationships | ObjectIdentify |
            PersonAddRelationships | PersonDelete | PersonDeleteRelationships | PersonEvent |
            PersonMerge | PersonPage | PersonScreen | Suppress | Unset | Unsuppress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EntityResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddDevice
    | DeleteDevice
    | Delivery
    | IdentifyAnonymous
    | IdentifyPerson
    | ObjectAddRelationships
    | ObjectDelete
    | ObjectDeleteRelationships
    | ObjectIdentify
    | PersonAddRelationships
    | PersonDelete
    | PersonDeleteRelationships
    | PersonEvent
    | PersonMerge
    | PersonPage
    | PersonScreen
    | Suppress
    | Unset
    | Unsuppress = UNSET,
) -> Response[Any | EntityResponse400]:
    """Make a single request

     This endpoint lets you create, update, or delete a single person or object—including managing
    relationships between objects and people.

    An "object" is any kind of non-person entity that you want to associate with one or more people—like
    a company, an educational course that people signed up for, a product, etc.

    Your request must be smaller than 32kb.

    Args:
        body (AddDevice | DeleteDevice | Delivery | IdentifyAnonymous | IdentifyPerson |
            ObjectAddRelationships | ObjectDelete | ObjectDeleteRelationships | ObjectIdentify |
            PersonAddRelationships | PersonDelete | PersonDeleteRelationships | PersonEvent |
            PersonMerge | PersonPage | PersonScreen | Suppress | Unset | Unsuppress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EntityResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddDevice
    | DeleteDevice
    | Delivery
    | IdentifyAnonymous
    | IdentifyPerson
    | ObjectAddRelationships
    | ObjectDelete
    | ObjectDeleteRelationships
    | ObjectIdentify
    | PersonAddRelationships
    | PersonDelete
    | PersonDeleteRelationships
    | PersonEvent
    | PersonMerge
    | PersonPage
    | PersonScreen
    | Suppress
    | Unset
    | Unsuppress = UNSET,
) -> Any | EntityResponse400 | None:
    """Make a single request

     This endpoint lets you create, update, or delete a single person or object—including managing
    relationships between objects and people.

    An "object" is any kind of non-person entity that you want to associate with one or more people—like
    a company, an educational course that people signed up for, a product, etc.

    Your request must be smaller than 32kb.

    Args:
        body (AddDevice | DeleteDevice | Delivery | IdentifyAnonymous | IdentifyPerson |
            ObjectAddRelationships | ObjectDelete | ObjectDeleteRelationships | ObjectIdentify |
            PersonAddRelationships | PersonDelete | PersonDeleteRelationships | PersonEvent |
            PersonMerge | PersonPage | PersonScreen | Suppress | Unset | Unsuppress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EntityResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
