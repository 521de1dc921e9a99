from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.export_deliveries_data_transactional_message_metric import (
    ExportDeliveriesDataTransactionalMessageMetric,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
)

T = TypeVar("T", bound="ExportDeliveriesDataTransactionalMessage")


@_attrs_define
class ExportDeliveriesDataTransactionalMessage:
    """
    Attributes:
        transactional_message_id (int): The ID of the transactional message you want to export information for. Example:
            22.
        start (int | Unset): The unix timestamp representing the beginning of the export. Example: 1517529600.
        end (int | Unset): The unix timestamp representing the end of the export. Example: 1517702400.
        attributes (list[str] | Unset): The names of attributes you want to include in your export; each attribute name
            is an additional column in the export. If your message included liquid, you may add the attribute names used in
            your message so you can see the values populated for each delivery.
        metric (ExportDeliveriesDataTransactionalMessageMetric | Unset): Determines the metric(s) you want to return.
        drafts (bool | Unset): If true, your request returns both drafts and active/sent messages.
    """

    transactional_message_id: int
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    metric: ExportDeliveriesDataTransactionalMessageMetric | Unset = UNSET
    drafts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactional_message_id = self.transactional_message_id

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
                "transactional_message_id": transactional_message_id,
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
        d = dict(expect_object(src_dict, "ExportDeliveriesDataTransactionalMessage"))
        transactional_message_id = d.pop("transactional_message_id")
        if type(transactional_message_id) is not int:
            transactional_message_id = expect_int(
                transactional_message_id,
                "ExportDeliveriesDataTransactionalMessage.transactional_message_id",
            )

        start = d.pop("start", UNSET)
        if type(start) is not int and start is not UNSET:
            start = expect_int(start, "ExportDeliveriesDataTransactionalMessage.start")

        end = d.pop("end", UNSET)
        if type(end) is not int and end is not UNSET:
            end = expect_int(end, "ExportDeliveriesDataTransactionalMessage.end")

        attributes = cast(
            list[str],
            expect_list(
                d.pop("attributes", UNSET),
                "ExportDeliveriesDataTransactionalMessage.attributes",
            ),
        )

        _metric = d.pop("metric", UNSET)
        metric: ExportDeliveriesDataTransactionalMessageMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = ExportDeliveriesDataTransactionalMessageMetric(_metric)

        drafts = d.pop("drafts", UNSET)
        if type(drafts) is not bool and drafts is not UNSET:
            drafts = expect_bool(
                drafts, "ExportDeliveriesDataTransactionalMessage.drafts"
            )

        export_deliveries_data_transactional_message = cls(
            transactional_message_id=transactional_message_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

        export_deliveries_data_transactional_message.additional_properties = d
        return export_deliveries_data_transactional_message

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
