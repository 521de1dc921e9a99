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

T = TypeVar("T", bound="KnownUser3Properties")


@_attrs_define
class KnownUser3Properties:
    """Additional `page` properties. Analytics.js automatically collects `url`, `title`, `referrer`, `path`, and `search`
    properties. But, if you use our other sources or you write your own integration, you should consider sending these
    properties yourself. Destination actions that take `page` events often rely on the `url` and `title` properties.

        Attributes:
            category (str | Unset): The category of the page. This might be useful if you have a single page routes or have
                a flattened URL structure.
            url (str | Unset): The URL of the page. This defaults to a canonical url if available, and falls back to
                `document.location.href`. Example: https://www.example.com/page/.
            title (str | Unset): The title of the page. This defaults to `document.title`, but can be overridden. Example:
                Page | Example.com.
            referrer (str | Unset): The referrer of the page, if applicable. This defaults to `document.referrer`, but can
                be overridden. Example: http://www.google.com/search?q=example.
            path (str | Unset): The path of the page. This defaults to `location.pathname`, but can be overridden. Example:
                /page.
            search (str | Unset): The search query in the URL, if present. This defaults to `location.search`, but can be
                overridden. Example: ?q=sfgiants.
    """

    category: str | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    referrer: str | Unset = UNSET
    path: str | Unset = UNSET
    search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        url = self.url

        title = self.title

        referrer = self.referrer

        path = self.path

        search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if path is not UNSET:
            field_dict["path"] = path
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "KnownUser3Properties"))
        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "KnownUser3Properties.category")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "KnownUser3Properties.url")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "KnownUser3Properties.title")

        referrer = d.pop("referrer", UNSET)
        if type(referrer) is not str and referrer is not UNSET:
            referrer = expect_str(referrer, "KnownUser3Properties.referrer")

        path = d.pop("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = expect_str(path, "KnownUser3Properties.path")

        search = d.pop("search", UNSET)
        if type(search) is not str and search is not UNSET:
            search = expect_str(search, "KnownUser3Properties.search")

        known_user_3_properties = cls(
            category=category,
            url=url,
            title=title,
            referrer=referrer,
            path=path,
            search=search,
        )

        known_user_3_properties.additional_properties = d
        return known_user_3_properties

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
