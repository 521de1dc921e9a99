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
    from ..models.list_webhooks_response_200_reporting_webhooks_item import (
        ListWebhooksResponse200ReportingWebhooksItem,
    )


T = TypeVar("T", bound="ListWebhooksResponse200")


@_attrs_define
class ListWebhooksResponse200:
    """
    Attributes:
        reporting_webhooks (list[ListWebhooksResponse200ReportingWebhooksItem] | Unset):
    """

    reporting_webhooks: list[ListWebhooksResponse200ReportingWebhooksItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reporting_webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reporting_webhooks, Unset):
            reporting_webhooks = []
            for reporting_webhooks_item_data in self.reporting_webhooks:
                reporting_webhooks_item = reporting_webhooks_item_data.to_dict()
                reporting_webhooks.append(reporting_webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reporting_webhooks is not UNSET:
            field_dict["reporting_webhooks"] = reporting_webhooks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_webhooks_response_200_reporting_webhooks_item import (
            ListWebhooksResponse200ReportingWebhooksItem,
        )

        d = dict(expect_object(src_dict, "ListWebhooksResponse200"))
        _reporting_webhooks = expect_list(
            d.pop("reporting_webhooks", UNSET),
            "ListWebhooksResponse200.reporting_webhooks",
        )
        reporting_webhooks: (
            list[ListWebhooksResponse200ReportingWebhooksItem] | Unset
        ) = UNSET
        if _reporting_webhooks is not UNSET:
            reporting_webhooks = []
            for reporting_webhooks_item_data in _reporting_webhooks:
                reporting_webhooks_item = (
                    ListWebhooksResponse200ReportingWebhooksItem.from_dict(
                        reporting_webhooks_item_data
                    )
                )

                reporting_webhooks.append(reporting_webhooks_item)

        list_webhooks_response_200 = cls(
            reporting_webhooks=reporting_webhooks,
        )

        list_webhooks_response_200.additional_properties = d
        return list_webhooks_response_200

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
