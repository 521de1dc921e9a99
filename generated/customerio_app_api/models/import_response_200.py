from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.import_response_200_import import ImportResponse200Import


T = TypeVar("T", bound="ImportResponse200")


@_attrs_define
class ImportResponse200:
    """
    Attributes:
        import_ (ImportResponse200Import): Represents an import operation. Example: {'id': 30, 'name': 'account-object-
            import', 'description': 'importing accounts', 'created_at': 1706081641, 'updated_at': 1706081645,
            'rows_to_import': 3, 'rows_imported': 3, 'state': 'imported', 'type': 'object', 'data_to_process': 'all',
            'people_to_process': 'all', 'object_type_id': 1, 'error': 'possible error - The specified Object Type does not
            exist.'}.
    """

    import_: ImportResponse200Import
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_ = self.import_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import": import_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_response_200_import import ImportResponse200Import

        d = dict(expect_object(src_dict, "ImportResponse200"))
        import_ = ImportResponse200Import.from_dict(d.pop("import"))

        import_response_200 = cls(
            import_=import_,
        )

        import_response_200.additional_properties = d
        return import_response_200

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
