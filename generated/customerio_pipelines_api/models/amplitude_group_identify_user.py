from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.amplitude_group_identify_user_group_properties import (
        AmplitudeGroupIdentifyUserGroupProperties,
    )


T = TypeVar("T", bound="AmplitudeGroupIdentifyUser")


@_attrs_define
class AmplitudeGroupIdentifyUser:
    """
    Attributes:
        user_id (str | Unset): A unique identifier for a user. If your call references user ID you haven't added to
            Amplitude yet, then the user tied to that ID will not be marked "new" until their first event. Required unless
            device ID is present. Default: '$.userId'.
        device_id (str | Unset): A device identifier, like the Identifier for Vendor (IDFV) on iOS. Required unless the
            request includes a `user_id`.
             Default: 'coalesce($.context.device.id, $.anonymousId)'.
        insert_id (str | Unset): Amplitude will deduplicate subsequent events sent with this ID we have already seen
            before within the past 7 days. Amplitude recommends generating a UUID or using some combination of device ID,
            user ID, event type, event ID, and time.
        time (str | Unset): The timestamp of the event. If time is not sent with the event, it will be set to the
            request upload time. Default: '$.timestamp'.
        group_properties (AmplitudeGroupIdentifyUserGroupProperties | Unset): Additional data tied to the group in
            Amplitude.
        group_type (str | Unset): The type of the group
        group_value (str | Unset): The value of the group
        min_id_length (int | Unset): Amplitude has a default minimum id length of 5 characters for `user_id` and
            `device_id` fields. This field allows the minimum to be overridden to allow shorter id lengths.
    """

    user_id: str | Unset = "$.userId"
    device_id: str | Unset = "coalesce($.context.device.id, $.anonymousId)"
    insert_id: str | Unset = UNSET
    time: str | Unset = "$.timestamp"
    group_properties: AmplitudeGroupIdentifyUserGroupProperties | Unset = UNSET
    group_type: str | Unset = UNSET
    group_value: str | Unset = UNSET
    min_id_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        device_id = self.device_id

        insert_id = self.insert_id

        time = self.time

        group_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_properties, Unset):
            group_properties = self.group_properties.to_dict()

        group_type = self.group_type

        group_value = self.group_value

        min_id_length = self.min_id_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if insert_id is not UNSET:
            field_dict["insert_id"] = insert_id
        if time is not UNSET:
            field_dict["time"] = time
        if group_properties is not UNSET:
            field_dict["group_properties"] = group_properties
        if group_type is not UNSET:
            field_dict["group_type"] = group_type
        if group_value is not UNSET:
            field_dict["group_value"] = group_value
        if min_id_length is not UNSET:
            field_dict["min_id_length"] = min_id_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amplitude_group_identify_user_group_properties import (
            AmplitudeGroupIdentifyUserGroupProperties,
        )

        d = dict(expect_object(src_dict, "AmplitudeGroupIdentifyUser"))
        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "AmplitudeGroupIdentifyUser.user_id")

        device_id = d.pop("device_id", UNSET)
        if type(device_id) is not str and device_id is not UNSET:
            device_id = expect_str(device_id, "AmplitudeGroupIdentifyUser.device_id")

        insert_id = d.pop("insert_id", UNSET)
        if type(insert_id) is not str and insert_id is not UNSET:
            insert_id = expect_str(insert_id, "AmplitudeGroupIdentifyUser.insert_id")

        time = d.pop("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = expect_str(time, "AmplitudeGroupIdentifyUser.time")

        _group_properties = d.pop("group_properties", UNSET)
        group_properties: AmplitudeGroupIdentifyUserGroupProperties | Unset
        if isinstance(_group_properties, Unset):
            group_properties = UNSET
        else:
            group_properties = AmplitudeGroupIdentifyUserGroupProperties.from_dict(
                _group_properties
            )

        group_type = d.pop("group_type", UNSET)
        if type(group_type) is not str and group_type is not UNSET:
            group_type = expect_str(group_type, "AmplitudeGroupIdentifyUser.group_type")

        group_value = d.pop("group_value", UNSET)
        if type(group_value) is not str and group_value is not UNSET:
            group_value = expect_str(
                group_value, "AmplitudeGroupIdentifyUser.group_value"
            )

        min_id_length = d.pop("min_id_length", UNSET)
        if type(min_id_length) is not int and min_id_length is not UNSET:
            min_id_length = expect_int(
                min_id_length, "AmplitudeGroupIdentifyUser.min_id_length"
            )

        amplitude_group_identify_user = cls(
            user_id=user_id,
            device_id=device_id,
            insert_id=insert_id,
            time=time,
            group_properties=group_properties,
            group_type=group_type,
            group_value=group_value,
            min_id_length=min_id_length,
        )

        amplitude_group_identify_user.additional_properties = d
        return amplitude_group_identify_user

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
