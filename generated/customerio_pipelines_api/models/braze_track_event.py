from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.braze_track_event_properties import BrazeTrackEventProperties
    from ..models.braze_track_event_user_alias import BrazeTrackEventUserAlias


T = TypeVar("T", bound="BrazeTrackEvent")


@_attrs_define
class BrazeTrackEvent:
    """Record custom events in Braze

    Attributes:
        external_id (str | Unset): The unique user identifier Default: '$.userId'.
        user_alias (BrazeTrackEventUserAlias | Unset): A user alias object. See [the
            docs](https://www.braze.com/docs/api/objects_filters/user_alias_object/).
        braze_id (None | str | Unset): The unique user identifier Default: '$.properties.braze_id'.
        name (str | Unset): The event name Default: '$.event'.
        time (datetime.datetime | Unset): When the event occurred.
        properties (BrazeTrackEventProperties | Unset): Properties of the event
        field_update_existing_only (bool | Unset): Setting this flag to true will put the API in "Update Only" mode.
            When using a "user_alias", "Update Only" mode is always true. Default: False.
        enable_batching (bool | Unset): If true, Segment will batch events before sending to Braze’s user track
            endpoint. Braze accepts batches of up to 75 events. Default: False.
    """

    external_id: str | Unset = "$.userId"
    user_alias: BrazeTrackEventUserAlias | Unset = UNSET
    braze_id: None | str | Unset = "$.properties.braze_id"
    name: str | Unset = "$.event"
    time: datetime.datetime | Unset = UNSET
    properties: BrazeTrackEventProperties | Unset = UNSET
    field_update_existing_only: bool | Unset = False
    enable_batching: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        user_alias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_alias, Unset):
            user_alias = self.user_alias.to_dict()

        braze_id: None | str | Unset
        if isinstance(self.braze_id, Unset):
            braze_id = UNSET
        else:
            braze_id = self.braze_id

        name = self.name

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = rfc3339(self.time)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_update_existing_only = self.field_update_existing_only

        enable_batching = self.enable_batching

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias
        if braze_id is not UNSET:
            field_dict["braze_id"] = braze_id
        if name is not UNSET:
            field_dict["name"] = name
        if time is not UNSET:
            field_dict["time"] = time
        if properties is not UNSET:
            field_dict["properties"] = properties
        if field_update_existing_only is not UNSET:
            field_dict["_update_existing_only"] = field_update_existing_only
        if enable_batching is not UNSET:
            field_dict["enable_batching"] = enable_batching

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.braze_track_event_properties import BrazeTrackEventProperties
        from ..models.braze_track_event_user_alias import BrazeTrackEventUserAlias

        d = dict(expect_object(src_dict, "BrazeTrackEvent"))
        external_id = d.pop("external_id", UNSET)
        if type(external_id) is not str and external_id is not UNSET:
            external_id = expect_str(external_id, "BrazeTrackEvent.external_id")

        _user_alias = d.pop("user_alias", UNSET)
        user_alias: BrazeTrackEventUserAlias | Unset
        if isinstance(_user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = BrazeTrackEventUserAlias.from_dict(_user_alias)

        def _parse_braze_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        braze_id = _parse_braze_id(d.pop("braze_id", UNSET))

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "BrazeTrackEvent.name")

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = parse_datetime(_time)

        _properties = d.pop("properties", UNSET)
        properties: BrazeTrackEventProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = BrazeTrackEventProperties.from_dict(_properties)

        field_update_existing_only = d.pop("_update_existing_only", UNSET)
        if (
            type(field_update_existing_only) is not bool
            and field_update_existing_only is not UNSET
        ):
            field_update_existing_only = expect_bool(
                field_update_existing_only, "BrazeTrackEvent._update_existing_only"
            )

        enable_batching = d.pop("enable_batching", UNSET)
        if type(enable_batching) is not bool and enable_batching is not UNSET:
            enable_batching = expect_bool(
                enable_batching, "BrazeTrackEvent.enable_batching"
            )

        braze_track_event = cls(
            external_id=external_id,
            user_alias=user_alias,
            braze_id=braze_id,
            name=name,
            time=time,
            properties=properties,
            field_update_existing_only=field_update_existing_only,
            enable_batching=enable_batching,
        )

        braze_track_event.additional_properties = d
        return braze_track_event

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
