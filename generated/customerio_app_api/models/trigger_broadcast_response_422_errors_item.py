from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.trigger_broadcast_response_422_errors_item_status import (
    TriggerBroadcastResponse422ErrorsItemStatus,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.trigger_broadcast_response_422_errors_item_source import (
        TriggerBroadcastResponse422ErrorsItemSource,
    )


T = TypeVar("T", bound="TriggerBroadcastResponse422ErrorsItem")


@_attrs_define
class TriggerBroadcastResponse422ErrorsItem:
    """
    Attributes:
        detail (str | Unset): Describes the error and provides the trigger ID you can use to look up more information.
            Example: Errors were found while processing per user data (ids, emails or json data). More detail available from
            the errors endpoint for trigger 12".
        source (TriggerBroadcastResponse422ErrorsItemSource | Unset):
        status (TriggerBroadcastResponse422ErrorsItemStatus | Unset): The error code. Example: 422.
    """

    detail: str | Unset = UNSET
    source: TriggerBroadcastResponse422ErrorsItemSource | Unset = UNSET
    status: TriggerBroadcastResponse422ErrorsItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trigger_broadcast_response_422_errors_item_source import (
            TriggerBroadcastResponse422ErrorsItemSource,
        )

        d = dict(expect_object(src_dict, "TriggerBroadcastResponse422ErrorsItem"))
        detail = d.pop("detail", UNSET)
        if type(detail) is not str and detail is not UNSET:
            detail = expect_str(detail, "TriggerBroadcastResponse422ErrorsItem.detail")

        _source = d.pop("source", UNSET)
        source: TriggerBroadcastResponse422ErrorsItemSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = TriggerBroadcastResponse422ErrorsItemSource.from_dict(_source)

        _status = d.pop("status", UNSET)
        status: TriggerBroadcastResponse422ErrorsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TriggerBroadcastResponse422ErrorsItemStatus(_status)

        trigger_broadcast_response_422_errors_item = cls(
            detail=detail,
            source=source,
            status=status,
        )

        trigger_broadcast_response_422_errors_item.additional_properties = d
        return trigger_broadcast_response_422_errors_item

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
