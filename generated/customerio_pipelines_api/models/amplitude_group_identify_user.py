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
        user_id = expect_str(
            d.pop("user_id", UNSET), "AmplitudeGroupIdentifyUser.user_id"
        )

        device_id = expect_str(
            d.pop("device_id", UNSET), "AmplitudeGroupIdentifyUser.device_id"
        )

        insert_id = expect_str(
            d.pop("insert_id", UNSET), "AmplitudeGroupIdentifyUser.insert_id"
        )

        time = expect_str(d.pop("time", UNSET), "AmplitudeGroupIdentifyUser.time")

        _group_properties = d.pop("group_properties", UNSET)
        group_properties: AmplitudeGroupIdentifyUserGroupProperties | Unset
        if isinstance(_group_properties, Unset):
            group_properties = UNSET
        else:
            group_properties = AmplitudeGroupIdentifyUserGroupProperties.from_dict(
                _group_properties
            )

        group_type = expect_str(
            d.pop("group_type", UNSET), "AmplitudeGroupIdentifyUser.group_type"
        )

        group_value = expect_str(
            d.pop("group_value", UNSET), "AmplitudeGroupIdentifyUser.group_value"
        )

        min_id_length = expect_int(
            d.pop("min_id_length", UNSET), "AmplitudeGroupIdentifyUser.min_id_length"
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
