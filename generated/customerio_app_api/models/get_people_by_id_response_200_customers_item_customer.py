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
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_people_by_id_response_200_customers_item_customer_attributes import (
        GetPeopleByIdResponse200CustomersItemCustomerAttributes,
    )
    from ..models.get_people_by_id_response_200_customers_item_customer_devices_item import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItem,
    )
    from ..models.get_people_by_id_response_200_customers_item_customer_identifiers import (
        GetPeopleByIdResponse200CustomersItemCustomerIdentifiers,
    )
    from ..models.get_people_by_id_response_200_customers_item_customer_timestamps import (
        GetPeopleByIdResponse200CustomersItemCustomerTimestamps,
    )


T = TypeVar("T", bound="GetPeopleByIdResponse200CustomersItemCustomer")


@_attrs_define
class GetPeopleByIdResponse200CustomersItemCustomer:
    """The profile you referenced by ID in the request.

    Attributes:
        id (str | Unset): The customer ID referenced in the request.
        identifiers (GetPeopleByIdResponse200CustomersItemCustomerIdentifiers | Unset): Contains identifiers for the
            person represented in a response—`id`, `cio_id`, and `email` (if your workspace uses the *Email or ID* setting).
            If the person's `id` or `email` is not set, the value will be null.

            We recommend that you use this object rather than the less descriptive `customer_id`.
        attributes (GetPeopleByIdResponse200CustomersItemCustomerAttributes | Unset): Contains attributes assigned to
            this profile, including your workspace's people-identifiers (by default, these are `id`, `email`, and `cio_id`).
            Attributes are all stored as strings.
        timestamps (GetPeopleByIdResponse200CustomersItemCustomerTimestamps | Unset): The epoch timestamps when
            corresponding attributes were set on the customer profile.
        unsubscribed (bool | Unset): If true, the person is unsubscribed from messages.
        devices (list[GetPeopleByIdResponse200CustomersItemCustomerDevicesItem] | Unset): Lists the devices associated
            with the customer profile.
    """

    id: str | Unset = UNSET
    identifiers: GetPeopleByIdResponse200CustomersItemCustomerIdentifiers | Unset = (
        UNSET
    )
    attributes: GetPeopleByIdResponse200CustomersItemCustomerAttributes | Unset = UNSET
    timestamps: GetPeopleByIdResponse200CustomersItemCustomerTimestamps | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    devices: list[GetPeopleByIdResponse200CustomersItemCustomerDevicesItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        unsubscribed = self.unsubscribed

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_people_by_id_response_200_customers_item_customer_attributes import (
            GetPeopleByIdResponse200CustomersItemCustomerAttributes,
        )
        from ..models.get_people_by_id_response_200_customers_item_customer_devices_item import (
            GetPeopleByIdResponse200CustomersItemCustomerDevicesItem,
        )
        from ..models.get_people_by_id_response_200_customers_item_customer_identifiers import (
            GetPeopleByIdResponse200CustomersItemCustomerIdentifiers,
        )
        from ..models.get_people_by_id_response_200_customers_item_customer_timestamps import (
            GetPeopleByIdResponse200CustomersItemCustomerTimestamps,
        )

        d = dict(
            expect_object(src_dict, "GetPeopleByIdResponse200CustomersItemCustomer")
        )
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetPeopleByIdResponse200CustomersItemCustomer.id")

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: GetPeopleByIdResponse200CustomersItemCustomerIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = (
                GetPeopleByIdResponse200CustomersItemCustomerIdentifiers.from_dict(
                    _identifiers
                )
            )

        _attributes = d.pop("attributes", UNSET)
        attributes: GetPeopleByIdResponse200CustomersItemCustomerAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = (
                GetPeopleByIdResponse200CustomersItemCustomerAttributes.from_dict(
                    _attributes
                )
            )

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: GetPeopleByIdResponse200CustomersItemCustomerTimestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = (
                GetPeopleByIdResponse200CustomersItemCustomerTimestamps.from_dict(
                    _timestamps
                )
            )

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not bool and unsubscribed is not UNSET:
            unsubscribed = expect_bool(
                unsubscribed,
                "GetPeopleByIdResponse200CustomersItemCustomer.unsubscribed",
            )

        _devices = expect_list(
            d.pop("devices", UNSET),
            "GetPeopleByIdResponse200CustomersItemCustomer.devices",
        )
        devices: (
            list[GetPeopleByIdResponse200CustomersItemCustomerDevicesItem] | Unset
        ) = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = (
                    GetPeopleByIdResponse200CustomersItemCustomerDevicesItem.from_dict(
                        devices_item_data
                    )
                )

                devices.append(devices_item)

        get_people_by_id_response_200_customers_item_customer = cls(
            id=id,
            identifiers=identifiers,
            attributes=attributes,
            timestamps=timestamps,
            unsubscribed=unsubscribed,
            devices=devices,
        )

        get_people_by_id_response_200_customers_item_customer.additional_properties = d
        return get_people_by_id_response_200_customers_item_customer

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
