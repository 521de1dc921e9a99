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

T = TypeVar("T", bound="SlackSentData")


@_attrs_define
class SlackSentData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipient (str): The channel or person that received the message, i.e. `#general`.
        content (str | Unset): The of your slack message. This key only appears if you enabled the *Body Content* option
            when setting up your webhook.
    """

    recipient: str
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SlackSentData"))
        recipient = d.pop("recipient")
        if type(recipient) is not str:
            recipient = expect_str(recipient, "SlackSentData.recipient")

        content = d.pop("content", UNSET)
        if type(content) is not str and content is not UNSET:
            content = expect_str(content, "SlackSentData.content")

        slack_sent_data = cls(
            recipient=recipient,
            content=content,
        )

        slack_sent_data.additional_properties = d
        return slack_sent_data

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
