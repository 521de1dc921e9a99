from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_subscription_preferences import CioSubscriptionPreferences


T = TypeVar("T", bound="IdentifyPersonAttributes")


@_attrs_define
class IdentifyPersonAttributes:
    """Attributes that you want to add or update for this person. You can pass properties that aren't defined below to set
    custom attributes; the defined properties are reserved in the Customer.io Track API.

        Attributes:
            cio_subscription_preferences (CioSubscriptionPreferences | Unset): Stores your audience's subscription
                preferences if you enable our [subscription center](/subscription-center/) feature. These items are set
                automatically when people use the unsubscribe link in your messages, but you can set preferences outside the
                subscription flow. To update select topic preferences while preserving those set for other topics, use JSON dot
                notation `"cio_subscription_preferences.topics.topic_<topic ID>":<boolean>`. Example: {'topics': {'topic_1':
                True, 'topic_2': False, 'topic_3': True}}.
            field_update (bool | Unset): By default, an `identify` request creates a new person if they don't already exist.
                If you perform multiple requests in rapid succession, there's a danger that you could create multiple profiles.
                If you know that a profile already exists and you want to update it, set this value to `true`, and Customer.io
                will _not_ create a new profile, even if the person doesn't exist.

                If the identifiers in your request don't belong to an existing person, the request does nothing.
                 Default: False.
    """

    cio_subscription_preferences: CioSubscriptionPreferences | Unset = UNSET
    field_update: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        field_update = self.field_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if field_update is not UNSET:
            field_dict["_update"] = field_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_subscription_preferences import CioSubscriptionPreferences

        d = dict(expect_object(src_dict, "IdentifyPersonAttributes"))
        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: CioSubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset):
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = CioSubscriptionPreferences.from_dict(
                _cio_subscription_preferences
            )

        field_update = d.pop("_update", UNSET)
        if type(field_update) is not bool and field_update is not UNSET:
            field_update = expect_bool(field_update, "IdentifyPersonAttributes._update")

        identify_person_attributes = cls(
            cio_subscription_preferences=cio_subscription_preferences,
            field_update=field_update,
        )

        identify_person_attributes.additional_properties = d
        return identify_person_attributes

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
