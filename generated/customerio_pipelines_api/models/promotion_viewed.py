from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="PromotionViewed")


@_attrs_define
class PromotionViewed:
    """Describes a promotional offer that a user can view or use.

    Attributes:
        promotion_id (str | Unset): The ID of the promotion a person viewed. Example: promo_123.
        creative (str | Unset): The creative content ID associated with the promotion. Example: top_banner_2.
        name (str | Unset): The name of the promotion a person viewed. Example: summer_sale.
        position (str | Unset): The position of the promotion a person viewed. Example: banner_slot_1.
    """

    promotion_id: str | Unset = UNSET
    creative: str | Unset = UNSET
    name: str | Unset = UNSET
    position: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_id = self.promotion_id

        creative = self.creative

        name = self.name

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if creative is not UNSET:
            field_dict["creative"] = creative
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "PromotionViewed"))
        promotion_id = d.pop("promotion_id", UNSET)
        if type(promotion_id) is not str and promotion_id is not UNSET:
            promotion_id = expect_str(promotion_id, "PromotionViewed.promotion_id")

        creative = d.pop("creative", UNSET)
        if type(creative) is not str and creative is not UNSET:
            creative = expect_str(creative, "PromotionViewed.creative")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "PromotionViewed.name")

        position = d.pop("position", UNSET)
        if type(position) is not str and position is not UNSET:
            position = expect_str(position, "PromotionViewed.position")

        promotion_viewed = cls(
            promotion_id=promotion_id,
            creative=creative,
            name=name,
            position=position,
        )

        promotion_viewed.additional_properties = d
        return promotion_viewed

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
