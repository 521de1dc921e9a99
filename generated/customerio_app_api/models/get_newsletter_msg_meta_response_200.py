from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_newsletter_msg_meta_response_200_messages_item import (
        GetNewsletterMsgMetaResponse200MessagesItem,
    )


T = TypeVar("T", bound="GetNewsletterMsgMetaResponse200")


@_attrs_define
class GetNewsletterMsgMetaResponse200:
    """
    Attributes:
        messages (list[GetNewsletterMsgMetaResponse200MessagesItem] | Unset):  Example: [{'id':
            'dgOq6QWq6QUDAAF22PaOyFVqVxHY3rI5fsg=', 'deduplicate_id': 'dgOq6QWq6QUDAAF22PaOyFVqVxHY3rI5fsg=:1609957872',
            'msg_template_id': 178, 'action_id': None, 'customer_id': '1a55d8d1-b13d-4f1f-858f-a93ef21e3a7d', 'recipient':
            'person@email.com', 'subject': 'Did you get that thing I sent you?', 'metrics': {'delivered': 1609957872,
            'sent': 1609957832}, 'created': 1609957805, 'failure_message': None, 'newsletter_id': 72, 'content_id': 178,
            'campaign_id': None, 'broadcast_id': None, 'type': 'email', 'forgotten': False}].
        next_ (str | Unset): The cursor for the next page of results: pass it as `start` to get the next page. Empty or
            absent on the last page.
    """

    messages: list[GetNewsletterMsgMetaResponse200MessagesItem] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_newsletter_msg_meta_response_200_messages_item import (
            GetNewsletterMsgMetaResponse200MessagesItem,
        )

        d = dict(expect_object(src_dict, "GetNewsletterMsgMetaResponse200"))
        _messages = expect_list(
            d.pop("messages", UNSET), "GetNewsletterMsgMetaResponse200.messages"
        )
        messages: list[GetNewsletterMsgMetaResponse200MessagesItem] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = GetNewsletterMsgMetaResponse200MessagesItem.from_dict(
                    messages_item_data
                )

                messages.append(messages_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "GetNewsletterMsgMetaResponse200.next")

        get_newsletter_msg_meta_response_200 = cls(
            messages=messages,
            next_=next_,
        )

        get_newsletter_msg_meta_response_200.additional_properties = d
        return get_newsletter_msg_meta_response_200

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
