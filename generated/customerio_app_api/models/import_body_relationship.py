from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.import_body_relationship_data_to_process import (
    ImportBodyRelationshipDataToProcess,
)
from ..models.import_body_relationship_identifier import (
    ImportBodyRelationshipIdentifier,
)
from ..models.import_body_relationship_type import ImportBodyRelationshipType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ImportBodyRelationship")


@_attrs_define
class ImportBodyRelationship:
    """Contains your import parameters.

    Attributes:
        name (str): A friendly name for your import. This helps you identify your import.
        data_file_url (str): The URL or path to the CSV file you want to import.
        type_ (ImportBodyRelationshipType): The type of import.
        identifier (ImportBodyRelationshipIdentifier): The type of identifier you want to use to identify people in your
            sheet—`id` or `email`. At least one column in the CSV must contain an identifier.
        data_to_process (ImportBodyRelationshipDataToProcess | Unset): Determines whether your import operation performs
            `all` add/update operations, only adds items (`only_new`), or only updates existing items (`only_existing`).
            Defaults to `all`. If `import_type` is `event`, you can only use `all` or `only_existing`.

            This field was previously called `people_to_process` - we still support it but will deprecate it soon.
        description (str | Unset): A helpful description that can help you find and recognize your import operation.
    """

    name: str
    data_file_url: str
    type_: ImportBodyRelationshipType
    identifier: ImportBodyRelationshipIdentifier
    data_to_process: ImportBodyRelationshipDataToProcess | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_file_url = self.data_file_url

        type_ = self.type_.value

        identifier = self.identifier.value

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
                "type": type_,
                "identifier": identifier,
            }
        )
        if data_to_process is not UNSET:
            field_dict["data_to_process"] = data_to_process
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ImportBodyRelationship"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "ImportBodyRelationship.name")

        data_file_url = d.pop("data_file_url")
        if type(data_file_url) is not str:
            data_file_url = expect_str(
                data_file_url, "ImportBodyRelationship.data_file_url"
            )

        type_ = ImportBodyRelationshipType(d.pop("type"))

        identifier = ImportBodyRelationshipIdentifier(d.pop("identifier"))

        _data_to_process = d.pop("data_to_process", UNSET)
        data_to_process: ImportBodyRelationshipDataToProcess | Unset
        if isinstance(_data_to_process, Unset):
            data_to_process = UNSET
        else:
            data_to_process = ImportBodyRelationshipDataToProcess(_data_to_process)

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(description, "ImportBodyRelationship.description")

        import_body_relationship = cls(
            name=name,
            data_file_url=data_file_url,
            type_=type_,
            identifier=identifier,
            data_to_process=data_to_process,
            description=description,
        )

        import_body_relationship.additional_properties = d
        return import_body_relationship

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
