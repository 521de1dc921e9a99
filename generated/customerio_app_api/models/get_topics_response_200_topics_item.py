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

T = TypeVar("T", bound="GetTopicsResponse200TopicsItem")


@_attrs_define
class GetTopicsResponse200TopicsItem:
    """
    Attributes:
        name (str | Unset): The name of the subscription topic. Example: Product Updates.
        description (str | Unset): A description of the topic that you provided when you created the topic in the UI.
            Example: For people who want updates on product releases..
        subscribed_by_default (bool | Unset): If false, a person is opted-out by default. If true, a person is opted-in
            by default. Example: False.
        id (int | Unset): The system-generated id for the subscription topic. Also located on the subscription center
            landing page. These increment up by 1, starting with 1. Example: 4.
        identifier (str | Unset): The key associated with the subscription topic. The format is `topic_<id>`. Example:
            topic_4.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    subscribed_by_default: bool | Unset = UNSET
    id: int | Unset = UNSET
    identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        subscribed_by_default = self.subscribed_by_default

        id = self.id

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if subscribed_by_default is not UNSET:
            field_dict["subscribed_by_default"] = subscribed_by_default
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetTopicsResponse200TopicsItem"))
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "GetTopicsResponse200TopicsItem.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "GetTopicsResponse200TopicsItem.description"
            )

        subscribed_by_default = d.pop("subscribed_by_default", UNSET)
        if (
            type(subscribed_by_default) is not bool
            and subscribed_by_default is not UNSET
        ):
            subscribed_by_default = expect_bool(
                subscribed_by_default,
                "GetTopicsResponse200TopicsItem.subscribed_by_default",
            )

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetTopicsResponse200TopicsItem.id")

        identifier = d.pop("identifier", UNSET)
        if type(identifier) is not str and identifier is not UNSET:
            identifier = expect_str(
                identifier, "GetTopicsResponse200TopicsItem.identifier"
            )

        get_topics_response_200_topics_item = cls(
            name=name,
            description=description,
            subscribed_by_default=subscribed_by_default,
            id=id,
            identifier=identifier,
        )

        get_topics_response_200_topics_item.additional_properties = d
        return get_topics_response_200_topics_item

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
