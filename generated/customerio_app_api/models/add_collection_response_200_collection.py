from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="AddCollectionResponse200Collection")


@_attrs_define
class AddCollectionResponse200Collection:
    """
    Attributes:
        bytes_ (int | Unset): The size of the collection in bytes. Example: 296.
        created_at (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated_at (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        id (int | Unset): The identifier for the collection. This is how you'll reference the collection from the API.
            Example: 1.
        name (str | Unset): The name of the collection. This is how you'll reference the collection in liquid, e.g.
            `{{collection_name.data_property}}`. Example: upcoming events.
        rows (int | Unset): Represents the number of objects in the `data` array or CSV rows in your collection schema.
            Example: 2.
        schema (list[str] | Unset): Lists the top-level keys that you can reference within this collection. Customer.io
            does not enforce any of these keys as required from your `data`. Example: ['eventDate', 'eventName',
            'presents'].
    """

    bytes_: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    rows: int | Unset = UNSET
    schema: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        created_at = self.created_at

        updated_at = self.updated_at

        id = self.id

        name = self.name

        rows = self.rows

        schema: list[str] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if rows is not UNSET:
            field_dict["rows"] = rows
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AddCollectionResponse200Collection"))
        bytes_ = d.pop("bytes", UNSET)
        if type(bytes_) is not int and bytes_ is not UNSET:
            bytes_ = expect_int(bytes_, "AddCollectionResponse200Collection.bytes")

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(
                created_at, "AddCollectionResponse200Collection.created_at"
            )

        updated_at = d.pop("updated_at", UNSET)
        if type(updated_at) is not int and updated_at is not UNSET:
            updated_at = expect_int(
                updated_at, "AddCollectionResponse200Collection.updated_at"
            )

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "AddCollectionResponse200Collection.id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "AddCollectionResponse200Collection.name")

        rows = d.pop("rows", UNSET)
        if type(rows) is not int and rows is not UNSET:
            rows = expect_int(rows, "AddCollectionResponse200Collection.rows")

        schema = cast(
            list[str],
            expect_list(
                d.pop("schema", UNSET), "AddCollectionResponse200Collection.schema"
            ),
        )

        add_collection_response_200_collection = cls(
            bytes_=bytes_,
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            name=name,
            rows=rows,
            schema=schema,
        )

        add_collection_response_200_collection.additional_properties = d
        return add_collection_response_200_collection

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
