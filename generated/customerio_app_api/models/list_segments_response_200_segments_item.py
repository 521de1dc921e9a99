from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.list_segments_response_200_segments_item_state import (
    ListSegmentsResponse200SegmentsItemState,
)
from ..models.list_segments_response_200_segments_item_type import (
    ListSegmentsResponse200SegmentsItemType,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ListSegmentsResponse200SegmentsItem")


@_attrs_define
class ListSegmentsResponse200SegmentsItem:
    """
    Attributes:
        id (int | Unset): The identifier for a segment; used to target a segment in requests. Example: 7.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the segment. Example: Manual Segment 1.
        description (str | Unset): A description for the segment. This can help you understand the purpose of the
            segment when you encounter it in other requests or in the UI. Example: My first manual segment.
        state (ListSegmentsResponse200SegmentsItemState | Unset): The state of the segment.

            `events` - currently handling event conditions for this segment

            `build` - currently handling profile attribute conditions for this segment

            `events_queued` - waiting for a process to start handling event conditions for this segment

            `build_queued` - waiting for a process to start handling profile attribute conditions for this segment

            `finished` - the segment is finished building
        progress (int | None | Unset): If Customer.io has not finished processing the segment, this indicates the
            percentage complete. Otherwise, this key is null.
        type_ (ListSegmentsResponse200SegmentsItemType | Unset): The type of segment. Example: manual.
        tags (list[str] | None | Unset): The tags assigned to the segment, if any. Tags may help you sort through your
            segments.
        created_at (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated_at (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    state: ListSegmentsResponse200SegmentsItemState | Unset = UNSET
    progress: int | None | Unset = UNSET
    type_: ListSegmentsResponse200SegmentsItemType | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        description = self.description

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if progress is not UNSET:
            field_dict["progress"] = progress
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ListSegmentsResponse200SegmentsItem"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ListSegmentsResponse200SegmentsItem.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id, "ListSegmentsResponse200SegmentsItem.deduplicate_id"
            )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "ListSegmentsResponse200SegmentsItem.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "ListSegmentsResponse200SegmentsItem.description"
            )

        _state = d.pop("state", UNSET)
        state: ListSegmentsResponse200SegmentsItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ListSegmentsResponse200SegmentsItemState(_state)

        def _parse_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ListSegmentsResponse200SegmentsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListSegmentsResponse200SegmentsItemType(_type_)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(
                created_at, "ListSegmentsResponse200SegmentsItem.created_at"
            )

        updated_at = d.pop("updated_at", UNSET)
        if type(updated_at) is not int and updated_at is not UNSET:
            updated_at = expect_int(
                updated_at, "ListSegmentsResponse200SegmentsItem.updated_at"
            )

        list_segments_response_200_segments_item = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            description=description,
            state=state,
            progress=progress,
            type_=type_,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        list_segments_response_200_segments_item.additional_properties = d
        return list_segments_response_200_segments_item

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
