from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_person_subscription_preferences_response_200_customer_header import (
        GetPersonSubscriptionPreferencesResponse200CustomerHeader,
    )
    from ..models.get_person_subscription_preferences_response_200_customer_identifiers import (
        GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers,
    )
    from ..models.get_person_subscription_preferences_response_200_customer_topics_item import (
        GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem,
    )


T = TypeVar("T", bound="GetPersonSubscriptionPreferencesResponse200Customer")


@_attrs_define
class GetPersonSubscriptionPreferencesResponse200Customer:
    """The profile you referenced by ID in the request.

    Attributes:
        id (None | str | Unset): The ID of a customer profile, analogous to a "person" in the UI. If your workspace
            supports multiple identifiers (email and ID), this value can be null. Example: 42.
        identifiers (GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers | Unset): Contains identifiers for
            the person represented in a response—`id`, `cio_id`, and `email` (if your workspace uses the *Email or ID*
            setting). If the person's `id` or `email` is not set, the value will be null.

            We recommend that you use this object rather than the less descriptive `customer_id`.
        topics (list[GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem] | Unset): A list of all subscription
            preferences for the customer.
        unsubscribed (bool | Unset): If true, the customer is unsubscribed from all messaging. If false, the customer is
            subscribed according to their topic preferences.
        header (GetPersonSubscriptionPreferencesResponse200CustomerHeader | Unset):
    """

    id: None | str | Unset = UNSET
    identifiers: (
        GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers | Unset
    ) = UNSET
    topics: (
        list[GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem] | Unset
    ) = UNSET
    unsubscribed: bool | Unset = UNSET
    header: GetPersonSubscriptionPreferencesResponse200CustomerHeader | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        unsubscribed = self.unsubscribed

        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if topics is not UNSET:
            field_dict["topics"] = topics
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if header is not UNSET:
            field_dict["header"] = header

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_subscription_preferences_response_200_customer_header import (
            GetPersonSubscriptionPreferencesResponse200CustomerHeader,
        )
        from ..models.get_person_subscription_preferences_response_200_customer_identifiers import (
            GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers,
        )
        from ..models.get_person_subscription_preferences_response_200_customer_topics_item import (
            GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem,
        )

        d = dict(
            expect_object(
                src_dict, "GetPersonSubscriptionPreferencesResponse200Customer"
            )
        )

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: (
            GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers | Unset
        )
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers.from_dict(
                _identifiers
            )

        _topics = expect_list(
            d.pop("topics", UNSET),
            "GetPersonSubscriptionPreferencesResponse200Customer.topics",
        )
        topics: (
            list[GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem] | Unset
        ) = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem.from_dict(
                    topics_item_data
                )

                topics.append(topics_item)

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not bool and unsubscribed is not UNSET:
            unsubscribed = expect_bool(
                unsubscribed,
                "GetPersonSubscriptionPreferencesResponse200Customer.unsubscribed",
            )

        _header = d.pop("header", UNSET)
        header: GetPersonSubscriptionPreferencesResponse200CustomerHeader | Unset
        if isinstance(_header, Unset):
            header = UNSET
        else:
            header = (
                GetPersonSubscriptionPreferencesResponse200CustomerHeader.from_dict(
                    _header
                )
            )

        get_person_subscription_preferences_response_200_customer = cls(
            id=id,
            identifiers=identifiers,
            topics=topics,
            unsubscribed=unsubscribed,
            header=header,
        )

        get_person_subscription_preferences_response_200_customer.additional_properties = d
        return get_person_subscription_preferences_response_200_customer

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
