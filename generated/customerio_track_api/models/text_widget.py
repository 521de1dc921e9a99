from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.text_widget_overflow import TextWidgetOverflow
from ..models.text_widget_text_align import TextWidgetTextAlign
from ..models.text_widget_type import TextWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="TextWidget")


@_attrs_define
class TextWidget:
    """Displays text in your message.

    Attributes:
        type_ (TextWidgetType): Defines the widget type.
        text (str): The text you want to display. Example: $person.name.
        style (str | Unset): The style of text you want to display. You can only set values here that are defined under
            [**Content** > **In-App Messages**](https://fly.customer.io/env/last/in-app-messages).
        color (str | Unset): The color you want to use for this content. You can only set values here that are defined
            under [**Content** > **In-App Messages**](https://fly.customer.io/env/last/in-app-messages).
        text_align (TextWidgetTextAlign | Unset): How you want to align this text.
        max_lines (int | Unset): The maximum lines of text you want to display. Text over this limit is controlled by
            the `overflow` property. If unset, the message displays an unlimited number of lines.
        overflow (TextWidgetOverflow | Unset): Determines how to handle text that overflows the `maxLines` limit (if
            set). By default, we cut off overflowing text with ellipsis (`...`).
    """

    type_: TextWidgetType
    text: str
    style: str | Unset = UNSET
    color: str | Unset = UNSET
    text_align: TextWidgetTextAlign | Unset = UNSET
    max_lines: int | Unset = UNSET
    overflow: TextWidgetOverflow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        style = self.style

        color = self.color

        text_align: str | Unset = UNSET
        if not isinstance(self.text_align, Unset):
            text_align = self.text_align.value

        max_lines = self.max_lines

        overflow: str | Unset = UNSET
        if not isinstance(self.overflow, Unset):
            overflow = self.overflow.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if color is not UNSET:
            field_dict["color"] = color
        if text_align is not UNSET:
            field_dict["textAlign"] = text_align
        if max_lines is not UNSET:
            field_dict["maxLines"] = max_lines
        if overflow is not UNSET:
            field_dict["overflow"] = overflow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "TextWidget"))
        type_ = TextWidgetType(d.pop("type"))

        text = d.pop("text")
        if type(text) is not str:
            text = expect_str(text, "TextWidget.text")

        style = d.pop("style", UNSET)
        if type(style) is not str and style is not UNSET:
            style = expect_str(style, "TextWidget.style")

        color = d.pop("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = expect_str(color, "TextWidget.color")

        _text_align = d.pop("textAlign", UNSET)
        text_align: TextWidgetTextAlign | Unset
        if isinstance(_text_align, Unset):
            text_align = UNSET
        else:
            text_align = TextWidgetTextAlign(_text_align)

        max_lines = d.pop("maxLines", UNSET)
        if type(max_lines) is not int and max_lines is not UNSET:
            max_lines = expect_int(max_lines, "TextWidget.maxLines")

        _overflow = d.pop("overflow", UNSET)
        overflow: TextWidgetOverflow | Unset
        if isinstance(_overflow, Unset):
            overflow = UNSET
        else:
            overflow = TextWidgetOverflow(_overflow)

        text_widget = cls(
            type_=type_,
            text=text,
            style=style,
            color=color,
            text_align=text_align,
            max_lines=max_lines,
            overflow=overflow,
        )

        text_widget.additional_properties = d
        return text_widget

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
