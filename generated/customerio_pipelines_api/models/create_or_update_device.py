from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.create_or_update_device_event import CreateOrUpdateDeviceEvent
from ..types import (
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.create_or_update_device_context import CreateOrUpdateDeviceContext


T = TypeVar("T", bound="CreateOrUpdateDevice")


@_attrs_define
class CreateOrUpdateDevice:
    """Add or update a device. If a device (represented by `device.token`) exists, does not exist, we'll create it. If the
    device token already exists, we'll update the it.

        Example:
            {'type': 'track', 'event': 'Device Created or Updated', 'userId': '42', 'context': {'device': {'token':
                'string', 'type': 'ios'}}, 'timestamp': '2021-07-14T19:10:25.000Z'}

        Attributes:
            event (CreateOrUpdateDeviceEvent): The event name. Example: Device Created or Updated.
            user_id (str): The user's unique identifier. Example: 42.
            context (CreateOrUpdateDeviceContext): Information about the device performing the event. Our SDKs typically
                collect these properties automatically.
    """

    event: CreateOrUpdateDeviceEvent
    user_id: str
    context: CreateOrUpdateDeviceContext
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        user_id = self.user_id

        context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "userId": user_id,
                "context": context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_or_update_device_context import CreateOrUpdateDeviceContext

        d = dict(expect_object(src_dict, "CreateOrUpdateDevice"))
        event = CreateOrUpdateDeviceEvent(d.pop("event"))

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "CreateOrUpdateDevice.userId")

        context = CreateOrUpdateDeviceContext.from_dict(d.pop("context"))

        create_or_update_device = cls(
            event=event,
            user_id=user_id,
            context=context,
        )

        create_or_update_device.additional_properties = d
        return create_or_update_device

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
