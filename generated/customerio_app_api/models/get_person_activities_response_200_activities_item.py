from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_person_activities_response_200_activities_item_delivery_type import (
    GetPersonActivitiesResponse200ActivitiesItemDeliveryType,
)
from ..models.get_person_activities_response_200_activities_item_type import (
    GetPersonActivitiesResponse200ActivitiesItemType,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_person_activities_response_200_activities_item_attribute_change import (
        GetPersonActivitiesResponse200ActivitiesItemAttributeChange,
    )
    from ..models.get_person_activities_response_200_activities_item_customer_identifiers import (
        GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers,
    )
    from ..models.message_delivery import MessageDelivery


T = TypeVar("T", bound="GetPersonActivitiesResponse200ActivitiesItem")


@_attrs_define
class GetPersonActivitiesResponse200ActivitiesItem:
    """
    Attributes:
        customer_id (None | str | Unset): The ID of a customer profile, analogous to a "person" in the UI. If your
            workspace supports multiple identifiers (email and ID), this value can be null. Example: 42.
        customer_identifiers (GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers | Unset): Contains
            identifiers for the person represented in a response—`id`, `cio_id`, and `email` (if your workspace uses the
            *Email or ID* setting). If the person's `id` or `email` is not set, the value will be null.

            We recommend that you use this object rather than the less descriptive `customer_id`.
        data (GetPersonActivitiesResponse200ActivitiesItemAttributeChange | MessageDelivery | Unset):
        delivery_id (str | Unset): The message ID. Example: ZAIAAVTJVG0QcCok0-0ZKj6yiQ==.
        delivery_type (GetPersonActivitiesResponse200ActivitiesItemDeliveryType | Unset): The recipient device, if
            applicable. Example: email.
        id (str | Unset): The identifier for the action. Example: 01AK4N8V8G8KVA4HN8Y50CCZ59.
        timestamp (int | Unset): The date and time when the action occurred. Example: 1397566226.
        type_ (GetPersonActivitiesResponse200ActivitiesItemType | Unset): The type of activity. Types with
            `_o:<object_type_id>` are for objects and types with `_r:<object_type_id>` are for relationships. Example:
            sent_email.
    """

    customer_id: None | str | Unset = UNSET
    customer_identifiers: (
        GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers | Unset
    ) = UNSET
    data: (
        GetPersonActivitiesResponse200ActivitiesItemAttributeChange
        | MessageDelivery
        | Unset
    ) = UNSET
    delivery_id: str | Unset = UNSET
    delivery_type: GetPersonActivitiesResponse200ActivitiesItemDeliveryType | Unset = (
        UNSET
    )
    id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    type_: GetPersonActivitiesResponse200ActivitiesItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_delivery import MessageDelivery

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_identifiers, Unset):
            customer_identifiers = self.customer_identifiers.to_dict()

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, MessageDelivery):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        delivery_id = self.delivery_id

        delivery_type: str | Unset = UNSET
        if not isinstance(self.delivery_type, Unset):
            delivery_type = self.delivery_type.value

        id = self.id

        timestamp = self.timestamp

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
        if data is not UNSET:
            field_dict["data"] = data
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_activities_response_200_activities_item_attribute_change import (
            GetPersonActivitiesResponse200ActivitiesItemAttributeChange,
        )
        from ..models.get_person_activities_response_200_activities_item_customer_identifiers import (
            GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers,
        )
        from ..models.message_delivery import MessageDelivery

        d = dict(
            expect_object(src_dict, "GetPersonActivitiesResponse200ActivitiesItem")
        )

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _customer_identifiers = d.pop("customer_identifiers", UNSET)
        customer_identifiers: (
            GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers | Unset
        )
        if isinstance(_customer_identifiers, Unset):
            customer_identifiers = UNSET
        else:
            customer_identifiers = GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers.from_dict(
                _customer_identifiers
            )

        def _parse_data(
            data: object,
        ) -> (
            GetPersonActivitiesResponse200ActivitiesItemAttributeChange
            | MessageDelivery
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = MessageDelivery.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_attribute_change = (
                GetPersonActivitiesResponse200ActivitiesItemAttributeChange.from_dict(
                    data
                )
            )

            return data_attribute_change

        data = _parse_data(d.pop("data", UNSET))

        delivery_id = d.pop("delivery_id", UNSET)
        if type(delivery_id) is not str and delivery_id is not UNSET:
            delivery_id = expect_str(
                delivery_id, "GetPersonActivitiesResponse200ActivitiesItem.delivery_id"
            )

        _delivery_type = d.pop("delivery_type", UNSET)
        delivery_type: GetPersonActivitiesResponse200ActivitiesItemDeliveryType | Unset
        if isinstance(_delivery_type, Unset):
            delivery_type = UNSET
        else:
            delivery_type = GetPersonActivitiesResponse200ActivitiesItemDeliveryType(
                _delivery_type
            )

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetPersonActivitiesResponse200ActivitiesItem.id")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(
                timestamp, "GetPersonActivitiesResponse200ActivitiesItem.timestamp"
            )

        _type_ = d.pop("type", UNSET)
        type_: GetPersonActivitiesResponse200ActivitiesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetPersonActivitiesResponse200ActivitiesItemType(_type_)

        get_person_activities_response_200_activities_item = cls(
            customer_id=customer_id,
            customer_identifiers=customer_identifiers,
            data=data,
            delivery_id=delivery_id,
            delivery_type=delivery_type,
            id=id,
            timestamp=timestamp,
            type_=type_,
        )

        get_person_activities_response_200_activities_item.additional_properties = d
        return get_person_activities_response_200_activities_item

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
