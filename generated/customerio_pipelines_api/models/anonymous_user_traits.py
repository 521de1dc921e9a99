from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

T = TypeVar("T", bound="AnonymousUserTraits")


@_attrs_define
class AnonymousUserTraits:
    """Additional properties that you know about a person. We've listed some common/reserved traits below, but you can add
    any traits that you might use in another system.

        Attributes:
            email (str | Unset): A person's email address. In some cases, you can pass an empty `userId` and we'll use this
                value to identify a person.
            created_at (datetime.datetime | Unset): We recommend that you pass date-time values as ISO 8601 date-time
                strings. We convert this value to fit destinations where appropriate.
    """

    email: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AnonymousUserTraits"))
        email = d.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = expect_str(email, "AnonymousUserTraits.email")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        anonymous_user_traits = cls(
            email=email,
            created_at=created_at,
        )

        anonymous_user_traits.additional_properties = d
        return anonymous_user_traits

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
