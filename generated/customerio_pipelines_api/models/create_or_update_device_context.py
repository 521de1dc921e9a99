from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.create_or_update_device_context_device import (
        CreateOrUpdateDeviceContextDevice,
    )


T = TypeVar("T", bound="CreateOrUpdateDeviceContext")


@_attrs_define
class CreateOrUpdateDeviceContext:
    """Information about the device performing the event. Our SDKs typically collect these properties automatically.

    Attributes:
        device (CreateOrUpdateDeviceContextDevice): Device information.
    """

    device: CreateOrUpdateDeviceContextDevice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_or_update_device_context_device import (
            CreateOrUpdateDeviceContextDevice,
        )

        d = dict(expect_object(src_dict, "CreateOrUpdateDeviceContext"))
        device = CreateOrUpdateDeviceContextDevice.from_dict(d.pop("device"))

        create_or_update_device_context = cls(
            device=device,
        )

        create_or_update_device_context.additional_properties = d
        return create_or_update_device_context

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
