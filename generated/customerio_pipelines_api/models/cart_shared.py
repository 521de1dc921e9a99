from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.cart_shared_products_item import CartSharedProductsItem


T = TypeVar("T", bound="CartShared")


@_attrs_define
class CartShared:
    """Send the `Cart Shared` event when a customer shares their cart with someone else.

    Attributes:
        share_via (str | Unset): The channel the product was shared through. Example: email.
        share_message (str | Unset): The message the customer sent with the share. Example: Check out my cart!.
        recipient (str | Unset): The person the product was shared with. Example: friendOfcool.person@example.com.
        cart_id (str | Unset): The shopping cart ID. Example: cool_persons_cart_123.
        products (list[CartSharedProductsItem] | Unset): An array of product IDs contained in the shared cart.
    """

    share_via: str | Unset = UNSET
    share_message: str | Unset = UNSET
    recipient: str | Unset = UNSET
    cart_id: str | Unset = UNSET
    products: list[CartSharedProductsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_via = self.share_via

        share_message = self.share_message

        recipient = self.recipient

        cart_id = self.cart_id

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_via is not UNSET:
            field_dict["share_via"] = share_via
        if share_message is not UNSET:
            field_dict["share_message"] = share_message
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_shared_products_item import CartSharedProductsItem

        d = dict(expect_object(src_dict, "CartShared"))
        share_via = d.pop("share_via", UNSET)
        if type(share_via) is not str and share_via is not UNSET:
            share_via = expect_str(share_via, "CartShared.share_via")

        share_message = d.pop("share_message", UNSET)
        if type(share_message) is not str and share_message is not UNSET:
            share_message = expect_str(share_message, "CartShared.share_message")

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "CartShared.recipient")

        cart_id = d.pop("cart_id", UNSET)
        if type(cart_id) is not str and cart_id is not UNSET:
            cart_id = expect_str(cart_id, "CartShared.cart_id")

        _products = expect_list(d.pop("products", UNSET), "CartShared.products")
        products: list[CartSharedProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = CartSharedProductsItem.from_dict(products_item_data)

                products.append(products_item)

        cart_shared = cls(
            share_via=share_via,
            share_message=share_message,
            recipient=recipient,
            cart_id=cart_id,
            products=products,
        )

        cart_shared.additional_properties = d
        return cart_shared

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
