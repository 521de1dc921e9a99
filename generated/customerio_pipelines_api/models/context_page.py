from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ContextPage")


@_attrs_define
class ContextPage:
    """Contains information about the current page in the browser. This is automatically collected by our JavaScript
    source.

        Attributes:
            name (str | Unset): The name of the page. Reserved for future use.
            path (str | Unset): The path portion of the page's URL. Equivalent to the canonical `path` which defaults to
                `location.pathname` from the DOM API.
            referrer (str | Unset): The previous page's full URL. Equivalent to `document.referrer` from the DOM API.
            search (str | Unset): The query string portion of the page's URL. Equivalent to `location.search` from the DOM
                API.
            title (str | Unset): The page's title. Equivalent to `document.title` from the DOM API.
            url (str | Unset): A page's full URL. We first look for the canonical URL. If the canonical URL is not provided,
                we'll use `location.href` from the DOM API.
            keywords (list[str] | Unset): A list/array of keywords describing the page's content. The keywords are likely
                the same as, or similar to, the keywords you would find in an HTML `meta` tag for SEO purposes. This property is
                mainly used by content publishers that rely heavily on pageview tracking. This isn't automatically collected.
    """

    name: str | Unset = UNSET
    path: str | Unset = UNSET
    referrer: str | Unset = UNSET
    search: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        referrer = self.referrer

        search = self.search

        title = self.title

        url = self.url

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if search is not UNSET:
            field_dict["search"] = search
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ContextPage"))
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "ContextPage.name")

        path = d.pop("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = expect_str(path, "ContextPage.path")

        referrer = d.pop("referrer", UNSET)
        if type(referrer) is not str and referrer is not UNSET:
            referrer = expect_str(referrer, "ContextPage.referrer")

        search = d.pop("search", UNSET)
        if type(search) is not str and search is not UNSET:
            search = expect_str(search, "ContextPage.search")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "ContextPage.title")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "ContextPage.url")

        keywords = cast(
            list[str], expect_list(d.pop("keywords", UNSET), "ContextPage.keywords")
        )

        context_page = cls(
            name=name,
            path=path,
            referrer=referrer,
            search=search,
            title=title,
            url=url,
            keywords=keywords,
        )

        context_page.additional_properties = d
        return context_page

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
