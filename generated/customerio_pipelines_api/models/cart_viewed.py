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
    from ..models.product import Product


T = TypeVar("T", bound="CartViewed")


@_attrs_define
class CartViewed:
    """Use the `Cart_Viewed` event when a person views their cart.

    Attributes:
        cart_id (str | Unset): The cart ID a person viewed. Example: cool_persons_cart_123.
        products (list[Product] | Unset): The products in the cart. Each object in the array represents a product.
    """

    cart_id: str | Unset = UNSET
    products: list[Product] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if cart_id is not UNSET:
            field_dict["cart_id"] = cart_id
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product

        d = dict(expect_object(src_dict, "CartViewed"))
        cart_id = d.pop("cart_id", UNSET)
        if type(cart_id) is not str and cart_id is not UNSET:
            cart_id = expect_str(cart_id, "CartViewed.cart_id")

        _products = expect_list(d.pop("products", UNSET), "CartViewed.products")
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        cart_viewed = cls(
            cart_id=cart_id,
            products=products,
        )

        cart_viewed.additional_properties = d
        return cart_viewed

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
