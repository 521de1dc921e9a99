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
    from ..models.and_2 import And2
    from ..models.and_3 import And3
    from ..models.attribute_2 import Attribute2
    from ..models.audience import Audience
    from ..models.or_ import Or
    from ..models.or_3 import Or3
    from ..models.segment import Segment
    from ..models.segment_3 import Segment3


T = TypeVar("T", bound="GetPeopleFilterBody")


@_attrs_define
class GetPeopleFilterBody:
    """
    Attributes:
        filter_ (And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3): Describe the customers you want
            to return. Use `and`, `or`, and `not` arrays to group and determine the logic for filter criteria. You can nest
            and, or, and not arrays to produce complex filters.
    """

    filter_: And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_2 import And2
        from ..models.and_3 import And3
        from ..models.attribute_2 import Attribute2
        from ..models.or_ import Or
        from ..models.or_3 import Or3
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3

        filter_: dict[str, Any]
        if (
            isinstance(self.filter_, And3)
            or isinstance(self.filter_, Or3)
            or isinstance(self.filter_, And2)
            or isinstance(self.filter_, Or)
            or isinstance(self.filter_, Segment3)
            or isinstance(self.filter_, Attribute2)
            or isinstance(self.filter_, Segment)
        ):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.and_2 import And2
        from ..models.and_3 import And3
        from ..models.attribute_2 import Attribute2
        from ..models.audience import Audience
        from ..models.or_ import Or
        from ..models.or_3 import Or3
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3

        d = dict(expect_object(src_dict, "GetPeopleFilterBody"))

        def _parse_filter_(
            data: object,
        ) -> And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = And3.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_1 = Or3.from_dict(data)

                return filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_0 = And2.from_dict(data)

                return componentsschemasnot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_1 = Or.from_dict(data)

                return componentsschemasnot_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_2 = Segment3.from_dict(data)

                return componentsschemasnot_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_3 = Attribute2.from_dict(data)

                return componentsschemasnot_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_3 = Segment.from_dict(data)

                return filter_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            filter_type_4 = Audience.from_dict(data)

            return filter_type_4

        filter_ = _parse_filter_(d.pop("filter"))

        get_people_filter_body = cls(
            filter_=filter_,
        )

        get_people_filter_body.additional_properties = d
        return get_people_filter_body

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
