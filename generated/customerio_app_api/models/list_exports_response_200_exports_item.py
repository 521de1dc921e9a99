from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.list_exports_response_200_exports_item_status import (
    ListExportsResponse200ExportsItemStatus,
)
from ..models.list_exports_response_200_exports_item_type import (
    ListExportsResponse200ExportsItemType,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ListExportsResponse200ExportsItem")


@_attrs_define
class ListExportsResponse200ExportsItem:
    """Metadata about an export.

    Example:
        {'id': 110, 'user_id': 0, 'user_email': 'person@email.com', 'total': 1234, 'deduplicate_id': '110:1530296738',
            'type': 'customers', 'failed': False, 'status': 'done', 'description': 'Customers with segment filters—in
            \\\\Purchased Flowers\\\\', 'downloads': 2, 'created_at': 1530296738, 'updated_at': 1530296738}

    Attributes:
        id (int | Unset): The identifier for the export. Example: 110.
        user_id (int | Unset): The user who created the export.
        user_email (str | Unset): The email of the user who created the export.
        total (int | Unset): The number of entries in the export. Exports report 0 until done.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        type_ (ListExportsResponse200ExportsItemType | Unset): The type of information contained in the export. Example:
            customers.
        failed (bool | Unset): If true, the export was unsuccessful. Example: False.
        description (str | Unset): A description of the export. Example: Customers with segment filters—in Purchased
            Flowers.
        downloads (int | Unset): Counts the total number of times the export has been downloaded. Example: 2.
        created_at (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated_at (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        status (ListExportsResponse200ExportsItemStatus | Unset): The state of your export where `done` indicates an
            export that you can download, `pending`, indicates that your export is not ready to download, and `failed`
            indicates an export that has failed and will not be downloadable.
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    user_email: str | Unset = UNSET
    total: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    type_: ListExportsResponse200ExportsItemType | Unset = UNSET
    failed: bool | Unset = UNSET
    description: str | Unset = UNSET
    downloads: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    status: ListExportsResponse200ExportsItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        user_email = self.user_email

        total = self.total

        deduplicate_id = self.deduplicate_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        failed = self.failed

        description = self.description

        downloads = self.downloads

        created_at = self.created_at

        updated_at = self.updated_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if total is not UNSET:
            field_dict["total"] = total
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if failed is not UNSET:
            field_dict["failed"] = failed
        if description is not UNSET:
            field_dict["description"] = description
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ListExportsResponse200ExportsItem"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ListExportsResponse200ExportsItem.id")

        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = expect_int(user_id, "ListExportsResponse200ExportsItem.user_id")

        user_email = d.pop("user_email", UNSET)
        if type(user_email) is not str and user_email is not UNSET:
            user_email = expect_str(
                user_email, "ListExportsResponse200ExportsItem.user_email"
            )

        total = d.pop("total", UNSET)
        if type(total) is not int and total is not UNSET:
            total = expect_int(total, "ListExportsResponse200ExportsItem.total")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id, "ListExportsResponse200ExportsItem.deduplicate_id"
            )

        _type_ = d.pop("type", UNSET)
        type_: ListExportsResponse200ExportsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListExportsResponse200ExportsItemType(_type_)

        failed = d.pop("failed", UNSET)
        if type(failed) is not bool and failed is not UNSET:
            failed = expect_bool(failed, "ListExportsResponse200ExportsItem.failed")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "ListExportsResponse200ExportsItem.description"
            )

        downloads = d.pop("downloads", UNSET)
        if type(downloads) is not int and downloads is not UNSET:
            downloads = expect_int(
                downloads, "ListExportsResponse200ExportsItem.downloads"
            )

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(
                created_at, "ListExportsResponse200ExportsItem.created_at"
            )

        updated_at = d.pop("updated_at", UNSET)
        if type(updated_at) is not int and updated_at is not UNSET:
            updated_at = expect_int(
                updated_at, "ListExportsResponse200ExportsItem.updated_at"
            )

        _status = d.pop("status", UNSET)
        status: ListExportsResponse200ExportsItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListExportsResponse200ExportsItemStatus(_status)

        list_exports_response_200_exports_item = cls(
            id=id,
            user_id=user_id,
            user_email=user_email,
            total=total,
            deduplicate_id=deduplicate_id,
            type_=type_,
            failed=failed,
            description=description,
            downloads=downloads,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
        )

        list_exports_response_200_exports_item.additional_properties = d
        return list_exports_response_200_exports_item

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
