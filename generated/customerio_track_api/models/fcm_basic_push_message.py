from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.fcm_basic_push_message_data import FcmBasicPushMessageData
    from ..models.fcm_basic_push_message_notification import (
        FcmBasicPushMessageNotification,
    )


T = TypeVar("T", bound="FcmBasicPushMessage")


@_attrs_define
class FcmBasicPushMessage:
    """The parent object for all custom push payloads.

    Attributes:
        notification (FcmBasicPushMessageNotification): Contains properties interpreted by the SDK except for the
            `link`.
        data (FcmBasicPushMessageData | Unset): Contains the `link` property (interpreted by the SDK) and additional
            properties that you want to pass to your app.
    """

    notification: FcmBasicPushMessageNotification
    data: FcmBasicPushMessageData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification": notification,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fcm_basic_push_message_data import FcmBasicPushMessageData
        from ..models.fcm_basic_push_message_notification import (
            FcmBasicPushMessageNotification,
        )

        d = dict(expect_object(src_dict, "FcmBasicPushMessage"))
        notification = FcmBasicPushMessageNotification.from_dict(d.pop("notification"))

        _data = d.pop("data", UNSET)
        data: FcmBasicPushMessageData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = FcmBasicPushMessageData.from_dict(_data)

        fcm_basic_push_message = cls(
            notification=notification,
            data=data,
        )

        fcm_basic_push_message.additional_properties = d
        return fcm_basic_push_message

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
