from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_newsletters_response_200_newsletter_type import (
    GetNewslettersResponse200NewsletterType,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetNewslettersResponse200Newsletter")


@_attrs_define
class GetNewslettersResponse200Newsletter:
    """
    Example:
        {'id': 128275, 'deduplicate_id': '128275:1484870424', 'type': 'email', 'content_ids': [45, 90], 'name': 'Example
            Newsletter', 'sent_at': None, 'created': 1481653929, 'updated': 1484870424, 'tags': ['Example Tag'],
            'recipient_segment_ids': [10], 'subscription_topic_id': 1}

    Attributes:
        id (int | Unset): The identifier for a newsletter. Example: 10.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        content_ids (list[int] | Unset): A list of messages contained by a newsletter. If your newsletter includes a
            list of languages and/or A/B test variants, the array contains a content ID for each language/variant. [Look up
            a newsletter variant](#operation/getNewsletterVariant) to get more information about an individual content ID.
        name (str | Unset): The name of the newsletter.
        sent_at (int | Unset): The last time the newsletter was sent.
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        type_ (GetNewslettersResponse200NewsletterType | Unset): The type of newsletter—`email`, `twilio`, etc.
        tags (list[str] | Unset): An array of tags you set on this newsletter.
        recipient_segment_ids (list[int] | Unset): A list of segments used in a newsletter's recipient filter, returned
            if newsletter recipients were filtered by one or more segments.
        subscription_topic_id (int | Unset): The identifier of a subscription topic. Remember, subscription topics are
            assigned an incrementing number, starting at 1. Example: 1.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    content_ids: list[int] | Unset = UNSET
    name: str | Unset = UNSET
    sent_at: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    type_: GetNewslettersResponse200NewsletterType | Unset = UNSET
    tags: list[str] | Unset = UNSET
    recipient_segment_ids: list[int] | Unset = UNSET
    subscription_topic_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        content_ids: list[int] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        name = self.name

        sent_at = self.sent_at

        created = self.created

        updated = self.updated

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recipient_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.recipient_segment_ids, Unset):
            recipient_segment_ids = self.recipient_segment_ids

        subscription_topic_id = self.subscription_topic_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids
        if name is not UNSET:
            field_dict["name"] = name
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if recipient_segment_ids is not UNSET:
            field_dict["recipient_segment_ids"] = recipient_segment_ids
        if subscription_topic_id is not UNSET:
            field_dict["subscription_topic_id"] = subscription_topic_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetNewslettersResponse200Newsletter"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetNewslettersResponse200Newsletter.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id, "GetNewslettersResponse200Newsletter.deduplicate_id"
            )

        content_ids = cast(
            list[int],
            expect_list(
                d.pop("content_ids", UNSET),
                "GetNewslettersResponse200Newsletter.content_ids",
            ),
        )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "GetNewslettersResponse200Newsletter.name")

        sent_at = d.pop("sent_at", UNSET)
        if type(sent_at) is not int and sent_at is not UNSET:
            sent_at = expect_int(sent_at, "GetNewslettersResponse200Newsletter.sent_at")

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "GetNewslettersResponse200Newsletter.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "GetNewslettersResponse200Newsletter.updated")

        _type_ = d.pop("type", UNSET)
        type_: GetNewslettersResponse200NewsletterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetNewslettersResponse200NewsletterType(_type_)

        tags = cast(
            list[str],
            expect_list(
                d.pop("tags", UNSET), "GetNewslettersResponse200Newsletter.tags"
            ),
        )

        recipient_segment_ids = cast(
            list[int],
            expect_list(
                d.pop("recipient_segment_ids", UNSET),
                "GetNewslettersResponse200Newsletter.recipient_segment_ids",
            ),
        )

        subscription_topic_id = d.pop("subscription_topic_id", UNSET)
        if (
            type(subscription_topic_id) is not int
            and subscription_topic_id is not UNSET
        ):
            subscription_topic_id = expect_int(
                subscription_topic_id,
                "GetNewslettersResponse200Newsletter.subscription_topic_id",
            )

        get_newsletters_response_200_newsletter = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            content_ids=content_ids,
            name=name,
            sent_at=sent_at,
            created=created,
            updated=updated,
            type_=type_,
            tags=tags,
            recipient_segment_ids=recipient_segment_ids,
            subscription_topic_id=subscription_topic_id,
        )

        get_newsletters_response_200_newsletter.additional_properties = d
        return get_newsletters_response_200_newsletter

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
