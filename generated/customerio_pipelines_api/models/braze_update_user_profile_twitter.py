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

T = TypeVar("T", bound="BrazeUpdateUserProfileTwitter")


@_attrs_define
class BrazeUpdateUserProfileTwitter:
    """Hash containing any of id (integer), screen_name (string, Twitter handle), followers_count (integer), friends_count
    (integer), statuses_count (integer).

        Attributes:
            id (int | Unset): The twitter ID.
            screen_name (str | Unset): The user's Twitter handle.
            followers_count (int | Unset): The number of followers.
            friends_count (int | Unset): The number of friends/people the account follows.
            statuses_count (int | Unset): The number of posts/statuses.
    """

    id: int | Unset = UNSET
    screen_name: str | Unset = UNSET
    followers_count: int | Unset = UNSET
    friends_count: int | Unset = UNSET
    statuses_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        screen_name = self.screen_name

        followers_count = self.followers_count

        friends_count = self.friends_count

        statuses_count = self.statuses_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if screen_name is not UNSET:
            field_dict["screen_name"] = screen_name
        if followers_count is not UNSET:
            field_dict["followers_count"] = followers_count
        if friends_count is not UNSET:
            field_dict["friends_count"] = friends_count
        if statuses_count is not UNSET:
            field_dict["statuses_count"] = statuses_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BrazeUpdateUserProfileTwitter"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "BrazeUpdateUserProfileTwitter.id")

        screen_name = d.pop("screen_name", UNSET)
        if type(screen_name) is not str and screen_name is not UNSET:
            screen_name = expect_str(
                screen_name, "BrazeUpdateUserProfileTwitter.screen_name"
            )

        followers_count = d.pop("followers_count", UNSET)
        if type(followers_count) is not int and followers_count is not UNSET:
            followers_count = expect_int(
                followers_count, "BrazeUpdateUserProfileTwitter.followers_count"
            )

        friends_count = d.pop("friends_count", UNSET)
        if type(friends_count) is not int and friends_count is not UNSET:
            friends_count = expect_int(
                friends_count, "BrazeUpdateUserProfileTwitter.friends_count"
            )

        statuses_count = d.pop("statuses_count", UNSET)
        if type(statuses_count) is not int and statuses_count is not UNSET:
            statuses_count = expect_int(
                statuses_count, "BrazeUpdateUserProfileTwitter.statuses_count"
            )

        braze_update_user_profile_twitter = cls(
            id=id,
            screen_name=screen_name,
            followers_count=followers_count,
            friends_count=friends_count,
            statuses_count=statuses_count,
        )

        braze_update_user_profile_twitter.additional_properties = d
        return braze_update_user_profile_twitter

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
