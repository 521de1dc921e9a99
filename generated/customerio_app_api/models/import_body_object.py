from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.import_body_object_data_to_process import ImportBodyObjectDataToProcess
from ..models.import_body_object_type import ImportBodyObjectType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ImportBodyObject")


@_attrs_define
class ImportBodyObject:
    """Contains your import parameters.

    Attributes:
        name (str): A friendly name for your import. This helps you identify your import.
        data_file_url (str): The URL or path to the CSV file you want to import.
        object_type_id (str): The object type an object belongs to—like "Companies" or "Accounts". Object type IDs are
            string-formatted integers that begin at `1` and increment for each new type. Example: 1.
        type_ (ImportBodyObjectType): The type of import.
        data_to_process (ImportBodyObjectDataToProcess | Unset): Determines whether your import operation performs `all`
            add/update operations, only adds items (`only_new`), or only updates existing items (`only_existing`). Defaults
            to `all`. If `import_type` is `event`, you can only use `all` or `only_existing`.

            This field was previously called `people_to_process` - we still support it but will deprecate it soon.
        description (str | Unset): A helpful description that can help you find and recognize your import operation.
    """

    name: str
    data_file_url: str
    object_type_id: str
    type_: ImportBodyObjectType
    data_to_process: ImportBodyObjectDataToProcess | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_file_url = self.data_file_url

        object_type_id = self.object_type_id

        type_ = self.type_.value

        data_to_process: str | Unset = UNSET
        if not isinstance(self.data_to_process, Unset):
            data_to_process = self.data_to_process.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_file_url": data_file_url,
                "object_type_id": object_type_id,
                "type": type_,
            }
        )
        if data_to_process is not UNSET:
            field_dict["data_to_process"] = data_to_process
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ImportBodyObject"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "ImportBodyObject.name")

        data_file_url = d.pop("data_file_url")
        if type(data_file_url) is not str:
            data_file_url = expect_str(data_file_url, "ImportBodyObject.data_file_url")

        object_type_id = d.pop("object_type_id")
        if type(object_type_id) is not str:
            object_type_id = expect_str(
                object_type_id, "ImportBodyObject.object_type_id"
            )

        type_ = ImportBodyObjectType(d.pop("type"))

        _data_to_process = d.pop("data_to_process", UNSET)
        data_to_process: ImportBodyObjectDataToProcess | Unset
        if isinstance(_data_to_process, Unset):
            data_to_process = UNSET
        else:
            data_to_process = ImportBodyObjectDataToProcess(_data_to_process)

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(description, "ImportBodyObject.description")

        import_body_object = cls(
            name=name,
            data_file_url=data_file_url,
            object_type_id=object_type_id,
            type_=type_,
            data_to_process=data_to_process,
            description=description,
        )

        import_body_object.additional_properties = d
        return import_body_object

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
