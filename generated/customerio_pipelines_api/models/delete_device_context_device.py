from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delete_device_context_device_type import DeleteDeviceContextDeviceType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="DeleteDeviceContextDevice")


@_attrs_define
class DeleteDeviceContextDevice:
    """Device information.

    Attributes:
        token (str): The device token.
        type_ (DeleteDeviceContextDeviceType | Unset): The device type.
    """

    token: str
    type_: DeleteDeviceContextDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "DeleteDeviceContextDevice"))
        token = d.pop("token")
        if type(token) is not str:
            token = expect_str(token, "DeleteDeviceContextDevice.token")

        _type_ = d.pop("type", UNSET)
        type_: DeleteDeviceContextDeviceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeleteDeviceContextDeviceType(_type_)

        delete_device_context_device = cls(
            token=token,
            type_=type_,
        )

        delete_device_context_device.additional_properties = d
        return delete_device_context_device

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
