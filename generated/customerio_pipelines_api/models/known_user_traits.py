from __future__ import annotations

import datetime
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
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.known_user_traits_cio_subscription_preferences import (
        KnownUserTraitsCioSubscriptionPreferences,
    )


T = TypeVar("T", bound="KnownUserTraits")


@_attrs_define
class KnownUserTraits:
    """Additional properties that you know about a person. We've listed some common/reserved traits below, but you can add
    any traits that you might use in another system.

        Attributes:
            email (str | Unset): A person's email address. In some cases, you can pass an empty `userId` and we'll use this
                value to identify a person.
            created_at (datetime.datetime | Unset): We recommend that you pass date-time values as ISO 8601 date-time
                strings. We convert this value to fit destinations where appropriate.
            cio_subscription_preferences (KnownUserTraitsCioSubscriptionPreferences | Unset): Stores your audience's
                subscription preferences if you enable our [subscription center](/subscription-center/) feature. These items are
                set automatically when people use the unsubscribe link in your messages, but you can set preferences outside the
                subscription flow. To update select topic preferences while preserving those set for other topics, use JSON dot
                notation `"cio_subscription_preferences.topics.topic_<topic ID>":<boolean>`.
    """

    email: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    cio_subscription_preferences: KnownUserTraitsCioSubscriptionPreferences | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.known_user_traits_cio_subscription_preferences import (
            KnownUserTraitsCioSubscriptionPreferences,
        )

        d = dict(expect_object(src_dict, "KnownUserTraits"))
        email = d.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = expect_str(email, "KnownUserTraits.email")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: KnownUserTraitsCioSubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset):
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = (
                KnownUserTraitsCioSubscriptionPreferences.from_dict(
                    _cio_subscription_preferences
                )
            )

        known_user_traits = cls(
            email=email,
            created_at=created_at,
            cio_subscription_preferences=cio_subscription_preferences,
        )

        known_user_traits.additional_properties = d
        return known_user_traits

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
