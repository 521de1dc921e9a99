from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetPersonAttributesResponse200CustomerAttributes")


@_attrs_define
class GetPersonAttributesResponse200CustomerAttributes:
    """Contains attributes assigned to this profile, including your workspace's people-identifiers (by default, these are
    `id`, `email`, and `cio_id`). Attributes are all stored as strings.

        Attributes:
            id (None | str | Unset): The ID of a customer profile, analogous to a "person" in the UI. If your workspace
                supports multiple identifiers (email and ID), this value can be null. Example: 42.
            email (None | str | Unset): The email address of the customer. Example: test@example.com.
            cio_id (str | Unset): A unique identifier set by Customer.io, used to reference a person if you want to update
                their identifiers. Example: a3000001.
            cio_subscription_preferences (str | Unset): A person's stringified subscription preferences. These are
                preferences that a person set through the subscription center or attributes that you set on a person. A person
                who hasn't set their subscription preferences has computed preferences based on the nature of your topics (opt-
                in or opt-out). See the `_cio_subscription_preferences_computed` attribute for computed preferences.
            field_cio_subscription_preferences_computed (str | Unset): Returns the computed subscription preferences for a
                person—any subscription preferences set on a person and the defaults for any subscription preferences _not_ set
                on a person—as stringified JSON. For example, if you have an "opt-in" topic that a person hasn't set a
                preference for, that topic would show `false`—even though a person doesn't have that attribute on their profile.
                [Learn more about topics](/subscription-preferences/#backfill-preferences).
    """

    id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    cio_id: str | Unset = UNSET
    cio_subscription_preferences: str | Unset = UNSET
    field_cio_subscription_preferences_computed: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        cio_id = self.cio_id

        cio_subscription_preferences = self.cio_subscription_preferences

        field_cio_subscription_preferences_computed = (
            self.field_cio_subscription_preferences_computed
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if field_cio_subscription_preferences_computed is not UNSET:
            field_dict["_cio_subscription_preferences_computed"] = (
                field_cio_subscription_preferences_computed
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "GetPersonAttributesResponse200CustomerAttributes")
        )

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        cio_id = d.pop("cio_id", UNSET)
        if type(cio_id) is not str and cio_id is not UNSET:
            cio_id = expect_str(
                cio_id, "GetPersonAttributesResponse200CustomerAttributes.cio_id"
            )

        cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        if (
            type(cio_subscription_preferences) is not str
            and cio_subscription_preferences is not UNSET
        ):
            cio_subscription_preferences = expect_str(
                cio_subscription_preferences,
                "GetPersonAttributesResponse200CustomerAttributes.cio_subscription_preferences",
            )

        field_cio_subscription_preferences_computed = d.pop(
            "_cio_subscription_preferences_computed", UNSET
        )
        if (
            type(field_cio_subscription_preferences_computed) is not str
            and field_cio_subscription_preferences_computed is not UNSET
        ):
            field_cio_subscription_preferences_computed = expect_str(
                field_cio_subscription_preferences_computed,
                "GetPersonAttributesResponse200CustomerAttributes._cio_subscription_preferences_computed",
            )

        get_person_attributes_response_200_customer_attributes = cls(
            id=id,
            email=email,
            cio_id=cio_id,
            cio_subscription_preferences=cio_subscription_preferences,
            field_cio_subscription_preferences_computed=field_cio_subscription_preferences_computed,
        )

        get_person_attributes_response_200_customer_attributes.additional_properties = d
        return get_person_attributes_response_200_customer_attributes

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
