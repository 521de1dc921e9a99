from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.device_object_common_platform import DeviceObjectCommonPlatform
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.device_object_common_attributes import DeviceObjectCommonAttributes


T = TypeVar("T", bound="AddDeviceDevice")


@_attrs_define
class AddDeviceDevice:
    """The properties representing an individual device. [Our SDK's](/integrations/sdk/) gather all the properties defined
    below automatically, unless you disable the `autoTrackDeviceAttributes` setting. You can reference the properties
    outside the `attributes` object in segments.

        Attributes:
            platform (DeviceObjectCommonPlatform): The device/messaging platform.
            token (str): The device token.
            last_used (int | Unset): The `timestamp` when you last identified this device. If you don't pass a timestamp
                when you add or update a device, we use the time of the request itself. Our SDKs identify a device when a person
                launches their app.
            attributes (DeviceObjectCommonAttributes | Unset): Attributes that you can reference to segment your
                audience—like a person's attributes, but specific to a device. These can be either the attributes defined below
                or custom key-value attributes.
    """

    platform: DeviceObjectCommonPlatform
    token: str
    last_used: int | Unset = UNSET
    attributes: DeviceObjectCommonAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        token = self.token

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "token": token,
            }
        )
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_object_common_attributes import (
            DeviceObjectCommonAttributes,
        )

        d = dict(expect_object(src_dict, "AddDeviceDevice"))
        platform = DeviceObjectCommonPlatform(d.pop("platform"))

        token = d.pop("token")
        if type(token) is not str:
            token = expect_str(token, "AddDeviceDevice.token")

        last_used = d.pop("last_used", UNSET)
        if type(last_used) is not int and last_used is not UNSET:
            last_used = expect_int(last_used, "AddDeviceDevice.last_used")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceObjectCommonAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceObjectCommonAttributes.from_dict(_attributes)

        add_device_device = cls(
            platform=platform,
            token=token,
            last_used=last_used,
            attributes=attributes,
        )

        add_device_device.additional_properties = d
        return add_device_device

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
