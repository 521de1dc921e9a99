from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.export_deliveries_data_newsletter_metric import (
    ExportDeliveriesDataNewsletterMetric,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
)

T = TypeVar("T", bound="ExportDeliveriesDataNewsletter")


@_attrs_define
class ExportDeliveriesDataNewsletter:
    """
    Attributes:
        newsletter_id (int): The ID of a newsletter you want to export information from. Example: 999.
        start (int | Unset): The unix timestamp representing the beginning of the export. Example: 1517529600.
        end (int | Unset): The unix timestamp representing the end of the export. Example: 1517702400.
        attributes (list[str] | Unset): The names of attributes you want to include in your export; each attribute name
            is an additional column in the export. If your message included liquid, you may add the attribute names used in
            your message so you can see the values populated for each delivery.
        metric (ExportDeliveriesDataNewsletterMetric | Unset): Determines the metric(s) you want to return.
        drafts (bool | Unset): If true, your request returns both drafts and active/sent messages.
    """

    newsletter_id: int
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    metric: ExportDeliveriesDataNewsletterMetric | Unset = UNSET
    drafts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletter_id = self.newsletter_id

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
                "newsletter_id": newsletter_id,
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
        d = dict(expect_object(src_dict, "ExportDeliveriesDataNewsletter"))
        newsletter_id = d.pop("newsletter_id")
        if type(newsletter_id) is not int:
            newsletter_id = expect_int(
                newsletter_id, "ExportDeliveriesDataNewsletter.newsletter_id"
            )

        start = d.pop("start", UNSET)
        if type(start) is not int and start is not UNSET:
            start = expect_int(start, "ExportDeliveriesDataNewsletter.start")

        end = d.pop("end", UNSET)
        if type(end) is not int and end is not UNSET:
            end = expect_int(end, "ExportDeliveriesDataNewsletter.end")

        attributes = cast(
            list[str],
            expect_list(
                d.pop("attributes", UNSET), "ExportDeliveriesDataNewsletter.attributes"
            ),
        )

        _metric = d.pop("metric", UNSET)
        metric: ExportDeliveriesDataNewsletterMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = ExportDeliveriesDataNewsletterMetric(_metric)

        drafts = d.pop("drafts", UNSET)
        if type(drafts) is not bool and drafts is not UNSET:
            drafts = expect_bool(drafts, "ExportDeliveriesDataNewsletter.drafts")

        export_deliveries_data_newsletter = cls(
            newsletter_id=newsletter_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

        export_deliveries_data_newsletter.additional_properties = d
        return export_deliveries_data_newsletter

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
