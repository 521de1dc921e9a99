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

T = TypeVar("T", bound="ExperimentViewed")


@_attrs_define
class ExperimentViewed:
    """
    Attributes:
        experiment_id (str | Unset): The ID of the A/B test.
        experiment_name (str | Unset): The A/B test’s human-readable name.
        variation_id (str | Unset): The ID of the individual test variant.
        variation_name (str | Unset): The A/B test variant's human-readable name.
    """

    experiment_id: str | Unset = UNSET
    experiment_name: str | Unset = UNSET
    variation_id: str | Unset = UNSET
    variation_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        experiment_name = self.experiment_name

        variation_id = self.variation_id

        variation_name = self.variation_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if experiment_name is not UNSET:
            field_dict["experiment_name"] = experiment_name
        if variation_id is not UNSET:
            field_dict["variation_id"] = variation_id
        if variation_name is not UNSET:
            field_dict["variation_name"] = variation_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ExperimentViewed"))
        experiment_id = d.pop("experiment_id", UNSET)
        if type(experiment_id) is not str and experiment_id is not UNSET:
            experiment_id = expect_str(experiment_id, "ExperimentViewed.experiment_id")

        experiment_name = d.pop("experiment_name", UNSET)
        if type(experiment_name) is not str and experiment_name is not UNSET:
            experiment_name = expect_str(
                experiment_name, "ExperimentViewed.experiment_name"
            )

        variation_id = d.pop("variation_id", UNSET)
        if type(variation_id) is not str and variation_id is not UNSET:
            variation_id = expect_str(variation_id, "ExperimentViewed.variation_id")

        variation_name = d.pop("variation_name", UNSET)
        if type(variation_name) is not str and variation_name is not UNSET:
            variation_name = expect_str(
                variation_name, "ExperimentViewed.variation_name"
            )

        experiment_viewed = cls(
            experiment_id=experiment_id,
            experiment_name=experiment_name,
            variation_id=variation_id,
            variation_name=variation_name,
        )

        experiment_viewed.additional_properties = d
        return experiment_viewed

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
