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
    from ..models.send_push_body_custom_payload_fcm_message_apns_payload_aps import (
        SendPushBodyCustomPayloadFCMMessageApnsPayloadAps,
    )
    from ..models.send_push_body_custom_payload_fcm_message_apns_payload_cio import (
        SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadFCMMessageApnsPayload")


@_attrs_define
class SendPushBodyCustomPayloadFCMMessageApnsPayload:
    """Contains a push payload.

    Attributes:
        cio (SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO | Unset): Contains properties interpreted by the
            Customer.io iOS SDK.
        aps (SendPushBodyCustomPayloadFCMMessageApnsPayloadAps | Unset): A push payload intended for an iOS device.
    """

    cio: SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO | Unset = UNSET
    aps: SendPushBodyCustomPayloadFCMMessageApnsPayloadAps | Unset = UNSET
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
        from ..models.send_push_body_custom_payload_fcm_message_apns_payload_aps import (
            SendPushBodyCustomPayloadFCMMessageApnsPayloadAps,
        )
        from ..models.send_push_body_custom_payload_fcm_message_apns_payload_cio import (
            SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO,
        )

        d = dict(
            expect_object(src_dict, "SendPushBodyCustomPayloadFCMMessageApnsPayload")
        )
        _cio = d.pop("CIO", UNSET)
        cio: SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO | Unset
        if isinstance(_cio, Unset):
            cio = UNSET
        else:
            cio = SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO.from_dict(_cio)

        _aps = d.pop("aps", UNSET)
        aps: SendPushBodyCustomPayloadFCMMessageApnsPayloadAps | Unset
        if isinstance(_aps, Unset):
            aps = UNSET
        else:
            aps = SendPushBodyCustomPayloadFCMMessageApnsPayloadAps.from_dict(_aps)

        send_push_body_custom_payload_fcm_message_apns_payload = cls(
            cio=cio,
            aps=aps,
        )

        send_push_body_custom_payload_fcm_message_apns_payload.additional_properties = d
        return send_push_body_custom_payload_fcm_message_apns_payload

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
