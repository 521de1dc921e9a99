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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_person_activities_response_200_activities_item import (
        GetPersonActivitiesResponse200ActivitiesItem,
    )


T = TypeVar("T", bound="GetPersonActivitiesResponse200")


@_attrs_define
class GetPersonActivitiesResponse200:
    """
    Attributes:
        activities (list[GetPersonActivitiesResponse200ActivitiesItem] | Unset):
        next_ (str | Unset): The cursor for the next page of results: pass it as `start` to get the next page. Empty or
            absent on the last page.
    """

    activities: list[GetPersonActivitiesResponse200ActivitiesItem] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = []
            for activities_item_data in self.activities:
                activities_item = activities_item_data.to_dict()
                activities.append(activities_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activities is not UNSET:
            field_dict["activities"] = activities
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_activities_response_200_activities_item import (
            GetPersonActivitiesResponse200ActivitiesItem,
        )

        d = dict(expect_object(src_dict, "GetPersonActivitiesResponse200"))
        _activities = expect_list(
            d.pop("activities", UNSET), "GetPersonActivitiesResponse200.activities"
        )
        activities: list[GetPersonActivitiesResponse200ActivitiesItem] | Unset = UNSET
        if _activities is not UNSET:
            activities = []
            for activities_item_data in _activities:
                activities_item = (
                    GetPersonActivitiesResponse200ActivitiesItem.from_dict(
                        activities_item_data
                    )
                )

                activities.append(activities_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "GetPersonActivitiesResponse200.next")

        get_person_activities_response_200 = cls(
            activities=activities,
            next_=next_,
        )

        get_person_activities_response_200.additional_properties = d
        return get_person_activities_response_200

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
