from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.customer_subscribed_data_identifiers import (
        CustomerSubscribedDataIdentifiers,
    )


T = TypeVar("T", bound="CustomerSubscribedData")


@_attrs_define
class CustomerSubscribedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        customer_id (str): The ID of the person the webhook event occurred to. Blank if the person in question has been
            deleted.

            While webhooks may still contain this property, you should rely on the newer `identifiers` object wherever
            possible.
             Example: 42.
        email_address (None | str): The email address of the customer. Example: test@example.com.
        identifiers (CustomerSubscribedDataIdentifiers): The person the event represents. This object contains all of
            the identifiers available to people in your workspace, even if they aren't set. If your workspace supports
            multiple identifiers (email and ID), this object contains `id`, `email` (either of which can be null), and
            `cio_id`.

            Otherwise, if your workspace only supports ID, this object just contains the `id` of the person the event
            represents.
    """

    customer_id: str
    email_address: None | str
    identifiers: CustomerSubscribedDataIdentifiers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        email_address: None | str
        email_address = self.email_address

        identifiers = self.identifiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "email_address": email_address,
                "identifiers": identifiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_subscribed_data_identifiers import (
            CustomerSubscribedDataIdentifiers,
        )

        d = dict(expect_object(src_dict, "CustomerSubscribedData"))
        customer_id = d.pop("customer_id")
        if type(customer_id) is not str:
            customer_id = expect_str(customer_id, "CustomerSubscribedData.customer_id")

        def _parse_email_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_address = _parse_email_address(d.pop("email_address"))

        identifiers = CustomerSubscribedDataIdentifiers.from_dict(d.pop("identifiers"))

        customer_subscribed_data = cls(
            customer_id=customer_id,
            email_address=email_address,
            identifiers=identifiers,
        )

        customer_subscribed_data.additional_properties = d
        return customer_subscribed_data

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
