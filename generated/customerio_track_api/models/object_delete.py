from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.object_common_type import ObjectCommonType
from ..models.object_delete_action import ObjectDeleteAction
from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_object_id import CIOObjectID
    from ..models.object_id import ObjectID


T = TypeVar("T", bound="ObjectDelete")


@_attrs_define
class ObjectDelete:
    """Delete an object. This also removes relationships from people.

    Attributes:
        type_ (ObjectCommonType): The operation modifies a single object—non person data.
        action (ObjectDeleteAction): Indicates that the operation will `delete` the the item of the specified `type`.
        identifiers (CIOObjectID | ObjectID | Unset): The identifiers for a particular object. You can use either the
            `object_type_id` and `object_id` (where `object_type_id` represents the type of object and the `object_id` is
            the individual identifier for the object) or the `cio_object_id`.
    """

    type_: ObjectCommonType
    action: ObjectDeleteAction
    identifiers: CIOObjectID | ObjectID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_id import ObjectID

        type_ = self.type_.value

        action = self.action.value

        identifiers: dict[str, Any] | Unset
        if isinstance(self.identifiers, Unset):
            identifiers = UNSET
        elif isinstance(self.identifiers, ObjectID):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
            }
        )
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_object_id import CIOObjectID
        from ..models.object_id import ObjectID

        d = dict(expect_object(src_dict, "ObjectDelete"))
        type_ = ObjectCommonType(d.pop("type"))

        action = ObjectDeleteAction(d.pop("action"))

        def _parse_identifiers(data: object) -> CIOObjectID | ObjectID | Unset:
            if isinstance(data, Unset):
                return data
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

        identifiers = _parse_identifiers(d.pop("identifiers", UNSET))

        object_delete = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
        )

        object_delete.additional_properties = d
        return object_delete

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
