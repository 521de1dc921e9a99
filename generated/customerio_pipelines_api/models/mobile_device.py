from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.mobile_device_type import MobileDeviceType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="MobileDevice")


@_attrs_define
class MobileDevice:
    """Contains information about the device the event originated from.

    Attributes:
        id (str | Unset): The device ID.
        advertising_id (str | Unset): The advertising ID is a unique, anonymous ID for advertising.
        manufacturer (str | Unset): The device manufacturer.
        model (str | Unset): The device model.
        name (str | Unset): The device name.
        type_ (MobileDeviceType | Unset): The device type—android, iOS, etc.
        version (str | Unset): The firmware version for the device.
    """

    id: str | Unset = UNSET
    advertising_id: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: MobileDeviceType | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        advertising_id = self.advertising_id

        manufacturer = self.manufacturer

        model = self.model

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if advertising_id is not UNSET:
            field_dict["advertisingId"] = advertising_id
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "MobileDevice"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "MobileDevice.id")

        advertising_id = d.pop("advertisingId", UNSET)
        if type(advertising_id) is not str and advertising_id is not UNSET:
            advertising_id = expect_str(advertising_id, "MobileDevice.advertisingId")

        manufacturer = d.pop("manufacturer", UNSET)
        if type(manufacturer) is not str and manufacturer is not UNSET:
            manufacturer = expect_str(manufacturer, "MobileDevice.manufacturer")

        model = d.pop("model", UNSET)
        if type(model) is not str and model is not UNSET:
            model = expect_str(model, "MobileDevice.model")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "MobileDevice.name")

        _type_ = d.pop("type", UNSET)
        type_: MobileDeviceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MobileDeviceType(_type_)

        version = d.pop("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = expect_str(version, "MobileDevice.version")

        mobile_device = cls(
            id=id,
            advertising_id=advertising_id,
            manufacturer=manufacturer,
            model=model,
            name=name,
            type_=type_,
            version=version,
        )

        mobile_device.additional_properties = d
        return mobile_device

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
