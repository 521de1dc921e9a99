from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_broadcast_response_200_broadcast_state import (
    GetBroadcastResponse200BroadcastState,
)
from ..models.get_broadcast_response_200_broadcast_type import (
    GetBroadcastResponse200BroadcastType,
)
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
    from ..models.get_broadcast_response_200_broadcast_actions_item import (
        GetBroadcastResponse200BroadcastActionsItem,
    )
    from ..models.get_broadcast_response_200_broadcast_msg_template_ids_item import (
        GetBroadcastResponse200BroadcastMsgTemplateIdsItem,
    )


T = TypeVar("T", bound="GetBroadcastResponse200Broadcast")


@_attrs_define
class GetBroadcastResponse200Broadcast:
    """
    Example:
        {'id': 2, 'deduplicate_id': '2:1520467200', 'created': 1520467200, 'type': 'triggered_broadcast', 'updated':
            1520467200, 'name': 'basic', 'active': True, 'state': 'running', 'actions': [{'id': 3, 'type': 'email'}, {'id':
            4}, {'type': 'webhook'}], 'tags': 'nil', 'first_started': 1520467200, 'created_by': 'ExamplePerson'}

    Attributes:
        id (int | Unset): The identifier for a broadcast. Example: 2.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the broadcast.
        type_ (GetBroadcastResponse200BroadcastType | Unset): The type of broadcast.
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        active (bool | Unset): If true, the broadcast is active.
        state (GetBroadcastResponse200BroadcastState | Unset): The state of the broadcast.
        actions (list[GetBroadcastResponse200BroadcastActionsItem] | Unset): A list of actions used by the broadcast.
        msg_template_ids (list[GetBroadcastResponse200BroadcastMsgTemplateIdsItem] | Unset): Indicates the message
            template(s) used in this broadcast.
        first_started (int | Unset): The date and time when you activated the broadcast. Example: 1552341937.
        tags (list[str] | Unset): An array of tags you set on this broadcast.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: GetBroadcastResponse200BroadcastType | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    active: bool | Unset = UNSET
    state: GetBroadcastResponse200BroadcastState | Unset = UNSET
    actions: list[GetBroadcastResponse200BroadcastActionsItem] | Unset = UNSET
    msg_template_ids: (
        list[GetBroadcastResponse200BroadcastMsgTemplateIdsItem] | Unset
    ) = UNSET
    first_started: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
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

        msg_template_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.msg_template_ids, Unset):
            msg_template_ids = []
            for msg_template_ids_item_data in self.msg_template_ids:
                msg_template_ids_item = msg_template_ids_item_data.to_dict()
                msg_template_ids.append(msg_template_ids_item)

        first_started = self.first_started

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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
        if msg_template_ids is not UNSET:
            field_dict["msg_template_ids"] = msg_template_ids
        if first_started is not UNSET:
            field_dict["first_started"] = first_started
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_broadcast_response_200_broadcast_actions_item import (
            GetBroadcastResponse200BroadcastActionsItem,
        )
        from ..models.get_broadcast_response_200_broadcast_msg_template_ids_item import (
            GetBroadcastResponse200BroadcastMsgTemplateIdsItem,
        )

        d = dict(expect_object(src_dict, "GetBroadcastResponse200Broadcast"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetBroadcastResponse200Broadcast.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id, "GetBroadcastResponse200Broadcast.deduplicate_id"
            )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "GetBroadcastResponse200Broadcast.name")

        _type_ = d.pop("type", UNSET)
        type_: GetBroadcastResponse200BroadcastType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetBroadcastResponse200BroadcastType(_type_)

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "GetBroadcastResponse200Broadcast.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "GetBroadcastResponse200Broadcast.updated")

        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = expect_bool(active, "GetBroadcastResponse200Broadcast.active")

        _state = d.pop("state", UNSET)
        state: GetBroadcastResponse200BroadcastState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = GetBroadcastResponse200BroadcastState(_state)

        _actions = expect_list(
            d.pop("actions", UNSET), "GetBroadcastResponse200Broadcast.actions"
        )
        actions: list[GetBroadcastResponse200BroadcastActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = GetBroadcastResponse200BroadcastActionsItem.from_dict(
                    actions_item_data
                )

                actions.append(actions_item)

        _msg_template_ids = expect_list(
            d.pop("msg_template_ids", UNSET),
            "GetBroadcastResponse200Broadcast.msg_template_ids",
        )
        msg_template_ids: (
            list[GetBroadcastResponse200BroadcastMsgTemplateIdsItem] | Unset
        ) = UNSET
        if _msg_template_ids is not UNSET:
            msg_template_ids = []
            for msg_template_ids_item_data in _msg_template_ids:
                msg_template_ids_item = (
                    GetBroadcastResponse200BroadcastMsgTemplateIdsItem.from_dict(
                        msg_template_ids_item_data
                    )
                )

                msg_template_ids.append(msg_template_ids_item)

        first_started = d.pop("first_started", UNSET)
        if type(first_started) is not int and first_started is not UNSET:
            first_started = expect_int(
                first_started, "GetBroadcastResponse200Broadcast.first_started"
            )

        tags = cast(
            list[str],
            expect_list(d.pop("tags", UNSET), "GetBroadcastResponse200Broadcast.tags"),
        )

        get_broadcast_response_200_broadcast = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            type_=type_,
            created=created,
            updated=updated,
            active=active,
            state=state,
            actions=actions,
            msg_template_ids=msg_template_ids,
            first_started=first_started,
            tags=tags,
        )

        get_broadcast_response_200_broadcast.additional_properties = d
        return get_broadcast_response_200_broadcast

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
