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
    from ..models.push_dropped_data_recipients_item import PushDroppedDataRecipientsItem


T = TypeVar("T", bound="PushDroppedData")


@_attrs_define
class PushDroppedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipients (list[PushDroppedDataRecipientsItem]):
    """

    recipients: list[PushDroppedDataRecipientsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.push_dropped_data_recipients_item import (
            PushDroppedDataRecipientsItem,
        )

        d = dict(expect_object(src_dict, "PushDroppedData"))
        recipients = []
        _recipients = expect_list(d.pop("recipients"), "PushDroppedData.recipients")
        for recipients_item_data in _recipients:
            recipients_item = PushDroppedDataRecipientsItem.from_dict(
                recipients_item_data
            )

            recipients.append(recipients_item)

        push_dropped_data = cls(
            recipients=recipients,
        )

        push_dropped_data.additional_properties = d
        return push_dropped_data

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
