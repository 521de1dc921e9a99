from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.send_push_body_custom_payload_apns_aps_interruption_level import (
    SendPushBodyCustomPayloadAPNSApsInterruptionLevel,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_number,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.complex_alert import ComplexAlert
    from ..models.critical_alert import CriticalAlert


T = TypeVar("T", bound="SendPushBodyCustomPayloadAPNSAps")


@_attrs_define
class SendPushBodyCustomPayloadAPNSAps:
    """A push payload intended for an iOS device.

    Attributes:
        alert (ComplexAlert | str | Unset):
        badge (int | Unset): The number you want to display on your app's icon. Set to 0 to remove the current badge, if
            any.
        sound (CriticalAlert | str | Unset):
        thread_id (str | Unset): An identifier to group related notifications.
        category (str | Unset): The notification’s type. This string must correspond to the identifier of one of the
            `UNNotificationCategory` objects you register at launch time.
        content_available (int | Unset): The background notification flag. Use `1` without an `alert` to perform a
            silent update. `0` indicates a normal push notification.
        mutable_content (int | Unset): If you use the Customer.io SDK, you *must* set this value to `1` to support
            images and "delivered" metrics from your push notifications.
            When the value is 1, your notification is passed to your notification service app extension before delivery. Use
            your extension to modify the notification’s content.
        target_content_id (str | Unset): The identifier of the window brought forward.
        interruption_level (SendPushBodyCustomPayloadAPNSApsInterruptionLevel | Unset): Indicates the importance and
            delivery timing of a notification.
        relevance_score (float | Unset): A number between 0 and 1. The highest score is considered the "most relevant"
            and is featured in the notification summary.
    """

    alert: ComplexAlert | str | Unset = UNSET
    badge: int | Unset = UNSET
    sound: CriticalAlert | str | Unset = UNSET
    thread_id: str | Unset = UNSET
    category: str | Unset = UNSET
    content_available: int | Unset = UNSET
    mutable_content: int | Unset = UNSET
    target_content_id: str | Unset = UNSET
    interruption_level: SendPushBodyCustomPayloadAPNSApsInterruptionLevel | Unset = (
        UNSET
    )
    relevance_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.complex_alert import ComplexAlert
        from ..models.critical_alert import CriticalAlert

        alert: dict[str, Any] | str | Unset
        if isinstance(self.alert, Unset):
            alert = UNSET
        elif isinstance(self.alert, ComplexAlert):
            alert = self.alert.to_dict()
        else:
            alert = self.alert

        badge = self.badge

        sound: dict[str, Any] | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        elif isinstance(self.sound, CriticalAlert):
            sound = self.sound.to_dict()
        else:
            sound = self.sound

        thread_id = self.thread_id

        category = self.category

        content_available = self.content_available

        mutable_content = self.mutable_content

        target_content_id = self.target_content_id

        interruption_level: str | Unset = UNSET
        if not isinstance(self.interruption_level, Unset):
            interruption_level = self.interruption_level.value

        relevance_score = self.relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert is not UNSET:
            field_dict["alert"] = alert
        if badge is not UNSET:
            field_dict["badge"] = badge
        if sound is not UNSET:
            field_dict["sound"] = sound
        if thread_id is not UNSET:
            field_dict["thread-id"] = thread_id
        if category is not UNSET:
            field_dict["category"] = category
        if content_available is not UNSET:
            field_dict["content-available"] = content_available
        if mutable_content is not UNSET:
            field_dict["mutable-content"] = mutable_content
        if target_content_id is not UNSET:
            field_dict["target-content-id"] = target_content_id
        if interruption_level is not UNSET:
            field_dict["interruption-level"] = interruption_level
        if relevance_score is not UNSET:
            field_dict["relevance-score"] = relevance_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complex_alert import ComplexAlert
        from ..models.critical_alert import CriticalAlert

        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadAPNSAps"))

        def _parse_alert(data: object) -> ComplexAlert | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alert_type_1 = ComplexAlert.from_dict(data)

                return alert_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplexAlert | str | Unset, data)

        alert = _parse_alert(d.pop("alert", UNSET))

        badge = d.pop("badge", UNSET)
        if type(badge) is not int and badge is not UNSET:
            badge = expect_int(badge, "SendPushBodyCustomPayloadAPNSAps.badge")

        def _parse_sound(data: object) -> CriticalAlert | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sound_type_1 = CriticalAlert.from_dict(data)

                return sound_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CriticalAlert | str | Unset, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        thread_id = d.pop("thread-id", UNSET)
        if type(thread_id) is not str and thread_id is not UNSET:
            thread_id = expect_str(
                thread_id, "SendPushBodyCustomPayloadAPNSAps.thread-id"
            )

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "SendPushBodyCustomPayloadAPNSAps.category")

        content_available = d.pop("content-available", UNSET)
        if type(content_available) is not int and content_available is not UNSET:
            content_available = expect_int(
                content_available, "SendPushBodyCustomPayloadAPNSAps.content-available"
            )

        mutable_content = d.pop("mutable-content", UNSET)
        if type(mutable_content) is not int and mutable_content is not UNSET:
            mutable_content = expect_int(
                mutable_content, "SendPushBodyCustomPayloadAPNSAps.mutable-content"
            )

        target_content_id = d.pop("target-content-id", UNSET)
        if type(target_content_id) is not str and target_content_id is not UNSET:
            target_content_id = expect_str(
                target_content_id, "SendPushBodyCustomPayloadAPNSAps.target-content-id"
            )

        _interruption_level = d.pop("interruption-level", UNSET)
        interruption_level: SendPushBodyCustomPayloadAPNSApsInterruptionLevel | Unset
        if isinstance(_interruption_level, Unset):
            interruption_level = UNSET
        else:
            interruption_level = SendPushBodyCustomPayloadAPNSApsInterruptionLevel(
                _interruption_level
            )

        relevance_score = d.pop("relevance-score", UNSET)
        if type(relevance_score) is not float and relevance_score is not UNSET:
            relevance_score = expect_number(
                relevance_score, "SendPushBodyCustomPayloadAPNSAps.relevance-score"
            )

        send_push_body_custom_payload_apns_aps = cls(
            alert=alert,
            badge=badge,
            sound=sound,
            thread_id=thread_id,
            category=category,
            content_available=content_available,
            mutable_content=mutable_content,
            target_content_id=target_content_id,
            interruption_level=interruption_level,
            relevance_score=relevance_score,
        )

        send_push_body_custom_payload_apns_aps.additional_properties = d
        return send_push_body_custom_payload_apns_aps

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
