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
    from ..models.send_push_body_custom_payload_apns_aps import (
        SendPushBodyCustomPayloadAPNSAps,
    )
    from ..models.send_push_body_custom_payload_apnscio import (
        SendPushBodyCustomPayloadAPNSCIO,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadAPNS")


@_attrs_define
class SendPushBodyCustomPayloadAPNS:
    """
    Attributes:
        cio (SendPushBodyCustomPayloadAPNSCIO | Unset): Contains options supported by the Customer.io SDK.
        aps (SendPushBodyCustomPayloadAPNSAps | Unset): A push payload intended for an iOS device.
    """

    cio: SendPushBodyCustomPayloadAPNSCIO | Unset = UNSET
    aps: SendPushBodyCustomPayloadAPNSAps | Unset = UNSET
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
        from ..models.send_push_body_custom_payload_apns_aps import (
            SendPushBodyCustomPayloadAPNSAps,
        )
        from ..models.send_push_body_custom_payload_apnscio import (
            SendPushBodyCustomPayloadAPNSCIO,
        )

        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadAPNS"))
        _cio = d.pop("CIO", UNSET)
        cio: SendPushBodyCustomPayloadAPNSCIO | Unset
        if isinstance(_cio, Unset):
            cio = UNSET
        else:
            cio = SendPushBodyCustomPayloadAPNSCIO.from_dict(_cio)

        _aps = d.pop("aps", UNSET)
        aps: SendPushBodyCustomPayloadAPNSAps | Unset
        if isinstance(_aps, Unset):
            aps = UNSET
        else:
            aps = SendPushBodyCustomPayloadAPNSAps.from_dict(_aps)

        send_push_body_custom_payload_apns = cls(
            cio=cio,
            aps=aps,
        )

        send_push_body_custom_payload_apns.additional_properties = d
        return send_push_body_custom_payload_apns

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
