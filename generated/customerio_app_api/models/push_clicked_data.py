from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.push_clicked_data_recipients_item import PushClickedDataRecipientsItem


T = TypeVar("T", bound="PushClickedData")


@_attrs_define
class PushClickedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        href (str): The URL of the link that a person clicked. Example: https://docs.customer.io.
        link_id (int): The identifier for the tracked link that a person clicked or tapped. Example: 1.
        recipients (list[PushClickedDataRecipientsItem]):
    """

    href: str
    link_id: int
    recipients: list[PushClickedDataRecipientsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        link_id = self.link_id

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "link_id": link_id,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.push_clicked_data_recipients_item import (
            PushClickedDataRecipientsItem,
        )

        d = dict(expect_object(src_dict, "PushClickedData"))
        href = d.pop("href")
        if type(href) is not str:
            href = expect_str(href, "PushClickedData.href")

        link_id = d.pop("link_id")
        if type(link_id) is not int:
            link_id = expect_int(link_id, "PushClickedData.link_id")

        recipients = []
        _recipients = expect_list(d.pop("recipients"), "PushClickedData.recipients")
        for recipients_item_data in _recipients:
            recipients_item = PushClickedDataRecipientsItem.from_dict(
                recipients_item_data
            )

            recipients.append(recipients_item)

        push_clicked_data = cls(
            href=href,
            link_id=link_id,
            recipients=recipients,
        )

        push_clicked_data.additional_properties = d
        return push_clicked_data

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
