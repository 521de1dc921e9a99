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
    from ..models.export_deliveries_data_response_200_export import (
        ExportDeliveriesDataResponse200Export,
    )


T = TypeVar("T", bound="ExportDeliveriesDataResponse200")


@_attrs_define
class ExportDeliveriesDataResponse200:
    """
    Example:
        {'export': {'id': '111,', 'deduplicate_id': '110:1530296738', 'type': 'deliveries', 'failed': False,
            'description': 'Full deliveries export (created via the api)', 'downloads': 0, 'created_at': 1530296742,
            'updated_at': 1530296742}}

    Attributes:
        export (ExportDeliveriesDataResponse200Export | Unset): Metadata about an export. Example: {'id': 110,
            'user_id': 0, 'user_email': 'person@email.com', 'total': 1234, 'deduplicate_id': '110:1530296738', 'type':
            'customers', 'failed': False, 'status': 'done', 'description': 'Customers with segment filters—in \\\\Purchased
            Flowers\\\\', 'downloads': 2, 'created_at': 1530296738, 'updated_at': 1530296738}.
    """

    export: ExportDeliveriesDataResponse200Export | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export, Unset):
            export = self.export.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export is not UNSET:
            field_dict["export"] = export

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_deliveries_data_response_200_export import (
            ExportDeliveriesDataResponse200Export,
        )

        d = dict(expect_object(src_dict, "ExportDeliveriesDataResponse200"))
        _export = d.pop("export", UNSET)
        export: ExportDeliveriesDataResponse200Export | Unset
        if isinstance(_export, Unset):
            export = UNSET
        else:
            export = ExportDeliveriesDataResponse200Export.from_dict(_export)

        export_deliveries_data_response_200 = cls(
            export=export,
        )

        export_deliveries_data_response_200.additional_properties = d
        return export_deliveries_data_response_200

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
