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
    from ..models.data_object_only_android import DataObjectOnlyAndroid
    from ..models.data_object_only_data import DataObjectOnlyData


T = TypeVar("T", bound="DataObjectOnly")


@_attrs_define
class DataObjectOnly:
    """
    Attributes:
        data (DataObjectOnlyData): Contains all properties interpreted by the SDK.
        android (DataObjectOnlyAndroid | Unset): Contains properties that are **not** interpreted by the SDK but are
            defined by FCM. You need to write your own code to handle these Android push features.
    """

    data: DataObjectOnlyData
    android: DataObjectOnlyAndroid | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_object_only_android import DataObjectOnlyAndroid
        from ..models.data_object_only_data import DataObjectOnlyData

        d = dict(expect_object(src_dict, "DataObjectOnly"))
        data = DataObjectOnlyData.from_dict(d.pop("data"))

        _android = d.pop("android", UNSET)
        android: DataObjectOnlyAndroid | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = DataObjectOnlyAndroid.from_dict(_android)

        data_object_only = cls(
            data=data,
            android=android,
        )

        data_object_only.additional_properties = d
        return data_object_only

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
