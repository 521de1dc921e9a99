from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="SubmitFormBodyIdentifyById")


@_attrs_define
class SubmitFormBodyIdentifyById:
    """Identify the person who submitted your form by ID.

    Example:
        {'id': 12345, 'first_name': 'cool', 'last_name': 'person', 'fav_food': 'pizza'}

    Attributes:
        id (None | str): The ID of a customer profile, analogous to a "person" in the UI. If your workspace supports
            multiple identifiers (email and ID), this value can be null. Example: 42.
    """

    id: None | str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SubmitFormBodyIdentifyById"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        submit_form_body_identify_by_id = cls(
            id=id,
        )

        submit_form_body_identify_by_id.additional_properties = d
        return submit_form_body_identify_by_id

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
