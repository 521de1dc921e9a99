from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.anonymous_user_type import AnonymousUserType
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
    from ..models.anonymous_user_traits import AnonymousUserTraits
    from ..models.common_fields_integrations import CommonFieldsIntegrations
    from ..models.mobile import Mobile
    from ..models.non_mobile import NonMobile


T = TypeVar("T", bound="AnonymousUser")


@_attrs_define
class AnonymousUser:
    """
    Attributes:
        anonymous_id (str): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
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
        type_ (AnonymousUserType | Unset): The event type. This is set automatically by the request method/endpoint.
        version (float | Unset): The version of the API that received the event, automatically set by Customer.io.
        context (Mobile | NonMobile | Unset): A dictionary of context about a source call/event, like the user’s IP
            address or locale. Context is automatically collected by our source libraries.
        traits (AnonymousUserTraits | Unset): Additional properties that you know about a person. We've listed some
            common/reserved traits below, but you can add any traits that you might use in another system.
    """

    anonymous_id: str
    integrations: CommonFieldsIntegrations | Unset = UNSET
    message_id: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    original_timestamp: datetime.datetime | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    type_: AnonymousUserType | Unset = UNSET
    version: float | Unset = UNSET
    context: Mobile | NonMobile | Unset = UNSET
    traits: AnonymousUserTraits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.non_mobile import NonMobile

        anonymous_id = self.anonymous_id

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

        context: dict[str, Any] | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, NonMobile):
            context = self.context.to_dict()
        else:
            context = self.context.to_dict()

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymousId": anonymous_id,
            }
        )
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
        if context is not UNSET:
            field_dict["context"] = context
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anonymous_user_traits import AnonymousUserTraits
        from ..models.common_fields_integrations import CommonFieldsIntegrations
        from ..models.mobile import Mobile
        from ..models.non_mobile import NonMobile

        d = dict(expect_object(src_dict, "AnonymousUser"))
        anonymous_id = d.pop("anonymousId")
        if type(anonymous_id) is not str:
            anonymous_id = expect_str(anonymous_id, "AnonymousUser.anonymousId")

        _integrations = d.pop("integrations", UNSET)
        integrations: CommonFieldsIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = CommonFieldsIntegrations.from_dict(_integrations)

        message_id = d.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(message_id, "AnonymousUser.messageId")

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
        type_: AnonymousUserType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AnonymousUserType(_type_)

        version = d.pop("version", UNSET)
        if type(version) is not float and version is not UNSET:
            version = expect_number(version, "AnonymousUser.version")

        def _parse_context(data: object) -> Mobile | NonMobile | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascontext_type_0 = NonMobile.from_dict(data)

                return componentsschemascontext_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemascontext_type_1 = Mobile.from_dict(data)

            return componentsschemascontext_type_1

        context = _parse_context(d.pop("context", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: AnonymousUserTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = AnonymousUserTraits.from_dict(_traits)

        anonymous_user = cls(
            anonymous_id=anonymous_id,
            integrations=integrations,
            message_id=message_id,
            received_at=received_at,
            sent_at=sent_at,
            original_timestamp=original_timestamp,
            timestamp=timestamp,
            type_=type_,
            version=version,
            context=context,
            traits=traits,
        )

        anonymous_user.additional_properties = d
        return anonymous_user

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
