from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.date_frequency import DateFrequency
from ..models.date_state import DateState
from ..models.date_type import DateType
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
    from ..models.date_actions_item import DateActionsItem


T = TypeVar("T", bound="Date")


@_attrs_define
class Date:
    """
    Attributes:
        id (int | Unset): The identifier for a campaign. Example: 5.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the campaign.
        type_ (DateType | Unset): The type of campaign trigger. **Sunsetting on March 30, 2025**
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        active (bool | Unset): If true, the campaign is active and can still send messages.
        state (DateState | Unset): The status of the campaign.
        actions (list[DateActionsItem] | Unset): An array of actions contained within the campaign.
        first_started (int | Unset): The date and time when you first started the campaign and it first became eligible
            to be triggered. Example: 1552341937.
        tags (list[str] | Unset): An array of tags you set on this campaign. Example: ['new', 'welcome'].
        filter_segment_ids (list[int] | Unset): A list of segments used in the campaign filter, returned if the campaign
            audience was filtered on one or more segments. Example: [21, 42].
        frequency (DateFrequency | Unset): How often a person will receive this campaign based on the date specified in
            the campaign trigger.
        date_attribute (str | Unset): The attribute on people's profiles you use to configure the date of the campaign
            trigger.
        timezone (str | Unset): The time zone you set to configure the date of the campaign trigger. Example:
            America/Chicago.
        use_customer_timezone (bool | Unset): If you chose "the user's time zone" while configuring the date of the
            campaign trigger, this is `true`. Otherwise, you set a specific time zone so it's `false`.
        start_hour (int | Unset): The hour you set the campaign to trigger. Follows the 24-hour clock.
        start_minutes (int | Unset): The minutes you set the campaign to trigger. Follows the 24-hour clock.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: DateType | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    active: bool | Unset = UNSET
    state: DateState | Unset = UNSET
    actions: list[DateActionsItem] | Unset = UNSET
    first_started: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    filter_segment_ids: list[int] | Unset = UNSET
    frequency: DateFrequency | Unset = UNSET
    date_attribute: str | Unset = UNSET
    timezone: str | Unset = UNSET
    use_customer_timezone: bool | Unset = UNSET
    start_hour: int | Unset = UNSET
    start_minutes: int | Unset = UNSET
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

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        date_attribute = self.date_attribute

        timezone = self.timezone

        use_customer_timezone = self.use_customer_timezone

        start_hour = self.start_hour

        start_minutes = self.start_minutes

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
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if date_attribute is not UNSET:
            field_dict["date_attribute"] = date_attribute
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if use_customer_timezone is not UNSET:
            field_dict["use_customer_timezone"] = use_customer_timezone
        if start_hour is not UNSET:
            field_dict["start_hour"] = start_hour
        if start_minutes is not UNSET:
            field_dict["start_minutes"] = start_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_actions_item import DateActionsItem

        d = dict(expect_object(src_dict, "Date"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "Date.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(deduplicate_id, "Date.deduplicate_id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "Date.name")

        _type_ = d.pop("type", UNSET)
        type_: DateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DateType(_type_)

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "Date.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "Date.updated")

        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = expect_bool(active, "Date.active")

        _state = d.pop("state", UNSET)
        state: DateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DateState(_state)

        _actions = expect_list(d.pop("actions", UNSET), "Date.actions")
        actions: list[DateActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = DateActionsItem.from_dict(actions_item_data)

                actions.append(actions_item)

        first_started = d.pop("first_started", UNSET)
        if type(first_started) is not int and first_started is not UNSET:
            first_started = expect_int(first_started, "Date.first_started")

        tags = cast(list[str], expect_list(d.pop("tags", UNSET), "Date.tags"))

        filter_segment_ids = cast(
            list[int],
            expect_list(d.pop("filter_segment_ids", UNSET), "Date.filter_segment_ids"),
        )

        _frequency = d.pop("frequency", UNSET)
        frequency: DateFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = DateFrequency(_frequency)

        date_attribute = d.pop("date_attribute", UNSET)
        if type(date_attribute) is not str and date_attribute is not UNSET:
            date_attribute = expect_str(date_attribute, "Date.date_attribute")

        timezone = d.pop("timezone", UNSET)
        if type(timezone) is not str and timezone is not UNSET:
            timezone = expect_str(timezone, "Date.timezone")

        use_customer_timezone = d.pop("use_customer_timezone", UNSET)
        if (
            type(use_customer_timezone) is not bool
            and use_customer_timezone is not UNSET
        ):
            use_customer_timezone = expect_bool(
                use_customer_timezone, "Date.use_customer_timezone"
            )

        start_hour = d.pop("start_hour", UNSET)
        if type(start_hour) is not int and start_hour is not UNSET:
            start_hour = expect_int(start_hour, "Date.start_hour")

        start_minutes = d.pop("start_minutes", UNSET)
        if type(start_minutes) is not int and start_minutes is not UNSET:
            start_minutes = expect_int(start_minutes, "Date.start_minutes")

        date = cls(
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
            frequency=frequency,
            date_attribute=date_attribute,
            timezone=timezone,
            use_customer_timezone=use_customer_timezone,
            start_hour=start_hour,
            start_minutes=start_minutes,
        )

        date.additional_properties = d
        return date

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
