from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.push_sent_data_recipients_item import PushSentDataRecipientsItem


T = TypeVar("T", bound="PushSentData")


@_attrs_define
class PushSentData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipients (list[PushSentDataRecipientsItem]):
        content (str | Unset): The stringified payload for your push notification. This key only appears if you enabled
            the *Body Content* option when setting up your webhook.
    """

    recipients: list[PushSentDataRecipientsItem]
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.push_sent_data_recipients_item import PushSentDataRecipientsItem

        d = dict(expect_object(src_dict, "PushSentData"))
        recipients = []
        _recipients = expect_list(d.pop("recipients"), "PushSentData.recipients")
        for recipients_item_data in _recipients:
            recipients_item = PushSentDataRecipientsItem.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        content = d.pop("content", UNSET)
        if type(content) is not str and content is not UNSET:
            content = expect_str(content, "PushSentData.content")

        push_sent_data = cls(
            recipients=recipients,
            content=content,
        )

        push_sent_data.additional_properties = d
        return push_sent_data

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
