from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delete_relationship_event import DeleteRelationshipEvent
from ..types import (
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.delete_relationship_properties import DeleteRelationshipProperties


T = TypeVar("T", bound="DeleteRelationship")


@_attrs_define
class DeleteRelationship:
    """Remove a relationship between a person and an object in Customer.io. This is basically the opposite of a `group`
    operation. Where objects represent things like accounts, companies, or online classes, you might delete a
    relationship when a person is no longer on an account, leaves a company, or drops a class.

    This event requires a `objectId` and an `objectTypeId`. If you don't provide an `objectTypeId`, we'll assume it's
    `1`. If the `objectId` with the associated objectTypeId` (defaulting to 1) does not exist, the event won't do
    anything.

        Example:
            {'type': 'track', 'event': 'Relationship Deleted', 'userId': '1', 'properties': {'objectId': 'acme',
                'objectTypeId': '1'}}

        Attributes:
            event (DeleteRelationshipEvent): The event name.
            user_id (str): The user's unique identifier or their email address. If you provide an email address, we'll look
                up the person by their email address.
            properties (DeleteRelationshipProperties): Properties for the event. In this case, you'll need to provide the
                `objectId`. You should also provide the `objectTypeId` if you have more than 1 object type; if you don't include
                it, we'll assume it's `1`.
    """

    event: DeleteRelationshipEvent
    user_id: str
    properties: DeleteRelationshipProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        user_id = self.user_id

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "userId": user_id,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_relationship_properties import DeleteRelationshipProperties

        d = dict(expect_object(src_dict, "DeleteRelationship"))
        event = DeleteRelationshipEvent(d.pop("event"))

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "DeleteRelationship.userId")

        properties = DeleteRelationshipProperties.from_dict(d.pop("properties"))

        delete_relationship = cls(
            event=event,
            user_id=user_id,
            properties=properties,
        )

        delete_relationship.additional_properties = d
        return delete_relationship

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
