from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.object_common_identify_type import ObjectCommonIdentifyType
from ..models.object_identify_action import ObjectIdentifyAction
from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_object_id import CIOObjectID
    from ..models.object_id import ObjectID
    from ..models.object_identify_attributes import ObjectIdentifyAttributes
    from ..models.object_identify_cio_relationships_item import (
        ObjectIdentifyCioRelationshipsItem,
    )


T = TypeVar("T", bound="ObjectIdentify")


@_attrs_define
class ObjectIdentify:
    """The `action` determines the type of operation you want to perform with an object. If `identifiers.object_id` does
    not exist, we'll create a new object; if it exists, we'll update the object accordingly.

        Attributes:
            identifiers (CIOObjectID | ObjectID): The identifiers for a custom object. When identifying a new object, you
                *must* use both the `object_type_id` and `object_id` (where `object_type_id` is an integer representing the type
                of object and the `object_id` is the individual identifier for the object).

                If you're updating an existing object, you can use either the `object_type_id` and `object_id` or the
                `cio_object_id` (where `cio_object_id` is an immutable unique value that Customer.io sets for an object when you
                create it).
            type_ (ObjectCommonIdentifyType): The operation modifies a single object—non person data.
            action (ObjectIdentifyAction): Indicates that the operation will `identify` the the item of the specified
                `type`.
            attributes (ObjectIdentifyAttributes | Unset): The data that belongs to the object. This is information you
                might want to associate with people later (through `cio_relationships`). Passing `null` or an empty string
                removes the attribute from the object. Some attributes have special meaning. Please refer to the list of
                [reserved attributes](/journeys/objects-create/#reserved-attributes).
            cio_relationships (list[ObjectIdentifyCioRelationshipsItem] | Unset): The people you want to associate with an
                object. Each object in the array represents a person.
    """

    identifiers: CIOObjectID | ObjectID
    type_: ObjectCommonIdentifyType
    action: ObjectIdentifyAction
    attributes: ObjectIdentifyAttributes | Unset = UNSET
    cio_relationships: list[ObjectIdentifyCioRelationshipsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_id import ObjectID

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, ObjectID):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        type_ = self.type_.value

        action = self.action.value

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
                "identifiers": identifiers,
                "type": type_,
                "action": action,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_object_id import CIOObjectID
        from ..models.object_id import ObjectID
        from ..models.object_identify_attributes import ObjectIdentifyAttributes
        from ..models.object_identify_cio_relationships_item import (
            ObjectIdentifyCioRelationshipsItem,
        )

        d = dict(expect_object(src_dict, "ObjectIdentify"))

        def _parse_identifiers(data: object) -> CIOObjectID | ObjectID:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_0 = ObjectID.from_dict(data)

                return identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            identifiers_type_1 = CIOObjectID.from_dict(data)

            return identifiers_type_1

        identifiers = _parse_identifiers(d.pop("identifiers"))

        type_ = ObjectCommonIdentifyType(d.pop("type"))

        action = ObjectIdentifyAction(d.pop("action"))

        _attributes = d.pop("attributes", UNSET)
        attributes: ObjectIdentifyAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ObjectIdentifyAttributes.from_dict(_attributes)

        _cio_relationships = expect_list(
            d.pop("cio_relationships", UNSET), "ObjectIdentify.cio_relationships"
        )
        cio_relationships: list[ObjectIdentifyCioRelationshipsItem] | Unset = UNSET
        if _cio_relationships is not UNSET:
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = ObjectIdentifyCioRelationshipsItem.from_dict(
                    cio_relationships_item_data
                )

                cio_relationships.append(cio_relationships_item)

        object_identify = cls(
            identifiers=identifiers,
            type_=type_,
            action=action,
            attributes=attributes,
            cio_relationships=cio_relationships,
        )

        object_identify.additional_properties = d
        return object_identify

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
