from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="KnownUserTraitsCioSubscriptionPreferencesTopics")


@_attrs_define
class KnownUserTraitsCioSubscriptionPreferencesTopics:
    """Contains active topics in your workspace, named `topic_<id>`.

    Example:
        {'topic_1': True, 'topic_2': False}

    """

    additional_properties: dict[str, bool] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "KnownUserTraitsCioSubscriptionPreferencesTopics")
        )
        known_user_traits_cio_subscription_preferences_topics = cls()

        known_user_traits_cio_subscription_preferences_topics.additional_properties = d
        return known_user_traits_cio_subscription_preferences_topics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
