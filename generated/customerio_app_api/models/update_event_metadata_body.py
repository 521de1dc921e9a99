from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.update_event_metadata_body_events_item import (
        UpdateEventMetadataBodyEventsItem,
    )


T = TypeVar("T", bound="UpdateEventMetadataBody")


@_attrs_define
class UpdateEventMetadataBody:
    """
    Attributes:
        events (list[UpdateEventMetadataBodyEventsItem]): Array of event updates
    """

    events: list[UpdateEventMetadataBodyEventsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_event_metadata_body_events_item import (
            UpdateEventMetadataBodyEventsItem,
        )

        d = dict(expect_object(src_dict, "UpdateEventMetadataBody"))
        events = []
        _events = expect_list(d.pop("events"), "UpdateEventMetadataBody.events")
        for events_item_data in _events:
            events_item = UpdateEventMetadataBodyEventsItem.from_dict(events_item_data)

            events.append(events_item)

        update_event_metadata_body = cls(
            events=events,
        )

        update_event_metadata_body.additional_properties = d
        return update_event_metadata_body

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
