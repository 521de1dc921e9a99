from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.update_attribute_metadata_response_400_errors_item_detail import (
    UpdateAttributeMetadataResponse400ErrorsItemDetail,
)
from ..models.update_attribute_metadata_response_400_errors_item_status import (
    UpdateAttributeMetadataResponse400ErrorsItemStatus,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
)

T = TypeVar("T", bound="UpdateAttributeMetadataResponse400ErrorsItem")


@_attrs_define
class UpdateAttributeMetadataResponse400ErrorsItem:
    """
    Attributes:
        detail (UpdateAttributeMetadataResponse400ErrorsItemDetail | Unset): The reason for failure.
        status (UpdateAttributeMetadataResponse400ErrorsItemStatus | Unset): The response code.
    """

    detail: UpdateAttributeMetadataResponse400ErrorsItemDetail | Unset = UNSET
    status: UpdateAttributeMetadataResponse400ErrorsItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "UpdateAttributeMetadataResponse400ErrorsItem")
        )
        _detail = d.pop("detail", UNSET)
        detail: UpdateAttributeMetadataResponse400ErrorsItemDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = UpdateAttributeMetadataResponse400ErrorsItemDetail(_detail)

        _status = d.pop("status", UNSET)
        status: UpdateAttributeMetadataResponse400ErrorsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateAttributeMetadataResponse400ErrorsItemStatus(_status)

        update_attribute_metadata_response_400_errors_item = cls(
            detail=detail,
            status=status,
        )

        update_attribute_metadata_response_400_errors_item.additional_properties = d
        return update_attribute_metadata_response_400_errors_item

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
