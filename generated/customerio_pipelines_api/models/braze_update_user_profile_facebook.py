from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="BrazeUpdateUserProfileFacebook")


@_attrs_define
class BrazeUpdateUserProfileFacebook:
    """Hash of Facebook attribution containing any of `id` (string), `likes` (array of strings), `num_friends` (integer).

    Attributes:
        id (str | Unset): A person's facebook ID/name.
        num_friends (int | Unset): The number of Facebook friends the user has.
        likes (list[str] | Unset): This person's likes as stated in their bio.
    """

    id: str | Unset = UNSET
    num_friends: int | Unset = UNSET
    likes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        num_friends = self.num_friends

        likes: list[str] | Unset = UNSET
        if not isinstance(self.likes, Unset):
            likes = self.likes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if num_friends is not UNSET:
            field_dict["num_friends"] = num_friends
        if likes is not UNSET:
            field_dict["likes"] = likes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BrazeUpdateUserProfileFacebook"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "BrazeUpdateUserProfileFacebook.id")

        num_friends = d.pop("num_friends", UNSET)
        if type(num_friends) is not int and num_friends is not UNSET:
            num_friends = expect_int(
                num_friends, "BrazeUpdateUserProfileFacebook.num_friends"
            )

        likes = cast(
            list[str],
            expect_list(d.pop("likes", UNSET), "BrazeUpdateUserProfileFacebook.likes"),
        )

        braze_update_user_profile_facebook = cls(
            id=id,
            num_friends=num_friends,
            likes=likes,
        )

        braze_update_user_profile_facebook.additional_properties = d
        return braze_update_user_profile_facebook

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
