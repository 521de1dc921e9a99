from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="OrderCancelled")


@_attrs_define
class OrderCancelled:
    """Send the `Order Cancelled` event when a customer cancells an order/transaction.

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
        total (float | Unset): The total amount of the order. Example: 119.99.
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
    total: float | Unset = UNSET
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

        total = self.total

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
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product

        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        affiliation = d.pop("affiliation", UNSET)

        revenue = d.pop("revenue", UNSET)

        shipping = d.pop("shipping", UNSET)

        tax = d.pop("tax", UNSET)

        discount = d.pop("discount", UNSET)

        coupon = d.pop("coupon", UNSET)

        currency = d.pop("currency", UNSET)

        _products = d.pop("products", UNSET)
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        total = d.pop("total", UNSET)

        order_cancelled = cls(
            order_id=order_id,
            affiliation=affiliation,
            revenue=revenue,
            shipping=shipping,
            tax=tax,
            discount=discount,
            coupon=coupon,
            currency=currency,
            products=products,
            total=total,
        )

        order_cancelled.additional_properties = d
        return order_cancelled

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
