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
    from ..models.cio_id_5 import CioId5
    from ..models.email_4 import Email4
    from ..models.id_4 import Id4


T = TypeVar("T", bound="MergeBody")


@_attrs_define
class MergeBody:
    """Provide identifiers for the `primary` and `secondary` people you want to merge together.

    Attributes:
        primary (CioId5 | Email4 | Id4): The person that you want to remain after the merge, identified by one of `id`,
            `email`, or `cio_id`. This person receives information from the secondary person in the merge.

            If email is disabled as an identifier in your [workspace
            settings](https://fly.customer.io/workspaces/last/settings/edit), then you must reference people by `id` or
            `cio_id`. Under How to Modify, `id` must be set to "Reference people by cio_id" for a successful merge.
        secondary (CioId5 | Email4 | Id4): The person that you want to delete after the merge, identified by one of
            `id`, `email`, or `cio_id`. This person's information is merged into the primary person's profile and then it is
            deleted.

            If email is disabled as an identifier in your [workspace
            settings](https://fly.customer.io/workspaces/last/settings/edit), then you must reference people by `id` or
            `cio_id`. Under How to Modify, `id` must be set to "Reference people by cio_id" for a successful merge.
    """

    primary: CioId5 | Email4 | Id4
    secondary: CioId5 | Email4 | Id4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_4 import Email4
        from ..models.id_4 import Id4

        primary: dict[str, Any]
        if isinstance(self.primary, Id4) or isinstance(self.primary, Email4):
            primary = self.primary.to_dict()
        else:
            primary = self.primary.to_dict()

        secondary: dict[str, Any]
        if isinstance(self.secondary, Id4) or isinstance(self.secondary, Email4):
            secondary = self.secondary.to_dict()
        else:
            secondary = self.secondary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary": primary,
                "secondary": secondary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_5 import CioId5
        from ..models.email_4 import Email4
        from ..models.id_4 import Id4

        d = dict(expect_object(src_dict, "MergeBody"))

        def _parse_primary(data: object) -> CioId5 | Email4 | Id4:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_type_0 = Id4.from_dict(data)

                return primary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_type_1 = Email4.from_dict(data)

                return primary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            primary_type_2 = CioId5.from_dict(data)

            return primary_type_2

        primary = _parse_primary(d.pop("primary"))

        def _parse_secondary(data: object) -> CioId5 | Email4 | Id4:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secondary_type_0 = Id4.from_dict(data)

                return secondary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secondary_type_1 = Email4.from_dict(data)

                return secondary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            secondary_type_2 = CioId5.from_dict(data)

            return secondary_type_2

        secondary = _parse_secondary(d.pop("secondary"))

        merge_body = cls(
            primary=primary,
            secondary=secondary,
        )

        merge_body.additional_properties = d
        return merge_body

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
