from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.etl_group_traits import EtlGroupTraits


T = TypeVar("T", bound="EtlGroup")


@_attrs_define
class EtlGroup:
    """
    Attributes:
        id (str | Unset): A unique identifier for a Data Pipelines event, ensuring that each individual event is unique.
        received_at (datetime.datetime | Unset): The ISO-8601 timestamp when Data Pipelines receives an event.
        sent_at (datetime.datetime | Unset): The ISO-8601 timestamp when a library sends an event to Data Pipelines.
        anonymous_id (str | Unset): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
        user_id (str | Unset): The unique identifier for a person. This value should be unique across systems, so you
            recognize the same person in your sources _and_ destinations. Example: 241ma8mf4a.
        group_id (str | Unset): ID of the group Example: 0e8c78ea9d97a7b8185e8632.
        object_type_id (str | Unset): If you use Customer.io Journeys as a destination, this value is the type of
            group/object your group belongs to; object type IDs are stringified integers. If you don't include this value,
            we assume the object type ID is `1`. See [objects in Customer.io Journeys](/journeys/object-types/) for more
            information. Example: 1.
        traits (EtlGroupTraits | Unset): Additional data points that the call assigns to the group.
    """

    id: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    object_type_id: str | Unset = UNSET
    traits: EtlGroupTraits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        received_at: str | Unset = UNSET
        if not isinstance(self.received_at, Unset):
            received_at = rfc3339(self.received_at)

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = rfc3339(self.sent_at)

        anonymous_id = self.anonymous_id

        user_id = self.user_id

        group_id = self.group_id

        object_type_id = self.object_type_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if object_type_id is not UNSET:
            field_dict["objectTypeId"] = object_type_id
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.etl_group_traits import EtlGroupTraits

        d = dict(expect_object(src_dict, "EtlGroup"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "EtlGroup.id")

        _received_at = d.pop("received_at", UNSET)
        received_at: datetime.datetime | Unset
        if isinstance(_received_at, Unset):
            received_at = UNSET
        else:
            received_at = parse_datetime(_received_at)

        _sent_at = d.pop("sent_at", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = parse_datetime(_sent_at)

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "EtlGroup.anonymous_id")

        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "EtlGroup.user_id")

        group_id = d.pop("group_id", UNSET)
        if type(group_id) is not str and group_id is not UNSET:
            group_id = expect_str(group_id, "EtlGroup.group_id")

        object_type_id = d.pop("objectTypeId", UNSET)
        if type(object_type_id) is not str and object_type_id is not UNSET:
            object_type_id = expect_str(object_type_id, "EtlGroup.objectTypeId")

        _traits = d.pop("traits", UNSET)
        traits: EtlGroupTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = EtlGroupTraits.from_dict(_traits)

        etl_group = cls(
            id=id,
            received_at=received_at,
            sent_at=sent_at,
            anonymous_id=anonymous_id,
            user_id=user_id,
            group_id=group_id,
            object_type_id=object_type_id,
            traits=traits,
        )

        etl_group.additional_properties = d
        return etl_group

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
