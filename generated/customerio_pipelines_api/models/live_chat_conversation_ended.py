from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="LiveChatConversationEnded")


@_attrs_define
class LiveChatConversationEnded:
    """
    Attributes:
        agent_id (str | Unset): The ID of the agent taking the conversation.
        agent_name (str | Unset): The real name of the agent.
        agent_username (str | Unset): The username of the agent.
        conversation_id (str | Unset): The ID of the conversation.
        conversation_duration (int | Unset): The duration of the conversation in seconds. 0 when the conversation
            starts, and the number of seconds indicates the time in the conversation when each message
        message_id (str | Unset): The ID of the message that starts the conversation.
    """

    agent_id: str | Unset = UNSET
    agent_name: str | Unset = UNSET
    agent_username: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    conversation_duration: int | Unset = UNSET
    message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_name = self.agent_name

        agent_username = self.agent_username

        conversation_id = self.conversation_id

        conversation_duration = self.conversation_duration

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if agent_username is not UNSET:
            field_dict["agent_username"] = agent_username
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_duration is not UNSET:
            field_dict["conversation_duration"] = conversation_duration
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "LiveChatConversationEnded"))
        agent_id = d.pop("agent_id", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            agent_id = expect_str(agent_id, "LiveChatConversationEnded.agent_id")

        agent_name = d.pop("agent_name", UNSET)
        if type(agent_name) is not str and agent_name is not UNSET:
            agent_name = expect_str(agent_name, "LiveChatConversationEnded.agent_name")

        agent_username = d.pop("agent_username", UNSET)
        if type(agent_username) is not str and agent_username is not UNSET:
            agent_username = expect_str(
                agent_username, "LiveChatConversationEnded.agent_username"
            )

        conversation_id = d.pop("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET:
            conversation_id = expect_str(
                conversation_id, "LiveChatConversationEnded.conversation_id"
            )

        conversation_duration = d.pop("conversation_duration", UNSET)
        if (
            type(conversation_duration) is not int
            and conversation_duration is not UNSET
        ):
            conversation_duration = expect_int(
                conversation_duration, "LiveChatConversationEnded.conversation_duration"
            )

        message_id = d.pop("message_id", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(message_id, "LiveChatConversationEnded.message_id")

        live_chat_conversation_ended = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            agent_username=agent_username,
            conversation_id=conversation_id,
            conversation_duration=conversation_duration,
            message_id=message_id,
        )

        live_chat_conversation_ended.additional_properties = d
        return live_chat_conversation_ended

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
