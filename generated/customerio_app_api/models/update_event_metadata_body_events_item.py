from __future__ import annotations

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
)

T = TypeVar("T", bound="UpdateEventMetadataBodyEventsItem")


@_attrs_define
class UpdateEventMetadataBodyEventsItem:
    """
    Attributes:
        name (str): The name of the event Example: purchase_completed.
        description (str | Unset): The meaning of the event Example: User successfully completed a purchase.
    """

    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "UpdateEventMetadataBodyEventsItem"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "UpdateEventMetadataBodyEventsItem.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "UpdateEventMetadataBodyEventsItem.description"
            )

        update_event_metadata_body_events_item = cls(
            name=name,
            description=description,
        )

        update_event_metadata_body_events_item.additional_properties = d
        return update_event_metadata_body_events_item

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
