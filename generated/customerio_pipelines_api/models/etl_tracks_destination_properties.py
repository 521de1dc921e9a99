from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="EtlTracksDestinationProperties")


@_attrs_define
class EtlTracksDestinationProperties:
    """Additional properties sent with the page call. We've listed some common/reserved traits captured by our
    `Analytics.js` library, but you can add any properties that you might use in another system.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EtlTracksDestinationProperties"))
        etl_tracks_destination_properties = cls()

        etl_tracks_destination_properties.additional_properties = d
        return etl_tracks_destination_properties

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
