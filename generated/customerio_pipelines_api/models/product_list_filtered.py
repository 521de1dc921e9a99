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
    from ..models.product_list_filtered_filters_item import (
        ProductListFilteredFiltersItem,
    )
    from ..models.product_list_filtered_sorts_item import ProductListFilteredSortsItem


T = TypeVar("T", bound="ProductListFiltered")


@_attrs_define
class ProductListFiltered:
    """Use the `Product List Filtered` event when a person filters a list of products.

    Attributes:
        list_id (str | Unset): The product list a person viewed. Example: all_shoes.
        category (str | Unset): The product category a person viewed. Example: shoes.
        products (list[Product] | Unset): The products displayed in the product list. Each object in the array
            represents a product.
        filters (list[ProductListFilteredFiltersItem] | Unset): The filters a person applied to the product list, where
            each object in the array is a different filter.
        sorts (list[ProductListFilteredSortsItem] | Unset): The sorts a person applied to the product list, where each
            object in the array is a different sort.
    """

    list_id: str | Unset = UNSET
    category: str | Unset = UNSET
    products: list[Product] | Unset = UNSET
    filters: list[ProductListFilteredFiltersItem] | Unset = UNSET
    sorts: list[ProductListFilteredSortsItem] | Unset = UNSET
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

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        sorts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sorts, Unset):
            sorts = []
            for sorts_item_data in self.sorts:
                sorts_item = sorts_item_data.to_dict()
                sorts.append(sorts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if category is not UNSET:
            field_dict["category"] = category
        if products is not UNSET:
            field_dict["products"] = products
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sorts is not UNSET:
            field_dict["sorts"] = sorts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product
        from ..models.product_list_filtered_filters_item import (
            ProductListFilteredFiltersItem,
        )
        from ..models.product_list_filtered_sorts_item import (
            ProductListFilteredSortsItem,
        )

        d = dict(expect_object(src_dict, "ProductListFiltered"))
        list_id = d.pop("list_id", UNSET)
        if type(list_id) is not str and list_id is not UNSET:
            list_id = expect_str(list_id, "ProductListFiltered.list_id")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "ProductListFiltered.category")

        _products = expect_list(
            d.pop("products", UNSET), "ProductListFiltered.products"
        )
        products: list[Product] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = Product.from_dict(products_item_data)

                products.append(products_item)

        _filters = expect_list(d.pop("filters", UNSET), "ProductListFiltered.filters")
        filters: list[ProductListFilteredFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ProductListFilteredFiltersItem.from_dict(
                    filters_item_data
                )

                filters.append(filters_item)

        _sorts = expect_list(d.pop("sorts", UNSET), "ProductListFiltered.sorts")
        sorts: list[ProductListFilteredSortsItem] | Unset = UNSET
        if _sorts is not UNSET:
            sorts = []
            for sorts_item_data in _sorts:
                sorts_item = ProductListFilteredSortsItem.from_dict(sorts_item_data)

                sorts.append(sorts_item)

        product_list_filtered = cls(
            list_id=list_id,
            category=category,
            products=products,
            filters=filters,
            sorts=sorts,
        )

        product_list_filtered.additional_properties = d
        return product_list_filtered

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
