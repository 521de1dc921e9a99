from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="NonMobileCampaign")


@_attrs_define
class NonMobileCampaign:
    """Contains information about the campaign that resulted in the API call, gathered from, or mapping to, UTM parameters
    (e.g. `utm_source`).

        Attributes:
            name (str | Unset): The campaign name.
            source (str | Unset): The source of traffic—like the name of your email list, Facebook, Google, etc.
            medium (str | Unset): The type of traffic a person/event originates from, like `email`, or `referral`.
            term (str | Unset): The keyword term(s) a user came from.
            content (str | Unset):
    """

    name: str | Unset = UNSET
    source: str | Unset = UNSET
    medium: str | Unset = UNSET
    term: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        medium = self.medium

        term = self.term

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if medium is not UNSET:
            field_dict["medium"] = medium
        if term is not UNSET:
            field_dict["term"] = term
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "NonMobileCampaign"))
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "NonMobileCampaign.name")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = expect_str(source, "NonMobileCampaign.source")

        medium = d.pop("medium", UNSET)
        if type(medium) is not str and medium is not UNSET:
            medium = expect_str(medium, "NonMobileCampaign.medium")

        term = d.pop("term", UNSET)
        if type(term) is not str and term is not UNSET:
            term = expect_str(term, "NonMobileCampaign.term")

        content = d.pop("content", UNSET)
        if type(content) is not str and content is not UNSET:
            content = expect_str(content, "NonMobileCampaign.content")

        non_mobile_campaign = cls(
            name=name,
            source=source,
            medium=medium,
            term=term,
            content=content,
        )

        non_mobile_campaign.additional_properties = d
        return non_mobile_campaign

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
