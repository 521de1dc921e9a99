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
    from ..models.get_person_subscription_preferences_response_200_customer import (
        GetPersonSubscriptionPreferencesResponse200Customer,
    )


T = TypeVar("T", bound="GetPersonSubscriptionPreferencesResponse200")


@_attrs_define
class GetPersonSubscriptionPreferencesResponse200:
    """
    Attributes:
        customer (GetPersonSubscriptionPreferencesResponse200Customer | Unset): The profile you referenced by ID in the
            request.
    """

    customer: GetPersonSubscriptionPreferencesResponse200Customer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_subscription_preferences_response_200_customer import (
            GetPersonSubscriptionPreferencesResponse200Customer,
        )

        d = dict(expect_object(src_dict, "GetPersonSubscriptionPreferencesResponse200"))
        _customer = d.pop("customer", UNSET)
        customer: GetPersonSubscriptionPreferencesResponse200Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = GetPersonSubscriptionPreferencesResponse200Customer.from_dict(
                _customer
            )

        get_person_subscription_preferences_response_200 = cls(
            customer=customer,
        )

        get_person_subscription_preferences_response_200.additional_properties = d
        return get_person_subscription_preferences_response_200

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
