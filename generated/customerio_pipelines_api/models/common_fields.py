from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.common_fields_type import CommonFieldsType
from ..types import (
    UNSET,
    Unset,
    expect_number,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.common_fields_integrations import CommonFieldsIntegrations


T = TypeVar("T", bound="CommonFields")


@_attrs_define
class CommonFields:
    """
    Attributes:
        integrations (CommonFieldsIntegrations | Unset): Contains a list of booleans indicating the integrations that
            are enabled (true) or disabled (false). By default, all integrations are enabled (returning an empty object).
            Set `"All": false` to reverse this behavior.
             Example: {'All': True, 'Salesforce': False}.
        message_id (str | Unset): A unique identifier for a Data Pipelines call, ensuring that each individual event is
            unique. This is set by Customer.io
        received_at (datetime.datetime | Unset): The ISO-8601 timestamp when Data Pipelines receives an event.
        sent_at (datetime.datetime | Unset): The ISO-8601 timestamp when a library sends an event to Data Pipelines.
        original_timestamp (datetime.datetime | Unset): In general, you can use `timestamp` rather than this field if
            you want to back-date events. This is the timestamp on the client device you invoke a call or the timestamp
            value you manually passed in a server-side library call.
        timestamp (datetime.datetime | Unset): The ISO-8601 timestamp when the event originally took place. This is
            mostly useful when you backfill past events. If you're not backfilling data, you can leave this field empty and
            we'll use the current time or server time.
        type_ (CommonFieldsType | Unset): The type of source event. This is implicit and set by Customer.io based on the
            endpoint/method you use (e.g. `identify`).
        version (float | Unset): The version of the API that received the event, automatically set by Customer.io.
    """

    integrations: CommonFieldsIntegrations | Unset = UNSET
    message_id: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    original_timestamp: datetime.datetime | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    type_: CommonFieldsType | Unset = UNSET
    version: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        message_id = self.message_id

        received_at: str | Unset = UNSET
        if not isinstance(self.received_at, Unset):
            received_at = rfc3339(self.received_at)

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = rfc3339(self.sent_at)

        original_timestamp: str | Unset = UNSET
        if not isinstance(self.original_timestamp, Unset):
            original_timestamp = rfc3339(self.original_timestamp)

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = rfc3339(self.timestamp)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if received_at is not UNSET:
            field_dict["receivedAt"] = received_at
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if original_timestamp is not UNSET:
            field_dict["originalTimestamp"] = original_timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_fields_integrations import CommonFieldsIntegrations

        d = dict(expect_object(src_dict, "CommonFields"))
        _integrations = d.pop("integrations", UNSET)
        integrations: CommonFieldsIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = CommonFieldsIntegrations.from_dict(_integrations)

        message_id = d.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(message_id, "CommonFields.messageId")

        _received_at = d.pop("receivedAt", UNSET)
        received_at: datetime.datetime | Unset
        if isinstance(_received_at, Unset):
            received_at = UNSET
        else:
            received_at = parse_datetime(_received_at)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = parse_datetime(_sent_at)

        _original_timestamp = d.pop("originalTimestamp", UNSET)
        original_timestamp: datetime.datetime | Unset
        if isinstance(_original_timestamp, Unset):
            original_timestamp = UNSET
        else:
            original_timestamp = parse_datetime(_original_timestamp)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        _type_ = d.pop("type", UNSET)
        type_: CommonFieldsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CommonFieldsType(_type_)

        version = d.pop("version", UNSET)
        if type(version) is not float and version is not UNSET:
            version = expect_number(version, "CommonFields.version")

        common_fields = cls(
            integrations=integrations,
            message_id=message_id,
            received_at=received_at,
            sent_at=sent_at,
            original_timestamp=original_timestamp,
            timestamp=timestamp,
            type_=type_,
            version=version,
        )

        common_fields.additional_properties = d
        return common_fields

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
