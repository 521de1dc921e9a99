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
    from ..models.list_broadcast_triggers_response_200_triggers_item import (
        ListBroadcastTriggersResponse200TriggersItem,
    )


T = TypeVar("T", bound="ListBroadcastTriggersResponse200")


@_attrs_define
class ListBroadcastTriggersResponse200:
    """
    Attributes:
        triggers (list[ListBroadcastTriggersResponse200TriggersItem] | Unset): Each object in the array represents a
            time that your broadcast was triggered/sent.
    """

    triggers: list[ListBroadcastTriggersResponse200TriggersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_broadcast_triggers_response_200_triggers_item import (
            ListBroadcastTriggersResponse200TriggersItem,
        )

        d = dict(expect_object(src_dict, "ListBroadcastTriggersResponse200"))
        _triggers = expect_list(
            d.pop("triggers", UNSET), "ListBroadcastTriggersResponse200.triggers"
        )
        triggers: list[ListBroadcastTriggersResponse200TriggersItem] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = ListBroadcastTriggersResponse200TriggersItem.from_dict(
                    triggers_item_data
                )

                triggers.append(triggers_item)

        list_broadcast_triggers_response_200 = cls(
            triggers=triggers,
        )

        list_broadcast_triggers_response_200.additional_properties = d
        return list_broadcast_triggers_response_200

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
