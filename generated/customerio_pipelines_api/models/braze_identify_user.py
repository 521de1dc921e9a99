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
    from ..models.braze_identify_user_user_alias import BrazeIdentifyUserUserAlias


T = TypeVar("T", bound="BrazeIdentifyUser")


@_attrs_define
class BrazeIdentifyUser:
    """Identifies an unidentified (alias-only) user. Use alongside the Create Alias action, or with user aliases you have
    already defined.

        Attributes:
            external_id (str | Unset): The external ID of the user to identify.
            user_alias (BrazeIdentifyUserUserAlias | Unset): A user alias object. See [the
                docs](https://www.braze.com/docs/api/objects_filters/user_alias_object/).
    """

    external_id: str | Unset = UNSET
    user_alias: BrazeIdentifyUserUserAlias | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        user_alias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_alias, Unset):
            user_alias = self.user_alias.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.braze_identify_user_user_alias import BrazeIdentifyUserUserAlias

        d = dict(expect_object(src_dict, "BrazeIdentifyUser"))
        external_id = d.pop("external_id", UNSET)
        if type(external_id) is not str and external_id is not UNSET:
            external_id = expect_str(external_id, "BrazeIdentifyUser.external_id")

        _user_alias = d.pop("user_alias", UNSET)
        user_alias: BrazeIdentifyUserUserAlias | Unset
        if isinstance(_user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = BrazeIdentifyUserUserAlias.from_dict(_user_alias)

        braze_identify_user = cls(
            external_id=external_id,
            user_alias=user_alias,
        )

        braze_identify_user.additional_properties = d
        return braze_identify_user

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
