from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ComplexAlert")


@_attrs_define
class ComplexAlert:
    """
    Attributes:
        body (str | Unset): The body of your push notification.
        title (str | Unset): The title of your push notification.
        subtitle (str | Unset): Additional information that explains the purpose of the notification.
        launch_image (str | Unset): The name of the launch image file you want to display. When a user launches your
            app, they'll see this image or storyboard file rather than your app’s normal launch image.
        title_loc_key (str | Unset): The key for a localized title string in your app’s Localizable.strings files.
        title_loc_args (list[str] | Unset): An array of replacement value strings for variables in your title string.
            Each %@ character in the title-loc-key is replaced by a value from this array, in the order they appear in the
            title string.
        subtitle_loc_key (str | Unset): The key for a localized subtitle string in your app’s Localizable.strings file.
        subtitle_loc_args (list[str] | Unset): An array of replacement value strings for variables in your subtitle
            string. Each %@ character in the subtitle-loc-key is replaced by a value from this array, in the order they
            appear in the subtitle string.
        loc_key (str | Unset): The key for a localized message string in your app’s Localizable.strings file.
        loc_args (list[str] | Unset): An array of replacement value strings for variables in your message text. Each %@
            character in the loc-key is replaced by a value from this array, in the order they appear in the message body.
    """

    body: str | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    launch_image: str | Unset = UNSET
    title_loc_key: str | Unset = UNSET
    title_loc_args: list[str] | Unset = UNSET
    subtitle_loc_key: str | Unset = UNSET
    subtitle_loc_args: list[str] | Unset = UNSET
    loc_key: str | Unset = UNSET
    loc_args: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        subtitle = self.subtitle

        launch_image = self.launch_image

        title_loc_key = self.title_loc_key

        title_loc_args: list[str] | Unset = UNSET
        if not isinstance(self.title_loc_args, Unset):
            title_loc_args = self.title_loc_args

        subtitle_loc_key = self.subtitle_loc_key

        subtitle_loc_args: list[str] | Unset = UNSET
        if not isinstance(self.subtitle_loc_args, Unset):
            subtitle_loc_args = self.subtitle_loc_args

        loc_key = self.loc_key

        loc_args: list[str] | Unset = UNSET
        if not isinstance(self.loc_args, Unset):
            loc_args = self.loc_args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if launch_image is not UNSET:
            field_dict["launch-image"] = launch_image
        if title_loc_key is not UNSET:
            field_dict["title-loc-key"] = title_loc_key
        if title_loc_args is not UNSET:
            field_dict["title-loc-args"] = title_loc_args
        if subtitle_loc_key is not UNSET:
            field_dict["subtitle-loc-key"] = subtitle_loc_key
        if subtitle_loc_args is not UNSET:
            field_dict["subtitle-loc-args"] = subtitle_loc_args
        if loc_key is not UNSET:
            field_dict["loc-key"] = loc_key
        if loc_args is not UNSET:
            field_dict["loc-args"] = loc_args

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ComplexAlert"))
        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "ComplexAlert.body")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "ComplexAlert.title")

        subtitle = d.pop("subtitle", UNSET)
        if type(subtitle) is not str and subtitle is not UNSET:
            subtitle = expect_str(subtitle, "ComplexAlert.subtitle")

        launch_image = d.pop("launch-image", UNSET)
        if type(launch_image) is not str and launch_image is not UNSET:
            launch_image = expect_str(launch_image, "ComplexAlert.launch-image")

        title_loc_key = d.pop("title-loc-key", UNSET)
        if type(title_loc_key) is not str and title_loc_key is not UNSET:
            title_loc_key = expect_str(title_loc_key, "ComplexAlert.title-loc-key")

        title_loc_args = cast(
            list[str],
            expect_list(d.pop("title-loc-args", UNSET), "ComplexAlert.title-loc-args"),
        )

        subtitle_loc_key = d.pop("subtitle-loc-key", UNSET)
        if type(subtitle_loc_key) is not str and subtitle_loc_key is not UNSET:
            subtitle_loc_key = expect_str(
                subtitle_loc_key, "ComplexAlert.subtitle-loc-key"
            )

        subtitle_loc_args = cast(
            list[str],
            expect_list(
                d.pop("subtitle-loc-args", UNSET), "ComplexAlert.subtitle-loc-args"
            ),
        )

        loc_key = d.pop("loc-key", UNSET)
        if type(loc_key) is not str and loc_key is not UNSET:
            loc_key = expect_str(loc_key, "ComplexAlert.loc-key")

        loc_args = cast(
            list[str], expect_list(d.pop("loc-args", UNSET), "ComplexAlert.loc-args")
        )

        complex_alert = cls(
            body=body,
            title=title,
            subtitle=subtitle,
            launch_image=launch_image,
            title_loc_key=title_loc_key,
            title_loc_args=title_loc_args,
            subtitle_loc_key=subtitle_loc_key,
            subtitle_loc_args=subtitle_loc_args,
            loc_key=loc_key,
            loc_args=loc_args,
        )

        complex_alert.additional_properties = d
        return complex_alert

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
