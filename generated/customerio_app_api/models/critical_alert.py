from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_number,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="CriticalAlert")


@_attrs_define
class CriticalAlert:
    """
    Attributes:
        critical (int | Unset): 1 indicates critical. 0 is not critical.
        name (str | Unset): The name of a sound file in your app’s main bundle or in the Library/Sounds folder of your
            app’s container directory. Use “default” to play the system sound.
        volume (float | Unset): The volume for a critical alert between 0 and 1, where 0 is silent and 1 is full volume.
    """

    critical: int | Unset = UNSET
    name: str | Unset = UNSET
    volume: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        name = self.name

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if critical is not UNSET:
            field_dict["critical"] = critical
        if name is not UNSET:
            field_dict["name"] = name
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CriticalAlert"))
        critical = d.pop("critical", UNSET)
        if type(critical) is not int and critical is not UNSET:
            critical = expect_int(critical, "CriticalAlert.critical")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "CriticalAlert.name")

        volume = d.pop("volume", UNSET)
        if type(volume) is not float and volume is not UNSET:
            volume = expect_number(volume, "CriticalAlert.volume")

        critical_alert = cls(
            critical=critical,
            name=name,
            volume=volume,
        )

        critical_alert.additional_properties = d
        return critical_alert

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
