from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetTransactionalResponse200Message")


@_attrs_define
class GetTransactionalResponse200Message:
    """Contains information about a transactional message.

    Attributes:
        id (int | Unset): The identifier Customer.io assigned to the transactional message Example: 2.
        name (str | Unset): The name you set for the transactional message. Example: password reset.
        description (str | Unset): A description of the transactional message. Example: sends a temporary password and
            lets the customer reset their password..
        send_to_unsubscribed (bool | Unset): If true, people with an `unsubscribed` attribute set to `true` can trigger
            the message.
        link_tracking (bool | Unset): If true, link tracking is enabled for this message.
        open_tracking (bool | Unset): If true, open-tracking is enabled for this message.
        hide_message_body (bool | Unset): If true, message contents are not retained in delivery history—you cannot
            recall the exact contents of the message.
        queue_drafts (bool | Unset): If true, messages do not send automatically, and queue as drafts instead. You must
            send drafts through the *Deliveries & Drafts* page in the user interface.
        created_at (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated_at (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    link_tracking: bool | Unset = UNSET
    open_tracking: bool | Unset = UNSET
    hide_message_body: bool | Unset = UNSET
    queue_drafts: bool | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        send_to_unsubscribed = self.send_to_unsubscribed

        link_tracking = self.link_tracking

        open_tracking = self.open_tracking

        hide_message_body = self.hide_message_body

        queue_drafts = self.queue_drafts

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if link_tracking is not UNSET:
            field_dict["link_tracking"] = link_tracking
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if hide_message_body is not UNSET:
            field_dict["hide_message_body"] = hide_message_body
        if queue_drafts is not UNSET:
            field_dict["queue_drafts"] = queue_drafts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetTransactionalResponse200Message"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetTransactionalResponse200Message.id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "GetTransactionalResponse200Message.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "GetTransactionalResponse200Message.description"
            )

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)
        if type(send_to_unsubscribed) is not bool and send_to_unsubscribed is not UNSET:
            send_to_unsubscribed = expect_bool(
                send_to_unsubscribed,
                "GetTransactionalResponse200Message.send_to_unsubscribed",
            )

        link_tracking = d.pop("link_tracking", UNSET)
        if type(link_tracking) is not bool and link_tracking is not UNSET:
            link_tracking = expect_bool(
                link_tracking, "GetTransactionalResponse200Message.link_tracking"
            )

        open_tracking = d.pop("open_tracking", UNSET)
        if type(open_tracking) is not bool and open_tracking is not UNSET:
            open_tracking = expect_bool(
                open_tracking, "GetTransactionalResponse200Message.open_tracking"
            )

        hide_message_body = d.pop("hide_message_body", UNSET)
        if type(hide_message_body) is not bool and hide_message_body is not UNSET:
            hide_message_body = expect_bool(
                hide_message_body,
                "GetTransactionalResponse200Message.hide_message_body",
            )

        queue_drafts = d.pop("queue_drafts", UNSET)
        if type(queue_drafts) is not bool and queue_drafts is not UNSET:
            queue_drafts = expect_bool(
                queue_drafts, "GetTransactionalResponse200Message.queue_drafts"
            )

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(
                created_at, "GetTransactionalResponse200Message.created_at"
            )

        updated_at = d.pop("updated_at", UNSET)
        if type(updated_at) is not int and updated_at is not UNSET:
            updated_at = expect_int(
                updated_at, "GetTransactionalResponse200Message.updated_at"
            )

        get_transactional_response_200_message = cls(
            id=id,
            name=name,
            description=description,
            send_to_unsubscribed=send_to_unsubscribed,
            link_tracking=link_tracking,
            open_tracking=open_tracking,
            hide_message_body=hide_message_body,
            queue_drafts=queue_drafts,
            created_at=created_at,
            updated_at=updated_at,
        )

        get_transactional_response_200_message.additional_properties = d
        return get_transactional_response_200_message

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
