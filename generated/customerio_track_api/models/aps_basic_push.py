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
    from ..models.aps_basic_push_aps import ApsBasicPushAps
    from ..models.aps_basic_push_cio import ApsBasicPushCIO


T = TypeVar("T", bound="ApsBasicPush")


@_attrs_define
class ApsBasicPush:
    """
    Attributes:
        aps (ApsBasicPushAps): A push payload intended for an iOS device.
        cio (ApsBasicPushCIO | Unset): Contains options supported by the Customer.io SDK.
    """

    aps: ApsBasicPushAps
    cio: ApsBasicPushCIO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aps = self.aps.to_dict()

        cio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio, Unset):
            cio = self.cio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aps": aps,
            }
        )
        if cio is not UNSET:
            field_dict["CIO"] = cio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aps_basic_push_aps import ApsBasicPushAps
        from ..models.aps_basic_push_cio import ApsBasicPushCIO

        d = dict(expect_object(src_dict, "ApsBasicPush"))
        aps = ApsBasicPushAps.from_dict(d.pop("aps"))

        _cio = d.pop("CIO", UNSET)
        cio: ApsBasicPushCIO | Unset
        if isinstance(_cio, Unset):
            cio = UNSET
        else:
            cio = ApsBasicPushCIO.from_dict(_cio)

        aps_basic_push = cls(
            aps=aps,
            cio=cio,
        )

        aps_basic_push.additional_properties = d
        return aps_basic_push

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
