from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="SlackClickedData")


@_attrs_define
class SlackClickedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipient (str): The channel or person that received the message, i.e. `#general`.
        href (str): The URL of the link that a person clicked. Example: https://docs.customer.io.
        link_id (int): The identifier for the tracked link that a person clicked or tapped. Example: 1.
    """

    recipient: str
    href: str
    link_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        href = self.href

        link_id = self.link_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "href": href,
                "link_id": link_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SlackClickedData"))
        recipient = d.pop("recipient")
        if type(recipient) is not str:
            recipient = expect_str(recipient, "SlackClickedData.recipient")

        href = d.pop("href")
        if type(href) is not str:
            href = expect_str(href, "SlackClickedData.href")

        link_id = d.pop("link_id")
        if type(link_id) is not int:
            link_id = expect_int(link_id, "SlackClickedData.link_id")

        slack_clicked_data = cls(
            recipient=recipient,
            href=href,
            link_id=link_id,
        )

        slack_clicked_data.additional_properties = d
        return slack_clicked_data

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
