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

T = TypeVar("T", bound="GetPersonSubscriptionPreferencesResponse200CustomerHeader")


@_attrs_define
class GetPersonSubscriptionPreferencesResponse200CustomerHeader:
    """
    Attributes:
        title (str | Unset): The header of the subscription preferences page.
        subtitle (str | Unset): The subtitle or headline beneath the header of the subscription preferences page.
    """

    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "GetPersonSubscriptionPreferencesResponse200CustomerHeader"
            )
        )
        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(
                title, "GetPersonSubscriptionPreferencesResponse200CustomerHeader.title"
            )

        subtitle = d.pop("subtitle", UNSET)
        if type(subtitle) is not str and subtitle is not UNSET:
            subtitle = expect_str(
                subtitle,
                "GetPersonSubscriptionPreferencesResponse200CustomerHeader.subtitle",
            )

        get_person_subscription_preferences_response_200_customer_header = cls(
            title=title,
            subtitle=subtitle,
        )

        get_person_subscription_preferences_response_200_customer_header.additional_properties = d
        return get_person_subscription_preferences_response_200_customer_header

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
