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
    from ..models.fcm_ios_with_sdk_message_apns_payload_cio import (
        FcmIosWithSdkMessageApnsPayloadCIO,
    )
    from ..models.ios_shared_options import IosSharedOptions


T = TypeVar("T", bound="FcmIosWithSdkMessageApnsPayload")


@_attrs_define
class FcmIosWithSdkMessageApnsPayload:
    """Contains a push payload.

    Attributes:
        cio (FcmIosWithSdkMessageApnsPayloadCIO | Unset): Contains properties interpreted by the Customer.io iOS SDK.
        aps (IosSharedOptions | Unset): A push payload intended for an iOS device.
    """

    cio: FcmIosWithSdkMessageApnsPayloadCIO | Unset = UNSET
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
        from ..models.fcm_ios_with_sdk_message_apns_payload_cio import (
            FcmIosWithSdkMessageApnsPayloadCIO,
        )
        from ..models.ios_shared_options import IosSharedOptions

        d = dict(expect_object(src_dict, "FcmIosWithSdkMessageApnsPayload"))
        _cio = d.pop("CIO", UNSET)
        cio: FcmIosWithSdkMessageApnsPayloadCIO | Unset
        if isinstance(_cio, Unset):
            cio = UNSET
        else:
            cio = FcmIosWithSdkMessageApnsPayloadCIO.from_dict(_cio)

        _aps = d.pop("aps", UNSET)
        aps: IosSharedOptions | Unset
        if isinstance(_aps, Unset):
            aps = UNSET
        else:
            aps = IosSharedOptions.from_dict(_aps)

        fcm_ios_with_sdk_message_apns_payload = cls(
            cio=cio,
            aps=aps,
        )

        fcm_ios_with_sdk_message_apns_payload.additional_properties = d
        return fcm_ios_with_sdk_message_apns_payload

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
