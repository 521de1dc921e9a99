from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_objects_filter_body_and import GetObjectsFilterBodyAnd
    from ..models.get_objects_filter_body_not import GetObjectsFilterBodyNot
    from ..models.get_objects_filter_body_object_attribute import (
        GetObjectsFilterBodyObjectAttribute,
    )
    from ..models.get_objects_filter_body_or import GetObjectsFilterBodyOr


T = TypeVar("T", bound="GetObjectsFilterBody")


@_attrs_define
class GetObjectsFilterBody:
    """
    Attributes:
        object_type_id (str): The type of object you want to search in. Object type IDs are integers passed as strings.
            Example: 1.
        filter_ (GetObjectsFilterBodyAnd | GetObjectsFilterBodyNot | GetObjectsFilterBodyObjectAttribute |
            GetObjectsFilterBodyOr): When filtering for objects, you can use `and` and `or` arrays to determine the logic
            for a group of filter conditions. `not` reverses the filter condition and matches when the condition is false.
            `object_attribute` represents the individual conditions you can filter objects by.

            The top level of this object can only contain a single property, but you can nest `and` and `or` properties to
            produce complex filters.
    """

    object_type_id: str
    filter_: (
        GetObjectsFilterBodyAnd
        | GetObjectsFilterBodyNot
        | GetObjectsFilterBodyObjectAttribute
        | GetObjectsFilterBodyOr
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_objects_filter_body_and import GetObjectsFilterBodyAnd
        from ..models.get_objects_filter_body_not import GetObjectsFilterBodyNot
        from ..models.get_objects_filter_body_or import GetObjectsFilterBodyOr

        object_type_id = self.object_type_id

        filter_: dict[str, Any]
        if (
            isinstance(self.filter_, GetObjectsFilterBodyAnd)
            or isinstance(self.filter_, GetObjectsFilterBodyOr)
            or isinstance(self.filter_, GetObjectsFilterBodyNot)
        ):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type_id": object_type_id,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_objects_filter_body_and import GetObjectsFilterBodyAnd
        from ..models.get_objects_filter_body_not import GetObjectsFilterBodyNot
        from ..models.get_objects_filter_body_object_attribute import (
            GetObjectsFilterBodyObjectAttribute,
        )
        from ..models.get_objects_filter_body_or import GetObjectsFilterBodyOr

        d = dict(expect_object(src_dict, "GetObjectsFilterBody"))
        object_type_id = d.pop("object_type_id")
        if type(object_type_id) is not str:
            object_type_id = expect_str(
                object_type_id, "GetObjectsFilterBody.object_type_id"
            )

        def _parse_filter_(
            data: object,
        ) -> (
            GetObjectsFilterBodyAnd
            | GetObjectsFilterBodyNot
            | GetObjectsFilterBodyObjectAttribute
            | GetObjectsFilterBodyOr
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_and = GetObjectsFilterBodyAnd.from_dict(data)

                return filter_and
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_or = GetObjectsFilterBodyOr.from_dict(data)

                return filter_or
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_not = GetObjectsFilterBodyNot.from_dict(data)

                return filter_not
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            filter_object_attribute = GetObjectsFilterBodyObjectAttribute.from_dict(
                data
            )

            return filter_object_attribute

        filter_ = _parse_filter_(d.pop("filter"))

        get_objects_filter_body = cls(
            object_type_id=object_type_id,
            filter_=filter_,
        )

        get_objects_filter_body.additional_properties = d
        return get_objects_filter_body

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
