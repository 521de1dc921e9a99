from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apns_with_sdk import ApnsWithSdk
    from ..models.fcm_android_without_sdk import FcmAndroidWithoutSdk
    from ..models.fcm_ios_with_sdk import FcmIosWithSdk


T = TypeVar("T", bound="TransactionalSharedPushObjectCustomPayload")


@_attrs_define
class TransactionalSharedPushObjectCustomPayload:
    """An optional list of key/value pairs to attach to the push payload. Due to a Firebase limitation we only support
    sending string key value pairs. This overrides every other parameter, including any Custom Payload from the
    transactional template (referenced by `transactional_message_id`).

        Attributes:
            ios (ApnsWithSdk | FcmIosWithSdk | Unset): Your payload changes depending on whether you send to iOS devices
                through Google's Firebase Cloud Messaging (FCM) or Apple's Push Notification service (APNs).
            android (FcmAndroidWithoutSdk | Unset): A custom push payload for Android devices.
    """

    ios: ApnsWithSdk | FcmIosWithSdk | Unset = UNSET
    android: FcmAndroidWithoutSdk | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fcm_ios_with_sdk import FcmIosWithSdk

        ios: dict[str, Any] | Unset
        if isinstance(self.ios, Unset):
            ios = UNSET
        elif isinstance(self.ios, FcmIosWithSdk):
            ios = self.ios.to_dict()
        else:
            ios = self.ios.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apns_with_sdk import ApnsWithSdk
        from ..models.fcm_android_without_sdk import FcmAndroidWithoutSdk
        from ..models.fcm_ios_with_sdk import FcmIosWithSdk

        d = dict(src_dict)

        def _parse_ios(data: object) -> ApnsWithSdk | FcmIosWithSdk | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ios_type_0 = FcmIosWithSdk.from_dict(data)

                return ios_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            ios_type_1 = ApnsWithSdk.from_dict(data)

            return ios_type_1

        ios = _parse_ios(d.pop("ios", UNSET))

        _android = d.pop("android", UNSET)
        android: FcmAndroidWithoutSdk | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = FcmAndroidWithoutSdk.from_dict(_android)

        transactional_shared_push_object_custom_payload = cls(
            ios=ios,
            android=android,
        )

        transactional_shared_push_object_custom_payload.additional_properties = d
        return transactional_shared_push_object_custom_payload

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
