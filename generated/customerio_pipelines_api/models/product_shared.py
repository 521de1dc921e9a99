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

T = TypeVar("T", bound="ProductShared")


@_attrs_define
class ProductShared:
    """Send the `Product Shared` event when a customer shares a product with someone else.

    Attributes:
        share_via (str | Unset): The channel the product was shared through. Example: email.
        share_message (str | Unset): The message the customer sent with the share. Example: Check out these cool shoes!.
        recipient (str | Unset): The person the product was shared with. Example: friendOfcool.person@example.com.
        product_id (str | Unset): The product ID. Example: coolshoes-123.
        sku (str | Unset): The stock keeping unit (SKU) of the product a person viewed. Example: abc-123-xyz.
        category (str | Unset): The product category a person viewed. Example: shoes.
        name (str | Unset): The name of the product a person viewed. Example: Cool Shoes.
        brand (str | Unset): The brand associated with the product. Example: A Shoe Brand.
        variant (str | Unset): The variant of the product a person viewed, if applicable. Example: red.
        price (float | Unset): The price of the product. Example: 139.99.
        url (str | Unset): The URL of the product page. Example: https://www.example.com/product/123.
        image_url (str | Unset): The URL of the product image. Example: https://www.example.com/product/123.jpg.
    """

    share_via: str | Unset = UNSET
    share_message: str | Unset = UNSET
    recipient: str | Unset = UNSET
    product_id: str | Unset = UNSET
    sku: str | Unset = UNSET
    category: str | Unset = UNSET
    name: str | Unset = UNSET
    brand: str | Unset = UNSET
    variant: str | Unset = UNSET
    price: float | Unset = UNSET
    url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_via = self.share_via

        share_message = self.share_message

        recipient = self.recipient

        product_id = self.product_id

        sku = self.sku

        category = self.category

        name = self.name

        brand = self.brand

        variant = self.variant

        price = self.price

        url = self.url

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_via is not UNSET:
            field_dict["share_via"] = share_via
        if share_message is not UNSET:
            field_dict["share_message"] = share_message
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
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
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ProductShared"))
        share_via = d.pop("share_via", UNSET)
        if type(share_via) is not str and share_via is not UNSET:
            share_via = expect_str(share_via, "ProductShared.share_via")

        share_message = d.pop("share_message", UNSET)
        if type(share_message) is not str and share_message is not UNSET:
            share_message = expect_str(share_message, "ProductShared.share_message")

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "ProductShared.recipient")

        product_id = d.pop("product_id", UNSET)
        if type(product_id) is not str and product_id is not UNSET:
            product_id = expect_str(product_id, "ProductShared.product_id")

        sku = d.pop("sku", UNSET)
        if type(sku) is not str and sku is not UNSET:
            sku = expect_str(sku, "ProductShared.sku")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "ProductShared.category")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "ProductShared.name")

        brand = d.pop("brand", UNSET)
        if type(brand) is not str and brand is not UNSET:
            brand = expect_str(brand, "ProductShared.brand")

        variant = d.pop("variant", UNSET)
        if type(variant) is not str and variant is not UNSET:
            variant = expect_str(variant, "ProductShared.variant")

        price = d.pop("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = expect_number(price, "ProductShared.price")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "ProductShared.url")

        image_url = d.pop("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = expect_str(image_url, "ProductShared.image_url")

        product_shared = cls(
            share_via=share_via,
            share_message=share_message,
            recipient=recipient,
            product_id=product_id,
            sku=sku,
            category=category,
            name=name,
            brand=brand,
            variant=variant,
            price=price,
            url=url,
            image_url=image_url,
        )

        product_shared.additional_properties = d
        return product_shared

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
