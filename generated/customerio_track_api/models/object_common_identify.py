from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.object_common_identify_type import ObjectCommonIdentifyType
from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_object_id import CIOObjectID
    from ..models.object_id import ObjectID


T = TypeVar("T", bound="ObjectCommonIdentify")


@_attrs_define
class ObjectCommonIdentify:
    """
    Attributes:
        identifiers (CIOObjectID | ObjectID): The identifiers for a custom object. When identifying a new object, you
            *must* use both the `object_type_id` and `object_id` (where `object_type_id` is an integer representing the type
            of object and the `object_id` is the individual identifier for the object).

            If you're updating an existing object, you can use either the `object_type_id` and `object_id` or the
            `cio_object_id` (where `cio_object_id` is an immutable unique value that Customer.io sets for an object when you
            create it).
        type_ (ObjectCommonIdentifyType): The operation modifies a single object—non person data.
    """

    identifiers: CIOObjectID | ObjectID
    type_: ObjectCommonIdentifyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_id import ObjectID

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, ObjectID):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_object_id import CIOObjectID
        from ..models.object_id import ObjectID

        d = dict(expect_object(src_dict, "ObjectCommonIdentify"))

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

        object_common_identify = cls(
            identifiers=identifiers,
            type_=type_,
        )

        object_common_identify.additional_properties = d
        return object_common_identify

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
