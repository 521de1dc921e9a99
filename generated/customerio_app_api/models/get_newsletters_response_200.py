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
    from ..models.get_newsletters_response_200_newsletter import (
        GetNewslettersResponse200Newsletter,
    )


T = TypeVar("T", bound="GetNewslettersResponse200")


@_attrs_define
class GetNewslettersResponse200:
    """
    Attributes:
        newsletter (GetNewslettersResponse200Newsletter | Unset):  Example: {'id': 128275, 'deduplicate_id':
            '128275:1484870424', 'type': 'email', 'content_ids': [45, 90], 'name': 'Example Newsletter', 'sent_at': None,
            'created': 1481653929, 'updated': 1484870424, 'tags': ['Example Tag'], 'recipient_segment_ids': [10],
            'subscription_topic_id': 1}.
    """

    newsletter: GetNewslettersResponse200Newsletter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.newsletter, Unset):
            newsletter = self.newsletter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if newsletter is not UNSET:
            field_dict["newsletter"] = newsletter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_newsletters_response_200_newsletter import (
            GetNewslettersResponse200Newsletter,
        )

        d = dict(expect_object(src_dict, "GetNewslettersResponse200"))
        _newsletter = d.pop("newsletter", UNSET)
        newsletter: GetNewslettersResponse200Newsletter | Unset
        if isinstance(_newsletter, Unset):
            newsletter = UNSET
        else:
            newsletter = GetNewslettersResponse200Newsletter.from_dict(_newsletter)

        get_newsletters_response_200 = cls(
            newsletter=newsletter,
        )

        get_newsletters_response_200.additional_properties = d
        return get_newsletters_response_200

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
