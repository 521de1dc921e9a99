from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.in_app_message_opened_event_type import InAppMessageOpenedEventType
from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.in_app_message_event_detail import InAppMessageEventDetail


T = TypeVar("T", bound="InAppMessageOpenedEvent")


@_attrs_define
class InAppMessageOpenedEvent:
    """Event object passed to the listener function when user is shown an in-app message.

    Attributes:
        type_ (InAppMessageOpenedEventType | Unset): Defines the event type.
        detail (InAppMessageEventDetail | Unset): An object containing message specific data depending on the event
            type.
    """

    type_: InAppMessageOpenedEventType | Unset = UNSET
    detail: InAppMessageEventDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.in_app_message_event_detail import InAppMessageEventDetail

        d = dict(expect_object(src_dict, "InAppMessageOpenedEvent"))
        _type_ = d.pop("type", UNSET)
        type_: InAppMessageOpenedEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InAppMessageOpenedEventType(_type_)

        _detail = d.pop("detail", UNSET)
        detail: InAppMessageEventDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = InAppMessageEventDetail.from_dict(_detail)

        in_app_message_opened_event = cls(
            type_=type_,
            detail=detail,
        )

        in_app_message_opened_event.additional_properties = d
        return in_app_message_opened_event

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
