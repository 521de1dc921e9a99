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
    from ..models.list_broadcasts_response_200_broadcasts_item import (
        ListBroadcastsResponse200BroadcastsItem,
    )


T = TypeVar("T", bound="ListBroadcastsResponse200")


@_attrs_define
class ListBroadcastsResponse200:
    """
    Attributes:
        broadcasts (list[ListBroadcastsResponse200BroadcastsItem] | Unset):
    """

    broadcasts: list[ListBroadcastsResponse200BroadcastsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcasts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.broadcasts, Unset):
            broadcasts = []
            for broadcasts_item_data in self.broadcasts:
                broadcasts_item = broadcasts_item_data.to_dict()
                broadcasts.append(broadcasts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broadcasts is not UNSET:
            field_dict["broadcasts"] = broadcasts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_broadcasts_response_200_broadcasts_item import (
            ListBroadcastsResponse200BroadcastsItem,
        )

        d = dict(expect_object(src_dict, "ListBroadcastsResponse200"))
        _broadcasts = expect_list(
            d.pop("broadcasts", UNSET), "ListBroadcastsResponse200.broadcasts"
        )
        broadcasts: list[ListBroadcastsResponse200BroadcastsItem] | Unset = UNSET
        if _broadcasts is not UNSET:
            broadcasts = []
            for broadcasts_item_data in _broadcasts:
                broadcasts_item = ListBroadcastsResponse200BroadcastsItem.from_dict(
                    broadcasts_item_data
                )

                broadcasts.append(broadcasts_item)

        list_broadcasts_response_200 = cls(
            broadcasts=broadcasts,
        )

        list_broadcasts_response_200.additional_properties = d
        return list_broadcasts_response_200

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
