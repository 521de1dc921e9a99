from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.block_widget_type import BlockWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.block_widget_components_item import BlockWidgetComponentsItem


T = TypeVar("T", bound="BlockWidget")


@_attrs_define
class BlockWidget:
    """A widget that provides visual design for one or more child components.

    Attributes:
        type_ (BlockWidgetType | Unset): Defines the widget type.
        safe_insets (bool | Unset): Based on the env `safe-area-inset-*` CSS properties. Set to true to ensure that the
            block can't overflow the defined screen or the defined area of your message. Defaults to `false`. Default:
            False.
        padding (list[str] | Unset): Defines padding for the block, based on the values set under *Branding* >
            *Padding*. As with the CSS `padding` property, values in the array represent top, right, bottom, and left
            padding.
        background_color (str | Unset): The background color for your block. You must set a value defined under
            *Branding* > *Colors*.
        border_color (str | Unset): The border color for your block, if you set a border width greater than 0. You must
            set a value defined under *Branding* > *Colors*.
        border_width (int | Unset): The width of the border for this block in pixels.
        border_radius (int | Unset): Sets the radius of corners for an item in pixels, similar to the `border-radius`
            CSS property.
        height (int | Unset): The height of the component in pixels, if you want to constrain it. If you don't set a
            height or width, we'll scale your content to fit your message or container.
        background_image (str | Unset): Set a background image for the block Example: $user.backgroundImage,.
        flex (int | Unset): The single digit syntax for the CSS `flex` property. The value you use here determines the
            propotional amount of space the block consumes in a parent container.
        components (list[BlockWidgetComponentsItem] | Unset): An array of child components that you want to make
            available inside this widget.
    """

    type_: BlockWidgetType | Unset = UNSET
    safe_insets: bool | Unset = False
    padding: list[str] | Unset = UNSET
    background_color: str | Unset = UNSET
    border_color: str | Unset = UNSET
    border_width: int | Unset = UNSET
    border_radius: int | Unset = UNSET
    height: int | Unset = UNSET
    background_image: str | Unset = UNSET
    flex: int | Unset = UNSET
    components: list[BlockWidgetComponentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        safe_insets = self.safe_insets

        padding: list[str] | Unset = UNSET
        if not isinstance(self.padding, Unset):
            padding = self.padding

        background_color = self.background_color

        border_color = self.border_color

        border_width = self.border_width

        border_radius = self.border_radius

        height = self.height

        background_image = self.background_image

        flex = self.flex

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
        if safe_insets is not UNSET:
            field_dict["safeInsets"] = safe_insets
        if padding is not UNSET:
            field_dict["padding"] = padding
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if border_color is not UNSET:
            field_dict["borderColor"] = border_color
        if border_width is not UNSET:
            field_dict["borderWidth"] = border_width
        if border_radius is not UNSET:
            field_dict["borderRadius"] = border_radius
        if height is not UNSET:
            field_dict["height"] = height
        if background_image is not UNSET:
            field_dict["backgroundImage"] = background_image
        if flex is not UNSET:
            field_dict["flex"] = flex
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.block_widget_components_item import BlockWidgetComponentsItem

        d = dict(expect_object(src_dict, "BlockWidget"))
        _type_ = d.pop("type", UNSET)
        type_: BlockWidgetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BlockWidgetType(_type_)

        safe_insets = d.pop("safeInsets", UNSET)
        if type(safe_insets) is not bool and safe_insets is not UNSET:
            safe_insets = expect_bool(safe_insets, "BlockWidget.safeInsets")

        padding = cast(
            list[str], expect_list(d.pop("padding", UNSET), "BlockWidget.padding")
        )

        background_color = d.pop("backgroundColor", UNSET)
        if type(background_color) is not str and background_color is not UNSET:
            background_color = expect_str(
                background_color, "BlockWidget.backgroundColor"
            )

        border_color = d.pop("borderColor", UNSET)
        if type(border_color) is not str and border_color is not UNSET:
            border_color = expect_str(border_color, "BlockWidget.borderColor")

        border_width = d.pop("borderWidth", UNSET)
        if type(border_width) is not int and border_width is not UNSET:
            border_width = expect_int(border_width, "BlockWidget.borderWidth")

        border_radius = d.pop("borderRadius", UNSET)
        if type(border_radius) is not int and border_radius is not UNSET:
            border_radius = expect_int(border_radius, "BlockWidget.borderRadius")

        height = d.pop("height", UNSET)
        if type(height) is not int and height is not UNSET:
            height = expect_int(height, "BlockWidget.height")

        background_image = d.pop("backgroundImage", UNSET)
        if type(background_image) is not str and background_image is not UNSET:
            background_image = expect_str(
                background_image, "BlockWidget.backgroundImage"
            )

        flex = d.pop("flex", UNSET)
        if type(flex) is not int and flex is not UNSET:
            flex = expect_int(flex, "BlockWidget.flex")

        _components = expect_list(d.pop("components", UNSET), "BlockWidget.components")
        components: list[BlockWidgetComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = BlockWidgetComponentsItem.from_dict(
                    components_item_data
                )

                components.append(components_item)

        block_widget = cls(
            type_=type_,
            safe_insets=safe_insets,
            padding=padding,
            background_color=background_color,
            border_color=border_color,
            border_width=border_width,
            border_radius=border_radius,
            height=height,
            background_image=background_image,
            flex=flex,
            components=components,
        )

        block_widget.additional_properties = d
        return block_widget

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
