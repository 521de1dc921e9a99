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


T = TypeVar("T", bound="ProductListViewed")


@_attrs_define
class ProductListViewed:
    """Use the `Product List Viewed` event when a person views a list of products.

    Attributes:
        list_id (str | Unset): The product list a person viewed. Example: all_shoes.
        category (str | Unset): The product category a person viewed. Example: shoes.
        products (list[Product] | Unset): The products displayed in the product list. Each object in the array
            represents a product.
    """

    list_id: str | Unset = UNSET
    category: str | Unset = UNSET
    products: list[Product] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        category = self.category

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if category is not UNSET:
            field_dict["category"] = category
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product

        d = dict(expect_object(src_dict, "ProductListViewed"))
        list_id = d.pop("list_id", UNSET)
        if type(list_id) is not str and list_id is not UNSET:
            list_id = expect_str(list_id, "ProductListViewed.list_id")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "ProductListViewed.category")

        _products = expect_list(d.pop("products", UNSET), "ProductListViewed.products")
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        product_list_viewed = cls(
            list_id=list_id,
            category=category,
            products=products,
        )

        product_list_viewed.additional_properties = d
        return product_list_viewed

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
