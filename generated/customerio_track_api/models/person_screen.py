from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.person_common_type import PersonCommonType
from ..models.person_screen_action import PersonScreenAction
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
    from ..models.person_screen_attributes import PersonScreenAttributes


T = TypeVar("T", bound="PersonScreen")


@_attrs_define
class PersonScreen:
    """A mobile "screenview" event attributed to a person. Our `screen` and `page` event types are more specific than our
    standard `event`, and help you track and target people based on the pages people visit in your mobile app or
    website.

        Attributes:
            type_ (PersonCommonType): The operation modifies a person in Customer.io
            identifiers (CioId3 | Email2 | Id2): The person you want to perform an action for—one of either `id`, `email`,
                or `cio_id`. You cannot pass multiple identifiers.
            action (PersonScreenAction): A mobile "screenview" event attributed to a person. Our `screen` and `page` event
                types are more specific than our standard `event`, and help you track and target people based on the pages
                people visit in your mobile app or website.
            name (str): The name of the screen a person visited. This is how you'll find and select screen view events in
                Customer.io.
            id (str | Unset): A valid ULID used to deduplicate events. Note - our Python and Ruby libraries do not pass this
                id.
            timestamp (int | Unset): The Unix timestamp when the event happened.
            attributes (PersonScreenAttributes | Unset): Additional information that you might want to reference in a
                message using liquid or use to set attributes on the identified person.
    """

    type_: PersonCommonType
    identifiers: CioId3 | Email2 | Id2
    action: PersonScreenAction
    name: str
    id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    attributes: PersonScreenAttributes | Unset = UNSET
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
        from ..models.person_screen_attributes import PersonScreenAttributes

        d = dict(expect_object(src_dict, "PersonScreen"))
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

        action = PersonScreenAction(d.pop("action"))

        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "PersonScreen.name")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "PersonScreen.id")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "PersonScreen.timestamp")

        _attributes = d.pop("attributes", UNSET)
        attributes: PersonScreenAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PersonScreenAttributes.from_dict(_attributes)

        person_screen = cls(
            type_=type_,
            identifiers=identifiers,
            action=action,
            name=name,
            id=id,
            timestamp=timestamp,
            attributes=attributes,
        )

        person_screen.additional_properties = d
        return person_screen

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
