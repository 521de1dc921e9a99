from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.delete_device_action import DeleteDeviceAction
from ..models.person_common_type import PersonCommonType
from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.cio_id_3 import CioId3
    from ..models.delete_device_device import DeleteDeviceDevice
    from ..models.email_2 import Email2
    from ..models.id_2 import Id2


T = TypeVar("T", bound="DeleteDevice")


@_attrs_define
class DeleteDevice:
    """Delete devices that belong to a person.

    Attributes:
        type_ (PersonCommonType): The operation modifies a person in Customer.io
        identifiers (CioId3 | Email2 | Id2): The person you want to perform an action for—one of either `id`, `email`,
            or `cio_id`. You cannot pass multiple identifiers.
        action (DeleteDeviceAction): Delete a device from a person's profile.
        device (DeleteDeviceDevice): The device you want to remove.
    """

    type_: PersonCommonType
    identifiers: CioId3 | Email2 | Id2
    action: DeleteDeviceAction
    device: DeleteDeviceDevice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2

        type_ = self.type_.value

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, Id2) or isinstance(self.identifiers, Email2):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        action = self.action.value

        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "identifiers": identifiers,
                "action": action,
                "device": device,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.delete_device_device import DeleteDeviceDevice
        from ..models.email_2 import Email2
        from ..models.id_2 import Id2

        d = dict(expect_object(src_dict, "DeleteDevice"))
        type_ = PersonCommonType(d.pop("type"))

        def _parse_identifiers(data: object) -> CioId3 | Email2 | Id2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_0 = Id2.from_dict(data)

                return identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_1 = Email2.from_dict(data)

                return identifiers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            identifiers_type_2 = CioId3.from_dict(data)

            return identifiers_type_2

        identifiers = _parse_identifiers(d.pop("identifiers"))

        action = DeleteDeviceAction(d.pop("action"))

        device = DeleteDeviceDevice.from_dict(d.pop("device"))

        delete_device = cls(
            type_=type_,
            identifiers=identifiers,
            action=action,
            device=device,
        )

        delete_device.additional_properties = d
        return delete_device

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
