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
    from ..models.send_push_body_custom_payload_apnscio_push import (
        SendPushBodyCustomPayloadAPNSCIOPush,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadAPNSCIO")


@_attrs_define
class SendPushBodyCustomPayloadAPNSCIO:
    """Contains options supported by the Customer.io SDK.

    Attributes:
        push (SendPushBodyCustomPayloadAPNSCIOPush): Describes push notification options supported by the CIO SDK.
    """

    push: SendPushBodyCustomPayloadAPNSCIOPush
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
        from ..models.send_push_body_custom_payload_apnscio_push import (
            SendPushBodyCustomPayloadAPNSCIOPush,
        )

        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadAPNSCIO"))
        push = SendPushBodyCustomPayloadAPNSCIOPush.from_dict(d.pop("push"))

        send_push_body_custom_payload_apnscio = cls(
            push=push,
        )

        send_push_body_custom_payload_apnscio.additional_properties = d
        return send_push_body_custom_payload_apnscio

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
