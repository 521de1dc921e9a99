from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.webhook_method import WebhookMethod
from ..models.webhook_sending_state import WebhookSendingState
from ..models.webhook_type import WebhookType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        id (int | Unset): The identifier for an action. Example: 96.
        broadcast_id (int | Unset): The identifier for a broadcast. Example: 2.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the action, if it exists. Example: Opening Message.
        layout (str | Unset): The layout used for the action, if it exists.
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        body (str | Unset): The body of the action. You cannot modify the body if you created it with our drag-and-drop
            editor.
        type_ (WebhookType | Unset): The type of action.
        url (str | Unset): The URL to send a webhook to, applies to `webhook` type actions. Example:
            https://my.example.com/webhook.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
        method (WebhookMethod | Unset): The HTTP method for your webhook. Example: post.
        sending_state (WebhookSendingState | Unset): Determines the sending behavior for the action. `automatic` sends
            the action automatically when triggered; `draft` queues drafts when the action is triggered; or `off` to disable
            the action.
    """

    id: int | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    body: str | Unset = UNSET
    type_: WebhookType | Unset = UNSET
    url: str | Unset = UNSET
    headers: str | Unset = UNSET
    method: WebhookMethod | Unset = UNSET
    sending_state: WebhookSendingState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        broadcast_id = self.broadcast_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        layout = self.layout

        created = self.created

        updated = self.updated

        body = self.body

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        headers = self.headers

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        sending_state: str | Unset = UNSET
        if not isinstance(self.sending_state, Unset):
            sending_state = self.sending_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if layout is not UNSET:
            field_dict["layout"] = layout
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
        if sending_state is not UNSET:
            field_dict["sending_state"] = sending_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "Webhook"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "Webhook.id")

        broadcast_id = d.pop("broadcast_id", UNSET)
        if type(broadcast_id) is not int and broadcast_id is not UNSET:
            broadcast_id = expect_int(broadcast_id, "Webhook.broadcast_id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(deduplicate_id, "Webhook.deduplicate_id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "Webhook.name")

        layout = d.pop("layout", UNSET)
        if type(layout) is not str and layout is not UNSET:
            layout = expect_str(layout, "Webhook.layout")

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "Webhook.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "Webhook.updated")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "Webhook.body")

        _type_ = d.pop("type", UNSET)
        type_: WebhookType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookType(_type_)

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "Webhook.url")

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(headers, "Webhook.headers")

        _method = d.pop("method", UNSET)
        method: WebhookMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = WebhookMethod(_method)

        _sending_state = d.pop("sending_state", UNSET)
        sending_state: WebhookSendingState | Unset
        if isinstance(_sending_state, Unset):
            sending_state = UNSET
        else:
            sending_state = WebhookSendingState(_sending_state)

        webhook = cls(
            id=id,
            broadcast_id=broadcast_id,
            deduplicate_id=deduplicate_id,
            name=name,
            layout=layout,
            created=created,
            updated=updated,
            body=body,
            type_=type_,
            url=url,
            headers=headers,
            method=method,
            sending_state=sending_state,
        )

        webhook.additional_properties = d
        return webhook

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
