from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.fixed_horizontal_list_widget_cross_axis_alignment import (
    FixedHorizontalListWidgetCrossAxisAlignment,
)
from ..models.fixed_horizontal_list_widget_main_axis_alignment import (
    FixedHorizontalListWidgetMainAxisAlignment,
)
from ..models.fixed_horizontal_list_widget_type import FixedHorizontalListWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.fixed_horizontal_list_widget_components_item import (
        FixedHorizontalListWidgetComponentsItem,
    )


T = TypeVar("T", bound="FixedHorizontalListWidget")


@_attrs_define
class FixedHorizontalListWidget:
    """Displays a series of components in a horizontal list, like if you want to put an image and text next to each other.

    Attributes:
        type_ (FixedHorizontalListWidgetType | Unset): Defines the widget type.
        main_axis_alignment (FixedHorizontalListWidgetMainAxisAlignment | Unset): The mainAxisAlignment property
            supports the following options.
        cross_axis_alignment (FixedHorizontalListWidgetCrossAxisAlignment | Unset): The crossAxisAlignment property
            supports the following options
        components (list[FixedHorizontalListWidgetComponentsItem] | Unset): An array of child components that you want
            to make available inside this widget.
    """

    type_: FixedHorizontalListWidgetType | Unset = UNSET
    main_axis_alignment: FixedHorizontalListWidgetMainAxisAlignment | Unset = UNSET
    cross_axis_alignment: FixedHorizontalListWidgetCrossAxisAlignment | Unset = UNSET
    components: list[FixedHorizontalListWidgetComponentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        main_axis_alignment: str | Unset = UNSET
        if not isinstance(self.main_axis_alignment, Unset):
            main_axis_alignment = self.main_axis_alignment.value

        cross_axis_alignment: str | Unset = UNSET
        if not isinstance(self.cross_axis_alignment, Unset):
            cross_axis_alignment = self.cross_axis_alignment.value

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if main_axis_alignment is not UNSET:
            field_dict["mainAxisAlignment"] = main_axis_alignment
        if cross_axis_alignment is not UNSET:
            field_dict["crossAxisAlignment"] = cross_axis_alignment
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fixed_horizontal_list_widget_components_item import (
            FixedHorizontalListWidgetComponentsItem,
        )

        d = dict(expect_object(src_dict, "FixedHorizontalListWidget"))
        _type_ = d.pop("type", UNSET)
        type_: FixedHorizontalListWidgetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FixedHorizontalListWidgetType(_type_)

        _main_axis_alignment = d.pop("mainAxisAlignment", UNSET)
        main_axis_alignment: FixedHorizontalListWidgetMainAxisAlignment | Unset
        if isinstance(_main_axis_alignment, Unset):
            main_axis_alignment = UNSET
        else:
            main_axis_alignment = FixedHorizontalListWidgetMainAxisAlignment(
                _main_axis_alignment
            )

        _cross_axis_alignment = d.pop("crossAxisAlignment", UNSET)
        cross_axis_alignment: FixedHorizontalListWidgetCrossAxisAlignment | Unset
        if isinstance(_cross_axis_alignment, Unset):
            cross_axis_alignment = UNSET
        else:
            cross_axis_alignment = FixedHorizontalListWidgetCrossAxisAlignment(
                _cross_axis_alignment
            )

        _components = expect_list(
            d.pop("components", UNSET), "FixedHorizontalListWidget.components"
        )
        components: list[FixedHorizontalListWidgetComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = FixedHorizontalListWidgetComponentsItem.from_dict(
                    components_item_data
                )

                components.append(components_item)

        fixed_horizontal_list_widget = cls(
            type_=type_,
            main_axis_alignment=main_axis_alignment,
            cross_axis_alignment=cross_axis_alignment,
            components=components,
        )

        fixed_horizontal_list_widget.additional_properties = d
        return fixed_horizontal_list_widget

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
