from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delete_person_event import DeletePersonEvent
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.delete_person_properties import DeletePersonProperties


T = TypeVar("T", bound="DeletePerson")


@_attrs_define
class DeletePerson:
    """Remove a person from your Customer.io environment. You might do this when someone cancels their subscription with
    you or otherwise leaves your service. While this event can have properties, you don't typically need to include them
    because the purpose of the event is to delete the person from your workspace.

        Example:
            {'type': 'track', 'event': 'User Deleted', 'userId': '42', 'timestamp': '2021-07-14T19:10:25.000Z'}

        Attributes:
            event (DeletePersonEvent): The event name.
            user_id (str): The user's unique identifier or their email address. If you provide an email address, we'll look
                up the person by their email address and delete them.
            properties (DeletePersonProperties | Unset): Properties for the event. These aren't typically useful in
                Customer.io when deleting people, but you might use them in other places—like an analytics tool (e.g. Mixpanel).
    """

    event: DeletePersonEvent
    user_id: str
    properties: DeletePersonProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        user_id = self.user_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "userId": user_id,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_person_properties import DeletePersonProperties

        d = dict(expect_object(src_dict, "DeletePerson"))
        event = DeletePersonEvent(d.pop("event"))

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "DeletePerson.userId")

        _properties = d.pop("properties", UNSET)
        properties: DeletePersonProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DeletePersonProperties.from_dict(_properties)

        delete_person = cls(
            event=event,
            user_id=user_id,
            properties=properties,
        )

        delete_person.additional_properties = d
        return delete_person

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
