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
    from ..models.apns_with_sdk_cio import ApnsWithSdkCIO
    from ..models.ios_shared_options import IosSharedOptions


T = TypeVar("T", bound="ApnsWithSdk")


@_attrs_define
class ApnsWithSdk:
    """
    Attributes:
        cio (ApnsWithSdkCIO | Unset): Contains options supported by the Customer.io SDK.
        aps (IosSharedOptions | Unset): A push payload intended for an iOS device.
    """

    cio: ApnsWithSdkCIO | Unset = UNSET
    aps: IosSharedOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio, Unset):
            cio = self.cio.to_dict()

        aps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aps, Unset):
            aps = self.aps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio is not UNSET:
            field_dict["CIO"] = cio
        if aps is not UNSET:
            field_dict["aps"] = aps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apns_with_sdk_cio import ApnsWithSdkCIO
        from ..models.ios_shared_options import IosSharedOptions

        d = dict(expect_object(src_dict, "ApnsWithSdk"))
        _cio = d.pop("CIO", UNSET)
        cio: ApnsWithSdkCIO | Unset
        if isinstance(_cio, Unset):
            cio = UNSET
        else:
            cio = ApnsWithSdkCIO.from_dict(_cio)

        _aps = d.pop("aps", UNSET)
        aps: IosSharedOptions | Unset
        if isinstance(_aps, Unset):
            aps = UNSET
        else:
            aps = IosSharedOptions.from_dict(_aps)

        apns_with_sdk = cls(
            cio=cio,
            aps=aps,
        )

        apns_with_sdk.additional_properties = d
        return apns_with_sdk

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
