from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.event_state import EventState
from ..models.event_type import EventType
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.event_actions_item import EventActionsItem


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        id (int | Unset): The identifier for a campaign. Example: 5.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the campaign.
        type_ (EventType | Unset): The type of campaign trigger. **Sunsetting on March 30, 2025**
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        active (bool | Unset): If true, the campaign is active and can still send messages.
        state (EventState | Unset): The status of the campaign.
        actions (list[EventActionsItem] | Unset): An array of actions contained within the campaign.
        first_started (int | Unset): The date and time when you first started the campaign and it first became eligible
            to be triggered. Example: 1552341937.
        tags (list[str] | Unset): An array of tags you set on this campaign. Example: ['new', 'welcome'].
        filter_segment_ids (list[int] | Unset): A list of segments used in the campaign filter, returned if the campaign
            audience was filtered on one or more segments. Example: [21, 42].
        event_name (str | Unset): The name of the event. How you reference the event in campaigns or segments.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: EventType | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    active: bool | Unset = UNSET
    state: EventState | Unset = UNSET
    actions: list[EventActionsItem] | Unset = UNSET
    first_started: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    filter_segment_ids: list[int] | Unset = UNSET
    event_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created = self.created

        updated = self.updated

        active = self.active

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        first_started = self.first_started

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        filter_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.filter_segment_ids, Unset):
            filter_segment_ids = self.filter_segment_ids

        event_name = self.event_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if active is not UNSET:
            field_dict["active"] = active
        if state is not UNSET:
            field_dict["state"] = state
        if actions is not UNSET:
            field_dict["actions"] = actions
        if first_started is not UNSET:
            field_dict["first_started"] = first_started
        if tags is not UNSET:
            field_dict["tags"] = tags
        if filter_segment_ids is not UNSET:
            field_dict["filter_segment_ids"] = filter_segment_ids
        if event_name is not UNSET:
            field_dict["event_name"] = event_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_actions_item import EventActionsItem

        d = dict(expect_object(src_dict, "Event"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "Event.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(deduplicate_id, "Event.deduplicate_id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "Event.name")

        _type_ = d.pop("type", UNSET)
        type_: EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventType(_type_)

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "Event.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "Event.updated")

        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = expect_bool(active, "Event.active")

        _state = d.pop("state", UNSET)
        state: EventState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = EventState(_state)

        _actions = expect_list(d.pop("actions", UNSET), "Event.actions")
        actions: list[EventActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = EventActionsItem.from_dict(actions_item_data)

                actions.append(actions_item)

        first_started = d.pop("first_started", UNSET)
        if type(first_started) is not int and first_started is not UNSET:
            first_started = expect_int(first_started, "Event.first_started")

        tags = cast(list[str], expect_list(d.pop("tags", UNSET), "Event.tags"))

        filter_segment_ids = cast(
            list[int],
            expect_list(d.pop("filter_segment_ids", UNSET), "Event.filter_segment_ids"),
        )

        event_name = d.pop("event_name", UNSET)
        if type(event_name) is not str and event_name is not UNSET:
            event_name = expect_str(event_name, "Event.event_name")

        event = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            type_=type_,
            created=created,
            updated=updated,
            active=active,
            state=state,
            actions=actions,
            first_started=first_started,
            tags=tags,
            filter_segment_ids=filter_segment_ids,
            event_name=event_name,
        )

        event.additional_properties = d
        return event

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
