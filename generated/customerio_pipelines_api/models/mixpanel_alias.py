from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="MixpanelAlias")


@_attrs_define
class MixpanelAlias:
    """
    Attributes:
        distinct_id (str): The previous ID that you want to set an alias for. Default: '$.previousId'.
        alias (str): The new, unique ID that you want to merge with the `distinct_id`. You can only map a single alias,
            so you'll typically alias a `userId` to an `anonymousId` to unify the activities of a person before and after
            you identify them. Default: 'coalesce($.userId, $.anonymousId)'.
    """

    distinct_id: str = "$.previousId"
    alias: str = "coalesce($.userId, $.anonymousId)"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distinct_id = self.distinct_id

        alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "distinct_id": distinct_id,
                "alias": alias,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "MixpanelAlias"))
        distinct_id = d.pop("distinct_id")
        if type(distinct_id) is not str:
            distinct_id = expect_str(distinct_id, "MixpanelAlias.distinct_id")

        alias = d.pop("alias")
        if type(alias) is not str:
            alias = expect_str(alias, "MixpanelAlias.alias")

        mixpanel_alias = cls(
            distinct_id=distinct_id,
            alias=alias,
        )

        mixpanel_alias.additional_properties = d
        return mixpanel_alias

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
