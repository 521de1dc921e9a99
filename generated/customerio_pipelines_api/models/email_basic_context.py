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
    from ..models.email_basic_context_traits import EmailBasicContextTraits


T = TypeVar("T", bound="EmailBasicContext")


@_attrs_define
class EmailBasicContext:
    """Contextual information about the event. These fields are in addition to any [captured automatically by your source
    library](/integrations/data-in/source-spec/common-fields/).

        Attributes:
            traits (EmailBasicContextTraits | Unset): Traits you want to capture as context for the event.
    """

    traits: EmailBasicContextTraits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_basic_context_traits import EmailBasicContextTraits

        d = dict(expect_object(src_dict, "EmailBasicContext"))
        _traits = d.pop("traits", UNSET)
        traits: EmailBasicContextTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = EmailBasicContextTraits.from_dict(_traits)

        email_basic_context = cls(
            traits=traits,
        )

        email_basic_context.additional_properties = d
        return email_basic_context

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
