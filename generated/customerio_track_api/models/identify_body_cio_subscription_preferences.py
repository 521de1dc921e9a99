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
)

if TYPE_CHECKING:
    from ..models.identify_body_cio_subscription_preferences_topics import (
        IdentifyBodyCioSubscriptionPreferencesTopics,
    )


T = TypeVar("T", bound="IdentifyBodyCioSubscriptionPreferences")


@_attrs_define
class IdentifyBodyCioSubscriptionPreferences:
    """Stores your audience's subscription preferences if you enable our [subscription center](/subscription-center/)
    feature. These items are set automatically when people use the unsubscribe link in your messages, but you can set
    preferences outside the subscription flow. To update select topic preferences while preserving those set for other
    topics, use JSON dot notation `"cio_subscription_preferences.topics.topic_<topic ID>":<boolean>`.

        Attributes:
            topics (IdentifyBodyCioSubscriptionPreferencesTopics | Unset): Contains active topics in your workspace, named
                `topic_<id>`.
    """

    topics: IdentifyBodyCioSubscriptionPreferencesTopics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identify_body_cio_subscription_preferences_topics import (
            IdentifyBodyCioSubscriptionPreferencesTopics,
        )

        d = dict(expect_object(src_dict, "IdentifyBodyCioSubscriptionPreferences"))
        _topics = d.pop("topics", UNSET)
        topics: IdentifyBodyCioSubscriptionPreferencesTopics | Unset
        if isinstance(_topics, Unset):
            topics = UNSET
        else:
            topics = IdentifyBodyCioSubscriptionPreferencesTopics.from_dict(_topics)

        identify_body_cio_subscription_preferences = cls(
            topics=topics,
        )

        identify_body_cio_subscription_preferences.additional_properties = d
        return identify_body_cio_subscription_preferences

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
