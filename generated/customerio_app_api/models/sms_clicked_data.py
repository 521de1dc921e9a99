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

T = TypeVar("T", bound="SmsClickedData")


@_attrs_define
class SmsClickedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipient (str): The MSISDN (phone number) of the SMS recipient.
        link_id (int): The identifier for the tracked link that a person clicked or tapped. Example: 1.
        href (str): The URL of the link that a person clicked. Example: https://docs.customer.io.
    """

    recipient: str
    link_id: int
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        link_id = self.link_id

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "link_id": link_id,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SmsClickedData"))
        recipient = d.pop("recipient")
        if type(recipient) is not str:
            recipient = expect_str(recipient, "SmsClickedData.recipient")

        link_id = d.pop("link_id")
        if type(link_id) is not int:
            link_id = expect_int(link_id, "SmsClickedData.link_id")

        href = d.pop("href")
        if type(href) is not str:
            href = expect_str(href, "SmsClickedData.href")

        sms_clicked_data = cls(
            recipient=recipient,
            link_id=link_id,
            href=href,
        )

        sms_clicked_data.additional_properties = d
        return sms_clicked_data

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
