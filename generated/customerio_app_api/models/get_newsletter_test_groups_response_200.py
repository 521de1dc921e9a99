from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_newsletter_test_groups_response_200_test_groups_item import (
        GetNewsletterTestGroupsResponse200TestGroupsItem,
    )


T = TypeVar("T", bound="GetNewsletterTestGroupsResponse200")


@_attrs_define
class GetNewsletterTestGroupsResponse200:
    """
    Example:
        {'test_groups': [{'id': 0, 'name': 'A', 'label': 'test 1', 'winner': False, 'content_ids': [25, 26]}, {'id': 2,
            'name': 'B', 'label': 'test 2', 'winner': False, 'content_ids': [27, 28]}]}

    Attributes:
        test_groups (list[GetNewsletterTestGroupsResponse200TestGroupsItem] | Unset): Each object represents one of the
            test groups.
    """

    test_groups: list[GetNewsletterTestGroupsResponse200TestGroupsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_groups, Unset):
            test_groups = []
            for test_groups_item_data in self.test_groups:
                test_groups_item = test_groups_item_data.to_dict()
                test_groups.append(test_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_groups is not UNSET:
            field_dict["test_groups"] = test_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_newsletter_test_groups_response_200_test_groups_item import (
            GetNewsletterTestGroupsResponse200TestGroupsItem,
        )

        d = dict(expect_object(src_dict, "GetNewsletterTestGroupsResponse200"))
        _test_groups = expect_list(
            d.pop("test_groups", UNSET),
            "GetNewsletterTestGroupsResponse200.test_groups",
        )
        test_groups: list[GetNewsletterTestGroupsResponse200TestGroupsItem] | Unset = (
            UNSET
        )
        if _test_groups is not UNSET:
            test_groups = []
            for test_groups_item_data in _test_groups:
                test_groups_item = (
                    GetNewsletterTestGroupsResponse200TestGroupsItem.from_dict(
                        test_groups_item_data
                    )
                )

                test_groups.append(test_groups_item)

        get_newsletter_test_groups_response_200 = cls(
            test_groups=test_groups,
        )

        get_newsletter_test_groups_response_200.additional_properties = d
        return get_newsletter_test_groups_response_200

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
