from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delete_device_event import DeleteDeviceEvent
from ..types import (
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.delete_device_context import DeleteDeviceContext


T = TypeVar("T", bound="DeleteDevice")


@_attrs_define
class DeleteDevice:
    """Delete a device.

    Example:
        {'type': 'track', 'event': 'Device Deleted', 'userId': '42', 'context': {'device': {'token': 'string', 'type':
            'ios'}}, 'timestamp': '2021-07-14T19:10:25.000Z'}

    Attributes:
        event (DeleteDeviceEvent): The event name.
        user_id (str): The user's unique identifier.
        context (DeleteDeviceContext): Information about the device performing the event. Our SDKs typically collect
            these properties automatically.
    """

    event: DeleteDeviceEvent
    user_id: str
    context: DeleteDeviceContext
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
        from ..models.delete_device_context import DeleteDeviceContext

        d = dict(expect_object(src_dict, "DeleteDevice"))
        event = DeleteDeviceEvent(d.pop("event"))

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "DeleteDevice.userId")

        context = DeleteDeviceContext.from_dict(d.pop("context"))

        delete_device = cls(
            event=event,
            user_id=user_id,
            context=context,
        )

        delete_device.additional_properties = d
        return delete_device

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
