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
    from ..models.fcm_ios_with_sdk_message_apns_payload_cio_push import (
        FcmIosWithSdkMessageApnsPayloadCIOPush,
    )


T = TypeVar("T", bound="FcmIosWithSdkMessageApnsPayloadCIO")


@_attrs_define
class FcmIosWithSdkMessageApnsPayloadCIO:
    """Contains properties interpreted by the Customer.io iOS SDK.

    Attributes:
        push (FcmIosWithSdkMessageApnsPayloadCIOPush): A push payload for the iOS SDK.
    """

    push: FcmIosWithSdkMessageApnsPayloadCIOPush
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push = self.push.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "push": push,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fcm_ios_with_sdk_message_apns_payload_cio_push import (
            FcmIosWithSdkMessageApnsPayloadCIOPush,
        )

        d = dict(expect_object(src_dict, "FcmIosWithSdkMessageApnsPayloadCIO"))
        push = FcmIosWithSdkMessageApnsPayloadCIOPush.from_dict(d.pop("push"))

        fcm_ios_with_sdk_message_apns_payload_cio = cls(
            push=push,
        )

        fcm_ios_with_sdk_message_apns_payload_cio.additional_properties = d
        return fcm_ios_with_sdk_message_apns_payload_cio

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
