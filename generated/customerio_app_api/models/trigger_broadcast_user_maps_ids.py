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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.trigger_broadcast_user_maps_ids_data import (
        TriggerBroadcastUserMapsIdsData,
    )


T = TypeVar("T", bound="TriggerBroadcastUserMapsIds")


@_attrs_define
class TriggerBroadcastUserMapsIds:
    """
    Attributes:
        id (str): The ID of the recipient. Example: 1.
        data (TriggerBroadcastUserMapsIdsData | Unset): Merge data associated with the recipient. Example: {'firstName':
            'Hugh', 'lastName': 'Mann', 'purchase': 'shoes'}.
    """

    id: str
    data: TriggerBroadcastUserMapsIdsData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trigger_broadcast_user_maps_ids_data import (
            TriggerBroadcastUserMapsIdsData,
        )

        d = dict(expect_object(src_dict, "TriggerBroadcastUserMapsIds"))
        id = d.pop("id")
        if type(id) is not str:
            id = expect_str(id, "TriggerBroadcastUserMapsIds.id")

        _data = d.pop("data", UNSET)
        data: TriggerBroadcastUserMapsIdsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TriggerBroadcastUserMapsIdsData.from_dict(_data)

        trigger_broadcast_user_maps_ids = cls(
            id=id,
            data=data,
        )

        trigger_broadcast_user_maps_ids.additional_properties = d
        return trigger_broadcast_user_maps_ids

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
