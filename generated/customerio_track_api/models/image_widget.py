from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.image_widget_fit import ImageWidgetFit
from ..models.image_widget_type import ImageWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="ImageWidget")


@_attrs_define
class ImageWidget:
    """Displays an image. You can provide the URL of an image. Or, if you use the template designer, you can upload an
    image and host it directly.

        Attributes:
            type_ (ImageWidgetType): Defines the widget type.
            image (Any): The URL of the image that you want ot use in your message. Example: $person.imageUrl.
            fit (ImageWidgetFit | Unset): Determines how the image fits your message. Defaults to `cover`.
            height (int | Unset): The height of the component in pixels, if you want to constrain it. If you don't set a
                height or width, we'll scale your content to fit your message or container.
            width (int | Unset): The width of the component in pixels, if you want to constrain it. If you don't set a
                height or width, we'll scale your content to fit your message or container.
            corner_radius (int | Unset): Sets the radius of corners for an item in pixels, similar to the `border-radius`
                CSS property.
            fade_in_duration (int | Unset): The durration for the image to fade in, in milliseconds, similar to the `fadeIn`
                CSS transition property.
    """

    type_: ImageWidgetType
    image: Any
    fit: ImageWidgetFit | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    corner_radius: int | Unset = UNSET
    fade_in_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        image = self.image

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit.value

        height = self.height

        width = self.width

        corner_radius = self.corner_radius

        fade_in_duration = self.fade_in_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image": image,
            }
        )
        if fit is not UNSET:
            field_dict["fit"] = fit
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if corner_radius is not UNSET:
            field_dict["cornerRadius"] = corner_radius
        if fade_in_duration is not UNSET:
            field_dict["fadeInDuration"] = fade_in_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ImageWidget"))
        type_ = ImageWidgetType(d.pop("type"))

        image = d.pop("image")

        _fit = d.pop("fit", UNSET)
        fit: ImageWidgetFit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = ImageWidgetFit(_fit)

        height = d.pop("height", UNSET)
        if type(height) is not int and height is not UNSET:
            height = expect_int(height, "ImageWidget.height")

        width = d.pop("width", UNSET)
        if type(width) is not int and width is not UNSET:
            width = expect_int(width, "ImageWidget.width")

        corner_radius = d.pop("cornerRadius", UNSET)
        if type(corner_radius) is not int and corner_radius is not UNSET:
            corner_radius = expect_int(corner_radius, "ImageWidget.cornerRadius")

        fade_in_duration = d.pop("fadeInDuration", UNSET)
        if type(fade_in_duration) is not int and fade_in_duration is not UNSET:
            fade_in_duration = expect_int(
                fade_in_duration, "ImageWidget.fadeInDuration"
            )

        image_widget = cls(
            type_=type_,
            image=image,
            fit=fit,
            height=height,
            width=width,
            corner_radius=corner_radius,
            fade_in_duration=fade_in_duration,
        )

        image_widget.additional_properties = d
        return image_widget

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
