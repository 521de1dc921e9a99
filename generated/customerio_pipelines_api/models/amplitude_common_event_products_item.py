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
    expect_number,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="AmplitudeCommonEventProductsItem")


@_attrs_define
class AmplitudeCommonEventProductsItem:
    """An item that a person purchased.

    Attributes:
        price (float | Unset): The product's price.
        revenue (float | Unset): Revenue from the product.
        quantity (int | Unset): The quantity of the product in the order.
        product_id (str | Unset): The product ID, like a SKU or another value unique to the specific product. Default:
            'productId'.
        revenue_type (str | Unset): The type of revenue. Default: 'revenueType'.
    """

    price: float | Unset = UNSET
    revenue: float | Unset = UNSET
    quantity: int | Unset = UNSET
    product_id: str | Unset = "productId"
    revenue_type: str | Unset = "revenueType"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        revenue = self.revenue

        quantity = self.quantity

        product_id = self.product_id

        revenue_type = self.revenue_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if revenue_type is not UNSET:
            field_dict["revenueType"] = revenue_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AmplitudeCommonEventProductsItem"))
        price = d.pop("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = expect_number(price, "AmplitudeCommonEventProductsItem.price")

        revenue = d.pop("revenue", UNSET)
        if type(revenue) is not float and revenue is not UNSET:
            revenue = expect_number(revenue, "AmplitudeCommonEventProductsItem.revenue")

        quantity = d.pop("quantity", UNSET)
        if type(quantity) is not int and quantity is not UNSET:
            quantity = expect_int(quantity, "AmplitudeCommonEventProductsItem.quantity")

        product_id = d.pop("productId", UNSET)
        if type(product_id) is not str and product_id is not UNSET:
            product_id = expect_str(
                product_id, "AmplitudeCommonEventProductsItem.productId"
            )

        revenue_type = d.pop("revenueType", UNSET)
        if type(revenue_type) is not str and revenue_type is not UNSET:
            revenue_type = expect_str(
                revenue_type, "AmplitudeCommonEventProductsItem.revenueType"
            )

        amplitude_common_event_products_item = cls(
            price=price,
            revenue=revenue,
            quantity=quantity,
            product_id=product_id,
            revenue_type=revenue_type,
        )

        amplitude_common_event_products_item.additional_properties = d
        return amplitude_common_event_products_item

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
