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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.mixpanel_identify_user_traits import MixpanelIdentifyUserTraits


T = TypeVar("T", bound="MixpanelIdentifyUser")


@_attrs_define
class MixpanelIdentifyUser:
    """
    Attributes:
        ip (str | Unset): The IP address of the user. This is only used for geolocation and won't be stored. Default:
            '$.context.ip'.
        user_id (str | Unset): The unique user identifier set by you Default: '$.userId'.
        anonymous_id (str | Unset): The generated anonymous ID for the user. Default: '$.anonymousId'.
        traits (MixpanelIdentifyUserTraits | Unset): Properties to set on the user profile.
    """

    ip: str | Unset = "$.context.ip"
    user_id: str | Unset = "$.userId"
    anonymous_id: str | Unset = "$.anonymousId"
    traits: MixpanelIdentifyUserTraits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        user_id = self.user_id

        anonymous_id = self.anonymous_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mixpanel_identify_user_traits import MixpanelIdentifyUserTraits

        d = dict(expect_object(src_dict, "MixpanelIdentifyUser"))
        ip = d.pop("ip", UNSET)
        if type(ip) is not str and ip is not UNSET:
            ip = expect_str(ip, "MixpanelIdentifyUser.ip")

        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "MixpanelIdentifyUser.user_id")

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "MixpanelIdentifyUser.anonymous_id")

        _traits = d.pop("traits", UNSET)
        traits: MixpanelIdentifyUserTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = MixpanelIdentifyUserTraits.from_dict(_traits)

        mixpanel_identify_user = cls(
            ip=ip,
            user_id=user_id,
            anonymous_id=anonymous_id,
            traits=traits,
        )

        mixpanel_identify_user.additional_properties = d
        return mixpanel_identify_user

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
