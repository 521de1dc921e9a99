from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.cio_subscription_preferences import CioSubscriptionPreferences
    from ..models.v1_cio_relationships import V1CioRelationships


T = TypeVar("T", bound="IdentifyBody")


@_attrs_define
class IdentifyBody:
    """The body of the request contains key-value pairs representing attributes that you want to assign to, or update for,
    a person.

    If your request body contains "identifiers" (like `id` or `email`), your request attempts to update that person. If
    the identifier in the path and identifiers in the request body belong to different people, your request will produce
    an *Attribute Update Failure*.

        Attributes:
            id (str | Unset): A customer's ID. You can set a person's ID if you identify them by email (in the path); you
                can update this value if you identify a person by `cio_id`.
            email (str | Unset): The email address of the customer.
            anonymous_id (str | Unset): An identifier for an anonymous event, like a cookie. If set as an attribute on a
                person, any events bearing the same anonymous value are associated with this person. This value must be unique
                and is not reusable.
            created_at (int | Unset): The Unix timestamp when the user was created.
            field_timestamp (int | Unset): The Unix timestamp for when the attribute update occurred. This can be used to
                control the order of attribute updates when multiple requests are sent in rapid succession.
            field_update (bool | Unset): If you perform multiple requests in rapid succession when you create a person,
                there's a danger that you could create multiple profiles. If you know that a profile already exists and you want
                to update it, set `_update:true`, and Customer.io will _not_ create a new profile, even if the `identifier` in
                the path isn't found.

                If the identifiers in your path or request don't belong to an existing person, the request produces a *Failed
                Attribute Change* event in your activity log.
            cio_relationships (V1CioRelationships | Unset): Describes relationships to an entity—a non-person object in
                Customer.io, like a company, educational course, job board, etc.
            unsubscribed (bool | Unset): If true, a person is unsubscribed from all messages. If false, or absent, a person
                is eligible to receive messages as determined by their `cio_subscription_preferences`. Like subscription
                preferences, this attribute is automatically set or updated when a person clicks the "unsubscribe" link in your
                emails. We support any case of true (i.e. TRUE, true, tRUe, etc.), 1, or "1" to represent unsubscribed. Any
                other value is considered “false”, or subscribed.
            cio_subscription_preferences (CioSubscriptionPreferences | Unset): Stores your audience's subscription
                preferences if you enable our [subscription center](/subscription-center/) feature. These items are set
                automatically when people use the unsubscribe link in your messages, but you can set preferences outside the
                subscription flow. To update select topic preferences while preserving those set for other topics, use JSON dot
                notation `"cio_subscription_preferences.topics.topic_<topic ID>":<boolean>`. Example: {'topics': {'topic_1':
                True, 'topic_2': False, 'topic_3': True}}.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    field_timestamp: int | Unset = UNSET
    field_update: bool | Unset = UNSET
    cio_relationships: V1CioRelationships | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    cio_subscription_preferences: CioSubscriptionPreferences | Unset = UNSET
    additional_properties: dict[str, bool | int | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        anonymous_id = self.anonymous_id

        created_at = self.created_at

        field_timestamp = self.field_timestamp

        field_update = self.field_update

        cio_relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = self.cio_relationships.to_dict()

        unsubscribed = self.unsubscribed

        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if field_timestamp is not UNSET:
            field_dict["_timestamp"] = field_timestamp
        if field_update is not UNSET:
            field_dict["_update"] = field_update
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_subscription_preferences import CioSubscriptionPreferences
        from ..models.v1_cio_relationships import V1CioRelationships

        d = dict(expect_object(src_dict, "IdentifyBody"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "IdentifyBody.id")

        email = d.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = expect_str(email, "IdentifyBody.email")

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "IdentifyBody.anonymous_id")

        created_at = d.pop("created_at", UNSET)
        if type(created_at) is not int and created_at is not UNSET:
            created_at = expect_int(created_at, "IdentifyBody.created_at")

        field_timestamp = d.pop("_timestamp", UNSET)
        if type(field_timestamp) is not int and field_timestamp is not UNSET:
            field_timestamp = expect_int(field_timestamp, "IdentifyBody._timestamp")

        field_update = d.pop("_update", UNSET)
        if type(field_update) is not bool and field_update is not UNSET:
            field_update = expect_bool(field_update, "IdentifyBody._update")

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: V1CioRelationships | Unset
        if isinstance(_cio_relationships, Unset):
            cio_relationships = UNSET
        else:
            cio_relationships = V1CioRelationships.from_dict(_cio_relationships)

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not bool and unsubscribed is not UNSET:
            unsubscribed = expect_bool(unsubscribed, "IdentifyBody.unsubscribed")

        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: CioSubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset):
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = CioSubscriptionPreferences.from_dict(
                _cio_subscription_preferences
            )

        identify_body = cls(
            id=id,
            email=email,
            anonymous_id=anonymous_id,
            created_at=created_at,
            field_timestamp=field_timestamp,
            field_update=field_update,
            cio_relationships=cio_relationships,
            unsubscribed=unsubscribed,
            cio_subscription_preferences=cio_subscription_preferences,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | int | str:
                return cast(bool | int | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        identify_body.additional_properties = additional_properties
        return identify_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | int | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | int | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
