from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.person_common_type import PersonCommonType
from ..models.person_event_action import PersonEventAction
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.cio_id_3 import CioId3
    from ..models.email_2 import Email2
    from ..models.id_2 import Id2
    from ..models.person_event_attributes import PersonEventAttributes


T = TypeVar("T", bound="PersonEvent")


@_attrs_define
class PersonEvent:
    """A custom event attributed to a person. You can use events to trigger campaigns, or reference event information using
    liquid in your messages.

        Attributes:
            type_ (PersonCommonType): The operation modifies a person in Customer.io
            identifiers (CioId3 | Email2 | Id2): The person you want to perform an action for—one of either `id`, `email`,
                or `cio_id`. You cannot pass multiple identifiers.
            action (PersonEventAction): A custom event attributed to the specified person.
            name (str): The name of the event. This is how you'll find your event in Customer.io or select it when using
                events as campaign triggers.
            id (str | Unset): A valid ULID used to deduplicate events. Note - our Python and Ruby libraries do not pass this
                id.
            timestamp (int | Unset): The Unix timestamp when the event happened.
            attributes (PersonEventAttributes | Unset): Additional information that you might want to reference in a message
                using liquid or use to set attributes on the identified person.
    """

    type_: PersonCommonType
    identifiers: CioId3 | Email2 | Id2
    action: PersonEventAction
    name: str
    id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    attributes: PersonEventAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2

        type_ = self.type_.value

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, Id2) or isinstance(self.identifiers, Email2):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        action = self.action.value

        name = self.name

        id = self.id

        timestamp = self.timestamp

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "identifiers": identifiers,
                "action": action,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2
        from ..models.person_event_attributes import PersonEventAttributes

        d = dict(expect_object(src_dict, "PersonEvent"))
        type_ = PersonCommonType(d.pop("type"))

        def _parse_identifiers(data: object) -> CioId3 | Email2 | Id2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_0 = Id2.from_dict(data)

                return identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_1 = Email2.from_dict(data)

                return identifiers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            identifiers_type_2 = CioId3.from_dict(data)

            return identifiers_type_2

        identifiers = _parse_identifiers(d.pop("identifiers"))

        action = PersonEventAction(d.pop("action"))

        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "PersonEvent.name")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "PersonEvent.id")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "PersonEvent.timestamp")

        _attributes = d.pop("attributes", UNSET)
        attributes: PersonEventAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PersonEventAttributes.from_dict(_attributes)

        person_event = cls(
            type_=type_,
            identifiers=identifiers,
            action=action,
            name=name,
            id=id,
            timestamp=timestamp,
            attributes=attributes,
        )

        person_event.additional_properties = d
        return person_event

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
