from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.import_response_200_import_data_to_process import (
    ImportResponse200ImportDataToProcess,
)
from ..models.import_response_200_import_identifier import (
    ImportResponse200ImportIdentifier,
)
from ..models.import_response_200_import_people_to_process import (
    ImportResponse200ImportPeopleToProcess,
)
from ..models.import_response_200_import_state import ImportResponse200ImportState
from ..models.import_response_200_import_type import ImportResponse200ImportType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ImportResponse200Import")


@_attrs_define
class ImportResponse200Import:
    """Represents an import operation.

    Example:
        {'id': 30, 'name': 'account-object-import', 'description': 'importing accounts', 'created_at': 1706081641,
            'updated_at': 1706081645, 'rows_to_import': 3, 'rows_imported': 3, 'state': 'imported', 'type': 'object',
            'data_to_process': 'all', 'people_to_process': 'all', 'object_type_id': 1, 'error': 'possible error - The
            specified Object Type does not exist.'}

    Attributes:
        id (int | Unset): This is the `import_id` you'll use if you want to [lookup your import operation](#getImport).
        created_at (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated_at (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        name (str | Unset): A friendly name for your import. This helps you identify your import.
        description (str | Unset): A helpful description that can help you find and recognize your import operation.
        rows_to_import (int | Unset): The total number of importable rows we found in the CSV.
        rows_imported (int | Unset): The number of rows we imported from the CSV.
        state (ImportResponse200ImportState | Unset): The state of the import—whether your import is being processed,
            fully completed (`imported`), or if it failed.
        type_ (ImportResponse200ImportType | Unset): The type of import.
        identifier (ImportResponse200ImportIdentifier | Unset): The type of identifier you used to identify people in
            your CSV. Not applicable for object imports.
        data_to_process (ImportResponse200ImportDataToProcess | Unset): Determines whether your import operation
            performs `all` add/update operations, only adds items (`only_new`), or only updates existing items
            (`only_existing`). Defaults to `all`. If `import_type` is `event`, you can only use `all` or `only_existing`.

            This field was previously called `people_to_process` - we still support it but will deprecate it soon.
        people_to_process (ImportResponse200ImportPeopleToProcess | Unset): Returned for people and event imports, even
            if you imported using the field `data_to_process`. This field will be deprecated soon.
        object_type_id (str | Unset): The object type an object belongs to—like "Companies" or "Accounts". Only applies
            to object imports. Example: 1.
        error (str | Unset): If your import fails, this helps you understand why.
    """

    id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    rows_to_import: int | Unset = UNSET
    rows_imported: int | Unset = UNSET
    state: ImportResponse200ImportState | Unset = UNSET
    type_: ImportResponse200ImportType | Unset = UNSET
    identifier: ImportResponse200ImportIdentifier | Unset = UNSET
    data_to_process: ImportResponse200ImportDataToProcess | Unset = UNSET
    people_to_process: ImportResponse200ImportPeopleToProcess | Unset = UNSET
    object_type_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        description = self.description

        rows_to_import = self.rows_to_import

        rows_imported = self.rows_imported

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        identifier: str | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = self.identifier.value

        data_to_process: str | Unset = UNSET
        if not isinstance(self.data_to_process, Unset):
            data_to_process = self.data_to_process.value

        people_to_process: str | Unset = UNSET
        if not isinstance(self.people_to_process, Unset):
            people_to_process = self.people_to_process.value

        object_type_id = self.object_type_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if rows_to_import is not UNSET:
            field_dict["rows_to_import"] = rows_to_import
        if rows_imported is not UNSET:
            field_dict["rows_imported"] = rows_imported
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if data_to_process is not UNSET:
            field_dict["data_to_process"] = data_to_process
        if people_to_process is not UNSET:
            field_dict["people_to_process"] = people_to_process
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ImportResponse200Import"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ImportResponse200Import.id")

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(created_at, "ImportResponse200Import.created_at")

        updated_at = d.pop("updated_at", UNSET)
        if type(updated_at) is not int and updated_at is not UNSET:
            updated_at = expect_int(updated_at, "ImportResponse200Import.updated_at")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "ImportResponse200Import.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(description, "ImportResponse200Import.description")

        rows_to_import = d.pop("rows_to_import", UNSET)
        if type(rows_to_import) is not int and rows_to_import is not UNSET:
            rows_to_import = expect_int(
                rows_to_import, "ImportResponse200Import.rows_to_import"
            )

        rows_imported = d.pop("rows_imported", UNSET)
        if type(rows_imported) is not int and rows_imported is not UNSET:
            rows_imported = expect_int(
                rows_imported, "ImportResponse200Import.rows_imported"
            )

        _state = d.pop("state", UNSET)
        state: ImportResponse200ImportState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ImportResponse200ImportState(_state)

        _type_ = d.pop("type", UNSET)
        type_: ImportResponse200ImportType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ImportResponse200ImportType(_type_)

        _identifier = d.pop("identifier", UNSET)
        identifier: ImportResponse200ImportIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = ImportResponse200ImportIdentifier(_identifier)

        _data_to_process = d.pop("data_to_process", UNSET)
        data_to_process: ImportResponse200ImportDataToProcess | Unset
        if isinstance(_data_to_process, Unset):
            data_to_process = UNSET
        else:
            data_to_process = ImportResponse200ImportDataToProcess(_data_to_process)

        _people_to_process = d.pop("people_to_process", UNSET)
        people_to_process: ImportResponse200ImportPeopleToProcess | Unset
        if isinstance(_people_to_process, Unset):
            people_to_process = UNSET
        else:
            people_to_process = ImportResponse200ImportPeopleToProcess(
                _people_to_process
            )

        object_type_id = d.pop("object_type_id", UNSET)
        if type(object_type_id) is not str and object_type_id is not UNSET:
            object_type_id = expect_str(
                object_type_id, "ImportResponse200Import.object_type_id"
            )

        error = d.pop("error", UNSET)
        if type(error) is not str and error is not UNSET:
            error = expect_str(error, "ImportResponse200Import.error")

        import_response_200_import = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            description=description,
            rows_to_import=rows_to_import,
            rows_imported=rows_imported,
            state=state,
            type_=type_,
            identifier=identifier,
            data_to_process=data_to_process,
            people_to_process=people_to_process,
            object_type_id=object_type_id,
            error=error,
        )

        import_response_200_import.additional_properties = d
        return import_response_200_import

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
