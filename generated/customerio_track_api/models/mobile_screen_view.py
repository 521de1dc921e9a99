from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.mobile_screen_view_type import MobileScreenViewType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.mobile_screen_view_data import MobileScreenViewData


T = TypeVar("T", bound="MobileScreenView")


@_attrs_define
class MobileScreenView:
    """
    Example:
        {'name': 'homepage', 'type': 'screen', 'anonymous_id': 'abc123'}

    Attributes:
        name (str): The name of the event. In general, this should be the name of the screen or deep link path that a
            person viewed, making it easy to segment your audience or trigger campaigns using this event. Make sure you trim
            leading and trailing spaces from this field.
        type_ (MobileScreenViewType): Indicates that the event represents a mobile screen view. You can also capture
            screen events directly with [our iOS SDK](/integrations/sdk/ios/track-events/#screen-view-events).
        anonymous_id (str | Unset): An identifier for an anonymous event, like a cookie. If set as an attribute on a
            person, any events bearing the same anonymous value are associated with this person. This value must be unique
            and is not reusable.
        id (str | Unset): An identifier used to deduplicate events. This value must be a
            [ULID](https://github.com/ulid/spec). If an event has the same value as an event we previously received, we
            won't show or process the duplicate. Note - our Python and Ruby libraries do not pass this id.
        timestamp (int | Unset): The unix timestamp when the event took place. If you don't provide this value, we use
            the date-time when we receive the event.
        data (MobileScreenViewData | Unset): Additional information that you might want to reference in a message using
            liquid or use to set attributes on your customer (referenced by `customer_id`).
    """

    name: str
    type_: MobileScreenViewType
    anonymous_id: str | Unset = UNSET
    id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    data: MobileScreenViewData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        anonymous_id = self.anonymous_id

        id = self.id

        timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_screen_view_data import MobileScreenViewData

        d = dict(expect_object(src_dict, "MobileScreenView"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "MobileScreenView.name")

        type_ = MobileScreenViewType(d.pop("type"))

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "MobileScreenView.anonymous_id")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "MobileScreenView.id")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "MobileScreenView.timestamp")

        _data = d.pop("data", UNSET)
        data: MobileScreenViewData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MobileScreenViewData.from_dict(_data)

        mobile_screen_view = cls(
            name=name,
            type_=type_,
            anonymous_id=anonymous_id,
            id=id,
            timestamp=timestamp,
            data=data,
        )

        mobile_screen_view.additional_properties = d
        return mobile_screen_view

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
