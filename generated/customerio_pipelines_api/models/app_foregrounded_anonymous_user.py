from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.app_foregrounded_anonymous_user_event import (
    AppForegroundedAnonymousUserEvent,
)
from ..models.app_foregrounded_anonymous_user_type import (
    AppForegroundedAnonymousUserType,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.app_foregrounded_anonymous_user_properties import (
        AppForegroundedAnonymousUserProperties,
    )


T = TypeVar("T", bound="AppForegroundedAnonymousUser")


@_attrs_define
class AppForegroundedAnonymousUser:
    """
    Attributes:
        anonymous_id (str | Unset): The identifier of the anonymous user performing the event.
        type_ (AppForegroundedAnonymousUserType | Unset): Application events are always `track` calls.
        event (AppForegroundedAnonymousUserEvent | Unset): A person brought your app to the foreground after having
            backgrounded it, indicating that they're using it again. Our SDKs automatically send this event when a person
            brings your app back to the foreground.
        properties (AppForegroundedAnonymousUserProperties | Unset): There are no default properties for the
            `Application Foregrounded` event. You can add custom properties to the event payload.
    """

    anonymous_id: str | Unset = UNSET
    type_: AppForegroundedAnonymousUserType | Unset = UNSET
    event: AppForegroundedAnonymousUserEvent | Unset = UNSET
    properties: AppForegroundedAnonymousUserProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous_id = self.anonymous_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anonymous_id is not UNSET:
            field_dict["anonymousId"] = anonymous_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event is not UNSET:
            field_dict["event"] = event
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_foregrounded_anonymous_user_properties import (
            AppForegroundedAnonymousUserProperties,
        )

        d = dict(expect_object(src_dict, "AppForegroundedAnonymousUser"))
        anonymous_id = d.pop("anonymousId", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(
                anonymous_id, "AppForegroundedAnonymousUser.anonymousId"
            )

        _type_ = d.pop("type", UNSET)
        type_: AppForegroundedAnonymousUserType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppForegroundedAnonymousUserType(_type_)

        _event = d.pop("event", UNSET)
        event: AppForegroundedAnonymousUserEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = AppForegroundedAnonymousUserEvent(_event)

        _properties = d.pop("properties", UNSET)
        properties: AppForegroundedAnonymousUserProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AppForegroundedAnonymousUserProperties.from_dict(_properties)

        app_foregrounded_anonymous_user = cls(
            anonymous_id=anonymous_id,
            type_=type_,
            event=event,
            properties=properties,
        )

        app_foregrounded_anonymous_user.additional_properties = d
        return app_foregrounded_anonymous_user

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
