from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_newsletter_variant_translation_test_response_200_content import (
        GetNewsletterVariantTranslationTestResponse200Content,
    )


T = TypeVar("T", bound="GetNewsletterVariantTranslationTestResponse200")


@_attrs_define
class GetNewsletterVariantTranslationTestResponse200:
    """
    Attributes:
        content (GetNewsletterVariantTranslationTestResponse200Content | Unset):
    """

    content: GetNewsletterVariantTranslationTestResponse200Content | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_newsletter_variant_translation_test_response_200_content import (
            GetNewsletterVariantTranslationTestResponse200Content,
        )

        d = dict(
            expect_object(src_dict, "GetNewsletterVariantTranslationTestResponse200")
        )
        _content = d.pop("content", UNSET)
        content: GetNewsletterVariantTranslationTestResponse200Content | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = GetNewsletterVariantTranslationTestResponse200Content.from_dict(
                _content
            )

        get_newsletter_variant_translation_test_response_200 = cls(
            content=content,
        )

        get_newsletter_variant_translation_test_response_200.additional_properties = d
        return get_newsletter_variant_translation_test_response_200

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
