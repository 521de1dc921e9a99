from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.trigger_broadcast_user_maps_emails_data import (
        TriggerBroadcastUserMapsEmailsData,
    )


T = TypeVar("T", bound="TriggerBroadcastUserMapsEmails")


@_attrs_define
class TriggerBroadcastUserMapsEmails:
    """
    Attributes:
        email (str): The email address of the recipient. This address must be unique in your workspace. If more than one
            person has the same `email` attribute, your request will produce an error. Example: recipient1@example.com.
        data (TriggerBroadcastUserMapsEmailsData | Unset): Merge data associated with the recipient. Example:
            {'firstName': 'Hugh', 'lastName': 'Mann', 'purchase': 'shoes'}.
    """

    email: str
    data: TriggerBroadcastUserMapsEmailsData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trigger_broadcast_user_maps_emails_data import (
            TriggerBroadcastUserMapsEmailsData,
        )

        d = dict(expect_object(src_dict, "TriggerBroadcastUserMapsEmails"))
        email = d.pop("email")
        if type(email) is not str:
            email = expect_str(email, "TriggerBroadcastUserMapsEmails.email")

        _data = d.pop("data", UNSET)
        data: TriggerBroadcastUserMapsEmailsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TriggerBroadcastUserMapsEmailsData.from_dict(_data)

        trigger_broadcast_user_maps_emails = cls(
            email=email,
            data=data,
        )

        trigger_broadcast_user_maps_emails.additional_properties = d
        return trigger_broadcast_user_maps_emails

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
