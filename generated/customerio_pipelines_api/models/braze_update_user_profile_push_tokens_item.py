from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="BrazeUpdateUserProfilePushTokensItem")


@_attrs_define
class BrazeUpdateUserProfilePushTokensItem:
    """
    Attributes:
        app_id (str | Unset): The ID of the application the token belongs to.
        token (str | Unset): The device token for this device/app combination.
        device_id (str | Unset): If you don't provide this field, one will be randomly generated for you.
    """

    app_id: str | Unset = UNSET
    token: str | Unset = UNSET
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        token = self.token

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if token is not UNSET:
            field_dict["token"] = token
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BrazeUpdateUserProfilePushTokensItem"))
        app_id = d.pop("app_id", UNSET)
        if type(app_id) is not str and app_id is not UNSET:
            app_id = expect_str(app_id, "BrazeUpdateUserProfilePushTokensItem.app_id")

        token = d.pop("token", UNSET)
        if type(token) is not str and token is not UNSET:
            token = expect_str(token, "BrazeUpdateUserProfilePushTokensItem.token")

        device_id = d.pop("device_id", UNSET)
        if type(device_id) is not str and device_id is not UNSET:
            device_id = expect_str(
                device_id, "BrazeUpdateUserProfilePushTokensItem.device_id"
            )

        braze_update_user_profile_push_tokens_item = cls(
            app_id=app_id,
            token=token,
            device_id=device_id,
        )

        braze_update_user_profile_push_tokens_item.additional_properties = d
        return braze_update_user_profile_push_tokens_item

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
