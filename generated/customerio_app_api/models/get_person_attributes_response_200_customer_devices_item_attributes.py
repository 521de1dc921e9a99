from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_person_attributes_response_200_customer_devices_item_attributes_last_status import (
    GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus,
)
from ..models.get_person_attributes_response_200_customer_devices_item_attributes_push_enabled import (
    GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetPersonAttributesResponse200CustomerDevicesItemAttributes")


@_attrs_define
class GetPersonAttributesResponse200CustomerDevicesItemAttributes:
    """Attributes that you can reference to segment your audience—like a person's attributes, but specific to a device.
    These can be either the attributes defined below or custom key-value attributes.

        Attributes:
            device_os (str | Unset): The operating system, including the version, on the device.
            device_model (str | Unset): The model of the device a person uses.
            app_version (str | Unset): The version of your app that a customer uses. You might target app versions to let
                people know when they need to update, or expose them to new features when they do.
            cio_sdk_version (str | Unset): The version of the Customer.io SDK in the app.
            field_last_status (GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus | Unset): The delivery
                status of the last message sent to the device—sent, bounced, or suppressed. An empty string indicates that that
                the device hasn't received a push yet.
            device_locale (str | Unset): The four-letter [IETF language code](/localization/#supported-languages) for the
                device. For example, `en-MX` (indicating an app in Spanish formatted for a user in Mexico) or `es-ES`
                (indicating an app in Spanish formatted for a user in Spain).
            push_enabled (GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled | Unset): If `"true"`, the
                device is opted-in and can receive push notifications.
    """

    device_os: str | Unset = UNSET
    device_model: str | Unset = UNSET
    app_version: str | Unset = UNSET
    cio_sdk_version: str | Unset = UNSET
    field_last_status: (
        GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus | Unset
    ) = UNSET
    device_locale: str | Unset = UNSET
    push_enabled: (
        GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled | Unset
    ) = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_os = self.device_os

        device_model = self.device_model

        app_version = self.app_version

        cio_sdk_version = self.cio_sdk_version

        field_last_status: str | Unset = UNSET
        if not isinstance(self.field_last_status, Unset):
            field_last_status = self.field_last_status.value

        device_locale = self.device_locale

        push_enabled: str | Unset = UNSET
        if not isinstance(self.push_enabled, Unset):
            push_enabled = self.push_enabled.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_os is not UNSET:
            field_dict["device_os"] = device_os
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if cio_sdk_version is not UNSET:
            field_dict["cio_sdk_version"] = cio_sdk_version
        if field_last_status is not UNSET:
            field_dict["_last_status"] = field_last_status
        if device_locale is not UNSET:
            field_dict["device_locale"] = device_locale
        if push_enabled is not UNSET:
            field_dict["push_enabled"] = push_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "GetPersonAttributesResponse200CustomerDevicesItemAttributes"
            )
        )
        device_os = d.pop("device_os", UNSET)
        if type(device_os) is not str and device_os is not UNSET:
            device_os = expect_str(
                device_os,
                "GetPersonAttributesResponse200CustomerDevicesItemAttributes.device_os",
            )

        device_model = d.pop("device_model", UNSET)
        if type(device_model) is not str and device_model is not UNSET:
            device_model = expect_str(
                device_model,
                "GetPersonAttributesResponse200CustomerDevicesItemAttributes.device_model",
            )

        app_version = d.pop("app_version", UNSET)
        if type(app_version) is not str and app_version is not UNSET:
            app_version = expect_str(
                app_version,
                "GetPersonAttributesResponse200CustomerDevicesItemAttributes.app_version",
            )

        cio_sdk_version = d.pop("cio_sdk_version", UNSET)
        if type(cio_sdk_version) is not str and cio_sdk_version is not UNSET:
            cio_sdk_version = expect_str(
                cio_sdk_version,
                "GetPersonAttributesResponse200CustomerDevicesItemAttributes.cio_sdk_version",
            )

        _field_last_status = d.pop("_last_status", UNSET)
        field_last_status: (
            GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus
            | Unset
        )
        if isinstance(_field_last_status, Unset):
            field_last_status = UNSET
        else:
            field_last_status = (
                GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus(
                    _field_last_status
                )
            )

        device_locale = d.pop("device_locale", UNSET)
        if type(device_locale) is not str and device_locale is not UNSET:
            device_locale = expect_str(
                device_locale,
                "GetPersonAttributesResponse200CustomerDevicesItemAttributes.device_locale",
            )

        _push_enabled = d.pop("push_enabled", UNSET)
        push_enabled: (
            GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled
            | Unset
        )
        if isinstance(_push_enabled, Unset):
            push_enabled = UNSET
        else:
            push_enabled = (
                GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled(
                    _push_enabled
                )
            )

        get_person_attributes_response_200_customer_devices_item_attributes = cls(
            device_os=device_os,
            device_model=device_model,
            app_version=app_version,
            cio_sdk_version=cio_sdk_version,
            field_last_status=field_last_status,
            device_locale=device_locale,
            push_enabled=push_enabled,
        )

        get_person_attributes_response_200_customer_devices_item_attributes.additional_properties = d
        return get_person_attributes_response_200_customer_devices_item_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
