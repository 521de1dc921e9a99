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
    from ..models.aps_basic_push_aps_alert import ApsBasicPushApsAlert


T = TypeVar("T", bound="ApsBasicPushAps")


@_attrs_define
class ApsBasicPushAps:
    """A push payload intended for an iOS device.

    Attributes:
        alert (ApsBasicPushApsAlert): An object containing the push title and body
    """

    alert: ApsBasicPushApsAlert
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert = self.alert.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert": alert,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aps_basic_push_aps_alert import ApsBasicPushApsAlert

        d = dict(expect_object(src_dict, "ApsBasicPushAps"))
        alert = ApsBasicPushApsAlert.from_dict(d.pop("alert"))

        aps_basic_push_aps = cls(
            alert=alert,
        )

        aps_basic_push_aps.additional_properties = d
        return aps_basic_push_aps

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
