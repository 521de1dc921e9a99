from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.trigger_broadcast_user_maps_data import TriggerBroadcastUserMapsData
    from ..models.trigger_broadcast_user_maps_emails import (
        TriggerBroadcastUserMapsEmails,
    )
    from ..models.trigger_broadcast_user_maps_ids import TriggerBroadcastUserMapsIds


T = TypeVar("T", bound="TriggerBroadcastUserMaps")


@_attrs_define
class TriggerBroadcastUserMaps:
    """An array of JSON objects containing `id` or `email` keys and a `data` key. Each object represents a person you want
    to send the broadcast to and data you want to personalize their message with using liquid.

        Attributes:
            per_user_data (list[TriggerBroadcastUserMapsEmails | TriggerBroadcastUserMapsIds]): An array of people you want
                to send a broadcast to and custom data for each person. Each object in the array represents a person, with
                additional data you want to use to personalize their message. **When you trigger a broadcast, the people in your
                request must already exist in your workspace.** Requests to trigger a broadcast cannot create new people.
                 Example: [{'id': 'wiley_coyote', 'data': {'voucher_code': 'FESwYm'}}, {'email': 'road@runner.net', 'data':
                {'voucher_code': 'cYm6XJ'}}].
            data (TriggerBroadcastUserMapsData | Unset): Contains information you want to use to populate your broadcast.
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

    per_user_data: list[TriggerBroadcastUserMapsEmails | TriggerBroadcastUserMapsIds]
    data: TriggerBroadcastUserMapsData | Unset = UNSET
    email_add_duplicates: bool | Unset = False
    email_ignore_missing: bool | Unset = False
    id_ignore_missing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trigger_broadcast_user_maps_ids import TriggerBroadcastUserMapsIds

        per_user_data = []
        for per_user_data_item_data in self.per_user_data:
            per_user_data_item: dict[str, Any]
            if isinstance(per_user_data_item_data, TriggerBroadcastUserMapsIds):
                per_user_data_item = per_user_data_item_data.to_dict()
            else:
                per_user_data_item = per_user_data_item_data.to_dict()

            per_user_data.append(per_user_data_item)

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
                "per_user_data": per_user_data,
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
        from ..models.trigger_broadcast_user_maps_data import (
            TriggerBroadcastUserMapsData,
        )
        from ..models.trigger_broadcast_user_maps_emails import (
            TriggerBroadcastUserMapsEmails,
        )
        from ..models.trigger_broadcast_user_maps_ids import TriggerBroadcastUserMapsIds

        d = dict(expect_object(src_dict, "TriggerBroadcastUserMaps"))
        per_user_data = []
        _per_user_data = expect_list(
            d.pop("per_user_data"), "TriggerBroadcastUserMaps.per_user_data"
        )
        for per_user_data_item_data in _per_user_data:

            def _parse_per_user_data_item(
                data: object,
            ) -> TriggerBroadcastUserMapsEmails | TriggerBroadcastUserMapsIds:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    per_user_data_item_ids = TriggerBroadcastUserMapsIds.from_dict(data)

                    return per_user_data_item_ids
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                per_user_data_item_emails = TriggerBroadcastUserMapsEmails.from_dict(
                    data
                )

                return per_user_data_item_emails

            per_user_data_item = _parse_per_user_data_item(per_user_data_item_data)

            per_user_data.append(per_user_data_item)

        _data = d.pop("data", UNSET)
        data: TriggerBroadcastUserMapsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TriggerBroadcastUserMapsData.from_dict(_data)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)
        if type(email_add_duplicates) is not bool and email_add_duplicates is not UNSET:
            email_add_duplicates = expect_bool(
                email_add_duplicates, "TriggerBroadcastUserMaps.email_add_duplicates"
            )

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)
        if type(email_ignore_missing) is not bool and email_ignore_missing is not UNSET:
            email_ignore_missing = expect_bool(
                email_ignore_missing, "TriggerBroadcastUserMaps.email_ignore_missing"
            )

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)
        if type(id_ignore_missing) is not bool and id_ignore_missing is not UNSET:
            id_ignore_missing = expect_bool(
                id_ignore_missing, "TriggerBroadcastUserMaps.id_ignore_missing"
            )

        trigger_broadcast_user_maps = cls(
            per_user_data=per_user_data,
            data=data,
            email_add_duplicates=email_add_duplicates,
            email_ignore_missing=email_ignore_missing,
            id_ignore_missing=id_ignore_missing,
        )

        trigger_broadcast_user_maps.additional_properties = d
        return trigger_broadcast_user_maps

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
