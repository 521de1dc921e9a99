from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.attribute_operator import AttributeOperator
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="Attribute")


@_attrs_define
class Attribute:
    """Filter your audience by attribute.

    Example:
        {'field': 'unsubscribed', 'operator': 'eq', 'value': True}

    Attributes:
        field (str): The name of the attribute you want to filter against. Example: first_name.
        operator (AttributeOperator): Determine how to evaluate criteria against the field—`exists` returns results if a
            person in the audience has the attribute; `eq` returns results if the audience has the attribute and the
            attribute has the `value` you specify.
        value (str | Unset): The value you want to match for this attribute. You must include a value if you use the
            `eq` operator.
    """

    field: str
    operator: AttributeOperator
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "Attribute"))
        field = d.pop("field")
        if type(field) is not str:
            field = expect_str(field, "Attribute.field")

        operator = AttributeOperator(d.pop("operator"))

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = expect_str(value, "Attribute.value")

        attribute = cls(
            field=field,
            operator=operator,
            value=value,
        )

        attribute.additional_properties = d
        return attribute

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
