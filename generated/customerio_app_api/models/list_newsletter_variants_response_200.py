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
    from ..models.list_newsletter_variants_response_200_contents_item import (
        ListNewsletterVariantsResponse200ContentsItem,
    )


T = TypeVar("T", bound="ListNewsletterVariantsResponse200")


@_attrs_define
class ListNewsletterVariantsResponse200:
    """
    Attributes:
        contents (list[ListNewsletterVariantsResponse200ContentsItem] | Unset):
    """

    contents: list[ListNewsletterVariantsResponse200ContentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = []
            for contents_item_data in self.contents:
                contents_item = contents_item_data.to_dict()
                contents.append(contents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contents is not UNSET:
            field_dict["contents"] = contents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_newsletter_variants_response_200_contents_item import (
            ListNewsletterVariantsResponse200ContentsItem,
        )

        d = dict(expect_object(src_dict, "ListNewsletterVariantsResponse200"))
        _contents = expect_list(
            d.pop("contents", UNSET), "ListNewsletterVariantsResponse200.contents"
        )
        contents: list[ListNewsletterVariantsResponse200ContentsItem] | Unset = UNSET
        if _contents is not UNSET:
            contents = []
            for contents_item_data in _contents:
                contents_item = ListNewsletterVariantsResponse200ContentsItem.from_dict(
                    contents_item_data
                )

                contents.append(contents_item)

        list_newsletter_variants_response_200 = cls(
            contents=contents,
        )

        list_newsletter_variants_response_200.additional_properties = d
        return list_newsletter_variants_response_200

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
