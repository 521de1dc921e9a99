from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.email_event_unsubscribed_properties import (
        EmailEventUnsubscribedProperties,
    )
    from ..models.email_total_context import EmailTotalContext


T = TypeVar("T", bound="EmailEventUnsubscribed")


@_attrs_define
class EmailEventUnsubscribed:
    """
    Attributes:
        properties (EmailEventUnsubscribedProperties | Unset): Event properties that you can send in a semantic email
            event. You should send as many of these properties as are available, but you'll almost certainly need the
            `email_id` to know which email the event refers to.
        context (EmailTotalContext | Unset): Contextual information about the event. These fields are in addition to any
            [captured automatically by your source library](/integrations/data-in/source-spec/common-fields/).
    """

    properties: EmailEventUnsubscribedProperties | Unset = UNSET
    context: EmailTotalContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_event_unsubscribed_properties import (
            EmailEventUnsubscribedProperties,
        )
        from ..models.email_total_context import EmailTotalContext

        d = dict(expect_object(src_dict, "EmailEventUnsubscribed"))
        _properties = d.pop("properties", UNSET)
        properties: EmailEventUnsubscribedProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EmailEventUnsubscribedProperties.from_dict(_properties)

        _context = d.pop("context", UNSET)
        context: EmailTotalContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = EmailTotalContext.from_dict(_context)

        email_event_unsubscribed = cls(
            properties=properties,
            context=context,
        )

        email_event_unsubscribed.additional_properties = d
        return email_event_unsubscribed

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
