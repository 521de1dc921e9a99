from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="AmplitudeMapUser")


@_attrs_define
class AmplitudeMapUser:
    """Merge two users together that would otherwise have different User IDs tracked in Amplitude.

    Attributes:
        user_id (str | Unset): The User ID to be associated. Default: '$.previousId'.
        global_user_id (str | Unset): The Global User ID to associate with the User ID. Default: '$.userId'.
        min_id_length (int | Unset): Amplitude has a default minimum id length of 5 characters for `user_id` and
            `device_id` fields. This field allows the minimum to be overridden to allow shorter id lengths.
    """

    user_id: str | Unset = "$.previousId"
    global_user_id: str | Unset = "$.userId"
    min_id_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        global_user_id = self.global_user_id

        min_id_length = self.min_id_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if global_user_id is not UNSET:
            field_dict["global_user_id"] = global_user_id
        if min_id_length is not UNSET:
            field_dict["min_id_length"] = min_id_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AmplitudeMapUser"))
        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "AmplitudeMapUser.user_id")

        global_user_id = d.pop("global_user_id", UNSET)
        if type(global_user_id) is not str and global_user_id is not UNSET:
            global_user_id = expect_str(
                global_user_id, "AmplitudeMapUser.global_user_id"
            )

        min_id_length = d.pop("min_id_length", UNSET)
        if type(min_id_length) is not int and min_id_length is not UNSET:
            min_id_length = expect_int(min_id_length, "AmplitudeMapUser.min_id_length")

        amplitude_map_user = cls(
            user_id=user_id,
            global_user_id=global_user_id,
            min_id_length=min_id_length,
        )

        amplitude_map_user.additional_properties = d
        return amplitude_map_user

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
