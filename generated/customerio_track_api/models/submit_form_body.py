from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.submit_form_body_identify_by_email import (
        SubmitFormBodyIdentifyByEmail,
    )
    from ..models.submit_form_body_identify_by_id import SubmitFormBodyIdentifyById


T = TypeVar("T", bound="SubmitFormBody")


@_attrs_define
class SubmitFormBody:
    """The body of the request contains key-value pairs representing form fields; these values are mapped to attributes.
    Your request must contain one of—and only one of—`email` or `id` to identify a person (depending on the identifiers
    supported in your workspace). If the person who filled out your form does not already exist, the request creates
    them. If your request includes more than one identifier, you'll receive an error.

    **NOTE**: If your form field is called something like `email_address`, you'll receive a `400`, but we'll still add
    your form on the **Data & Integrations** > **Integrations** > **Forms** page. You can then re-map your
    `email_address` field to `email`, and your form will begin working normally.

    Additional keys in the `data` object represent form fields from the form that a person submitted. By default, we map
    form fields in your request directly to attributes, e.g. if you have a form field called `first_name`, we map that
    field to the `first_name` attribute. However, if you added or edited this form on the *Data & Integration* > *Forms*
    page, you can re-map form fields to attributes. If you turned off a form field on the *Forms* page, you can still
    include it in your request, but it is not applied to the person your form identifies.

        Attributes:
            data (SubmitFormBodyIdentifyByEmail | SubmitFormBodyIdentifyById): Represents your form data. By default, we
                assume that form fields map directly to attributes (e.g. if your form field is called `name`, we assume it
                represents an attribute called "name"). However, you can re-map form fields to attributes on the **Forms** page
                in your workspace.

                Values for form fields _must_ be formatted as strings.
    """

    data: SubmitFormBodyIdentifyByEmail | SubmitFormBodyIdentifyById
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.submit_form_body_identify_by_email import (
            SubmitFormBodyIdentifyByEmail,
        )

        data: dict[str, Any]
        if isinstance(self.data, SubmitFormBodyIdentifyByEmail):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.submit_form_body_identify_by_email import (
            SubmitFormBodyIdentifyByEmail,
        )
        from ..models.submit_form_body_identify_by_id import SubmitFormBodyIdentifyById

        d = dict(expect_object(src_dict, "SubmitFormBody"))

        def _parse_data(
            data: object,
        ) -> SubmitFormBodyIdentifyByEmail | SubmitFormBodyIdentifyById:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_identify_by_email = SubmitFormBodyIdentifyByEmail.from_dict(data)

                return data_identify_by_email
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_identify_by_id = SubmitFormBodyIdentifyById.from_dict(data)

            return data_identify_by_id

        data = _parse_data(d.pop("data"))

        submit_form_body = cls(
            data=data,
        )

        submit_form_body.additional_properties = d
        return submit_form_body

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
