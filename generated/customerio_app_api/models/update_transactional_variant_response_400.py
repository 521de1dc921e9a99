from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.update_transactional_variant_response_400_meta import (
        UpdateTransactionalVariantResponse400Meta,
    )


T = TypeVar("T", bound="UpdateTransactionalVariantResponse400")


@_attrs_define
class UpdateTransactionalVariantResponse400:
    """
    Attributes:
        meta (UpdateTransactionalVariantResponse400Meta | Unset): Contains errors.
    """

    meta: UpdateTransactionalVariantResponse400Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_transactional_variant_response_400_meta import (
            UpdateTransactionalVariantResponse400Meta,
        )

        d = dict(expect_object(src_dict, "UpdateTransactionalVariantResponse400"))
        _meta = d.pop("meta", UNSET)
        meta: UpdateTransactionalVariantResponse400Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = UpdateTransactionalVariantResponse400Meta.from_dict(_meta)

        update_transactional_variant_response_400 = cls(
            meta=meta,
        )

        update_transactional_variant_response_400.additional_properties = d
        return update_transactional_variant_response_400

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
