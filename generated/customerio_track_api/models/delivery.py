from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delivery_action import DeliveryAction
from ..models.delivery_name import DeliveryName
from ..models.delivery_type import DeliveryType

if TYPE_CHECKING:
    from ..models.delivery_attributes import DeliveryAttributes
    from ..models.delivery_identifiers import DeliveryIdentifiers


T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    """The "delivery" type lets you attribute metrics to messages that don't self-report back to Customer.io, like push and
    in-app notifications.

        Attributes:
            type_ (DeliveryType): The "delivery" type lets you attribute metrics to messages that don't self-report back to
                Customer.io, like push and in-app notifications.
            action (DeliveryAction): An `event` action indicates a delivery event. Use the `name` to determine the specific
                metric that you want to attribute to this delivery.
            identifiers (DeliveryIdentifiers): Contains identifiers for the delivery itself.
            name (DeliveryName): The name of the metric you want to attribute to this "delivery".
            attributes (DeliveryAttributes): Contains information about the delivery and the individual who received the
                message.
    """

    type_: DeliveryType
    action: DeliveryAction
    identifiers: DeliveryIdentifiers
    name: DeliveryName
    attributes: DeliveryAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        action = self.action.value

        identifiers = self.identifiers.to_dict()

        name = self.name.value

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
                "name": name,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_attributes import DeliveryAttributes
        from ..models.delivery_identifiers import DeliveryIdentifiers

        d = dict(src_dict)
        type_ = DeliveryType(d.pop("type"))

        action = DeliveryAction(d.pop("action"))

        identifiers = DeliveryIdentifiers.from_dict(d.pop("identifiers"))

        name = DeliveryName(d.pop("name"))

        attributes = DeliveryAttributes.from_dict(d.pop("attributes"))

        delivery = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            name=name,
            attributes=attributes,
        )

        delivery.additional_properties = d
        return delivery

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
