from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.app_backgrounded_identified_user_event import (
    AppBackgroundedIdentifiedUserEvent,
)
from ..models.app_backgrounded_identified_user_type import (
    AppBackgroundedIdentifiedUserType,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.app_backgrounded_identified_user_properties import (
        AppBackgroundedIdentifiedUserProperties,
    )


T = TypeVar("T", bound="AppBackgroundedIdentifiedUser")


@_attrs_define
class AppBackgroundedIdentifiedUser:
    """
    Attributes:
        user_id (str | Unset): The identifier of the user performing the event.
        type_ (AppBackgroundedIdentifiedUserType | Unset): Application events are always `track` calls.
        event (AppBackgroundedIdentifiedUserEvent | Unset): A person sent your app to the background. Our SDKs
            automatically send this event when a person backgrounds your app.
        properties (AppBackgroundedIdentifiedUserProperties | Unset): There are no default properties for the
            `Application Backgrounded` event. You can add custom properties to the event payload.
    """

    user_id: str | Unset = UNSET
    type_: AppBackgroundedIdentifiedUserType | Unset = UNSET
    event: AppBackgroundedIdentifiedUserEvent | Unset = UNSET
    properties: AppBackgroundedIdentifiedUserProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

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
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event is not UNSET:
            field_dict["event"] = event
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_backgrounded_identified_user_properties import (
            AppBackgroundedIdentifiedUserProperties,
        )

        d = dict(expect_object(src_dict, "AppBackgroundedIdentifiedUser"))
        user_id = d.pop("userId", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "AppBackgroundedIdentifiedUser.userId")

        _type_ = d.pop("type", UNSET)
        type_: AppBackgroundedIdentifiedUserType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppBackgroundedIdentifiedUserType(_type_)

        _event = d.pop("event", UNSET)
        event: AppBackgroundedIdentifiedUserEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = AppBackgroundedIdentifiedUserEvent(_event)

        _properties = d.pop("properties", UNSET)
        properties: AppBackgroundedIdentifiedUserProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AppBackgroundedIdentifiedUserProperties.from_dict(_properties)

        app_backgrounded_identified_user = cls(
            user_id=user_id,
            type_=type_,
            event=event,
            properties=properties,
        )

        app_backgrounded_identified_user.additional_properties = d
        return app_backgrounded_identified_user

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
