from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="SubmitFormBodyIdentifyByEmail")


@_attrs_define
class SubmitFormBodyIdentifyByEmail:
    """Identify the person who submitted your form by email.

    Example:
        {'email': 'cool.person@example.com', 'first_name': 'cool', 'last_name': 'person', 'fav_food': 'pizza'}

    Attributes:
        email (None | str): The email address of the customer. Example: test@example.com.
    """

    email: None | str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SubmitFormBodyIdentifyByEmail"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        submit_form_body_identify_by_email = cls(
            email=email,
        )

        submit_form_body_identify_by_email.additional_properties = d
        return submit_form_body_identify_by_email

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
