from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.list_webhooks_response_200_reporting_webhooks_item_events_item import (
    ListWebhooksResponse200ReportingWebhooksItemEventsItem,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ListWebhooksResponse200ReportingWebhooksItem")


@_attrs_define
class ListWebhooksResponse200ReportingWebhooksItem:
    """
    Attributes:
        name (str): The name of your webhook. Example: my cool webhook.
        endpoint (str): The webhook URL. Example: https://example.com/webhook.
        events (list[ListWebhooksResponse200ReportingWebhooksItemEventsItem]): Specifies the types of events you want to
            report to your webhook. See our [reporting webhooks reference](/api/webhooks/#operation/reportingWebhook) for
            more information about event types and the information they return. Example: ['email_failed', 'webhook_failed'].
        id (int | Unset): The identifier for the webhook. Example: 4.
        disabled (bool | Unset): Set to `true` to quit sending events to the webhook URL. Set to `false` to enable the
            webhook. Example: False.
        full_resolution (bool | Unset): Set to `false` to send unique open and click events to the webhook. Set to
            `true` to send all events. Default: False. Example: True.
        with_content (bool | Unset): Set to `true` to include the message `body` in `_sent` events. Example: False.
    """

    name: str
    endpoint: str
    events: list[ListWebhooksResponse200ReportingWebhooksItemEventsItem]
    id: int | Unset = UNSET
    disabled: bool | Unset = UNSET
    full_resolution: bool | Unset = False
    with_content: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        endpoint = self.endpoint

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        id = self.id

        disabled = self.disabled

        full_resolution = self.full_resolution

        with_content = self.with_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "endpoint": endpoint,
                "events": events,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if full_resolution is not UNSET:
            field_dict["full_resolution"] = full_resolution
        if with_content is not UNSET:
            field_dict["with_content"] = with_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "ListWebhooksResponse200ReportingWebhooksItem")
        )
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "ListWebhooksResponse200ReportingWebhooksItem.name")

        endpoint = d.pop("endpoint")
        if type(endpoint) is not str:
            endpoint = expect_str(
                endpoint, "ListWebhooksResponse200ReportingWebhooksItem.endpoint"
            )

        events = []
        _events = expect_list(
            d.pop("events"), "ListWebhooksResponse200ReportingWebhooksItem.events"
        )
        for events_item_data in _events:
            events_item = ListWebhooksResponse200ReportingWebhooksItemEventsItem(
                events_item_data
            )

            events.append(events_item)

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ListWebhooksResponse200ReportingWebhooksItem.id")

        disabled = d.pop("disabled", UNSET)
        if type(disabled) is not bool and disabled is not UNSET:
            disabled = expect_bool(
                disabled, "ListWebhooksResponse200ReportingWebhooksItem.disabled"
            )

        full_resolution = d.pop("full_resolution", UNSET)
        if type(full_resolution) is not bool and full_resolution is not UNSET:
            full_resolution = expect_bool(
                full_resolution,
                "ListWebhooksResponse200ReportingWebhooksItem.full_resolution",
            )

        with_content = d.pop("with_content", UNSET)
        if type(with_content) is not bool and with_content is not UNSET:
            with_content = expect_bool(
                with_content,
                "ListWebhooksResponse200ReportingWebhooksItem.with_content",
            )

        list_webhooks_response_200_reporting_webhooks_item = cls(
            name=name,
            endpoint=endpoint,
            events=events,
            id=id,
            disabled=disabled,
            full_resolution=full_resolution,
            with_content=with_content,
        )

        list_webhooks_response_200_reporting_webhooks_item.additional_properties = d
        return list_webhooks_response_200_reporting_webhooks_item

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
