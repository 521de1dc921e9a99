from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetNewsletterTestGroupsResponse200TestGroupsItem")


@_attrs_define
class GetNewsletterTestGroupsResponse200TestGroupsItem:
    """
    Attributes:
        id (int | Unset): The ID of the A/B test group.
        name (str | Unset): The name of the A/B test group.
        label (str | Unset): The name of the variant.
        winner (bool | Unset): Whether this variant is the winner of the test.
        content_ids (list[str] | Unset): A list of content_ids for each variant in the test group.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    winner: bool | Unset = UNSET
    content_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        label = self.label

        winner = self.winner

        content_ids: list[str] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if winner is not UNSET:
            field_dict["winner"] = winner
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "GetNewsletterTestGroupsResponse200TestGroupsItem")
        )
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetNewsletterTestGroupsResponse200TestGroupsItem.id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(
                name, "GetNewsletterTestGroupsResponse200TestGroupsItem.name"
            )

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = expect_str(
                label, "GetNewsletterTestGroupsResponse200TestGroupsItem.label"
            )

        winner = d.pop("winner", UNSET)
        if type(winner) is not bool and winner is not UNSET:
            winner = expect_bool(
                winner, "GetNewsletterTestGroupsResponse200TestGroupsItem.winner"
            )

        content_ids = cast(
            list[str],
            expect_list(
                d.pop("content_ids", UNSET),
                "GetNewsletterTestGroupsResponse200TestGroupsItem.content_ids",
            ),
        )

        get_newsletter_test_groups_response_200_test_groups_item = cls(
            id=id,
            name=name,
            label=label,
            winner=winner,
            content_ids=content_ids,
        )

        get_newsletter_test_groups_response_200_test_groups_item.additional_properties = d
        return get_newsletter_test_groups_response_200_test_groups_item

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
