from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="CouponEntered")


@_attrs_define
class CouponEntered:
    """Fire the `Coupon Entered` event when your audience enters a coupon on a cart or an order/transaction.

    Attributes:
        order_id (str | Unset): The order/transaction the coupon applies to (if applicable). Example: order123.
        cart_id (str | Unset): The ID of the cart that the coupon applies to (if applicable). Example:
            cool_persons_cart_123.
        coupon_id (str | Unset): the coupon ID the person entered. Example: NEWUSER20.
    """

    order_id: str | Unset = UNSET
    cart_id: str | Unset = UNSET
    coupon_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        cart_id = self.cart_id

        coupon_id = self.coupon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CouponEntered"))
        order_id = d.pop("order_id", UNSET)
        if type(order_id) is not str and order_id is not UNSET:
            order_id = expect_str(order_id, "CouponEntered.order_id")

        cart_id = d.pop("cart_id", UNSET)
        if type(cart_id) is not str and cart_id is not UNSET:
            cart_id = expect_str(cart_id, "CouponEntered.cart_id")

        coupon_id = d.pop("coupon_id", UNSET)
        if type(coupon_id) is not str and coupon_id is not UNSET:
            coupon_id = expect_str(coupon_id, "CouponEntered.coupon_id")

        coupon_entered = cls(
            order_id=order_id,
            cart_id=cart_id,
            coupon_id=coupon_id,
        )

        coupon_entered.additional_properties = d
        return coupon_entered

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
