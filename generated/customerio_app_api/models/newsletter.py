from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.newsletter_identifiers import NewsletterIdentifiers


T = TypeVar("T", bound="Newsletter")


@_attrs_define
class Newsletter:
    """
    Attributes:
        delivery_id (str): The instance of a message sent to a person. Example: ZAIAAVTJVG0QcCok0-0ZKj6yiQ==.
        newsletter_id (int | None): The identifier for a newsletter. Example: 10.
        identifiers (NewsletterIdentifiers): The person the event represents. This object contains all of the
            identifiers available to people in your workspace, even if they aren't set. If your workspace supports multiple
            identifiers (email and ID), this object contains `id`, `email` (either of which can be null), and `cio_id`.

            Otherwise, if your workspace only supports ID, this object just contains the `id` of the person the event
            represents.
        customer_id (str | Unset): The ID of the person the webhook event occurred to. Blank if the person in question
            has been deleted.

            While webhooks may still contain this property, you should rely on the newer `identifiers` object wherever
            possible.
             Example: 42.
        content_id (int | Unset): The identifier for a newsletter variant. Example: 3.
    """

    delivery_id: str
    newsletter_id: int | None
    identifiers: NewsletterIdentifiers
    customer_id: str | Unset = UNSET
    content_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        newsletter_id: int | None
        newsletter_id = self.newsletter_id

        identifiers = self.identifiers.to_dict()

        customer_id = self.customer_id

        content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "newsletter_id": newsletter_id,
                "identifiers": identifiers,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.newsletter_identifiers import NewsletterIdentifiers

        d = dict(expect_object(src_dict, "Newsletter"))
        delivery_id = d.pop("delivery_id")
        if type(delivery_id) is not str:
            delivery_id = expect_str(delivery_id, "Newsletter.delivery_id")

        def _parse_newsletter_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        newsletter_id = _parse_newsletter_id(d.pop("newsletter_id"))

        identifiers = NewsletterIdentifiers.from_dict(d.pop("identifiers"))

        customer_id = d.pop("customer_id", UNSET)
        if type(customer_id) is not str and customer_id is not UNSET:
            customer_id = expect_str(customer_id, "Newsletter.customer_id")

        content_id = d.pop("content_id", UNSET)
        if type(content_id) is not int and content_id is not UNSET:
            content_id = expect_int(content_id, "Newsletter.content_id")

        newsletter = cls(
            delivery_id=delivery_id,
            newsletter_id=newsletter_id,
            identifiers=identifiers,
            customer_id=customer_id,
            content_id=content_id,
        )

        newsletter.additional_properties = d
        return newsletter

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
