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
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ProductReviewed")


@_attrs_define
class ProductReviewed:
    """Send the `Product Reviewed` event when a customer submits a review of a product.

    Attributes:
        product_id (str | Unset): The product ID. Example: coolshoes-123.
        review_id (str | Unset): The ID of the review. Example: review_123.
        review_body (str | Unset): The body of the review. Example: These shoes are great!.
        rating (int | Unset): The rating the customer gave the product. Example: 5.
    """

    product_id: str | Unset = UNSET
    review_id: str | Unset = UNSET
    review_body: str | Unset = UNSET
    rating: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        review_id = self.review_id

        review_body = self.review_body

        rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if review_id is not UNSET:
            field_dict["review_id"] = review_id
        if review_body is not UNSET:
            field_dict["review_body"] = review_body
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ProductReviewed"))
        product_id = d.pop("product_id", UNSET)
        if type(product_id) is not str and product_id is not UNSET:
            product_id = expect_str(product_id, "ProductReviewed.product_id")

        review_id = d.pop("review_id", UNSET)
        if type(review_id) is not str and review_id is not UNSET:
            review_id = expect_str(review_id, "ProductReviewed.review_id")

        review_body = d.pop("review_body", UNSET)
        if type(review_body) is not str and review_body is not UNSET:
            review_body = expect_str(review_body, "ProductReviewed.review_body")

        rating = d.pop("rating", UNSET)
        if type(rating) is not int and rating is not UNSET:
            rating = expect_int(rating, "ProductReviewed.rating")

        product_reviewed = cls(
            product_id=product_id,
            review_id=review_id,
            review_body=review_body,
            rating=rating,
        )

        product_reviewed.additional_properties = d
        return product_reviewed

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
