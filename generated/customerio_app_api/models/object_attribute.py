from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.object_attribute_operator import ObjectAttributeOperator
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ObjectAttribute")


@_attrs_define
class ObjectAttribute:
    """Filter your objects by their attributes.

    Example:
        {'field': 'cancelled', 'operator': 'eq', 'value': True, 'type_id': 1}

    Attributes:
        field (str): The name of the attribute you want to filter against. Example: location.
        operator (ObjectAttributeOperator): Determine how to evaluate criteria against the field—`exists` returns
            results if an object has the attribute; `eq` returns results an object's attribute exists and the attribute has
            the `value` you specify.
        type_id (str): The object type an object belongs to—like "Companies" or "Accounts". Object type IDs are string-
            formatted integers that begin at `1` and increment for each new type. Example: 1.
        value (str | Unset): The value you want to match for this attribute. You must include a value if you use the
            `eq` operator.
    """

    field: str
    operator: ObjectAttributeOperator
    type_id: str
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator.value

        type_id = self.type_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "type_id": type_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ObjectAttribute"))
        field = d.pop("field")
        if type(field) is not str:
            field = expect_str(field, "ObjectAttribute.field")

        operator = ObjectAttributeOperator(d.pop("operator"))

        type_id = d.pop("type_id")
        if type(type_id) is not str:
            type_id = expect_str(type_id, "ObjectAttribute.type_id")

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = expect_str(value, "ObjectAttribute.value")

        object_attribute = cls(
            field=field,
            operator=operator,
            type_id=type_id,
            value=value,
        )

        object_attribute.additional_properties = d
        return object_attribute

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
