from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.audience import Audience
    from ..models.segment import Segment


T = TypeVar("T", bound="Or2")


@_attrs_define
class Or2:
    """
    Attributes:
        or_ (list[Audience | Segment] | Unset): Match *any* condition to return results.
    """

    or_: list[Audience | Segment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segment import Segment

        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item: dict[str, Any]
                if isinstance(or_item_data, Segment):
                    or_item = or_item_data.to_dict()
                else:
                    or_item = or_item_data.to_dict()

                or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if or_ is not UNSET:
            field_dict["or"] = or_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience import Audience
        from ..models.segment import Segment

        d = dict(expect_object(src_dict, "Or2"))
        _or_ = expect_list(d.pop("or", UNSET), "Or2.or")
        or_: list[Audience | Segment] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:

                def _parse_or_item(data: object) -> Audience | Segment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        or_item_type_0 = Segment.from_dict(data)

                        return or_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    or_item_type_1 = Audience.from_dict(data)

                    return or_item_type_1

                or_item = _parse_or_item(or_item_data)

                or_.append(or_item)

        or_2 = cls(
            or_=or_,
        )

        or_2.additional_properties = d
        return or_2

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
