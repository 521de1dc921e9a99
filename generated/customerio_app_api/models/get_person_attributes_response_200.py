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
    from ..models.get_person_attributes_response_200_customer import (
        GetPersonAttributesResponse200Customer,
    )


T = TypeVar("T", bound="GetPersonAttributesResponse200")


@_attrs_define
class GetPersonAttributesResponse200:
    """
    Example:
        {'customer': {'id': '1', 'attributes': {'_last_emailed': '1528932553', 'created_at': '1489014595', 'email':
            'test@example.com', 'title': 'tester', 'department': 'qa', 'id': '1', 'cio_id': '03000001',
            'cio_subscription_preferences': '{"topics":{"topic_7":false,"topic_8":false}}',
            '_cio_subscription_preferences_computed': '{"topics":{"topic_6":false,"topic_7":false,"topic_8":false}}'},
            'timestamps': {'cio_id': 1489014595, '_last_emailed': 1528932553, 'created_at': 1489014595, 'email': 1508932553,
            'id': 1489014595, 'department': 1508932553, 'title': 1508932553, '_cio_subscription_preferences_computed': 0,
            'cio_subscription_preferences': 1673987303}, 'unsubscribed': False, 'devices': [{'id': 'my_android_device_id',
            'last_used': 1514764800, 'platform': 'android'}, {'id': 'my_ios_device_id', 'last_used': 1514764800, 'platform':
            'ios'}]}}

    Attributes:
        customer (GetPersonAttributesResponse200Customer | Unset): The profile you referenced by ID in the request.
    """

    customer: GetPersonAttributesResponse200Customer | Unset = UNSET
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
        from ..models.get_person_attributes_response_200_customer import (
            GetPersonAttributesResponse200Customer,
        )

        d = dict(expect_object(src_dict, "GetPersonAttributesResponse200"))
        _customer = d.pop("customer", UNSET)
        customer: GetPersonAttributesResponse200Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = GetPersonAttributesResponse200Customer.from_dict(_customer)

        get_person_attributes_response_200 = cls(
            customer=customer,
        )

        get_person_attributes_response_200.additional_properties = d
        return get_person_attributes_response_200

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
