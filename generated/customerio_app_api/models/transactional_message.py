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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.transactional_message_identifiers import (
        TransactionalMessageIdentifiers,
    )


T = TypeVar("T", bound="TransactionalMessage")


@_attrs_define
class TransactionalMessage:
    """
    Attributes:
        delivery_id (str): The instance of a message sent to a person. Example: ZAIAAVTJVG0QcCok0-0ZKj6yiQ==.
        identifiers (TransactionalMessageIdentifiers): The person the event represents. This object contains all of the
            identifiers available to people in your workspace, even if they aren't set. If your workspace supports multiple
            identifiers (email and ID), this object contains `id`, `email` (either of which can be null), and `cio_id`.

            Otherwise, if your workspace only supports ID, this object just contains the `id` of the person the event
            represents.
        transactional_message_id (Any): The transactional message template you used for your message.
        customer_id (str | Unset): The ID of the person the webhook event occurred to. Blank if the person in question
            has been deleted.

            While webhooks may still contain this property, you should rely on the newer `identifiers` object wherever
            possible.
             Example: 42.
    """

    delivery_id: str
    identifiers: TransactionalMessageIdentifiers
    transactional_message_id: Any
    customer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        identifiers = self.identifiers.to_dict()

        transactional_message_id = self.transactional_message_id

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "identifiers": identifiers,
                "transactional_message_id": transactional_message_id,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transactional_message_identifiers import (
            TransactionalMessageIdentifiers,
        )

        d = dict(expect_object(src_dict, "TransactionalMessage"))
        delivery_id = d.pop("delivery_id")
        if type(delivery_id) is not str:
            delivery_id = expect_str(delivery_id, "TransactionalMessage.delivery_id")

        identifiers = TransactionalMessageIdentifiers.from_dict(d.pop("identifiers"))

        transactional_message_id = d.pop("transactional_message_id")

        customer_id = d.pop("customer_id", UNSET)
        if type(customer_id) is not str and customer_id is not UNSET:
            customer_id = expect_str(customer_id, "TransactionalMessage.customer_id")

        transactional_message = cls(
            delivery_id=delivery_id,
            identifiers=identifiers,
            transactional_message_id=transactional_message_id,
            customer_id=customer_id,
        )

        transactional_message.additional_properties = d
        return transactional_message

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
