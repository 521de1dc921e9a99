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
)

if TYPE_CHECKING:
    from ..models.update_transactional_variant_response_200_content_item import (
        UpdateTransactionalVariantResponse200ContentItem,
    )


T = TypeVar("T", bound="UpdateTransactionalVariantResponse200")


@_attrs_define
class UpdateTransactionalVariantResponse200:
    """
    Attributes:
        content (list[UpdateTransactionalVariantResponse200ContentItem] | Unset): Each object represents one of the
            variants.
    """

    content: list[UpdateTransactionalVariantResponse200ContentItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_transactional_variant_response_200_content_item import (
            UpdateTransactionalVariantResponse200ContentItem,
        )

        d = dict(expect_object(src_dict, "UpdateTransactionalVariantResponse200"))
        _content = expect_list(
            d.pop("content", UNSET), "UpdateTransactionalVariantResponse200.content"
        )
        content: list[UpdateTransactionalVariantResponse200ContentItem] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = (
                    UpdateTransactionalVariantResponse200ContentItem.from_dict(
                        content_item_data
                    )
                )

                content.append(content_item)

        update_transactional_variant_response_200 = cls(
            content=content,
        )

        update_transactional_variant_response_200.additional_properties = d
        return update_transactional_variant_response_200

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
