from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.identify_person_action import IdentifyPersonAction
from ..models.person_common_type import PersonCommonType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_id_3 import CioId3
    from ..models.email_2 import Email2
    from ..models.id_2 import Id2
    from ..models.identify_person_attributes import IdentifyPersonAttributes
    from ..models.identify_person_cio_relationships_item import (
        IdentifyPersonCioRelationshipsItem,
    )


T = TypeVar("T", bound="IdentifyPerson")


@_attrs_define
class IdentifyPerson:
    """Add or update a person.

    Attributes:
        type_ (PersonCommonType): The operation modifies a person in Customer.io
        identifiers (CioId3 | Email2 | Id2): The person you want to perform an action for—one of either `id`, `email`,
            or `cio_id`. You cannot pass multiple identifiers.
        action (IdentifyPersonAction): Indicates that the operation will `identify` the the item of the specified
            `type`.
        field_timestamp (int | Unset): The Unix timestamp for when the attribute update occurred. This can be used to
            control the order of attribute updates when multiple requests are sent in rapid succession.
        attributes (IdentifyPersonAttributes | Unset): Attributes that you want to add or update for this person. You
            can pass properties that aren't defined below to set custom attributes; the defined properties are reserved in
            the Customer.io Track API.
        cio_relationships (list[IdentifyPersonCioRelationshipsItem] | Unset): Each object in the array represents a
            relationship you want to add to, or remove from, a person.
    """

    type_: PersonCommonType
    identifiers: CioId3 | Email2 | Id2
    action: IdentifyPersonAction
    field_timestamp: int | Unset = UNSET
    attributes: IdentifyPersonAttributes | Unset = UNSET
    cio_relationships: list[IdentifyPersonCioRelationshipsItem] | Unset = UNSET
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

        field_timestamp = self.field_timestamp

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        cio_relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = []
            for cio_relationships_item_data in self.cio_relationships:
                cio_relationships_item = cio_relationships_item_data.to_dict()
                cio_relationships.append(cio_relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "identifiers": identifiers,
                "action": action,
            }
        )
        if field_timestamp is not UNSET:
            field_dict["_timestamp"] = field_timestamp
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2
        from ..models.identify_person_attributes import IdentifyPersonAttributes
        from ..models.identify_person_cio_relationships_item import (
            IdentifyPersonCioRelationshipsItem,
        )

        d = dict(expect_object(src_dict, "IdentifyPerson"))
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

        action = IdentifyPersonAction(d.pop("action"))

        field_timestamp = d.pop("_timestamp", UNSET)
        if type(field_timestamp) is not int and field_timestamp is not UNSET:
            field_timestamp = expect_int(field_timestamp, "IdentifyPerson._timestamp")

        _attributes = d.pop("attributes", UNSET)
        attributes: IdentifyPersonAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IdentifyPersonAttributes.from_dict(_attributes)

        _cio_relationships = expect_list(
            d.pop("cio_relationships", UNSET), "IdentifyPerson.cio_relationships"
        )
        cio_relationships: list[IdentifyPersonCioRelationshipsItem] | Unset = UNSET
        if _cio_relationships is not UNSET:
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = IdentifyPersonCioRelationshipsItem.from_dict(
                    cio_relationships_item_data
                )

                cio_relationships.append(cio_relationships_item)

        identify_person = cls(
            type_=type_,
            identifiers=identifiers,
            action=action,
            field_timestamp=field_timestamp,
            attributes=attributes,
            cio_relationships=cio_relationships,
        )

        identify_person.additional_properties = d
        return identify_person

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
