from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.device_object import DeviceObject


T = TypeVar("T", bound="AddDeviceBody")


@_attrs_define
class AddDeviceBody:
    """Define the device you want to add to the customer profile.

    Attributes:
        device (DeviceObject): The properties representing an individual device. [Our SDK's](/integrations/sdk/) gather
            all the properties defined below automatically, unless you disable the `autoTrackDeviceAttributes` setting. You
            can reference the properties outside the `attributes` object in segments or in Liquid.
    """

    device: DeviceObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_object import DeviceObject

        d = dict(expect_object(src_dict, "AddDeviceBody"))
        device = DeviceObject.from_dict(d.pop("device"))

        add_device_body = cls(
            device=device,
        )

        add_device_body.additional_properties = d
        return add_device_body

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
