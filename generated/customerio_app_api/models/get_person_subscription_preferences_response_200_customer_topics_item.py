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
    expect_str,
)

T = TypeVar("T", bound="GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem")


@_attrs_define
class GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem:
    """
    Attributes:
        id (str | Unset): System-generated ID of the topic.
        subscribed (bool | Unset): If true, the customer is subscribed to the topic. If false, the customer is
            unsubscribed from the topic.
        name (str | Unset): The name of the subscription topic.
        description (str | Unset): The (optional) description of the topic.
    """

    id: str | Unset = UNSET
    subscribed: bool | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscribed = self.subscribed

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subscribed is not UNSET:
            field_dict["subscribed"] = subscribed
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict,
                "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem",
            )
        )
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(
                id, "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem.id"
            )

        subscribed = d.pop("subscribed", UNSET)
        if type(subscribed) is not bool and subscribed is not UNSET:
            subscribed = expect_bool(
                subscribed,
                "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem.subscribed",
            )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(
                name,
                "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem.name",
            )

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description,
                "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem.description",
            )

        get_person_subscription_preferences_response_200_customer_topics_item = cls(
            id=id,
            subscribed=subscribed,
            name=name,
            description=description,
        )

        get_person_subscription_preferences_response_200_customer_topics_item.additional_properties = d
        return get_person_subscription_preferences_response_200_customer_topics_item

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
