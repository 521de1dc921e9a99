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
    from ..models.list_senders_response_200_sender_identities_item import (
        ListSendersResponse200SenderIdentitiesItem,
    )


T = TypeVar("T", bound="ListSendersResponse200")


@_attrs_define
class ListSendersResponse200:
    """
    Attributes:
        sender_identities (list[ListSendersResponse200SenderIdentitiesItem] | Unset):
        next_ (str | Unset): The cursor for the next page of results: pass it as `start` to get the next page. Empty or
            absent on the last page.
    """

    sender_identities: list[ListSendersResponse200SenderIdentitiesItem] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sender_identities, Unset):
            sender_identities = []
            for sender_identities_item_data in self.sender_identities:
                sender_identities_item = sender_identities_item_data.to_dict()
                sender_identities.append(sender_identities_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_identities is not UNSET:
            field_dict["sender_identities"] = sender_identities
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_senders_response_200_sender_identities_item import (
            ListSendersResponse200SenderIdentitiesItem,
        )

        d = dict(expect_object(src_dict, "ListSendersResponse200"))
        _sender_identities = expect_list(
            d.pop("sender_identities", UNSET),
            "ListSendersResponse200.sender_identities",
        )
        sender_identities: list[ListSendersResponse200SenderIdentitiesItem] | Unset = (
            UNSET
        )
        if _sender_identities is not UNSET:
            sender_identities = []
            for sender_identities_item_data in _sender_identities:
                sender_identities_item = (
                    ListSendersResponse200SenderIdentitiesItem.from_dict(
                        sender_identities_item_data
                    )
                )

                sender_identities.append(sender_identities_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "ListSendersResponse200.next")

        list_senders_response_200 = cls(
            sender_identities=sender_identities,
            next_=next_,
        )

        list_senders_response_200.additional_properties = d
        return list_senders_response_200

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
