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
)

T = TypeVar("T", bound="ListBroadcastTriggersResponse200TriggersItem")


@_attrs_define
class ListBroadcastTriggersResponse200TriggersItem:
    """You can get triggers to know when you triggered a broadcast and whether or not it's been processed.

    Attributes:
        id (int | Unset): The identifier for a broadcast trigger.
        broadcast_id (int | Unset): The identifier for a broadcast. Example: 2.
        created_at (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        processed_at (int | Unset): The date-time when Customer.io processed the trigger.
    """

    id: int | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    processed_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        broadcast_id = self.broadcast_id

        created_at = self.created_at

        processed_at = self.processed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "ListBroadcastTriggersResponse200TriggersItem")
        )
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ListBroadcastTriggersResponse200TriggersItem.id")

        broadcast_id = d.pop("broadcast_id", UNSET)
        if type(broadcast_id) is not int and broadcast_id is not UNSET:
            broadcast_id = expect_int(
                broadcast_id,
                "ListBroadcastTriggersResponse200TriggersItem.broadcast_id",
            )

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(
                created_at, "ListBroadcastTriggersResponse200TriggersItem.created_at"
            )

        processed_at = d.pop("processed_at", UNSET)
        if type(processed_at) is not int and processed_at is not UNSET:
            processed_at = expect_int(
                processed_at,
                "ListBroadcastTriggersResponse200TriggersItem.processed_at",
            )

        list_broadcast_triggers_response_200_triggers_item = cls(
            id=id,
            broadcast_id=broadcast_id,
            created_at=created_at,
            processed_at=processed_at,
        )

        list_broadcast_triggers_response_200_triggers_item.additional_properties = d
        return list_broadcast_triggers_response_200_triggers_item

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
