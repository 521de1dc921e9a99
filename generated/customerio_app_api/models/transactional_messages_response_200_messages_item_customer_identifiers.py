from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

T = TypeVar(
    "T", bound="TransactionalMessagesResponse200MessagesItemCustomerIdentifiers"
)


@_attrs_define
class TransactionalMessagesResponse200MessagesItemCustomerIdentifiers:
    """Contains identifiers for the person represented in a response—`id`, `cio_id`, and `email` (if your workspace uses
    the *Email or ID* setting). If the person's `id` or `email` is not set, the value will be null.

    We recommend that you use this object rather than the less descriptive `customer_id`.

        Attributes:
            email (None | str): A person's email address, if set. Example: test@example.com.
            id (None | str): A person's unique ID, if set. This is the same as the `customer_id` if present. Example: 2.
            cio_id (str): A unique identifier set by Customer.io, used to reference a person if you want to update their
                identifiers. Example: a3000001.
    """

    email: None | str
    id: None | str
    cio_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        id: None | str
        id = self.id

        cio_id = self.cio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "id": id,
                "cio_id": cio_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict,
                "TransactionalMessagesResponse200MessagesItemCustomerIdentifiers",
            )
        )

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        cio_id = d.pop("cio_id")
        if type(cio_id) is not str:
            cio_id = expect_str(
                cio_id,
                "TransactionalMessagesResponse200MessagesItemCustomerIdentifiers.cio_id",
            )

        transactional_messages_response_200_messages_item_customer_identifiers = cls(
            email=email,
            id=id,
            cio_id=cio_id,
        )

        transactional_messages_response_200_messages_item_customer_identifiers.additional_properties = d
        return transactional_messages_response_200_messages_item_customer_identifiers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
