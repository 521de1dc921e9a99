from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.track_bad_known_user_type import TrackBadKnownUserType
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
    from ..models.non_mobile import NonMobile
    from ..models.track_bad_known_user_integrations import TrackBadKnownUserIntegrations
    from ..models.track_bad_known_user_properties import TrackBadKnownUserProperties


T = TypeVar("T", bound="TrackBadKnownUser")


@_attrs_define
class TrackBadKnownUser:
    """
    Attributes:
        user_id (str): The unique identifier for a person. This value should be unique across systems, so you recognize
            the same person in your sources _and_ destinations. Example: 241ma8mf4a.
        type_ (TrackBadKnownUserType): The event type. This is set automatically by the request method/endpoint.
        event (str): The name of the event Example: new_account.
        properties (TrackBadKnownUserProperties | Unset): Additional properties for your event.
        context (NonMobile | Unset): A dictionary of context about a source call/event, like the user’s IP address or
            locale. Context is automatically collected by our source libraries.
        integrations (TrackBadKnownUserIntegrations | Unset): Contains a list of booleans indicating the integrations
            that are enabled (true) or disabled (false). By default, all integrations are enabled (returning an empty
            object). Set `"All": false` to reverse this behavior.
             Example: {'Salesforce': False, 'Mixpanel': True}.
        message_id (str | Unset): A unique identifier for a Data Pipelines event, ensuring that each individual event is
            unique.
        received_at (datetime.datetime | Unset): The ISO-8601 timestamp when Data Pipelines receives an event.
        sent_at (datetime.datetime | Unset): The ISO-8601 timestamp when a library sends an event to Data Pipelines.
        timestamp (datetime.datetime | Unset): The ISO-8601 timestamp when the event originally took place. This is
            mostly useful when you backfill data past events. If you're not backfilling data, you can leave this field empty
            and we'll use the current time or server time.
        version (float | Unset): The version of the API that received the event, automatically set by Customer.io.
    """

    user_id: str
    type_: TrackBadKnownUserType
    event: str
    properties: TrackBadKnownUserProperties | Unset = UNSET
    context: NonMobile | Unset = UNSET
    integrations: TrackBadKnownUserIntegrations | Unset = UNSET
    message_id: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    version: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        type_ = self.type_.value

        event = self.event

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

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

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = rfc3339(self.timestamp)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "type": type_,
                "event": event,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties
        if context is not UNSET:
            field_dict["context"] = context
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if received_at is not UNSET:
            field_dict["receivedAt"] = received_at
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.non_mobile import NonMobile
        from ..models.track_bad_known_user_integrations import (
            TrackBadKnownUserIntegrations,
        )
        from ..models.track_bad_known_user_properties import TrackBadKnownUserProperties

        d = dict(expect_object(src_dict, "TrackBadKnownUser"))
        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "TrackBadKnownUser.userId")

        type_ = TrackBadKnownUserType(d.pop("type"))

        event = d.pop("event")
        if type(event) is not str:
            event = expect_str(event, "TrackBadKnownUser.event")

        _properties = d.pop("properties", UNSET)
        properties: TrackBadKnownUserProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = TrackBadKnownUserProperties.from_dict(_properties)

        _context = d.pop("context", UNSET)
        context: NonMobile | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = NonMobile.from_dict(_context)

        _integrations = d.pop("integrations", UNSET)
        integrations: TrackBadKnownUserIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = TrackBadKnownUserIntegrations.from_dict(_integrations)

        message_id = d.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(message_id, "TrackBadKnownUser.messageId")

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

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        version = d.pop("version", UNSET)
        if type(version) is not float and version is not UNSET:
            version = expect_number(version, "TrackBadKnownUser.version")

        track_bad_known_user = cls(
            user_id=user_id,
            type_=type_,
            event=event,
            properties=properties,
            context=context,
            integrations=integrations,
            message_id=message_id,
            received_at=received_at,
            sent_at=sent_at,
            timestamp=timestamp,
            version=version,
        )

        track_bad_known_user.additional_properties = d
        return track_bad_known_user

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
