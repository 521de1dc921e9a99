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
    from ..models.mixpanel_group_identify_user_traits import (
        MixpanelGroupIdentifyUserTraits,
    )


T = TypeVar("T", bound="MixpanelGroupIdentifyUser")


@_attrs_define
class MixpanelGroupIdentifyUser:
    """
    Attributes:
        group_key (str | Unset): The group key you specified in Mixpanel under Project settings. If this is not
            specified, it will be defaulted to "$group_id".
        group_id (str | Unset): The unique identifier of the group. If there is a trait that matches the group key, it
            will override this value. Default: '$.groupId'.
        traits (MixpanelGroupIdentifyUserTraits | Unset): The properties to set on the group profile.
    """

    group_key: str | Unset = UNSET
    group_id: str | Unset = "$.groupId"
    traits: MixpanelGroupIdentifyUserTraits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_key = self.group_key

        group_id = self.group_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_key is not UNSET:
            field_dict["group_key"] = group_key
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mixpanel_group_identify_user_traits import (
            MixpanelGroupIdentifyUserTraits,
        )

        d = dict(expect_object(src_dict, "MixpanelGroupIdentifyUser"))
        group_key = d.pop("group_key", UNSET)
        if type(group_key) is not str and group_key is not UNSET:
            group_key = expect_str(group_key, "MixpanelGroupIdentifyUser.group_key")

        group_id = d.pop("group_id", UNSET)
        if type(group_id) is not str and group_id is not UNSET:
            group_id = expect_str(group_id, "MixpanelGroupIdentifyUser.group_id")

        _traits = d.pop("traits", UNSET)
        traits: MixpanelGroupIdentifyUserTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = MixpanelGroupIdentifyUserTraits.from_dict(_traits)

        mixpanel_group_identify_user = cls(
            group_key=group_key,
            group_id=group_id,
            traits=traits,
        )

        mixpanel_group_identify_user.additional_properties = d
        return mixpanel_group_identify_user

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
