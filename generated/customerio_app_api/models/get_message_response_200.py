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
    from ..models.get_message_response_200_message import GetMessageResponse200Message


T = TypeVar("T", bound="GetMessageResponse200")


@_attrs_define
class GetMessageResponse200:
    """Describes an individual message delivery. The object contains keys for all possible parents of the message
    (`newsletter_id`, `broadcast_id`, etc) but only the parents of the delivery are populated. Other parent IDs are
    null.

        Attributes:
            message (GetMessageResponse200Message | Unset): Describes an individual message delivery. The object contains
                keys for all possible parents of the message (`newsletter_id`, `broadcast_id`, etc) but only the parents of the
                delivery are populated. Other parent IDs are null. Example: {'id': 'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=',
                'deduplicate_id': 'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=:1619137768', 'msg_template_id': 43, 'action_id': 215,
                'parent_action_id': None, 'customer_id': None, 'recipient': 'person@example.com', 'subject': 'Did you get that
                thing I sent you?', 'metrics': {'delivered': 1619137768, 'sent': 1619137768}, 'created': 1619137767,
                'failure_message': None, 'newsletter_id': None, 'content_id': None, 'campaign_id': 23, 'broadcast_id': None,
                'trigger_event_id': None, 'type': 'email', 'forgotten': False}.
    """

    message: GetMessageResponse200Message | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_message_response_200_message import (
            GetMessageResponse200Message,
        )

        d = dict(expect_object(src_dict, "GetMessageResponse200"))
        _message = d.pop("message", UNSET)
        message: GetMessageResponse200Message | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = GetMessageResponse200Message.from_dict(_message)

        get_message_response_200 = cls(
            message=message,
        )

        get_message_response_200.additional_properties = d
        return get_message_response_200

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
