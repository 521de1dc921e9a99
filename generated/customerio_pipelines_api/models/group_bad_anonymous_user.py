from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.group_bad_anonymous_user_type import GroupBadAnonymousUserType
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
    from ..models.group_bad_anonymous_user_integrations import (
        GroupBadAnonymousUserIntegrations,
    )
    from ..models.group_bad_anonymous_user_traits import GroupBadAnonymousUserTraits
    from ..models.non_mobile import NonMobile


T = TypeVar("T", bound="GroupBadAnonymousUser")


@_attrs_define
class GroupBadAnonymousUser:
    """
    Attributes:
        type_ (GroupBadAnonymousUserType): The event type. This is set automatically by the request method/endpoint.
            Example: group.
        group_id (str): ID of the group Example: 0e8c78ea9d97a7b8185e8632.
        anonymous_id (str | Unset): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
        object_type_id (str | Unset): If you use Customer.io Journeys as a destination, this value is the type of
            group/object your group belongs to; object type IDs are stringified integers. If you don't include this value,
            we assume the object type ID is `1`. See [objects in Customer.io Journeys](/journeys/object-types/) for more
            information. Example: 1.
        traits (GroupBadAnonymousUserTraits | Unset): Additional information about the group.
        context (NonMobile | Unset): A dictionary of context about a source call/event, like the user’s IP address or
            locale. Context is automatically collected by our source libraries.
        integrations (GroupBadAnonymousUserIntegrations | Unset): Contains a list of booleans indicating the
            integrations that are enabled (true) or disabled (false). By default, all integrations are enabled (returning an
            empty object). Set `"All": false` to reverse this behavior.
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

    type_: GroupBadAnonymousUserType
    group_id: str
    anonymous_id: str | Unset = UNSET
    object_type_id: str | Unset = UNSET
    traits: GroupBadAnonymousUserTraits | Unset = UNSET
    context: NonMobile | Unset = UNSET
    integrations: GroupBadAnonymousUserIntegrations | Unset = UNSET
    message_id: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    version: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        group_id = self.group_id

        anonymous_id = self.anonymous_id

        object_type_id = self.object_type_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

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
                "type": type_,
                "groupId": group_id,
            }
        )
        if anonymous_id is not UNSET:
            field_dict["anonymousId"] = anonymous_id
        if object_type_id is not UNSET:
            field_dict["objectTypeId"] = object_type_id
        if traits is not UNSET:
            field_dict["traits"] = traits
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
        from ..models.group_bad_anonymous_user_integrations import (
            GroupBadAnonymousUserIntegrations,
        )
        from ..models.group_bad_anonymous_user_traits import GroupBadAnonymousUserTraits
        from ..models.non_mobile import NonMobile

        d = dict(expect_object(src_dict, "GroupBadAnonymousUser"))
        type_ = GroupBadAnonymousUserType(d.pop("type"))

        group_id = d.pop("groupId")
        if type(group_id) is not str:
            group_id = expect_str(group_id, "GroupBadAnonymousUser.groupId")

        anonymous_id = d.pop("anonymousId", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "GroupBadAnonymousUser.anonymousId")

        object_type_id = d.pop("objectTypeId", UNSET)
        if type(object_type_id) is not str and object_type_id is not UNSET:
            object_type_id = expect_str(
                object_type_id, "GroupBadAnonymousUser.objectTypeId"
            )

        _traits = d.pop("traits", UNSET)
        traits: GroupBadAnonymousUserTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = GroupBadAnonymousUserTraits.from_dict(_traits)

        _context = d.pop("context", UNSET)
        context: NonMobile | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = NonMobile.from_dict(_context)

        _integrations = d.pop("integrations", UNSET)
        integrations: GroupBadAnonymousUserIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = GroupBadAnonymousUserIntegrations.from_dict(_integrations)

        message_id = d.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(message_id, "GroupBadAnonymousUser.messageId")

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
            version = expect_number(version, "GroupBadAnonymousUser.version")

        group_bad_anonymous_user = cls(
            type_=type_,
            group_id=group_id,
            anonymous_id=anonymous_id,
            object_type_id=object_type_id,
            traits=traits,
            context=context,
            integrations=integrations,
            message_id=message_id,
            received_at=received_at,
            sent_at=sent_at,
            timestamp=timestamp,
            version=version,
        )

        group_bad_anonymous_user.additional_properties = d
        return group_bad_anonymous_user

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
