from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar(
    "T",
    bound="GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty",
)


@_attrs_define
class GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty:
    """
    Attributes:
        from_ (str | Unset): The old attribute value. If empty, the customer probably didn't bear the attribute before
            this action.
        to (str | Unset): The new attribute value.
    """

    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict,
                "GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty",
            )
        )
        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = expect_str(
                from_,
                "GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty.from",
            )

        to = d.pop("to", UNSET)
        if type(to) is not str and to is not UNSET:
            to = expect_str(
                to,
                "GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty.to",
            )

        get_person_activities_response_200_activities_item_attribute_change_additional_property = cls(
            from_=from_,
            to=to,
        )

        get_person_activities_response_200_activities_item_attribute_change_additional_property.additional_properties = d
        return get_person_activities_response_200_activities_item_attribute_change_additional_property

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
