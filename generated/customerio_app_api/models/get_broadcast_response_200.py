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
    from ..models.get_broadcast_response_200_broadcast import (
        GetBroadcastResponse200Broadcast,
    )


T = TypeVar("T", bound="GetBroadcastResponse200")


@_attrs_define
class GetBroadcastResponse200:
    """
    Attributes:
        broadcast (GetBroadcastResponse200Broadcast | Unset):  Example: {'id': 2, 'deduplicate_id': '2:1520467200',
            'created': 1520467200, 'type': 'triggered_broadcast', 'updated': 1520467200, 'name': 'basic', 'active': True,
            'state': 'running', 'actions': [{'id': 3, 'type': 'email'}, {'id': 4}, {'type': 'webhook'}], 'tags': 'nil',
            'first_started': 1520467200, 'created_by': 'ExamplePerson'}.
    """

    broadcast: GetBroadcastResponse200Broadcast | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.broadcast, Unset):
            broadcast = self.broadcast.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_broadcast_response_200_broadcast import (
            GetBroadcastResponse200Broadcast,
        )

        d = dict(expect_object(src_dict, "GetBroadcastResponse200"))
        _broadcast = d.pop("broadcast", UNSET)
        broadcast: GetBroadcastResponse200Broadcast | Unset
        if isinstance(_broadcast, Unset):
            broadcast = UNSET
        else:
            broadcast = GetBroadcastResponse200Broadcast.from_dict(_broadcast)

        get_broadcast_response_200 = cls(
            broadcast=broadcast,
        )

        get_broadcast_response_200.additional_properties = d
        return get_broadcast_response_200

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
