from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

T = TypeVar("T", bound="GetSenderUsageResponse200")


@_attrs_define
class GetSenderUsageResponse200:
    """
    Attributes:
        campaigns (list[int] | Unset): The campaigns that use the sender.
        sent_newsletters (list[int] | Unset): The newsletters you've sent that used the sender.
        draft_newsletters (list[int] | Unset): The newsletter drafts that are set up using the sender.
    """

    campaigns: list[int] | Unset = UNSET
    sent_newsletters: list[int] | Unset = UNSET
    draft_newsletters: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns: list[int] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = self.campaigns

        sent_newsletters: list[int] | Unset = UNSET
        if not isinstance(self.sent_newsletters, Unset):
            sent_newsletters = self.sent_newsletters

        draft_newsletters: list[int] | Unset = UNSET
        if not isinstance(self.draft_newsletters, Unset):
            draft_newsletters = self.draft_newsletters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if sent_newsletters is not UNSET:
            field_dict["sent_newsletters"] = sent_newsletters
        if draft_newsletters is not UNSET:
            field_dict["draft_newsletters"] = draft_newsletters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetSenderUsageResponse200"))
        campaigns = cast(
            list[int],
            expect_list(
                d.pop("campaigns", UNSET), "GetSenderUsageResponse200.campaigns"
            ),
        )

        sent_newsletters = cast(
            list[int],
            expect_list(
                d.pop("sent_newsletters", UNSET),
                "GetSenderUsageResponse200.sent_newsletters",
            ),
        )

        draft_newsletters = cast(
            list[int],
            expect_list(
                d.pop("draft_newsletters", UNSET),
                "GetSenderUsageResponse200.draft_newsletters",
            ),
        )

        get_sender_usage_response_200 = cls(
            campaigns=campaigns,
            sent_newsletters=sent_newsletters,
            draft_newsletters=draft_newsletters,
        )

        get_sender_usage_response_200.additional_properties = d
        return get_sender_usage_response_200

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
