from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_number,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="CouponRemoved")


@_attrs_define
class CouponRemoved:
    """Send the `Coupon Removed` event when a coupon is removed from a customer's cart or transaction.

    Attributes:
        order_id (str | Unset): The order/transaction the coupon applies to (if applicable). Example: order123.
        cart_id (str | Unset): The ID of the cart that the coupon applies to (if applicable). Example:
            cool_persons_cart_123.
        coupon_id (str | Unset): the coupon ID the person entered. Example: NEWUSER20.
        coupon_name (str | Unset): The name of the coupon, if applicable. Example: NEWUSER20.
        discount (float | Unset): The discount applied through the coupon. This is the ammount subtracted from the
            `total` in other transaction events. Example: 20.
    """

    order_id: str | Unset = UNSET
    cart_id: str | Unset = UNSET
    coupon_id: str | Unset = UNSET
    coupon_name: str | Unset = UNSET
    discount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        cart_id = self.cart_id

        coupon_id = self.coupon_id

        coupon_name = self.coupon_name

        discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if coupon_name is not UNSET:
            field_dict["coupon_name"] = coupon_name
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CouponRemoved"))
        order_id = d.pop("order_id", UNSET)
        if type(order_id) is not str and order_id is not UNSET:
            order_id = expect_str(order_id, "CouponRemoved.order_id")

        cart_id = d.pop("cart_id", UNSET)
        if type(cart_id) is not str and cart_id is not UNSET:
            cart_id = expect_str(cart_id, "CouponRemoved.cart_id")

        coupon_id = d.pop("coupon_id", UNSET)
        if type(coupon_id) is not str and coupon_id is not UNSET:
            coupon_id = expect_str(coupon_id, "CouponRemoved.coupon_id")

        coupon_name = d.pop("coupon_name", UNSET)
        if type(coupon_name) is not str and coupon_name is not UNSET:
            coupon_name = expect_str(coupon_name, "CouponRemoved.coupon_name")

        discount = d.pop("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = expect_number(discount, "CouponRemoved.discount")

        coupon_removed = cls(
            order_id=order_id,
            cart_id=cart_id,
            coupon_id=coupon_id,
            coupon_name=coupon_name,
            discount=discount,
        )

        coupon_removed.additional_properties = d
        return coupon_removed

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
