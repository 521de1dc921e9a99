from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.export_deliveries_data_action_metric import (
    ExportDeliveriesDataActionMetric,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
)

T = TypeVar("T", bound="ExportDeliveriesDataAction")


@_attrs_define
class ExportDeliveriesDataAction:
    """
    Attributes:
        action_id (int): The ID of an action you want to export information from. Example: 77.
        start (int | Unset): The unix timestamp representing the beginning of the export. Example: 1517529600.
        end (int | Unset): The unix timestamp representing the end of the export. Example: 1517702400.
        attributes (list[str] | Unset): The names of attributes you want to include in your export; each attribute name
            is an additional column in the export. If your message included liquid, you may add the attribute names used in
            your message so you can see the values populated for each delivery.
        metric (ExportDeliveriesDataActionMetric | Unset): Determines the metric(s) you want to return.
        drafts (bool | Unset): If true, your request returns both drafts and active/sent messages.
    """

    action_id: int
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    metric: ExportDeliveriesDataActionMetric | Unset = UNSET
    drafts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        start = self.start

        end = self.end

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        drafts = self.drafts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if metric is not UNSET:
            field_dict["metric"] = metric
        if drafts is not UNSET:
            field_dict["drafts"] = drafts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ExportDeliveriesDataAction"))
        action_id = d.pop("action_id")
        if type(action_id) is not int:
            action_id = expect_int(action_id, "ExportDeliveriesDataAction.action_id")

        start = d.pop("start", UNSET)
        if type(start) is not int and start is not UNSET:
            start = expect_int(start, "ExportDeliveriesDataAction.start")

        end = d.pop("end", UNSET)
        if type(end) is not int and end is not UNSET:
            end = expect_int(end, "ExportDeliveriesDataAction.end")

        attributes = cast(
            list[str],
            expect_list(
                d.pop("attributes", UNSET), "ExportDeliveriesDataAction.attributes"
            ),
        )

        _metric = d.pop("metric", UNSET)
        metric: ExportDeliveriesDataActionMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = ExportDeliveriesDataActionMetric(_metric)

        drafts = d.pop("drafts", UNSET)
        if type(drafts) is not bool and drafts is not UNSET:
            drafts = expect_bool(drafts, "ExportDeliveriesDataAction.drafts")

        export_deliveries_data_action = cls(
            action_id=action_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

        export_deliveries_data_action.additional_properties = d
        return export_deliveries_data_action

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
