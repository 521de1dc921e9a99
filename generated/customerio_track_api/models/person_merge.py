from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.person_merge_action import PersonMergeAction
from ..models.person_merge_type import PersonMergeType
from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_id_3 import CioId3
    from ..models.email_2 import Email2
    from ..models.id_2 import Id2


T = TypeVar("T", bound="PersonMerge")


@_attrs_define
class PersonMerge:
    """Merge two people. You'll merge the `secondary` person into the `primary`. The primary profile remains after the
    merge and the secondary is deleted. This operation is _not_ reversible.

    **Important:** The primary profile must already exist in Customer.io for the merge operation to work. If the primary
    profile doesn't exist, the merge request will not perform any action. This can lead to race conditions if you have
    concurrent requests that create a profile and merge profiles with the same primary ID.

    See our page on [merging duplicate people](/merge-people/) for more information.

        Attributes:
            type_ (PersonMergeType): The operation modifies a person in Customer.io
            action (PersonMergeAction): Merge two people. You'll merge the `secondary` person into the `primary`. The
                primary profile remains after the merge and the secondary is deleted. This operation is _not_ reversible. See
                our page on [merging duplicate people](/merge-people/) for more information.
            primary (CioId3 | Email2 | Id2): The person that you want to remain after the merge, identified by one of `id`,
                `email`, or `cio_id`. This person receives information from the secondary person in the merge.

                If email is disabled as an identifier in your [workspace
                settings](https://fly.customer.io/workspaces/last/settings/edit), then you must reference people by `id` or
                `cio_id`. Under How to Modify, `id` must be set to "Reference people by cio_id" for a successful merge.
            secondary (CioId3 | Email2 | Id2): The person that you want to delete after the merge, identified by one of
                `id`, `email`, or `cio_id`. This person's information is merged into the primary person's profile and then it is
                deleted.

                If email is disabled as an identifier in your [workspace
                settings](https://fly.customer.io/workspaces/last/settings/edit), then you must reference people by `id` or
                `cio_id`. Under How to Modify, `id` must be set to "Reference people by cio_id" for a successful merge.
    """

    type_: PersonMergeType
    action: PersonMergeAction
    primary: CioId3 | Email2 | Id2
    secondary: CioId3 | Email2 | Id2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2

        type_ = self.type_.value

        action = self.action.value

        primary: dict[str, Any]
        if isinstance(self.primary, Id2) or isinstance(self.primary, Email2):
            primary = self.primary.to_dict()
        else:
            primary = self.primary.to_dict()

        secondary: dict[str, Any]
        if isinstance(self.secondary, Id2) or isinstance(self.secondary, Email2):
            secondary = self.secondary.to_dict()
        else:
            secondary = self.secondary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "primary": primary,
                "secondary": secondary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2

        d = dict(expect_object(src_dict, "PersonMerge"))
        type_ = PersonMergeType(d.pop("type"))

        action = PersonMergeAction(d.pop("action"))

        def _parse_primary(data: object) -> CioId3 | Email2 | Id2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_type_0 = Id2.from_dict(data)

                return primary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_type_1 = Email2.from_dict(data)

                return primary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            primary_type_2 = CioId3.from_dict(data)

            return primary_type_2

        primary = _parse_primary(d.pop("primary"))

        def _parse_secondary(data: object) -> CioId3 | Email2 | Id2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secondary_type_0 = Id2.from_dict(data)

                return secondary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secondary_type_1 = Email2.from_dict(data)

                return secondary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            secondary_type_2 = CioId3.from_dict(data)

            return secondary_type_2

        secondary = _parse_secondary(d.pop("secondary"))

        person_merge = cls(
            type_=type_,
            action=action,
            primary=primary,
            secondary=secondary,
        )

        person_merge.additional_properties = d
        return person_merge

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
