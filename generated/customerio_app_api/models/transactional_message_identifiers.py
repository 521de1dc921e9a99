from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="TransactionalMessageIdentifiers")


@_attrs_define
class TransactionalMessageIdentifiers:
    """The person the event represents. This object contains all of the identifiers available to people in your workspace,
    even if they aren't set. If your workspace supports multiple identifiers (email and ID), this object contains `id`,
    `email` (either of which can be null), and `cio_id`.

    Otherwise, if your workspace only supports ID, this object just contains the `id` of the person the event
    represents.

        Attributes:
            id (None | str): The ID of a customer profile, analogous to a "person" in the UI. If your workspace supports
                multiple identifiers (email and ID), this value can be null. Example: 42.
            email (None | str | Unset): The email address of the customer. Example: test@example.com.
            cio_id (str | Unset): The canonical identifier for a person, present only if your workspace supports multiple
                identifiers (email and ID). This value exists to keep a record of a person in your workspace across changes to
                their other identifiers. Example: d9c106000001.
    """

    id: None | str
    email: None | str | Unset = UNSET
    cio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        cio_id = self.cio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "TransactionalMessageIdentifiers"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        cio_id = d.pop("cio_id", UNSET)
        if type(cio_id) is not str and cio_id is not UNSET:
            cio_id = expect_str(cio_id, "TransactionalMessageIdentifiers.cio_id")

        transactional_message_identifiers = cls(
            id=id,
            email=email,
            cio_id=cio_id,
        )

        transactional_message_identifiers.additional_properties = d
        return transactional_message_identifiers

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
