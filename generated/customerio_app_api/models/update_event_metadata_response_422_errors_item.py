from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.update_event_metadata_response_422_errors_item_detail import (
    UpdateEventMetadataResponse422ErrorsItemDetail,
)
from ..models.update_event_metadata_response_422_errors_item_status import (
    UpdateEventMetadataResponse422ErrorsItemStatus,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.update_event_metadata_response_422_errors_item_source import (
        UpdateEventMetadataResponse422ErrorsItemSource,
    )


T = TypeVar("T", bound="UpdateEventMetadataResponse422ErrorsItem")


@_attrs_define
class UpdateEventMetadataResponse422ErrorsItem:
    """
    Attributes:
        detail (UpdateEventMetadataResponse422ErrorsItemDetail | Unset): The reason for the response.
        status (UpdateEventMetadataResponse422ErrorsItemStatus | Unset):
        source (UpdateEventMetadataResponse422ErrorsItemSource | Unset):
    """

    detail: UpdateEventMetadataResponse422ErrorsItemDetail | Unset = UNSET
    status: UpdateEventMetadataResponse422ErrorsItemStatus | Unset = UNSET
    source: UpdateEventMetadataResponse422ErrorsItemSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_event_metadata_response_422_errors_item_source import (
            UpdateEventMetadataResponse422ErrorsItemSource,
        )

        d = dict(expect_object(src_dict, "UpdateEventMetadataResponse422ErrorsItem"))
        _detail = d.pop("detail", UNSET)
        detail: UpdateEventMetadataResponse422ErrorsItemDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = UpdateEventMetadataResponse422ErrorsItemDetail(_detail)

        _status = d.pop("status", UNSET)
        status: UpdateEventMetadataResponse422ErrorsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateEventMetadataResponse422ErrorsItemStatus(_status)

        _source = d.pop("source", UNSET)
        source: UpdateEventMetadataResponse422ErrorsItemSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = UpdateEventMetadataResponse422ErrorsItemSource.from_dict(_source)

        update_event_metadata_response_422_errors_item = cls(
            detail=detail,
            status=status,
            source=source,
        )

        update_event_metadata_response_422_errors_item.additional_properties = d
        return update_event_metadata_response_422_errors_item

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
