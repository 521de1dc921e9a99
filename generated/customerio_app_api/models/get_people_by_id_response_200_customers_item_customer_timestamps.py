from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="GetPeopleByIdResponse200CustomersItemCustomerTimestamps")


@_attrs_define
class GetPeopleByIdResponse200CustomersItemCustomerTimestamps:
    """The epoch timestamps when corresponding attributes were set on the customer profile.

    Attributes:
        cio_id (int | Unset): The date-time when `cio_id` was assigned.
        field_last_emailed (int | Unset): The date-time when you last emailed a person.
        email (int | Unset): The date-time when the person's email address was added.
        id (int | Unset): The date-time when the person's ID was generated.
        unsubscribed (int | Unset): The date-time when the person unsubscribed.
        field_cio_subscription_preferences_computed (int | Unset): Because this value is computed and not actually set
            on a person, this value is always 0
        cio_subscription_preferences (int | Unset): The datetime when a person's subscription preferences were last
            updated.
        additional_properties_ (Any | Unset): Timestamps when attributes assigned to the person were set.
    """

    cio_id: int | Unset = UNSET
    field_last_emailed: int | Unset = UNSET
    email: int | Unset = UNSET
    id: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    field_cio_subscription_preferences_computed: int | Unset = UNSET
    cio_subscription_preferences: int | Unset = UNSET
    additional_properties_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_id = self.cio_id

        field_last_emailed = self.field_last_emailed

        email = self.email

        id = self.id

        unsubscribed = self.unsubscribed

        field_cio_subscription_preferences_computed = (
            self.field_cio_subscription_preferences_computed
        )

        cio_subscription_preferences = self.cio_subscription_preferences

        additional_properties = self.additional_properties_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id
        if field_last_emailed is not UNSET:
            field_dict["_last_emailed"] = field_last_emailed
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if field_cio_subscription_preferences_computed is not UNSET:
            field_dict["_cio_subscription_preferences_computed"] = (
                field_cio_subscription_preferences_computed
            )
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if additional_properties is not UNSET:
            field_dict["additionalProperties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "GetPeopleByIdResponse200CustomersItemCustomerTimestamps"
            )
        )
        cio_id = d.pop("cio_id", UNSET)
        if type(cio_id) is not int and cio_id is not UNSET:
            cio_id = expect_int(
                cio_id, "GetPeopleByIdResponse200CustomersItemCustomerTimestamps.cio_id"
            )

        field_last_emailed = d.pop("_last_emailed", UNSET)
        if type(field_last_emailed) is not int and field_last_emailed is not UNSET:
            field_last_emailed = expect_int(
                field_last_emailed,
                "GetPeopleByIdResponse200CustomersItemCustomerTimestamps._last_emailed",
            )

        email = d.pop("email", UNSET)
        if type(email) is not int and email is not UNSET:
            email = expect_int(
                email, "GetPeopleByIdResponse200CustomersItemCustomerTimestamps.email"
            )

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(
                id, "GetPeopleByIdResponse200CustomersItemCustomerTimestamps.id"
            )

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not int and unsubscribed is not UNSET:
            unsubscribed = expect_int(
                unsubscribed,
                "GetPeopleByIdResponse200CustomersItemCustomerTimestamps.unsubscribed",
            )

        field_cio_subscription_preferences_computed = d.pop(
            "_cio_subscription_preferences_computed", UNSET
        )
        if (
            type(field_cio_subscription_preferences_computed) is not int
            and field_cio_subscription_preferences_computed is not UNSET
        ):
            field_cio_subscription_preferences_computed = expect_int(
                field_cio_subscription_preferences_computed,
                "GetPeopleByIdResponse200CustomersItemCustomerTimestamps._cio_subscription_preferences_computed",
            )

        cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        if (
            type(cio_subscription_preferences) is not int
            and cio_subscription_preferences is not UNSET
        ):
            cio_subscription_preferences = expect_int(
                cio_subscription_preferences,
                "GetPeopleByIdResponse200CustomersItemCustomerTimestamps.cio_subscription_preferences",
            )

        additional_properties = d.pop("additionalProperties", UNSET)

        get_people_by_id_response_200_customers_item_customer_timestamps = cls(
            cio_id=cio_id,
            field_last_emailed=field_last_emailed,
            email=email,
            id=id,
            unsubscribed=unsubscribed,
            field_cio_subscription_preferences_computed=field_cio_subscription_preferences_computed,
            cio_subscription_preferences=cio_subscription_preferences,
            additional_properties_=additional_properties,
        )

        get_people_by_id_response_200_customers_item_customer_timestamps.additional_properties = d
        return get_people_by_id_response_200_customers_item_customer_timestamps

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
