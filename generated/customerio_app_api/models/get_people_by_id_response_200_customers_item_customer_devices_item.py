from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_people_by_id_response_200_customers_item_customer_devices_item_platform import (
    GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_people_by_id_response_200_customers_item_customer_devices_item_attributes import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes,
    )


T = TypeVar("T", bound="GetPeopleByIdResponse200CustomersItemCustomerDevicesItem")


@_attrs_define
class GetPeopleByIdResponse200CustomersItemCustomerDevicesItem:
    """The properties representing an individual device. [Our SDK's](/integrations/sdk/) gather all the properties defined
    below automatically, unless you disable the `autoTrackDeviceAttributes` setting. You can reference the properties
    outside the `attributes` object in segments or in Liquid.

        Attributes:
            id (str): The device token.
            platform (GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform): The device/messaging platform.
            last_used (int | Unset): The `timestamp` when you last identified this device. If you don't pass a timestamp
                when you add or update a device, we use the time of the request itself. Our SDKs identify a device when a person
                launches their app.
            attributes (GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes | Unset): Attributes that you can
                reference to segment your audience—like a person's attributes, but specific to a device. These can be either the
                attributes defined below or custom key-value attributes.
    """

    id: str
    platform: GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform
    last_used: int | Unset = UNSET
    attributes: (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform.value

        last_used = self.last_used

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
            }
        )
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_people_by_id_response_200_customers_item_customer_devices_item_attributes import (
            GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes,
        )

        d = dict(
            expect_object(
                src_dict, "GetPeopleByIdResponse200CustomersItemCustomerDevicesItem"
            )
        )
        id = d.pop("id")
        if type(id) is not str:
            id = expect_str(
                id, "GetPeopleByIdResponse200CustomersItemCustomerDevicesItem.id"
            )

        platform = GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform(
            d.pop("platform")
        )

        last_used = d.pop("last_used", UNSET)
        if type(last_used) is not int and last_used is not UNSET:
            last_used = expect_int(
                last_used,
                "GetPeopleByIdResponse200CustomersItemCustomerDevicesItem.last_used",
            )

        _attributes = d.pop("attributes", UNSET)
        attributes: (
            GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes | Unset
        )
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes.from_dict(
                _attributes
            )

        get_people_by_id_response_200_customers_item_customer_devices_item = cls(
            id=id,
            platform=platform,
            last_used=last_used,
            attributes=attributes,
        )

        get_people_by_id_response_200_customers_item_customer_devices_item.additional_properties = d
        return get_people_by_id_response_200_customers_item_customer_devices_item

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
