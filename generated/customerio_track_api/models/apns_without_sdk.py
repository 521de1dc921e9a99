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
)

if TYPE_CHECKING:
    from ..models.ios_shared_options import IosSharedOptions


T = TypeVar("T", bound="ApnsWithoutSdk")


@_attrs_define
class ApnsWithoutSdk:
    """
    Attributes:
        aps (IosSharedOptions | Unset): A push payload intended for an iOS device.
    """

    aps: IosSharedOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aps, Unset):
            aps = self.aps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aps is not UNSET:
            field_dict["aps"] = aps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ios_shared_options import IosSharedOptions

        d = dict(expect_object(src_dict, "ApnsWithoutSdk"))
        _aps = d.pop("aps", UNSET)
        aps: IosSharedOptions | Unset
        if isinstance(_aps, Unset):
            aps = UNSET
        else:
            aps = IosSharedOptions.from_dict(_aps)

        apns_without_sdk = cls(
            aps=aps,
        )

        apns_without_sdk.additional_properties = d
        return apns_without_sdk

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
