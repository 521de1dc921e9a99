from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_object_attributes_response_200_object import (
        GetObjectAttributesResponse200Object,
    )


T = TypeVar("T", bound="GetObjectAttributesResponse200")


@_attrs_define
class GetObjectAttributesResponse200:
    """
    Attributes:
        object_ (GetObjectAttributesResponse200Object | Unset): The object specified in the endpoint path
    """

    object_: GetObjectAttributesResponse200Object | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_object_attributes_response_200_object import (
            GetObjectAttributesResponse200Object,
        )

        d = dict(expect_object(src_dict, "GetObjectAttributesResponse200"))
        _object_ = d.pop("object", UNSET)
        object_: GetObjectAttributesResponse200Object | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = GetObjectAttributesResponse200Object.from_dict(_object_)

        get_object_attributes_response_200 = cls(
            object_=object_,
        )

        get_object_attributes_response_200.additional_properties = d
        return get_object_attributes_response_200

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
