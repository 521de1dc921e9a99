from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_number,
    expect_object,
)

T = TypeVar("T", bound="BrazeUpdateUserProfileCurrentLocation")


@_attrs_define
class BrazeUpdateUserProfileCurrentLocation:
    """The user's current longitude/latitude.

    Attributes:
        latitude (float | Unset): The current users's latitude.
        longitude (float | Unset): The user's longitude.
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BrazeUpdateUserProfileCurrentLocation"))
        latitude = d.pop("latitude", UNSET)
        if type(latitude) is not float and latitude is not UNSET:
            latitude = expect_number(
                latitude, "BrazeUpdateUserProfileCurrentLocation.latitude"
            )

        longitude = d.pop("longitude", UNSET)
        if type(longitude) is not float and longitude is not UNSET:
            longitude = expect_number(
                longitude, "BrazeUpdateUserProfileCurrentLocation.longitude"
            )

        braze_update_user_profile_current_location = cls(
            latitude=latitude,
            longitude=longitude,
        )

        braze_update_user_profile_current_location.additional_properties = d
        return braze_update_user_profile_current_location

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
