from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.app_crashed_anonymous_user_event import AppCrashedAnonymousUserEvent
from ..models.app_crashed_anonymous_user_type import AppCrashedAnonymousUserType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.app_crashed_anonymous_user_properties import (
        AppCrashedAnonymousUserProperties,
    )


T = TypeVar("T", bound="AppCrashedAnonymousUser")


@_attrs_define
class AppCrashedAnonymousUser:
    """
    Attributes:
        anonymous_id (str | Unset): The identifier of the anonymous user performing the event.
        type_ (AppCrashedAnonymousUserType | Unset): Application events are always `track` calls.
        event (AppCrashedAnonymousUserEvent | Unset): A person experienced a crash in your app. Our SDKs automatically
            send this event when a person experiences a crash in your app.
        properties (AppCrashedAnonymousUserProperties | Unset): There are no default properties for the `Application
            Crashed` event. You can add custom properties to the event payload.
    """

    anonymous_id: str | Unset = UNSET
    type_: AppCrashedAnonymousUserType | Unset = UNSET
    event: AppCrashedAnonymousUserEvent | Unset = UNSET
    properties: AppCrashedAnonymousUserProperties | Unset = UNSET
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
        from ..models.app_crashed_anonymous_user_properties import (
            AppCrashedAnonymousUserProperties,
        )

        d = dict(expect_object(src_dict, "AppCrashedAnonymousUser"))
        anonymous_id = d.pop("anonymousId", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(
                anonymous_id, "AppCrashedAnonymousUser.anonymousId"
            )

        _type_ = d.pop("type", UNSET)
        type_: AppCrashedAnonymousUserType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppCrashedAnonymousUserType(_type_)

        _event = d.pop("event", UNSET)
        event: AppCrashedAnonymousUserEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = AppCrashedAnonymousUserEvent(_event)

        _properties = d.pop("properties", UNSET)
        properties: AppCrashedAnonymousUserProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AppCrashedAnonymousUserProperties.from_dict(_properties)

        app_crashed_anonymous_user = cls(
            anonymous_id=anonymous_id,
            type_=type_,
            event=event,
            properties=properties,
        )

        app_crashed_anonymous_user.additional_properties = d
        return app_crashed_anonymous_user

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
