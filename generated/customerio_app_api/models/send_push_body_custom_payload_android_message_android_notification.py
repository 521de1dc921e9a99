from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="SendPushBodyCustomPayloadAndroidMessageAndroidNotification")


@_attrs_define
class SendPushBodyCustomPayloadAndroidMessageAndroidNotification:
    """Properties supported specifically by Android on FCM.

    Attributes:
        icon (str | Unset): Sets the notification icon to `myicon` for drawable resource `myicon`. If you don't send
            this key, FCM displays the launcher icon from your app manifest.
        sound (str | Unset): The sound that plays when the device receives the notification. Supports `"default"` or the
            filename of a sound resource bundled in your app. Sound files must reside in `/res/raw/`.
        tag (str | Unset): Identifier to replace existing notifications in the notification drawer. If empty, each
            request creates a new notification.

            If you specify a tag, and a notification with the same tag is already being shown, the new notification replaces
            the existing one in the notification drawer.
        color (str | Unset): The notification's icon color in `#rrggbb` format.
        click_action (str | Unset): The action that occurs when a user taps on the notification. Launches an activity
            with a matching intent filter when a person taps the notification.
        body_loc_key (str | Unset): The key to the body string in the app's string resources that you want to use to
            localize the body text to the user's current localization. See [String
            Resources](https://developer.android.com/guide/topics/resources/string-resource/) for more information.
        body_loc_arg (str | Unset): Variable string values used in place of the format specifiers in `body_loc_key` to
            localize the body text to the user's current localization. See Formatting and Styling for more information.
        title_loc_key (str | Unset): The key to the title string in the app's string resources that you want to use to
            localize the title text to the user's current localization. See [String
            Resources](https://developer.android.com/guide/topics/resources/string-resource/) for more information.
        title_loc_arg (str | Unset): Variable string values used in place of the format specifiers in `title_loc_key` to
            localize the title text to the user's current localization. See Formatting and Styling for more information.
    """

    icon: str | Unset = UNSET
    sound: str | Unset = UNSET
    tag: str | Unset = UNSET
    color: str | Unset = UNSET
    click_action: str | Unset = UNSET
    body_loc_key: str | Unset = UNSET
    body_loc_arg: str | Unset = UNSET
    title_loc_key: str | Unset = UNSET
    title_loc_arg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon = self.icon

        sound = self.sound

        tag = self.tag

        color = self.color

        click_action = self.click_action

        body_loc_key = self.body_loc_key

        body_loc_arg = self.body_loc_arg

        title_loc_key = self.title_loc_key

        title_loc_arg = self.title_loc_arg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icon is not UNSET:
            field_dict["icon"] = icon
        if sound is not UNSET:
            field_dict["sound"] = sound
        if tag is not UNSET:
            field_dict["tag"] = tag
        if color is not UNSET:
            field_dict["color"] = color
        if click_action is not UNSET:
            field_dict["click_action"] = click_action
        if body_loc_key is not UNSET:
            field_dict["body_loc_key"] = body_loc_key
        if body_loc_arg is not UNSET:
            field_dict["body_loc_arg"] = body_loc_arg
        if title_loc_key is not UNSET:
            field_dict["title_loc_key"] = title_loc_key
        if title_loc_arg is not UNSET:
            field_dict["title_loc_arg"] = title_loc_arg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "SendPushBodyCustomPayloadAndroidMessageAndroidNotification"
            )
        )
        icon = d.pop("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = expect_str(
                icon, "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.icon"
            )

        sound = d.pop("sound", UNSET)
        if type(sound) is not str and sound is not UNSET:
            sound = expect_str(
                sound,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.sound",
            )

        tag = d.pop("tag", UNSET)
        if type(tag) is not str and tag is not UNSET:
            tag = expect_str(
                tag, "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.tag"
            )

        color = d.pop("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = expect_str(
                color,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.color",
            )

        click_action = d.pop("click_action", UNSET)
        if type(click_action) is not str and click_action is not UNSET:
            click_action = expect_str(
                click_action,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.click_action",
            )

        body_loc_key = d.pop("body_loc_key", UNSET)
        if type(body_loc_key) is not str and body_loc_key is not UNSET:
            body_loc_key = expect_str(
                body_loc_key,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.body_loc_key",
            )

        body_loc_arg = d.pop("body_loc_arg", UNSET)
        if type(body_loc_arg) is not str and body_loc_arg is not UNSET:
            body_loc_arg = expect_str(
                body_loc_arg,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.body_loc_arg",
            )

        title_loc_key = d.pop("title_loc_key", UNSET)
        if type(title_loc_key) is not str and title_loc_key is not UNSET:
            title_loc_key = expect_str(
                title_loc_key,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.title_loc_key",
            )

        title_loc_arg = d.pop("title_loc_arg", UNSET)
        if type(title_loc_arg) is not str and title_loc_arg is not UNSET:
            title_loc_arg = expect_str(
                title_loc_arg,
                "SendPushBodyCustomPayloadAndroidMessageAndroidNotification.title_loc_arg",
            )

        send_push_body_custom_payload_android_message_android_notification = cls(
            icon=icon,
            sound=sound,
            tag=tag,
            color=color,
            click_action=click_action,
            body_loc_key=body_loc_key,
            body_loc_arg=body_loc_arg,
            title_loc_key=title_loc_key,
            title_loc_arg=title_loc_arg,
        )

        send_push_body_custom_payload_android_message_android_notification.additional_properties = d
        return send_push_body_custom_payload_android_message_android_notification

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
