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
)

if TYPE_CHECKING:
    from ..models.get_topics_response_200_topics_item import (
        GetTopicsResponse200TopicsItem,
    )


T = TypeVar("T", bound="GetTopicsResponse200")


@_attrs_define
class GetTopicsResponse200:
    """
    Attributes:
        topics (list[GetTopicsResponse200TopicsItem] | Unset):
    """

    topics: list[GetTopicsResponse200TopicsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_topics_response_200_topics_item import (
            GetTopicsResponse200TopicsItem,
        )

        d = dict(expect_object(src_dict, "GetTopicsResponse200"))
        _topics = expect_list(d.pop("topics", UNSET), "GetTopicsResponse200.topics")
        topics: list[GetTopicsResponse200TopicsItem] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = GetTopicsResponse200TopicsItem.from_dict(topics_item_data)

                topics.append(topics_item)

        get_topics_response_200 = cls(
            topics=topics,
        )

        get_topics_response_200.additional_properties = d
        return get_topics_response_200

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
