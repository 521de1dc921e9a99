from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
)

T = TypeVar("T", bound="CustomerEvents")


@_attrs_define
class CustomerEvents:
    """Describes the customer events reported from Customer.io to a webhook.

    Attributes:
        customer_subscribed (bool | Unset): A person's `unsubscribed` attribute was explicitly set to `false`. Set to
            true to report `subscribed` events.
        customer_unsubscribed (bool | Unset): A person's `unsubscribed` attribute was explicitly set to `true`. Set to
            true to report `unsubscribed` events.
        customer_subscription_preferences_changed (bool | Unset): A person's subscription preferences changed. [Learn
            more about the subscription center](/subscription-center/).
    """

    customer_subscribed: bool | Unset = UNSET
    customer_unsubscribed: bool | Unset = UNSET
    customer_subscription_preferences_changed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_subscribed = self.customer_subscribed

        customer_unsubscribed = self.customer_unsubscribed

        customer_subscription_preferences_changed = (
            self.customer_subscription_preferences_changed
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_subscribed is not UNSET:
            field_dict["customer_subscribed"] = customer_subscribed
        if customer_unsubscribed is not UNSET:
            field_dict["customer_unsubscribed"] = customer_unsubscribed
        if customer_subscription_preferences_changed is not UNSET:
            field_dict["customer_subscription_preferences_changed"] = (
                customer_subscription_preferences_changed
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CustomerEvents"))
        customer_subscribed = d.pop("customer_subscribed", UNSET)
        if type(customer_subscribed) is not bool and customer_subscribed is not UNSET:
            customer_subscribed = expect_bool(
                customer_subscribed, "CustomerEvents.customer_subscribed"
            )

        customer_unsubscribed = d.pop("customer_unsubscribed", UNSET)
        if (
            type(customer_unsubscribed) is not bool
            and customer_unsubscribed is not UNSET
        ):
            customer_unsubscribed = expect_bool(
                customer_unsubscribed, "CustomerEvents.customer_unsubscribed"
            )

        customer_subscription_preferences_changed = d.pop(
            "customer_subscription_preferences_changed", UNSET
        )
        if (
            type(customer_subscription_preferences_changed) is not bool
            and customer_subscription_preferences_changed is not UNSET
        ):
            customer_subscription_preferences_changed = expect_bool(
                customer_subscription_preferences_changed,
                "CustomerEvents.customer_subscription_preferences_changed",
            )

        customer_events = cls(
            customer_subscribed=customer_subscribed,
            customer_unsubscribed=customer_unsubscribed,
            customer_subscription_preferences_changed=customer_subscription_preferences_changed,
        )

        customer_events.additional_properties = d
        return customer_events

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
