from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.trigger_broadcast_i_ds_data import TriggerBroadcastIDsData


T = TypeVar("T", bound="TriggerBroadcastIDs")


@_attrs_define
class TriggerBroadcastIDs:
    """An array of customer ids that you want to send the broadcast to. These IDs must already exist; your request cannot
    create a new person.

        Attributes:
            ids (list[str]): An array of IDs you want to send a broadcast to. **NOTE**: If your workspace identifies people
                by `email`, don't use this option. Identify your audience by `emails` instead.
                 Example: ['id1', 'id4'].
            data (TriggerBroadcastIDsData | Unset): Contains information you want to use to populate your broadcast.
                Example: {'headline': 'Roadrunner spotted in Albuquerque!', 'date': 1511315635, 'text': 'We received reports of
                a roadrunner in your immediate area! Head to your dashboard to view more information!'}.
            email_add_duplicates (bool | Unset): an email address associated with more than one profile id is an error.
                Default: False.
            email_ignore_missing (bool | Unset): If false, a missing email causes the broadcast to error and fail. If true,
                the broadcast will skip over any people in your audience who don't have emails, and continue sending to the rest
                of your audience. Default: False.
            id_ignore_missing (bool | Unset): If false, a missing customer ID causes the broadcast to error and fail. If
                true, the broadcast will skip over any people in your audience who don't have IDs, and continue sending to the
                rest of your audience. Default: False.
    """

    ids: list[str]
    data: TriggerBroadcastIDsData | Unset = UNSET
    email_add_duplicates: bool | Unset = False
    email_ignore_missing: bool | Unset = False
    id_ignore_missing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        email_add_duplicates = self.email_add_duplicates

        email_ignore_missing = self.email_ignore_missing

        id_ignore_missing = self.id_ignore_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if email_add_duplicates is not UNSET:
            field_dict["email_add_duplicates"] = email_add_duplicates
        if email_ignore_missing is not UNSET:
            field_dict["email_ignore_missing"] = email_ignore_missing
        if id_ignore_missing is not UNSET:
            field_dict["id_ignore_missing"] = id_ignore_missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trigger_broadcast_i_ds_data import TriggerBroadcastIDsData

        d = dict(expect_object(src_dict, "TriggerBroadcastIDs"))
        ids = cast(list[str], expect_list(d.pop("ids"), "TriggerBroadcastIDs.ids"))

        _data = d.pop("data", UNSET)
        data: TriggerBroadcastIDsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TriggerBroadcastIDsData.from_dict(_data)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)
        if type(email_add_duplicates) is not bool and email_add_duplicates is not UNSET:
            email_add_duplicates = expect_bool(
                email_add_duplicates, "TriggerBroadcastIDs.email_add_duplicates"
            )

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)
        if type(email_ignore_missing) is not bool and email_ignore_missing is not UNSET:
            email_ignore_missing = expect_bool(
                email_ignore_missing, "TriggerBroadcastIDs.email_ignore_missing"
            )

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)
        if type(id_ignore_missing) is not bool and id_ignore_missing is not UNSET:
            id_ignore_missing = expect_bool(
                id_ignore_missing, "TriggerBroadcastIDs.id_ignore_missing"
            )

        trigger_broadcast_i_ds = cls(
            ids=ids,
            data=data,
            email_add_duplicates=email_add_duplicates,
            email_ignore_missing=email_ignore_missing,
            id_ignore_missing=id_ignore_missing,
        )

        trigger_broadcast_i_ds.additional_properties = d
        return trigger_broadcast_i_ds

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
