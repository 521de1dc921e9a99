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

T = TypeVar("T", bound="ListWorkspacesResponse200WorkspacesItem")


@_attrs_define
class ListWorkspacesResponse200WorkspacesItem:
    """Contains workspace properties including the count of messages, people, and objects. Customer.io caches these counts,
    so your data may be up to two hours old.

        Attributes:
            id (int | Unset): The id of the workspace. Example: 13XXXX.
            name (str | Unset): The name of the workspace. Example: Workspace 1.
            messages_sent (int | Unset): The count of [messages sent](/journeys/message-statuses/#sent) via any channel
                (email, SMS, in-app, push, slack) in the current billing period. Example: 100202.
            billable_messages_sent (int | Unset): The count of [emails sent](/journeys/message-statuses/#sent) that are
                considered for billing in your current billing period. Ultimately, we only bill for the overages on your plan.
                Example: 75124.
            people (int | Unset): The current count of people profiles in the workspace. Updates roughly every hour.
                Example: 25666.
            object_types (int | Unset): The current count of object types in the workspace. Updates roughly every hour.
                Example: 4.
            objects (int | Unset): The current count of object profiles in the workspace. Updates roughly every hour.
                Example: 10.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    messages_sent: int | Unset = UNSET
    billable_messages_sent: int | Unset = UNSET
    people: int | Unset = UNSET
    object_types: int | Unset = UNSET
    objects: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        messages_sent = self.messages_sent

        billable_messages_sent = self.billable_messages_sent

        people = self.people

        object_types = self.object_types

        objects = self.objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if messages_sent is not UNSET:
            field_dict["messages_sent"] = messages_sent
        if billable_messages_sent is not UNSET:
            field_dict["billable_messages_sent"] = billable_messages_sent
        if people is not UNSET:
            field_dict["people"] = people
        if object_types is not UNSET:
            field_dict["object_types"] = object_types
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ListWorkspacesResponse200WorkspacesItem"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ListWorkspacesResponse200WorkspacesItem.id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "ListWorkspacesResponse200WorkspacesItem.name")

        messages_sent = d.pop("messages_sent", UNSET)
        if type(messages_sent) is not int and messages_sent is not UNSET:
            messages_sent = expect_int(
                messages_sent, "ListWorkspacesResponse200WorkspacesItem.messages_sent"
            )

        billable_messages_sent = d.pop("billable_messages_sent", UNSET)
        if (
            type(billable_messages_sent) is not int
            and billable_messages_sent is not UNSET
        ):
            billable_messages_sent = expect_int(
                billable_messages_sent,
                "ListWorkspacesResponse200WorkspacesItem.billable_messages_sent",
            )

        people = d.pop("people", UNSET)
        if type(people) is not int and people is not UNSET:
            people = expect_int(
                people, "ListWorkspacesResponse200WorkspacesItem.people"
            )

        object_types = d.pop("object_types", UNSET)
        if type(object_types) is not int and object_types is not UNSET:
            object_types = expect_int(
                object_types, "ListWorkspacesResponse200WorkspacesItem.object_types"
            )

        objects = d.pop("objects", UNSET)
        if type(objects) is not int and objects is not UNSET:
            objects = expect_int(
                objects, "ListWorkspacesResponse200WorkspacesItem.objects"
            )

        list_workspaces_response_200_workspaces_item = cls(
            id=id,
            name=name,
            messages_sent=messages_sent,
            billable_messages_sent=billable_messages_sent,
            people=people,
            object_types=object_types,
            objects=objects,
        )

        list_workspaces_response_200_workspaces_item.additional_properties = d
        return list_workspaces_response_200_workspaces_item

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
