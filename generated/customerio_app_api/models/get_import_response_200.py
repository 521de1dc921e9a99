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
    from ..models.get_import_response_200_import import GetImportResponse200Import


T = TypeVar("T", bound="GetImportResponse200")


@_attrs_define
class GetImportResponse200:
    """
    Attributes:
        import_ (GetImportResponse200Import):
    """

    import_: GetImportResponse200Import
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
        from ..models.get_import_response_200_import import GetImportResponse200Import

        d = dict(expect_object(src_dict, "GetImportResponse200"))
        import_ = GetImportResponse200Import.from_dict(d.pop("import"))

        get_import_response_200 = cls(
            import_=import_,
        )

        get_import_response_200.additional_properties = d
        return get_import_response_200

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
