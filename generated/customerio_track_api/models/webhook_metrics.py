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
)

T = TypeVar("T", bound="WebhookMetrics")


@_attrs_define
class WebhookMetrics:
    """
    Attributes:
        field_2xx (int | Unset): The number of 2xx responses.
        field_3xx (int | Unset): The number of 3xx responses.
        field_4xx (int | Unset): The number of 4xx responses.
        field_5xx (int | Unset): The number of 5xx responses.
    """

    field_2xx: int | Unset = UNSET
    field_3xx: int | Unset = UNSET
    field_4xx: int | Unset = UNSET
    field_5xx: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_2xx = self.field_2xx

        field_3xx = self.field_3xx

        field_4xx = self.field_4xx

        field_5xx = self.field_5xx

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_2xx is not UNSET:
            field_dict["2xx"] = field_2xx
        if field_3xx is not UNSET:
            field_dict["3xx"] = field_3xx
        if field_4xx is not UNSET:
            field_dict["4xx"] = field_4xx
        if field_5xx is not UNSET:
            field_dict["5xx"] = field_5xx

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "WebhookMetrics"))
        field_2xx = d.pop("2xx", UNSET)
        if type(field_2xx) is not int and field_2xx is not UNSET:
            field_2xx = expect_int(field_2xx, "WebhookMetrics.2xx")

        field_3xx = d.pop("3xx", UNSET)
        if type(field_3xx) is not int and field_3xx is not UNSET:
            field_3xx = expect_int(field_3xx, "WebhookMetrics.3xx")

        field_4xx = d.pop("4xx", UNSET)
        if type(field_4xx) is not int and field_4xx is not UNSET:
            field_4xx = expect_int(field_4xx, "WebhookMetrics.4xx")

        field_5xx = d.pop("5xx", UNSET)
        if type(field_5xx) is not int and field_5xx is not UNSET:
            field_5xx = expect_int(field_5xx, "WebhookMetrics.5xx")

        webhook_metrics = cls(
            field_2xx=field_2xx,
            field_3xx=field_3xx,
            field_4xx=field_4xx,
            field_5xx=field_5xx,
        )

        webhook_metrics.additional_properties = d
        return webhook_metrics

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
