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

T = TypeVar("T", bound="BrazeCreateAlias")


@_attrs_define
class BrazeCreateAlias:
    """Create new user aliases for existing identified users, or to create new unidentified users.

    Attributes:
        external_id (None | str | Unset): The external ID of the user to create an alias for.
        alias_name (str | Unset): The alias identifier
        alias_label (str | Unset): A label indicating the type of alias
    """

    external_id: None | str | Unset = UNSET
    alias_name: str | Unset = UNSET
    alias_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        alias_name = self.alias_name

        alias_label = self.alias_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if alias_label is not UNSET:
            field_dict["alias_label"] = alias_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BrazeCreateAlias"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        alias_name = d.pop("alias_name", UNSET)
        if type(alias_name) is not str and alias_name is not UNSET:
            alias_name = expect_str(alias_name, "BrazeCreateAlias.alias_name")

        alias_label = d.pop("alias_label", UNSET)
        if type(alias_label) is not str and alias_label is not UNSET:
            alias_label = expect_str(alias_label, "BrazeCreateAlias.alias_label")

        braze_create_alias = cls(
            external_id=external_id,
            alias_name=alias_name,
            alias_label=alias_label,
        )

        braze_create_alias.additional_properties = d
        return braze_create_alias

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
