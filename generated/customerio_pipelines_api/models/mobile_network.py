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

T = TypeVar("T", bound="MobileNetwork")


@_attrs_define
class MobileNetwork:
    """Information about the current network connection, containing `bluetooth`, `carrier`, `cellular`, and `wifi`. If the
    `context.network.cellular` and `context.network.wifi` fields are empty, then the user is offline.

        Attributes:
            bluetooth (bool | Unset): Lets you know if bluetooth is enabled on a device.
            carrier (str | Unset): The cellular carrier the phone uses.
            cellular (bool | Unset): Indicates whether the device's cellular connection is enabled or not.
            wifi (bool | Unset): Indicates whether a device's wifi connection is enabled or not.
    """

    bluetooth: bool | Unset = UNSET
    carrier: str | Unset = UNSET
    cellular: bool | Unset = UNSET
    wifi: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bluetooth = self.bluetooth

        carrier = self.carrier

        cellular = self.cellular

        wifi = self.wifi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bluetooth is not UNSET:
            field_dict["bluetooth"] = bluetooth
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if cellular is not UNSET:
            field_dict["cellular"] = cellular
        if wifi is not UNSET:
            field_dict["wifi"] = wifi

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "MobileNetwork"))
        bluetooth = d.pop("bluetooth", UNSET)
        if type(bluetooth) is not bool and bluetooth is not UNSET:
            bluetooth = expect_bool(bluetooth, "MobileNetwork.bluetooth")

        carrier = d.pop("carrier", UNSET)
        if type(carrier) is not str and carrier is not UNSET:
            carrier = expect_str(carrier, "MobileNetwork.carrier")

        cellular = d.pop("cellular", UNSET)
        if type(cellular) is not bool and cellular is not UNSET:
            cellular = expect_bool(cellular, "MobileNetwork.cellular")

        wifi = d.pop("wifi", UNSET)
        if type(wifi) is not bool and wifi is not UNSET:
            wifi = expect_bool(wifi, "MobileNetwork.wifi")

        mobile_network = cls(
            bluetooth=bluetooth,
            carrier=carrier,
            cellular=cellular,
            wifi=wifi,
        )

        mobile_network.additional_properties = d
        return mobile_network

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
