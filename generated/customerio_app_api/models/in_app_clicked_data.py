from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="InAppClickedData")


@_attrs_define
class InAppClickedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipient (str): The ID or email address of the person the message was sent to. This identifier is determined by
            the settings in your message and the value you use to identify your app's users.
        href (str): The URL of the link that a person clicked. Example: https://docs.customer.io.
        link_id (int): The identifier for the tracked link that a person clicked or tapped. Example: 1.
        tracked_response (str | Unset): The *Action Name* of the action a person clicked/tapped in the message. [Learn
            more about tracked responses and action names](/journeys/tracked-responses).
    """

    recipient: str
    href: str
    link_id: int
    tracked_response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        href = self.href

        link_id = self.link_id

        tracked_response = self.tracked_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "href": href,
                "link_id": link_id,
            }
        )
        if tracked_response is not UNSET:
            field_dict["tracked_response"] = tracked_response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "InAppClickedData"))
        recipient = d.pop("recipient")
        if type(recipient) is not str:
            recipient = expect_str(recipient, "InAppClickedData.recipient")

        href = d.pop("href")
        if type(href) is not str:
            href = expect_str(href, "InAppClickedData.href")

        link_id = d.pop("link_id")
        if type(link_id) is not int:
            link_id = expect_int(link_id, "InAppClickedData.link_id")

        tracked_response = d.pop("tracked_response", UNSET)
        if type(tracked_response) is not str and tracked_response is not UNSET:
            tracked_response = expect_str(
                tracked_response, "InAppClickedData.tracked_response"
            )

        in_app_clicked_data = cls(
            recipient=recipient,
            href=href,
            link_id=link_id,
            tracked_response=tracked_response,
        )

        in_app_clicked_data.additional_properties = d
        return in_app_clicked_data

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
