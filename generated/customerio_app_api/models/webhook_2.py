from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.webhook_2_method import Webhook2Method
from ..models.webhook_2_sending_state import Webhook2SendingState
from ..models.webhook_2_type import Webhook2Type
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="Webhook2")


@_attrs_define
class Webhook2:
    """
    Attributes:
        id (int | Unset): The identifier for an action. Example: 96.
        campaign_id (int | Unset): The identifier for a campaign. Example: 5.
        parent_action_id (int | Unset): The ID of the parent action, if the action occurred within a campaign and has a
            parent (like a randomized split, etc). Example: 1.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the action, if it exists. Example: Opening Message.
        layout (str | Unset): The layout used for the action, if it exists.
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        body (str | Unset): The body of the action. You cannot modify the body if you created it with our drag-and-drop
            editor.
        type_ (Webhook2Type | Unset): The type of action.
        url (str | Unset): The URL to send a webhook to, applies to `webhook` type actions. Example:
            https://my.example.com/webhook.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
        method (Webhook2Method | Unset): The HTTP method for your webhook. Example: post.
        sending_state (Webhook2SendingState | Unset): Determines the sending behavior for the action. `automatic` sends
            the action automatically when triggered; `draft` queues drafts when the action is triggered; or `off` to disable
            the action.
    """

    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    parent_action_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    body: str | Unset = UNSET
    type_: Webhook2Type | Unset = UNSET
    url: str | Unset = UNSET
    headers: str | Unset = UNSET
    method: Webhook2Method | Unset = UNSET
    sending_state: Webhook2SendingState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        parent_action_id = self.parent_action_id

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
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
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
        d = dict(expect_object(src_dict, "Webhook2"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "Webhook2.id")

        campaign_id = d.pop("campaign_id", UNSET)
        if type(campaign_id) is not int and campaign_id is not UNSET:
            campaign_id = expect_int(campaign_id, "Webhook2.campaign_id")

        parent_action_id = d.pop("parent_action_id", UNSET)
        if type(parent_action_id) is not int and parent_action_id is not UNSET:
            parent_action_id = expect_int(parent_action_id, "Webhook2.parent_action_id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(deduplicate_id, "Webhook2.deduplicate_id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "Webhook2.name")

        layout = d.pop("layout", UNSET)
        if type(layout) is not str and layout is not UNSET:
            layout = expect_str(layout, "Webhook2.layout")

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "Webhook2.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "Webhook2.updated")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "Webhook2.body")

        _type_ = d.pop("type", UNSET)
        type_: Webhook2Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = Webhook2Type(_type_)

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "Webhook2.url")

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(headers, "Webhook2.headers")

        _method = d.pop("method", UNSET)
        method: Webhook2Method | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = Webhook2Method(_method)

        _sending_state = d.pop("sending_state", UNSET)
        sending_state: Webhook2SendingState | Unset
        if isinstance(_sending_state, Unset):
            sending_state = UNSET
        else:
            sending_state = Webhook2SendingState(_sending_state)

        webhook_2 = cls(
            id=id,
            campaign_id=campaign_id,
            parent_action_id=parent_action_id,
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

        webhook_2.additional_properties = d
        return webhook_2

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
