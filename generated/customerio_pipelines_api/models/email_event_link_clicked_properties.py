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

T = TypeVar("T", bound="EmailEventLinkClickedProperties")


@_attrs_define
class EmailEventLinkClickedProperties:
    """
    Attributes:
        email_id (str): The ID of the email/delivery.
        email_subject (str | Unset): The email's subject line.
        campaign_id (str | Unset): The ID of the campaign the email belongs to.
        campaign_name (str | Unset): The campaign's friendly name.
        link_id (str | Unset): The ID of the link that the user clicked.
        link_url (str | Unset): The URL of the link that the user clicked.
    """

    email_id: str
    email_subject: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    link_id: str | Unset = UNSET
    link_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        email_subject = self.email_subject

        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        link_id = self.link_id

        link_url = self.link_url

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
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if link_url is not UNSET:
            field_dict["link_url"] = link_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EmailEventLinkClickedProperties"))
        email_id = d.pop("email_id")
        if type(email_id) is not str:
            email_id = expect_str(email_id, "EmailEventLinkClickedProperties.email_id")

        email_subject = d.pop("email_subject", UNSET)
        if type(email_subject) is not str and email_subject is not UNSET:
            email_subject = expect_str(
                email_subject, "EmailEventLinkClickedProperties.email_subject"
            )

        campaign_id = d.pop("campaign_id", UNSET)
        if type(campaign_id) is not str and campaign_id is not UNSET:
            campaign_id = expect_str(
                campaign_id, "EmailEventLinkClickedProperties.campaign_id"
            )

        campaign_name = d.pop("campaign_name", UNSET)
        if type(campaign_name) is not str and campaign_name is not UNSET:
            campaign_name = expect_str(
                campaign_name, "EmailEventLinkClickedProperties.campaign_name"
            )

        link_id = d.pop("link_id", UNSET)
        if type(link_id) is not str and link_id is not UNSET:
            link_id = expect_str(link_id, "EmailEventLinkClickedProperties.link_id")

        link_url = d.pop("link_url", UNSET)
        if type(link_url) is not str and link_url is not UNSET:
            link_url = expect_str(link_url, "EmailEventLinkClickedProperties.link_url")

        email_event_link_clicked_properties = cls(
            email_id=email_id,
            email_subject=email_subject,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            link_id=link_id,
            link_url=link_url,
        )

        email_event_link_clicked_properties.additional_properties = d
        return email_event_link_clicked_properties

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
