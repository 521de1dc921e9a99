from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delete_object_event import DeleteObjectEvent
from ..types import (
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.delete_object_properties import DeleteObjectProperties


T = TypeVar("T", bound="DeleteObject")


@_attrs_define
class DeleteObject:
    """Remove a group (also called an "object") from Customer.io Journeys. Groups/objects represent things like accounts,
    companies, and online classes—non-people entities that people can be related to. You might delete a group when an
    account is closed, a company is acquired, or you stop offering a class.

    This event requires a `objectId` and an `objectTypeId`. If you don't provide an `objectTypeId`, we'll assume it's
    `1`. If the `objectId` with the associated objectTypeId` (defaulting to 1) does not exist, the event won't do
    anything.

        Example:
            {'type': 'track', 'event': 'Object Deleted', 'anonymousId': 'value-not-used', 'properties': {'objectId': 'acme',
                'objectTypeId': '1'}}

        Attributes:
            event (DeleteObjectEvent): The event name.
            anonymous_id (str): While you must set a value, it can be anything; we don't use it. Customer.io requires events
                to be performed by people, but the "performer" is irrelevant to this event.
            properties (DeleteObjectProperties): Properties for the event. In this case, you'll need to provide the
                `objectId`. You should also provide the `objectTypeId` if you have more than 1 object type; if you don't include
                it, we'll assume it's `1`.
    """

    event: DeleteObjectEvent
    anonymous_id: str
    properties: DeleteObjectProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        anonymous_id = self.anonymous_id

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "anonymousId": anonymous_id,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_object_properties import DeleteObjectProperties

        d = dict(expect_object(src_dict, "DeleteObject"))
        event = DeleteObjectEvent(d.pop("event"))

        anonymous_id = d.pop("anonymousId")
        if type(anonymous_id) is not str:
            anonymous_id = expect_str(anonymous_id, "DeleteObject.anonymousId")

        properties = DeleteObjectProperties.from_dict(d.pop("properties"))

        delete_object = cls(
            event=event,
            anonymous_id=anonymous_id,
            properties=properties,
        )

        delete_object.additional_properties = d
        return delete_object

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
