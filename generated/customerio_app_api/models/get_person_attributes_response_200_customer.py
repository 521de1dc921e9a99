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
    from ..models.get_person_attributes_response_200_customer_attributes import (
        GetPersonAttributesResponse200CustomerAttributes,
    )
    from ..models.get_person_attributes_response_200_customer_devices_item import (
        GetPersonAttributesResponse200CustomerDevicesItem,
    )
    from ..models.get_person_attributes_response_200_customer_identifiers import (
        GetPersonAttributesResponse200CustomerIdentifiers,
    )
    from ..models.get_person_attributes_response_200_customer_timestamps import (
        GetPersonAttributesResponse200CustomerTimestamps,
    )


T = TypeVar("T", bound="GetPersonAttributesResponse200Customer")


@_attrs_define
class GetPersonAttributesResponse200Customer:
    """The profile you referenced by ID in the request.

    Attributes:
        id (str | Unset): The customer ID referenced in the request.
        identifiers (GetPersonAttributesResponse200CustomerIdentifiers | Unset): Contains identifiers for the person
            represented in a response—`id`, `cio_id`, and `email` (if your workspace uses the *Email or ID* setting). If the
            person's `id` or `email` is not set, the value will be null.

            We recommend that you use this object rather than the less descriptive `customer_id`.
        attributes (GetPersonAttributesResponse200CustomerAttributes | Unset): Contains attributes assigned to this
            profile, including your workspace's people-identifiers (by default, these are `id`, `email`, and `cio_id`).
            Attributes are all stored as strings.
        timestamps (GetPersonAttributesResponse200CustomerTimestamps | Unset): The epoch timestamps when corresponding
            attributes were set on the customer profile.
        unsubscribed (bool | Unset): If true, the person is unsubscribed from messages.
        devices (list[GetPersonAttributesResponse200CustomerDevicesItem] | Unset): Lists the devices associated with the
            customer profile.
    """

    id: str | Unset = UNSET
    identifiers: GetPersonAttributesResponse200CustomerIdentifiers | Unset = UNSET
    attributes: GetPersonAttributesResponse200CustomerAttributes | Unset = UNSET
    timestamps: GetPersonAttributesResponse200CustomerTimestamps | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    devices: list[GetPersonAttributesResponse200CustomerDevicesItem] | Unset = UNSET
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
        from ..models.get_person_attributes_response_200_customer_attributes import (
            GetPersonAttributesResponse200CustomerAttributes,
        )
        from ..models.get_person_attributes_response_200_customer_devices_item import (
            GetPersonAttributesResponse200CustomerDevicesItem,
        )
        from ..models.get_person_attributes_response_200_customer_identifiers import (
            GetPersonAttributesResponse200CustomerIdentifiers,
        )
        from ..models.get_person_attributes_response_200_customer_timestamps import (
            GetPersonAttributesResponse200CustomerTimestamps,
        )

        d = dict(expect_object(src_dict, "GetPersonAttributesResponse200Customer"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetPersonAttributesResponse200Customer.id")

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: GetPersonAttributesResponse200CustomerIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = GetPersonAttributesResponse200CustomerIdentifiers.from_dict(
                _identifiers
            )

        _attributes = d.pop("attributes", UNSET)
        attributes: GetPersonAttributesResponse200CustomerAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = GetPersonAttributesResponse200CustomerAttributes.from_dict(
                _attributes
            )

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: GetPersonAttributesResponse200CustomerTimestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = GetPersonAttributesResponse200CustomerTimestamps.from_dict(
                _timestamps
            )

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not bool and unsubscribed is not UNSET:
            unsubscribed = expect_bool(
                unsubscribed, "GetPersonAttributesResponse200Customer.unsubscribed"
            )

        _devices = expect_list(
            d.pop("devices", UNSET), "GetPersonAttributesResponse200Customer.devices"
        )
        devices: list[GetPersonAttributesResponse200CustomerDevicesItem] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = (
                    GetPersonAttributesResponse200CustomerDevicesItem.from_dict(
                        devices_item_data
                    )
                )

                devices.append(devices_item)

        get_person_attributes_response_200_customer = cls(
            id=id,
            identifiers=identifiers,
            attributes=attributes,
            timestamps=timestamps,
            unsubscribed=unsubscribed,
            devices=devices,
        )

        get_person_attributes_response_200_customer.additional_properties = d
        return get_person_attributes_response_200_customer

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
