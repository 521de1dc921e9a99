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
    expect_number,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="CheckoutStarted")


@_attrs_define
class CheckoutStarted:
    """Use the `Checkout Started` to represent a checkout process that has been started.

    Attributes:
        order_id (str | Unset): The cart ID a person viewed. Example: cool_persons_cart_123.
        affiliation (str | Unset): The store or affiliation from the transaction occurred from, like "Google Play
            Store". Example: Shopify.
        revenue (float | Unset): The total revenue of the transaction without discounts, coupons, shipping, and tax.
            Example: 139.99.
        shipping (float | Unset): The total shipping cost of the transaction. Example: 5.
        tax (float | Unset): The tax associated with the the transaction. Example: 10.
        discount (float | Unset): The total discount applied to the transaction. Example: 20.
        coupon (str | Unset): The coupon code associated with the transaction. Example: NEWUSER20.
        currency (str | Unset): The currency of the transaction. Example: USD.
        products (list[Product] | Unset): The products in the cart. Each object in the array represents a product.
        value (float | Unset): The expected total revenue of the transaction calculated with discounts/coupons. Example:
            119.99.
    """

    order_id: str | Unset = UNSET
    affiliation: str | Unset = UNSET
    revenue: float | Unset = UNSET
    shipping: float | Unset = UNSET
    tax: float | Unset = UNSET
    discount: float | Unset = UNSET
    coupon: str | Unset = UNSET
    currency: str | Unset = UNSET
    products: list[Product] | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        affiliation = self.affiliation

        revenue = self.revenue

        shipping = self.shipping

        tax = self.tax

        discount = self.discount

        coupon = self.coupon

        currency = self.currency

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if affiliation is not UNSET:
            field_dict["affiliation"] = affiliation
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if tax is not UNSET:
            field_dict["tax"] = tax
        if discount is not UNSET:
            field_dict["discount"] = discount
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if currency is not UNSET:
            field_dict["currency"] = currency
        if products is not UNSET:
            field_dict["products"] = products
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product

        d = dict(expect_object(src_dict, "CheckoutStarted"))
        order_id = d.pop("order_id", UNSET)
        if type(order_id) is not str and order_id is not UNSET:
            order_id = expect_str(order_id, "CheckoutStarted.order_id")

        affiliation = d.pop("affiliation", UNSET)
        if type(affiliation) is not str and affiliation is not UNSET:
            affiliation = expect_str(affiliation, "CheckoutStarted.affiliation")

        revenue = d.pop("revenue", UNSET)
        if type(revenue) is not float and revenue is not UNSET:
            revenue = expect_number(revenue, "CheckoutStarted.revenue")

        shipping = d.pop("shipping", UNSET)
        if type(shipping) is not float and shipping is not UNSET:
            shipping = expect_number(shipping, "CheckoutStarted.shipping")

        tax = d.pop("tax", UNSET)
        if type(tax) is not float and tax is not UNSET:
            tax = expect_number(tax, "CheckoutStarted.tax")

        discount = d.pop("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = expect_number(discount, "CheckoutStarted.discount")

        coupon = d.pop("coupon", UNSET)
        if type(coupon) is not str and coupon is not UNSET:
            coupon = expect_str(coupon, "CheckoutStarted.coupon")

        currency = d.pop("currency", UNSET)
        if type(currency) is not str and currency is not UNSET:
            currency = expect_str(currency, "CheckoutStarted.currency")

        _products = expect_list(d.pop("products", UNSET), "CheckoutStarted.products")
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        value = d.pop("value", UNSET)
        if type(value) is not float and value is not UNSET:
            value = expect_number(value, "CheckoutStarted.value")

        checkout_started = cls(
            order_id=order_id,
            affiliation=affiliation,
            revenue=revenue,
            shipping=shipping,
            tax=tax,
            discount=discount,
            coupon=coupon,
            currency=currency,
            products=products,
            value=value,
        )

        checkout_started.additional_properties = d
        return checkout_started

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
