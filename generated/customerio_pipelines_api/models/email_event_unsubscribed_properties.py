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

T = TypeVar("T", bound="EmailEventUnsubscribedProperties")


@_attrs_define
class EmailEventUnsubscribedProperties:
    """Event properties that you can send in a semantic email event. You should send as many of these properties as are
    available, but you'll almost certainly need the `email_id` to know which email the event refers to.

        Attributes:
            email_id (str): The ID of the email/delivery.
            email_subject (str | Unset): The email's subject line.
            campaign_id (str | Unset): The ID of the campaign the email belongs to.
            campaign_name (str | Unset): The campaign's friendly name.
            list_id (str | Unset): The ID of the mailing list the user unsubscribed from.
            list_name (str | Unset): The name of the mailing list the user unsubscribed from.
    """

    email_id: str
    email_subject: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    list_id: str | Unset = UNSET
    list_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        email_subject = self.email_subject

        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        list_id = self.list_id

        list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_id": email_id,
            }
        )
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if list_name is not UNSET:
            field_dict["list_name"] = list_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EmailEventUnsubscribedProperties"))
        email_id = d.pop("email_id")
        if type(email_id) is not str:
            email_id = expect_str(email_id, "EmailEventUnsubscribedProperties.email_id")

        email_subject = d.pop("email_subject", UNSET)
        if type(email_subject) is not str and email_subject is not UNSET:
            email_subject = expect_str(
                email_subject, "EmailEventUnsubscribedProperties.email_subject"
            )

        campaign_id = d.pop("campaign_id", UNSET)
        if type(campaign_id) is not str and campaign_id is not UNSET:
            campaign_id = expect_str(
                campaign_id, "EmailEventUnsubscribedProperties.campaign_id"
            )

        campaign_name = d.pop("campaign_name", UNSET)
        if type(campaign_name) is not str and campaign_name is not UNSET:
            campaign_name = expect_str(
                campaign_name, "EmailEventUnsubscribedProperties.campaign_name"
            )

        list_id = d.pop("list_id", UNSET)
        if type(list_id) is not str and list_id is not UNSET:
            list_id = expect_str(list_id, "EmailEventUnsubscribedProperties.list_id")

        list_name = d.pop("list_name", UNSET)
        if type(list_name) is not str and list_name is not UNSET:
            list_name = expect_str(
                list_name, "EmailEventUnsubscribedProperties.list_name"
            )

        email_event_unsubscribed_properties = cls(
            email_id=email_id,
            email_subject=email_subject,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            list_id=list_id,
            list_name=list_name,
        )

        email_event_unsubscribed_properties.additional_properties = d
        return email_event_unsubscribed_properties

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
