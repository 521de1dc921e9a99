from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.send_push_body_custom_device_platform import (
    SendPushBodyCustomDevicePlatform,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.send_push_body_custom_device_attributes import (
        SendPushBodyCustomDeviceAttributes,
    )


T = TypeVar("T", bound="SendPushBodyCustomDevice")


@_attrs_define
class SendPushBodyCustomDevice:
    """A device to perform an upsert operation at the time of send. The device will be added/updated on the profile from
    the Identifiers block.

        Attributes:
            token (str): The device token.
            platform (SendPushBodyCustomDevicePlatform): The device/messaging platform.
            last_used (int | Unset): The `timestamp` when you last identified this device. If you don't pass a timestamp
                when you add or update a device, we use the time of the request itself. Our SDKs identify a device when a person
                launches their app.
            attributes (SendPushBodyCustomDeviceAttributes | Unset): Attributes that you can reference to segment your
                audience—like a person's attributes, but specific to a device. These can be either the attributes defined below
                or custom key-value attributes.
    """

    token: str
    platform: SendPushBodyCustomDevicePlatform
    last_used: int | Unset = UNSET
    attributes: SendPushBodyCustomDeviceAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform = self.platform.value

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "platform": platform,
            }
        )
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_push_body_custom_device_attributes import (
            SendPushBodyCustomDeviceAttributes,
        )

        d = dict(expect_object(src_dict, "SendPushBodyCustomDevice"))
        token = d.pop("token")
        if type(token) is not str:
            token = expect_str(token, "SendPushBodyCustomDevice.token")

        platform = SendPushBodyCustomDevicePlatform(d.pop("platform"))

        last_used = d.pop("last_used", UNSET)
        if type(last_used) is not int and last_used is not UNSET:
            last_used = expect_int(last_used, "SendPushBodyCustomDevice.last_used")

        _attributes = d.pop("attributes", UNSET)
        attributes: SendPushBodyCustomDeviceAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = SendPushBodyCustomDeviceAttributes.from_dict(_attributes)

        send_push_body_custom_device = cls(
            token=token,
            platform=platform,
            last_used=last_used,
            attributes=attributes,
        )

        send_push_body_custom_device.additional_properties = d
        return send_push_body_custom_device

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
