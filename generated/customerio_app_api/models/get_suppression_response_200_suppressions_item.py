from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetSuppressionResponse200SuppressionsItem")


@_attrs_define
class GetSuppressionResponse200SuppressionsItem:
    """
    Attributes:
        created (int | Unset): The timestamp (in seconds), when the ESP suppressed the address. Example: 1650895738.
        email (str | Unset): The email address that the ESP suppressed. Example: bounced.person@example.com.
        reason (str | Unset): The reason for the suppression, as [recorded by
            Mailgun](https://documentation.mailgun.com/en/latest/api-suppressions.html). Example: Uploaded manually via
            api.customer.io.
        status (str | Unset): The status code for the suppression, as [recorded by
            mailgun](https://documentation.mailgun.com/en/latest/api-suppressions.html). This is normally `550`. Example:
            550.
    """

    created: int | Unset = UNSET
    email: str | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        email = self.email

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if email is not UNSET:
            field_dict["email"] = email
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetSuppressionResponse200SuppressionsItem"))
        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(
                created, "GetSuppressionResponse200SuppressionsItem.created"
            )

        email = d.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = expect_str(email, "GetSuppressionResponse200SuppressionsItem.email")

        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = expect_str(
                reason, "GetSuppressionResponse200SuppressionsItem.reason"
            )

        status = d.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = expect_str(
                status, "GetSuppressionResponse200SuppressionsItem.status"
            )

        get_suppression_response_200_suppressions_item = cls(
            created=created,
            email=email,
            reason=reason,
            status=status,
        )

        get_suppression_response_200_suppressions_item.additional_properties = d
        return get_suppression_response_200_suppressions_item

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
