from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="EmailOpenedData")


@_attrs_define
class EmailOpenedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipient (str): The recipient address for an action. Example: test@example.com.
        subject (str | Unset): The subject of the email.
        proxied (bool | Unset): If true, the email was fetched by a proxy to hide the user identity, IP address, etc.
        prefetched (bool | Unset): If true, the email was opened by Gmail, Apple Privacy Protection, or a user agent
            identified as a machine.
        synthetic (bool | Unset): If true, Customer.io inferred the open event because we tracked a click event before
            we registered an open event (and a link in an email can't be clicked without the email being opened). This does
            not necessarily mean that the open was machine-oriented. The click—and therefore, the open—could have originated
            from either a machine or a person.
    """

    recipient: str
    subject: str | Unset = UNSET
    proxied: bool | Unset = UNSET
    prefetched: bool | Unset = UNSET
    synthetic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        subject = self.subject

        proxied = self.proxied

        prefetched = self.prefetched

        synthetic = self.synthetic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if proxied is not UNSET:
            field_dict["proxied"] = proxied
        if prefetched is not UNSET:
            field_dict["prefetched"] = prefetched
        if synthetic is not UNSET:
            field_dict["synthetic"] = synthetic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EmailOpenedData"))
        recipient = d.pop("recipient")
        if type(recipient) is not str:
            recipient = expect_str(recipient, "EmailOpenedData.recipient")

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(subject, "EmailOpenedData.subject")

        proxied = d.pop("proxied", UNSET)
        if type(proxied) is not bool and proxied is not UNSET:
            proxied = expect_bool(proxied, "EmailOpenedData.proxied")

        prefetched = d.pop("prefetched", UNSET)
        if type(prefetched) is not bool and prefetched is not UNSET:
            prefetched = expect_bool(prefetched, "EmailOpenedData.prefetched")

        synthetic = d.pop("synthetic", UNSET)
        if type(synthetic) is not bool and synthetic is not UNSET:
            synthetic = expect_bool(synthetic, "EmailOpenedData.synthetic")

        email_opened_data = cls(
            recipient=recipient,
            subject=subject,
            proxied=proxied,
            prefetched=prefetched,
            synthetic=synthetic,
        )

        email_opened_data.additional_properties = d
        return email_opened_data

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
