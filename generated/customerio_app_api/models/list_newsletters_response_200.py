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
    from ..models.list_newsletters_response_200_newsletters_item import (
        ListNewslettersResponse200NewslettersItem,
    )


T = TypeVar("T", bound="ListNewslettersResponse200")


@_attrs_define
class ListNewslettersResponse200:
    """
    Attributes:
        newsletters (list[ListNewslettersResponse200NewslettersItem] | Unset):
        next_ (str | Unset): Indicates the next page of results. Add `?start=<next_value>` to the request to get the
            next page of results.
    """

    newsletters: list[ListNewslettersResponse200NewslettersItem] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.newsletters, Unset):
            newsletters = []
            for newsletters_item_data in self.newsletters:
                newsletters_item = newsletters_item_data.to_dict()
                newsletters.append(newsletters_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if newsletters is not UNSET:
            field_dict["newsletters"] = newsletters
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_newsletters_response_200_newsletters_item import (
            ListNewslettersResponse200NewslettersItem,
        )

        d = dict(expect_object(src_dict, "ListNewslettersResponse200"))
        _newsletters = expect_list(
            d.pop("newsletters", UNSET), "ListNewslettersResponse200.newsletters"
        )
        newsletters: list[ListNewslettersResponse200NewslettersItem] | Unset = UNSET
        if _newsletters is not UNSET:
            newsletters = []
            for newsletters_item_data in _newsletters:
                newsletters_item = ListNewslettersResponse200NewslettersItem.from_dict(
                    newsletters_item_data
                )

                newsletters.append(newsletters_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "ListNewslettersResponse200.next")

        list_newsletters_response_200 = cls(
            newsletters=newsletters,
            next_=next_,
        )

        list_newsletters_response_200.additional_properties = d
        return list_newsletters_response_200

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
