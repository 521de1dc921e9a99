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
    expect_str,
)

T = TypeVar("T", bound="CheckoutStep")


@_attrs_define
class CheckoutStep:
    """
    Attributes:
        checkout_id (str | Unset): The checkout/transaction ID.
        step (int | Unset): The step number of the checkout process. Example: 2.
        shipping_method (str | Unset): The shipping method selected by the user. Example: ground.
        payment_method (str | Unset): The payment method selected by the user. Example: Visa.
    """

    checkout_id: str | Unset = UNSET
    step: int | Unset = UNSET
    shipping_method: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_id = self.checkout_id

        step = self.step

        shipping_method = self.shipping_method

        payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkout_id is not UNSET:
            field_dict["checkout_id"] = checkout_id
        if step is not UNSET:
            field_dict["step"] = step
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CheckoutStep"))
        checkout_id = d.pop("checkout_id", UNSET)
        if type(checkout_id) is not str and checkout_id is not UNSET:
            checkout_id = expect_str(checkout_id, "CheckoutStep.checkout_id")

        step = d.pop("step", UNSET)
        if type(step) is not int and step is not UNSET:
            step = expect_int(step, "CheckoutStep.step")

        shipping_method = d.pop("shipping_method", UNSET)
        if type(shipping_method) is not str and shipping_method is not UNSET:
            shipping_method = expect_str(
                shipping_method, "CheckoutStep.shipping_method"
            )

        payment_method = d.pop("payment_method", UNSET)
        if type(payment_method) is not str and payment_method is not UNSET:
            payment_method = expect_str(payment_method, "CheckoutStep.payment_method")

        checkout_step = cls(
            checkout_id=checkout_id,
            step=step,
            shipping_method=shipping_method,
            payment_method=payment_method,
        )

        checkout_step.additional_properties = d
        return checkout_step

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
