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

T = TypeVar("T", bound="ProductViewed")


@_attrs_define
class ProductViewed:
    """Use the `Product Viewed` event when a person views a product.

    Attributes:
        product_id (str | Unset): The product ID. Example: coolshoes-123.
        sku (str | Unset): The stock keeping unit (SKU) of the product a person viewed. Example: abc-123-xyz.
        category (str | Unset): The product category a person viewed. Example: shoes.
        name (str | Unset): The name of the product a person viewed. Example: Cool Shoes.
        brand (str | Unset): The brand associated with the product. Example: A Shoe Brand.
        variant (str | Unset): The variant of the product a person viewed, if applicable. Example: red.
        price (float | Unset): The price of the product. Example: 139.99.
        quantity (int | Unset): The quantity of the product. Example: 1.
        coupon (str | Unset): The coupon code associated with the product (like `NEWUSER20`). Example: NEWUSER20.
        position (float | Unset): The position of the product in the list. Example: 3.
        url (str | Unset): The URL of the product page. Example: https://www.example.com/product/123.
        image_url (str | Unset): The URL of the product image. Example: https://www.example.com/product/123.jpg.
        currency (str | Unset): The currency of the transaction. Example: USD.
        value (float | Unset): The total value of the product, after multiplying by quantity. Example: 119.99.
    """

    product_id: str | Unset = UNSET
    sku: str | Unset = UNSET
    category: str | Unset = UNSET
    name: str | Unset = UNSET
    brand: str | Unset = UNSET
    variant: str | Unset = UNSET
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    coupon: str | Unset = UNSET
    position: float | Unset = UNSET
    url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    currency: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        sku = self.sku

        category = self.category

        name = self.name

        brand = self.brand

        variant = self.variant

        price = self.price

        quantity = self.quantity

        coupon = self.coupon

        position = self.position

        url = self.url

        image_url = self.image_url

        currency = self.currency

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name
        if brand is not UNSET:
            field_dict["brand"] = brand
        if variant is not UNSET:
            field_dict["variant"] = variant
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if position is not UNSET:
            field_dict["position"] = position
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if currency is not UNSET:
            field_dict["currency"] = currency
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ProductViewed"))
        product_id = d.pop("product_id", UNSET)
        if type(product_id) is not str and product_id is not UNSET:
            product_id = expect_str(product_id, "ProductViewed.product_id")

        sku = d.pop("sku", UNSET)
        if type(sku) is not str and sku is not UNSET:
            sku = expect_str(sku, "ProductViewed.sku")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "ProductViewed.category")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "ProductViewed.name")

        brand = d.pop("brand", UNSET)
        if type(brand) is not str and brand is not UNSET:
            brand = expect_str(brand, "ProductViewed.brand")

        variant = d.pop("variant", UNSET)
        if type(variant) is not str and variant is not UNSET:
            variant = expect_str(variant, "ProductViewed.variant")

        price = d.pop("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = expect_number(price, "ProductViewed.price")

        quantity = d.pop("quantity", UNSET)
        if type(quantity) is not int and quantity is not UNSET:
            quantity = expect_int(quantity, "ProductViewed.quantity")

        coupon = d.pop("coupon", UNSET)
        if type(coupon) is not str and coupon is not UNSET:
            coupon = expect_str(coupon, "ProductViewed.coupon")

        position = d.pop("position", UNSET)
        if type(position) is not float and position is not UNSET:
            position = expect_number(position, "ProductViewed.position")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "ProductViewed.url")

        image_url = d.pop("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = expect_str(image_url, "ProductViewed.image_url")

        currency = d.pop("currency", UNSET)
        if type(currency) is not str and currency is not UNSET:
            currency = expect_str(currency, "ProductViewed.currency")

        value = d.pop("value", UNSET)
        if type(value) is not float and value is not UNSET:
            value = expect_number(value, "ProductViewed.value")

        product_viewed = cls(
            product_id=product_id,
            sku=sku,
            category=category,
            name=name,
            brand=brand,
            variant=variant,
            price=price,
            quantity=quantity,
            coupon=coupon,
            position=position,
            url=url,
            image_url=image_url,
            currency=currency,
            value=value,
        )

        product_viewed.additional_properties = d
        return product_viewed

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
