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


T = TypeVar("T", bound="ExportPeopleDataBody")


@_attrs_define
class ExportPeopleDataBody:
    """
    Attributes:
        filters (And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3): When filtering for people, you
            can use `and` and `or` arrays to determine the logic for a group of filter conditions. `not` reverses the filter
            condition and matches when the condition is false. `segment` and `attribute` represent the individual conditions
            you can filter a group of people for.

            The top level of this object can only contain a single property, but you can nest `and` and `or` properties to
            produce complex filters.
    """

    filters: And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_2 import And2
        from ..models.and_3 import And3
        from ..models.attribute_2 import Attribute2
        from ..models.or_ import Or
        from ..models.or_3 import Or3
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3

        filters: dict[str, Any]
        if (
            isinstance(self.filters, And3)
            or isinstance(self.filters, Or3)
            or isinstance(self.filters, And2)
            or isinstance(self.filters, Or)
            or isinstance(self.filters, Segment3)
            or isinstance(self.filters, Attribute2)
            or isinstance(self.filters, Segment)
        ):
            filters = self.filters.to_dict()
        else:
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
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

        d = dict(expect_object(src_dict, "ExportPeopleDataBody"))

        def _parse_filters(
            data: object,
        ) -> And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = And3.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_1 = Or3.from_dict(data)

                return filters_type_1
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
                filters_type_3 = Segment.from_dict(data)

                return filters_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            filters_type_4 = Audience.from_dict(data)

            return filters_type_4

        filters = _parse_filters(d.pop("filters"))

        export_people_data_body = cls(
            filters=filters,
        )

        export_people_data_body.additional_properties = d
        return export_people_data_body

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
